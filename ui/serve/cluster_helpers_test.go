package serve

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/nats-io/nats-server/v2/server"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content"
	"briefing/seeds"
	"briefing/ui/meeting/natsbridge"
)

// A meeting across nodes is tested with an embedded NATS server and servers of this package joined
// to it by natsbridge: in this process, or in a process of its own (this test binary again, see
// TestMain) for a node that must be able to die.
const (
	clusterChildEnv    = "BRIEFING_CLUSTER_CHILD" // the NATS URL
	clusterChildDirEnv = "BRIEFING_CLUSTER_CHILD_DIR"
	natsChildEnv       = "BRIEFING_NATS_CHILD" // set: the process is the NATS server of the load run
)

// natsNodeUsers is the NATS configuration of the tests, as the README gives it: nodes sign in as a
// user allowed on their meeting's subjects only.
const natsNodeUsers = `authorization { users: [ { user: board-node, password: board-secret,
  permissions: { publish: "briefing.board.>", subscribe: "briefing.board.>" } } ] }`

// startNATS runs a NATS server on 127.0.0.1 for the test and returns its URL.
func startNATS(tb testing.TB) string {
	tb.Helper()
	ns, err := newNATSServer()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ns.Shutdown(); ns.WaitForShutdown() })
	return ns.ClientURL()
}

// newNATSServer starts a NATS server on 127.0.0.1 with the nodes' users.
func newNATSServer() (*server.Server, error) {
	opts := &server.Options{}
	if err := opts.ProcessConfigString(natsNodeUsers); err != nil {
		return nil, err
	}
	opts.Host, opts.Port, opts.NoLog, opts.NoSigs = "127.0.0.1", -1, true, true
	opts.MaxConn = 64
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, err
	}
	go ns.Start()
	if !ns.ReadyForConnections(timeout) {
		ns.Shutdown()
		return nil, errors.New("the NATS server did not start")
	}
	return ns, nil
}

// runNATSChild is the load run's NATS server, in a process of its own as it would be in a real
// meeting (not in the process that drives hundreds of clients): it prints "url URL" and serves until
// its input ends.
func runNATSChild() int {
	ns, err := newNATSServer()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("url %s\n", ns.ClientURL())
	_, _ = io.Copy(io.Discard, os.Stdin)
	ns.Shutdown()
	ns.WaitForShutdown()
	return 0
}

// startNATSChild runs the NATS server in a process of its own and returns its URL.
func startNATSChild(tb testing.TB) string {
	tb.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = childEnviron(natsChildEnv + "=1")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		_ = in.Close()
		_ = cmd.Wait()
	})
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() || !strings.HasPrefix(lines.Text(), "url ") {
		tb.Fatalf("NATS process did not start: %q %v", lines.Text(), lines.Err())
	}
	return strings.TrimPrefix(lines.Text(), "url ")
}

// nodeConfig joins meeting "board" on url as the nodes' user.
func nodeConfig(url string) natsbridge.Config {
	return natsbridge.Config{URL: url, Meeting: "board", Credentials: natsbridge.Credentials{User: "board-node", Password: "board-secret"}}
}

// joinMeeting joins the fixture's server to the meeting on url; it leaves at the end of the test.
func (f *fixture) joinMeeting(cfg natsbridge.Config) error {
	br, err := natsbridge.Join(context.Background(), f.srv.Meeting(), f.b, cfg, log.New(&f.log))
	if err != nil {
		return err
	}
	f.tb.Cleanup(br.Leave)
	return nil
}

