package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content"
	"briefing/seeds"
)

// The load test's server runs in a child process (this test binary again, see TestMain), so that
// its heap holds the server only: the 200 clients' emulators (each vt parser alone allocates 4 MB)
// and SSH client state stay in the parent.
const (
	childEnv    = "BRIEFING_SERVE_CHILD"
	childDirEnv = "BRIEFING_SERVE_CHILD_DIR"
)

// runChildServer serves the seed on 127.0.0.1:0 with the presenter keys in $BRIEFING_SERVE_CHILD_DIR,
// prints "addr HOST:PORT", then answers "mem" with "mem HEAPINUSE GOROUTINES" (after a GC) until
// "quit" or the end of its input.
func runChildServer() int {
	dir := os.Getenv(childDirEnv)
	b, err := content.Parse("hengnan-2024.txt", seeds.Default())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	cfg := testConfig(dir)
	srv, err := New(b, cfg, log.New(io.Discard))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Printf("addr %s\n", ln.Addr())
	lines := bufio.NewScanner(os.Stdin)
	for lines.Scan() {
		if lines.Text() != "mem" {
			break
		}
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Printf("mem %d %d\n", ms.HeapInuse, runtime.NumGoroutine())
	}
	_ = srv.Shutdown(context.Background())
	<-served
	return 0
}

// child is the load test's server process.
type child struct {
	tb        testing.TB
	addr      string
	presenter gossh.Signer
	in        io.WriteCloser
	out       *bufio.Scanner
}

func startChild(tb testing.TB) *child {
	tb.Helper()
	dir := tb.TempDir()
	c := &child{tb: tb, presenter: newKey(tb)}
	writeKeys(tb, filepath.Join(dir, "presenters"), c.presenter)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1", childDirEnv+"="+dir)
	cmd.Stderr = os.Stderr
	var err error
	if c.in, err = cmd.StdinPipe(); err != nil {
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
		_ = c.in.Close() // the child shuts down at the end of its input
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		select {
		case err := <-exited:
			if err != nil {
				tb.Errorf("server process: %v", err)
			}
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			tb.Errorf("server process did not exit")
		}
	})
	c.out = bufio.NewScanner(stdout)
	if !c.out.Scan() || !strings.HasPrefix(c.out.Text(), "addr ") {
		tb.Fatalf("server process did not start: %q %v", c.out.Text(), c.out.Err())
	}
	c.addr = strings.TrimPrefix(c.out.Text(), "addr ")
	return c
}

// mem is the server process's HeapInuse and goroutine count after a GC.
func (c *child) mem() (heapInuse uint64, goroutines int) {
	c.tb.Helper()
	if _, err := io.WriteString(c.in, "mem\n"); err != nil {
		c.tb.Fatal(err)
	}
	if !c.out.Scan() {
		c.tb.Fatalf("server process: %v", c.out.Err())
	}
	if _, err := fmt.Sscanf(c.out.Text(), "mem %d %d", &heapInuse, &goroutines); err != nil {
		c.tb.Fatalf("server process said %q: %v", c.out.Text(), err)
	}
	return heapInuse, goroutines
}

// move is one of the presenter's moves: the section and when the key was sent.
type move struct {
	section int
	pressed time.Time
}

// follower records when a viewer's screen first showed each move's section.
type follower struct {
	mu   sync.Mutex
	seen []time.Time
}

