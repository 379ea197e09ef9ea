package serve

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content"
	"briefing/seeds"
)

// The load harness runs each server in a child process, this test binary again (see TestMain), so
// that the process holds the server only: the clients' emulators and SSH state stay in the parent,
// and the child's RSS is what the server costs. The child serves on 127.0.0.1:0, prints
// "addr HOST:PORT", then answers commands on its input, one a line, until the end of its input:
//
//	goroutines        → "goroutines N"
//	profile PATH      → starts a CPU profile into PATH → "ok"
//	endprofile        → stops it → "ok"
//	heap PATH         → writes a heap profile (after a GC) → "ok"
const (
	childEnv    = "BRIEFING_SERVE_CHILD" // "floor" or "briefing"
	childDirEnv = "BRIEFING_SERVE_CHILD_DIR"
	childDocEnv = "BRIEFING_SERVE_CHILD_DOC" // the document to serve; the seed when empty
)

// The two servers the harness compares.
const (
	floorServer    = "floor"
	briefingServer = "briefing"
)

// runChild is the child process: it serves the document with the server named by $BRIEFING_SERVE_CHILD.
func runChild(kind string) int {
	if err := serveChild(kind); err != nil {
		fmt.Fprintln(os.Stderr, "load child:", err)
		return 1
	}
	return 0
}

func serveChild(kind string) error {
	dir := os.Getenv(childDirEnv)
	name, data := seeds.DefaultName, seeds.Default()
	if path := os.Getenv(childDocEnv); path != "" {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return err
		}
		name = filepath.Base(path)
	}
	b, err := content.Parse(name, data)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	var serve func() error
	var shutdown func(context.Context) error
	switch kind {
	case floorServer:
		srv, err := newFloorServer(b, dir)
		if err != nil {
			return err
		}
		serve, shutdown = func() error { return srv.Serve(ln) }, srv.Shutdown
	case briefingServer:
		TuneGC() // as briefing serve does
		srv, err := New(b, testConfig(dir), log.New(io.Discard))
		if err != nil {
			return err
		}
		serve, shutdown = func() error { return srv.Serve(ln) }, srv.Shutdown
	default:
		return fmt.Errorf("no server %q", kind)
	}
	served := make(chan error, 1)
	go func() { served <- serve() }()
	fmt.Printf("addr %s\n", ln.Addr())
	answerCommands(os.Stdin, os.Stdout)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = shutdown(ctx)
	if err := <-served; err != nil && !errors.Is(err, ssh.ErrServerClosed) {
		return err
	}
	return nil
}

// answerCommands answers the parent's commands until the end of in.
func answerCommands(in io.Reader, out io.Writer) {
	lines := bufio.NewScanner(in)
	for lines.Scan() {
		command, arg, _ := strings.Cut(lines.Text(), " ")
		var err error
		switch command {
		case "goroutines":
			if _, err := fmt.Fprintf(out, "goroutines %d\n", runtime.NumGoroutine()); err != nil {
				return // the harness has gone
			}
			continue
		case "collections":
			if _, err := fmt.Fprintf(out, "collections %s\n", collectionEnds()); err != nil {
				return // the harness has gone
			}
			continue
		case "profile":
			var f *os.File
			if f, err = os.Create(arg); err == nil {
				err = pprof.StartCPUProfile(f)
			}
		case "endprofile":
			pprof.StopCPUProfile()
		case "heap":
			runtime.GC()
			var f *os.File
			if f, err = os.Create(arg); err == nil {
				err = errors.Join(pprof.WriteHeapProfile(f), f.Close())
			}
		default:
			err = fmt.Errorf("unknown command %q", command)
		}
		reply := "ok\n"
		if err != nil {
			reply = fmt.Sprintf("error %v\n", err)
		}
		if _, err := io.WriteString(out, reply); err != nil {
			return // the harness has gone
		}
	}
}

// collectionEnds is when the process's garbage collections ended (the last 256 at most), in Unix
// nanoseconds, oldest first and separated by commas.
func collectionEnds() string {
	var stats debug.GCStats
	debug.ReadGCStats(&stats)
	ends := make([]string, len(stats.PauseEnd))
	for i, end := range stats.PauseEnd { // newest first
		ends[len(ends)-1-i] = strconv.FormatInt(end.UnixNano(), 10)
	}
	return strings.Join(ends, ",")
}

// child is a server process of the load harness, seen from the parent.
type child struct {
	tb        testing.TB
	kind      string
	cmd       *exec.Cmd
	addr      string
	presenter gossh.Signer
	in        io.WriteCloser
	out       *bufio.Scanner
}