// runClusterChild serves the seed on 127.0.0.1:0 with the presenter keys in its directory, joined to
// the meeting at $BRIEFING_CLUSTER_CHILD, prints "addr HOST:PORT", and answers "stats" with
// "stats CPU-NANOSECONDS RSS-BYTES" until its input ends (or it is killed).
func runClusterChild() int {
	dir := os.Getenv(clusterChildDirEnv)
	b, err := content.Parse("hengnan-2024.txt", seeds.Default())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	srv, err := New(b, testConfig(dir), log.New(io.Discard))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	br, err := natsbridge.Join(context.Background(), srv.Meeting(), b, nodeConfig(os.Getenv(clusterChildEnv)), log.NewWithOptions(os.Stderr, log.Options{Level: log.WarnLevel}))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	served := make(chan struct{})
	go func() { _ = srv.Serve(ln); close(served) }() // ErrServerClosed, once Shutdown has ended it
	fmt.Printf("addr %s\n", ln.Addr())
	for lines := bufio.NewScanner(os.Stdin); lines.Scan() && lines.Text() == "stats"; {
		cpu, rss := processStats()
		fmt.Printf("stats %d %d\n", cpu.Nanoseconds(), rss)
	}
	br.Leave()
	_ = srv.Shutdown(context.Background())
	<-served
	return 0
}

// processStats is the CPU time this process has used and its resident memory.
func processStats() (time.Duration, int64) {
	var usage syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	cpu := time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
	var rss int64
	if status, err := os.ReadFile("/proc/self/status"); err == nil {
		for line := range strings.Lines(string(status)) {
			if kb, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				_, _ = fmt.Sscan(kb, &rss)
				rss *= 1024
			}
		}
	}
	return cpu, rss
}

// clusterChild is a node in a process of its own.
type clusterChild struct {
	addr      string
	presenter gossh.Signer
	cmd       *exec.Cmd
	in        io.WriteCloser
	out       *bufio.Scanner
}

// stats is the node's CPU time so far and its resident memory now.
func (c *clusterChild) stats(tb testing.TB) (time.Duration, int64) {
	tb.Helper()
	if _, err := io.WriteString(c.in, "stats\n"); err != nil {
		tb.Fatal(err)
	}
	var cpu, rss int64
	if !c.out.Scan() {
		tb.Fatalf("node process: %v", c.out.Err())
	}
	if _, err := fmt.Sscanf(c.out.Text(), "stats %d %d", &cpu, &rss); err != nil {
		tb.Fatalf("node process said %q: %v", c.out.Text(), err)
	}
	return time.Duration(cpu), rss
}

func startClusterChild(tb testing.TB, natsURL string) *clusterChild {
	tb.Helper()
	dir := tb.TempDir()
	c := &clusterChild{presenter: newKey(tb)}
	writeKeys(tb, filepath.Join(dir, "presenters"), c.presenter)
	c.cmd = exec.Command(os.Args[0], "-test.run=^$")
	c.cmd.Env = childEnviron(clusterChildEnv+"="+natsURL, clusterChildDirEnv+"="+dir)
	c.cmd.Stderr = os.Stderr
	var err error
	if c.in, err = c.cmd.StdinPipe(); err != nil {
		tb.Fatal(err)
	}
	stdout, err := c.cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { _ = c.cmd.Wait(); close(exited) }()
	tb.Cleanup(func() {
		_ = c.in.Close() // the child leaves the meeting and shuts down at the end of its input
		select {
		case <-exited:
		case <-time.After(timeout):
			_ = c.cmd.Process.Kill()
			<-exited
			tb.Errorf("node process did not exit")
		}
	})
	c.out = bufio.NewScanner(stdout)
	if !c.out.Scan() || !strings.HasPrefix(c.out.Text(), "addr ") {
		tb.Fatalf("node process did not start: %q %v", c.out.Text(), c.out.Err())
	}
	c.addr = strings.TrimPrefix(c.out.Text(), "addr ")
	return c
}

// kill ends the node's process at once, as a crash does: no goodbye to the meeting.
func (c *clusterChild) kill(tb testing.TB) {
	tb.Helper()
	if err := c.cmd.Process.Kill(); err != nil {
		tb.Fatal(err)
	}
}

// machineLoad is the machine's load over the last minute, for reports of timings.
func machineLoad() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Fields(string(data))[0]
}
