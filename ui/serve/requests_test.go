package serve

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// rawSession opens a session on a new connection without asking for anything yet.
func (f *fixture) rawSession() (*gossh.Client, *gossh.Session) {
	f.tb.Helper()
	conn, client, err := f.dial(noKey(""), nil)
	if err != nil {
		f.tb.Fatal(err)
	}
	f.tb.Cleanup(func() { client.Close(); conn.Close() })
	sess, err := client.NewSession()
	if err != nil {
		f.tb.Fatal(err)
	}
	return client, sess
}

// within runs request in the background and reports whether it returned within d, and its error.
func within(d time.Duration, request func() error) (bool, error) {
	done := make(chan error, 1)
	go func() { done <- request() }()
	select {
	case err := <-done:
		return true, err
	case <-time.After(d):
		return false, nil
	}
}

// TestEnvRequestsAreBounded: a session keeps a handful of small environment variables a terminal
// needs (LANG, LC_*, TERM, COLORTERM, NO_COLOR, CLICOLOR, CLICOLOR_FORCE) and refuses the rest, so
// a client sending thousands of 32 KB variables before its shell costs the server nothing.
func TestEnvRequestsAreBounded(t *testing.T) {
	f := newFixture(t)
	_, sess := f.rawSession()
	for _, tc := range []struct {
		name, value string
		ok          bool
	}{
		{"LANG", "zh_CN.UTF-8", true},
		{"LC_ALL", "C.UTF-8", true},
		{"TERM", "xterm-256color", true},
		{"COLORTERM", "truecolor", true},
		{"NO_COLOR", "1", true},
		{"LD_PRELOAD", "/tmp/x.so", false},
		{"PATH", "/bin", false},
		{"LANG", strings.Repeat("x", 1024), false},
		{"", "", false},
	} {
		if err := sess.Setenv(tc.name, tc.value); (err == nil) != tc.ok {
			t.Errorf("env %s (%d bytes): accepted %v; want %v", tc.name, len(tc.value), err == nil, tc.ok)
		}
	}
	accepted := 5
	for i := range 20 {
		if sess.Setenv(fmt.Sprintf("LC_X%d", i), "C") == nil {
			accepted++
		}
	}
	if accepted != 16 {
		t.Errorf("%d environment variables accepted; want 16 at most", accepted)
	}

	// A flood of large variables before the shell.
	n := scaled(300, 3000)
	_, flood := f.rawSession()
	before, rssBefore := heapInuse(), rss()
	big := strings.Repeat("v", 32<<10)
	for i := range n {
		_, err := flood.SendRequest("env", true, gossh.Marshal(struct{ Name, Value string }{fmt.Sprintf("LC_%d", i), big}))
		if err != nil {
			t.Fatalf("env request %d: %v", i, err)
		}
	}
	grown := float64(heapInuse()) - float64(before)
	t.Logf("%d env requests of 32 KB before the shell: server heap +%.1f MB, process RSS +%.1f MB",
		n, grown/(1<<20), (float64(rss())-float64(rssBefore))/(1<<20))
	if grown > 4<<20 {
		t.Errorf("%d env requests of 32 KB grew the heap by %.1f MB; want them dropped (< 4 MB)", n, grown/(1<<20))
	}
	if err := flood.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := flood.Shell(); err != nil {
		t.Fatalf("the shell after the flood: %v", err)
	}
}