// startChild starts binary (a build of this test binary) as the server kind, serving doc (the seed
// when empty). It is stopped at the end of the test, or earlier with stop.
func startChild(tb testing.TB, binary, kind, doc string) *child {
	tb.Helper()
	dir := tb.TempDir()
	c := &child{tb: tb, kind: kind, presenter: newKey(tb)}
	writeKeys(tb, filepath.Join(dir, "presenters"), c.presenter)
	c.cmd = exec.Command(binary, "-test.run=^$")
	c.cmd.Env = childEnviron(childEnv+"="+kind, childDirEnv+"="+dir, childDocEnv+"="+doc)
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
	tb.Cleanup(c.stop)
	c.out = bufio.NewScanner(stdout)
	if !c.out.Scan() || !strings.HasPrefix(c.out.Text(), "addr ") {
		tb.Fatalf("%s server process did not start: %q %v", kind, c.out.Text(), c.out.Err())
	}
	c.addr = strings.TrimPrefix(c.out.Text(), "addr ")
	return c
}

// stop closes the child's input, on which it shuts down, and waits for it. Stopping twice is harmless.
func (c *child) stop() {
	if c.in == nil {
		return
	}
	_ = c.in.Close()
	c.in = nil
	exited := make(chan error, 1)
	go func() { exited <- c.cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			c.tb.Errorf("%s server process: %v", c.kind, err)
		}
	case <-time.After(30 * time.Second):
		_ = c.cmd.Process.Kill()
		c.tb.Errorf("%s server process did not exit", c.kind)
	}
}

// ask sends a command and returns the child's answer.
func (c *child) ask(command string) string {
	c.tb.Helper()
	if _, err := io.WriteString(c.in, command+"\n"); err != nil {
		c.tb.Fatal(err)
	}
	if !c.out.Scan() {
		c.tb.Fatalf("%s server process: %v", c.kind, c.out.Err())
	}
	if answer := c.out.Text(); !strings.HasPrefix(answer, "error ") {
		return answer
	}
	c.tb.Fatalf("%s server process: %s: %s", c.kind, command, c.out.Text())
	return ""
}

// goroutines is the number of goroutines in the server process.
func (c *child) goroutines() int {
	c.tb.Helper()
	n, err := strconv.Atoi(strings.TrimPrefix(c.ask("goroutines"), "goroutines "))
	if err != nil {
		c.tb.Fatal(err)
	}
	return n
}

// collections is when the server process's garbage collections ended.
func (c *child) collections() []time.Time {
	c.tb.Helper()
	list := strings.TrimSpace(strings.TrimPrefix(c.ask("collections"), "collections"))
	var ends []time.Time
	for field := range strings.SplitSeq(list, ",") {
		if field == "" {
			continue
		}
		ns, err := strconv.ParseInt(field, 10, 64)
		if err != nil {
			c.tb.Fatalf("%s server process: collections: %v", c.kind, err)
		}
		ends = append(ends, time.Unix(0, ns))
	}
	return ends
}

// rss is the server process's resident set size in bytes, as the machine pays for it.
func (c *child) rss() uint64 { return procRSS(strconv.Itoa(c.cmd.Process.Pid)) }

// cpu is the CPU time the server process has used.
func (c *child) cpu() time.Duration { return procCPU(strconv.Itoa(c.cmd.Process.Pid)) }

// procCPU is the CPU time process pid ("self" for this one) has used, user and system, from /proc (0
// where there is none).
func procCPU(pid string) time.Duration {
	data, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0
	}
	// The command name, in parentheses, may hold spaces; utime and stime are the 14th and 15th
	// fields, in clock ticks of 1/100 s (USER_HZ on Linux).
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	if len(fields) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// childBinary is a build of this test binary without the race detector, for the server processes: this
// binary itself unless it was built with -race, else one built for the test (which takes a while).
func childBinary(tb testing.TB) string {
	tb.Helper()
	if !raceEnabled {
		return os.Args[0]
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		tb.Skipf("the server processes must be built without -race and there is no go command: %v", err)
	}
	out := filepath.Join(tb.TempDir(), "serve.test")
	build := exec.Command(goTool, "test", "-c", "-race=false", "-o", out, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		tb.Fatalf("build the server processes without -race: %v", err)
	}
	return out
}

// childEnviron is this process's environment with extra settings, for a child run of this test
// binary. A binary built with -race pauses a second as it exits, for other threads to finish their
// reports (the race runtime's atexit_sleep_ms); a child's reports are printed as they are found, so
// the children exit without the pause.
func childEnviron(extra ...string) []string {
	race := strings.TrimSpace(os.Getenv("GORACE") + " atexit_sleep_ms=0")
	return append(append(os.Environ(), "GORACE="+race), extra...)
}