// TestLoadViewersFollow: 200 viewers at 80×24 and a presenter who changes section every 500 ms for
// 30 s. Every viewer must end on the presenter's last section. It reports the follow latency (from
// the presenter's keypress to a viewer's screen showing the section) and the server's heap per
// viewer, measured in a separate server process. Opt-in: BRIEFING_LOAD=1.
func TestLoadViewersFollow(t *testing.T) {
	if os.Getenv("BRIEFING_LOAD") != "1" {
		t.Skip("load test: set BRIEFING_LOAD=1 to run it")
	}
	const (
		viewers  = 200
		interval = 500 * time.Millisecond
		nMoves   = int(30 * time.Second / interval)
	)
	srv := startChild(t)
	presenter, err := openTerm(t, srv.addr, keyAuth(srv.presenter), termOptions{ptyW: 100, ptyH: 30})
	if err != nil {
		t.Fatal(err)
	}
	presenter.waitFor(header(0), 10*time.Second)
	heapBefore, goroutinesBefore := srv.mem()

	moves := make([]move, nMoves)
	for i := range moves {
		moves[i].section = i%4 + 1 // 1, 2, 3, 4, 1, …: every move changes the section
	}
	var current atomic.Int64
	current.Store(-1)
	followers := make([]*follower, viewers)
	terms := make([]*term, viewers)
	connectStart := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, viewers)
	slots := make(chan struct{}, 16)
	for v := range viewers {
		fl := &follower{seen: make([]time.Time, nMoves)}
		followers[v] = fl
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			tm, err := openTerm(t, srv.addr, noKey(""), termOptions{ptyW: 80, ptyH: 24, onWrite: func(tm *term) {
				fl.observe(tm, moves, int(current.Load()))
			}})
			if err != nil {
				errs <- fmt.Errorf("viewer %d: %w", v, err)
				return
			}
			terms[v] = tm
			if screen, err := tm.await(func(s string) bool { return strings.Contains(s, header(0)) }, 30*time.Second); err != nil {
				errs <- fmt.Errorf("viewer %d never showed the opening: %w\n%s", v, err, screen)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	t.Logf("%d viewers connected in %v", viewers, time.Since(connectStart).Round(time.Millisecond))
	presenter.waitFor(online(viewers+1), 10*time.Second)
	heapAfter, goroutinesAfter := srv.mem()
	perViewer := (float64(heapAfter) - float64(heapBefore)) / viewers
	t.Logf("server heap in use: %.1f MB before, %.1f MB with %d viewers: %.0f KB per viewer (budget 2048 KB); goroutines %d → %d (%.1f per viewer)",
		mb(heapBefore), mb(heapAfter), viewers, perViewer/1024, goroutinesBefore, goroutinesAfter, float64(goroutinesAfter-goroutinesBefore)/viewers)

	tick := time.NewTicker(interval)
	for i := range moves {
		if i > 0 {
			<-tick.C
		}
		moves[i].pressed = time.Now()
		current.Store(int64(i))
		presenter.sendKeys(fmt.Sprint(moves[i].section))
	}
	tick.Stop()
	final := moves[len(moves)-1].section
	for v, tm := range terms {
		if screen, err := tm.await(func(s string) bool { return strings.Contains(s, header(final)) }, 10*time.Second); err != nil {
			t.Errorf("viewer %d did not end on the presenter's section %q: %v\n%s", v, header(final), err, screen)
		}
	}
	for _, tm := range terms {
		tm.close() // stop the pumps before reading what they recorded
	}

	var latencies []time.Duration
	missed := 0
	for _, fl := range followers {
		for i, at := range fl.seen {
			if at.IsZero() {
				missed++
				continue
			}
			latencies = append(latencies, at.Sub(moves[i].pressed))
		}
	}
	slices.Sort(latencies)
	if len(latencies) == 0 {
		t.Fatal("no latency measured")
	}
	p50, p99 := percentile(latencies, 0.50), percentile(latencies, 0.99)
	t.Logf("follow latency over %d moves × %d viewers: p50 %v, p99 %v (budget 250ms), max %v; %d of %d moves not seen on their own (overtaken by the next)",
		nMoves, viewers, p50.Round(time.Millisecond), p99.Round(time.Millisecond), latencies[len(latencies)-1].Round(time.Millisecond), missed, nMoves*viewers)
}

// observe runs after each write to a viewer's screen: it records the first time the screen shows the
// section of one of the latest moves it has not seen yet.
func (fl *follower) observe(tm *term, moves []move, current int) {
	if current < 0 {
		return
	}
	fl.mu.Lock()
	defer fl.mu.Unlock()
	var screen string
	for i := current; i >= max(current-2, 0); i-- {
		if !fl.seen[i].IsZero() {
			return // caught up already; older moves were overtaken
		}
		if screen == "" {
			screen = tm.screen()
		}
		if strings.Contains(screen, header(moves[i].section)) {
			fl.seen[i] = time.Now()
			return
		}
	}
}

func percentile(sorted []time.Duration, q float64) time.Duration {
	return sorted[min(int(q*float64(len(sorted))), len(sorted)-1)]
}

func mb(n uint64) float64 { return float64(n) / (1 << 20) }