// TestWindowChangeBeforeShell: a window change after pty-req and before the shell does not block
// the session: the shell is answered, the window is the newest one, and once clients hang up their
// sessions leave nothing behind.
func TestWindowChangeBeforeShell(t *testing.T) {
	f := newFixture(t)
	viewer, err := f.open(noKey(""), termOptions{ptyW: 80, ptyH: 24, emuW: 100, emuH: 30, beforeShell: func(s *gossh.Session) error {
		for _, w := range [][2]int{{60, 20}, {90, 28}, {100, 30}} {
			if err := s.WindowChange(w[1], w[0]); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("a session with window changes before its shell: %v", err)
	}
	// The newest window (100×30) is the one drawn: the header sits at the right edge of 100 columns.
	screen := viewer.waitFor(header(0), timeout)
	if line := strings.TrimRight(strings.Split(screen, "\n")[0], " "); !strings.HasSuffix(line, header(0)) || ansi.StringWidth(line) <= 90 {
		t.Fatalf("the reader did not take the newest window size:\n%s", screen)
	}

	baseline := runtime.NumGoroutine()
	n := scaled(20, 500)
	answered := 0
	for range n {
		conn, client, err := f.dial(noKey(""), nil)
		if err != nil {
			t.Fatal(err)
		}
		sess, err := client.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		_ = sess.WindowChange(30, 100)
		ok, _ := within(timeout, func() error { _, err := sess.SendRequest("shell", true, nil); return err })
		if ok {
			answered++
		}
		client.Close()
		conn.Close()
		if !ok {
			break // the server's request loop is stuck: more connections would only wait as long
		}
	}
	if answered < n {
		t.Errorf("a shell request after a window change was not answered in %v", timeout)
	}
	if !contenttest.Eventually(3*timeout, func() bool { return runtime.NumGoroutine() <= baseline && f.srv.hub.Online() == 1 }) {
		t.Fatalf("%d connections that changed their window before the shell left %d goroutines after hanging up (%d in the meeting)",
			n, runtime.NumGoroutine()-baseline, f.srv.hub.Online())
	}
}

// TestSessionsPerConnectionAreBounded: one connection may hold 4 sessions at once; more are refused,
// and the goroutines of each session end with it, so thousands of commands run one after another
// on one connection cost no more than one.
func TestSessionsPerConnectionAreBounded(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	client, _ := f.rawSession()
	opened := 1
	var refusal error
	for range scaled(50, 5000) {
		if _, err := client.NewSession(); err != nil {
			refusal = err
			break
		}
		opened++
	}
	var openErr *gossh.OpenChannelError
	if opened != 4 || !errors.As(refusal, &openErr) || openErr.Reason != gossh.ResourceShortage {
		t.Fatalf("one connection opened %d idle sessions (then %v); want 4, then a refusal for lack of resources", opened, refusal)
	}

	conn, runner, err := f.dial(noKey(""), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	defer func() { _ = runner.Close() }()
	run := func() {
		t.Helper()
		sess, err := runner.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		if out, err := sess.Output("sections"); err != nil || !strings.Contains(string(out), seedTitles()[1]) {
			t.Fatalf("sections: %v", err)
		}
	}
	run()
	baseline := runtime.NumGoroutine()
	n := scaled(200, 20000)
	if raceEnabled {
		n = min(n, 100)
	}
	start := time.Now()
	for range n {
		run()
	}
	t.Logf("%d commands on one connection in %v", n, time.Since(start).Round(time.Millisecond))
	if !contenttest.Eventually(timeout, func() bool { return runtime.NumGoroutine() <= baseline+10 }) {
		t.Fatalf("%d commands run one after another on one connection left %d goroutines behind while it stays open", n, runtime.NumGoroutine()-baseline)
	}
}

// TestTwoSessionsOnOneConnection: two readers on one connection (OpenSSH's ControlMaster) are two
// members of the meeting: when one quits, the other goes on following and only the one that quit
// leaves.
func TestTwoSessionsOnOneConnection(t *testing.T) {
	t.Parallel() // waits more than it works: runs beside the other waiting tests
	f := newFixture(t)
	presenter := f.presenterTerm()
	presenter.waitFor(header(0), timeout)
	shared, err := f.open(noKey(""), termOptions{ptyW: 100, ptyH: 30})
	if err != nil {
		t.Fatal(err)
	}
	second, err := shared.openOnSameConnection(termOptions{ptyW: 100, ptyH: 30})
	if err != nil {
		t.Fatal(err)
	}
	shared.waitFor(header(0), timeout)
	second.waitFor(header(0), timeout)
	presenter.waitFor(online(3), timeout)

	ended := make(chan struct{})
	go func() { _ = shared.sess.Wait(); close(ended) }() // how it ended is not the question
	shared.sendKeys("q")
	select {
	case <-ended:
	case <-time.After(timeout):
		t.Fatal("q did not end the first session")
	}
	presenter.waitFor(online(2), timeout)
	presenter.sendKeys("3")
	second.waitForAll(timeout, header(3), followingStatus(3))
	if n := f.srv.hub.Online(); n != 2 {
		t.Fatalf("%d in the meeting; want the presenter and the second session", n)
	}
}

// TestLongCommandLine: a command line longer than 4 KB is refused with a reason, at once, before
// anything splits it into words.
func TestLongCommandLine(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	for _, size := range []int{scaled(64<<10, 200<<10), 4097} {
		start := time.Now()
		stdout, stderr, status := f.exec(noKey(""), "sections "+strings.Repeat("x", size-len("sections ")))
		took := time.Since(start)
		t.Logf("a %d-byte command line: refused in %v", size, took.Round(time.Millisecond))
		if status != 1 || stdout != "" || !strings.Contains(stderr, "4096") || len(stderr) > 200 {
			t.Errorf("a %d-byte command line: status %d, stdout %d bytes, stderr %q; want 1 and a short reason naming the limit", size, status, len(stdout), truncate(stderr, 200))
		}
	}
	if stdout, _, status := f.exec(noKey(""), "sections"+strings.Repeat(" ", 4096-len("sections"))); status != 0 || !strings.Contains(stdout, seedTitles()[1]) {
		t.Errorf("a command line of exactly 4096 bytes: status %d", status)
	}
}

// TestForwardingRefused: agent forwarding, X11 and port forwarding are refused.
func TestForwardingRefused(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	client, sess := f.rawSession()
	if ok, err := sess.SendRequest("auth-agent-req@openssh.com", true, nil); ok || err != nil {
		t.Errorf("agent forwarding: accepted %v (%v); want refused", ok, err)
	}
	if ok, err := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single           bool
		Protocol, Cookie string
		Screen           uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})); ok || err != nil {
		t.Errorf("X11 forwarding: accepted %v (%v); want refused", ok, err)
	}
	if ok, _, err := client.SendRequest("tcpip-forward", true, gossh.Marshal(struct {
		Addr string
		Port uint32
	}{"127.0.0.1", 0})); ok || err != nil {
		t.Errorf("remote port forwarding: accepted %v (%v); want refused", ok, err)
	}
	if c, err := client.Dial("tcp", f.addr); err == nil {
		c.Close()
		t.Errorf("local port forwarding was accepted")
	}
}

// TestResizeAtSessionStart: window changes and keys sent the moment the shell is answered, while the
// session is starting, are no data race (run with -race) and end with a working reader of the last
// size.
func TestResizeAtSessionStart(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("seed %d", seed)
	keys := []string{"j", "k", "2", "3", "n", "p", "]", "[", "t", "d", "?"} // not v: the slides tick a clock for a second after the session ends
	for range scaled(10, 100) {
		viewer, err := f.open(noKey(""), termOptions{ptyW: 20 + rng.IntN(300), ptyH: 5 + rng.IntN(100), emuW: 100, emuH: 30})
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			if err := viewer.sess.WindowChange(5+rng.IntN(100), 20+rng.IntN(300)); err != nil {
				t.Fatal(err)
			}
			viewer.sendKeys(keys[rng.IntN(len(keys))])
		}
		viewer.resize(100, 30)
		words := seedWords()
		if screen, err := viewer.await(func(s string) bool {
			return strings.Contains(s, words.Following) || strings.Contains(s, words.Detached) || strings.Contains(s, words.NoPresenter)
		}, timeout); err != nil {
			t.Fatalf("%v waiting for a meeting's status line; screen:\n%s", err, screen)
		}
		viewer.close()
	}
}
