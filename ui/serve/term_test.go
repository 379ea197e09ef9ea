package serve

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// term is an interactive session read through a terminal emulator.
type term struct {
	tb      testing.TB
	conn    net.Conn
	client  *gossh.Client
	sess    *gossh.Session
	stdin   io.WriteCloser
	emu     *vt.SafeEmulator
	changed chan struct{} // a pending "the screen was written to"
	started chan struct{} // closed at the first output
	first   sync.Once
	onWrite func(*term) // called after each write to the screen, on the output pump
	rawMu   sync.Mutex
	raw     []byte // every byte the session printed, when recordRaw was asked for
	// received counts the bytes the session printed.
	received atomic.Int64
	record   bool
	pumps    sync.WaitGroup
	once     sync.Once
}

// termOptions says how to open a session: the PTY size the server is told, and the emulator's size
// (the same unless given).
type termOptions struct {
	ptyW, ptyH int
	emuW, emuH int
	onWrite    func(*term)
	recordRaw  bool   // keep every byte the server sent, for tests that look for escape sequences
	user       string // the SSH user name; "tester" if empty
	command    string // the session's command (console); none opens the reader
	// beforeShell, if set, runs after the PTY request and before the shell: requests a client may
	// send in between.
	beforeShell func(*gossh.Session) error
	// background is the colour the terminal answers when asked for its background (default black);
	// holdReplies, when set, keeps every answer to the program's queries until it is closed.
	background  color.Color
	holdReplies <-chan struct{}
}

// connect signs in with auth and opens a PTY session of w×h; it fails the test if it cannot.
func (f *fixture) connect(auth []gossh.AuthMethod, w, h int) *term {
	f.tb.Helper()
	t, err := f.open(auth, termOptions{ptyW: w, ptyH: h})
	if err != nil {
		f.tb.Fatalf("connect: %v", err)
	}
	return t
}

func (f *fixture) presenterTerm() *term { return f.connect(keyAuth(f.presenter), 100, 30) }

// open signs in and opens a PTY session, pumping the output into an emulator and the emulator's
// replies (terminal queries) back to the server. It is closed at the end of the test.
func (f *fixture) open(auth []gossh.AuthMethod, o termOptions) (*term, error) {
	return openTerm(f.tb, f.addr, auth, o)
}

func openTerm(tb testing.TB, addr string, auth []gossh.AuthMethod, o termOptions) (*term, error) {
	user := o.user
	if user == "" {
		user = "tester"
	}
	conn, client, err := dialSSHAs(addr, user, auth, nil)
	if err != nil {
		return nil, err
	}
	return startTerm(tb, conn, client, o)
}

// openOnSameConnection opens another PTY session on t's connection, as OpenSSH's ControlMaster does.
// Closing it leaves the connection open.
func (t *term) openOnSameConnection(o termOptions) (*term, error) {
	return startTerm(t.tb, nil, t.client, o)
}

// startTerm opens a PTY session on client; conn, if not nil, is the connection the term owns and
// closes with the client.
func startTerm(tb testing.TB, conn net.Conn, client *gossh.Client, o termOptions) (*term, error) {
	var err error
	t := &term{tb: tb, conn: conn, client: client, changed: make(chan struct{}, 1), started: make(chan struct{}), onWrite: o.onWrite, record: o.recordRaw}
	tb.Cleanup(t.close)
	if t.sess, err = client.NewSession(); err != nil {
		t.close()
		return nil, err
	}
	if err := t.sess.RequestPty("xterm-256color", o.ptyH, o.ptyW, gossh.TerminalModes{}); err != nil {
		t.close()
		return nil, err
	}
	if t.stdin, err = t.sess.StdinPipe(); err != nil {
		t.close()
		return nil, err
	}
	stdout, err := t.sess.StdoutPipe()
	if err != nil {
		t.close()
		return nil, err
	}
	if o.beforeShell != nil {
		if err := o.beforeShell(t.sess); err != nil {
			t.close()
			return nil, err
		}
	}
	start := t.sess.Shell
	if o.command != "" {
		start = func() error { return t.sess.Start(o.command) }
	}
	if ok, err := within(timeout, start); !ok || err != nil {
		t.close()
		if err == nil {
			err = fmt.Errorf("the shell request was not answered in %v", timeout)
		}
		return nil, err
	}
	w, h := o.emuW, o.emuH
	if w == 0 || h == 0 {
		w, h = o.ptyW, o.ptyH
	}
	t.emu = vt.NewSafeEmulator(w, h)
	if o.background != nil {
		t.emu.SetDefaultBackgroundColor(o.background)
	}
	t.pumps.Add(2)
	go func() {
		defer t.pumps.Done()
		_, _ = io.Copy(screenWriter{t}, stdout)
	}()
	go func() {
		defer t.pumps.Done()
		replies := io.Reader(t.emu)
		if o.holdReplies != nil {
			replies = t.held(o.holdReplies)
		}
		_, _ = io.Copy(t.stdin, replies)
		_, _ = io.Copy(io.Discard, replies) // keep answering queries into the void, or the screen locks up
	}()
	return t, nil
}

// held reads the terminal's answers as they come, so it never blocks on them, and gives them out only
// once release is closed.
func (t *term) held(release <-chan struct{}) io.Reader {
	pr, pw := io.Pipe()
	answers := make(chan []byte, 1024) // a session asks a handful of questions
	t.pumps.Add(2)
	go func() {
		defer t.pumps.Done()
		defer close(answers)
		buf := make([]byte, 4096)
		for {
			n, err := t.emu.Read(buf)
			if n > 0 {
				answers <- bytes.Clone(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		defer t.pumps.Done()
		<-release
		for answer := range answers {
			if _, err := pw.Write(answer); err != nil {
				break
			}
		}
		for range answers { // the reader has gone: drop the rest
		}
		_ = pw.Close() // a pipe's writer: closing it only ends the reader's stream
	}()
	return pr
}

// screenWriter writes the session's output to the emulator and says so.
type screenWriter struct{ t *term }

func (w screenWriter) Write(p []byte) (int, error) {
	w.t.received.Add(int64(len(p)))
	if w.t.record {
		w.t.rawMu.Lock()
		w.t.raw = append(w.t.raw, p...)
		w.t.rawMu.Unlock()
	}
	n, err := w.t.emu.Write(p)
	if w.t.onWrite != nil {
		w.t.onWrite(w.t)
	}
	w.t.first.Do(func() { close(w.t.started) })
	select {
	case w.t.changed <- struct{}{}:
	default:
	}
	return n, err
}

// output is every byte the session has printed so far (recordRaw only).
func (t *term) output() string {
	t.rawMu.Lock()
	defer t.rawMu.Unlock()
	return string(t.raw)
}

// screen is the emulator's screen as plain text.
func (t *term) screen() string { return ansi.Strip(t.emu.Render()) }

// waitFor polls the screen until it contains want, failing the test after timeout.
func (t *term) waitFor(want string, timeout time.Duration) string {
	t.tb.Helper()
	screen, err := t.await(func(s string) bool { return strings.Contains(s, want) }, timeout)
	if err != nil {
		t.tb.Fatalf("%v waiting for %q; screen:\n%s", err, want, screen)
	}
	return screen
}

// waitForAll waits for a screen that contains every one of want.
func (t *term) waitForAll(timeout time.Duration, want ...string) string {
	t.tb.Helper()
	screen, err := t.await(func(s string) bool {
		for _, w := range want {
			if !strings.Contains(s, w) {
				return false
			}
		}
		return true
	}, timeout)
	if err != nil {
		t.tb.Fatalf("%v waiting for %q; screen:\n%s", err, want, screen)
	}
	return screen
}

var errTimeout = errors.New("timed out")

// await polls the screen, on every write and at least every 10 ms, until ok says yes.
func (t *term) await(ok func(string) bool, timeout time.Duration) (string, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		screen := t.screen()
		if ok(screen) {
			return screen, nil
		}
		select {
		case <-t.changed:
		case <-tick.C:
		case <-deadline.C:
			screen = t.screen()
			if ok(screen) {
				return screen, nil
			}
			return screen, fmt.Errorf("after %v: %w", timeout, errTimeout)
		}
	}
}

// sendKeys types s.
func (t *term) sendKeys(s string) {
	t.tb.Helper()
	if _, err := io.WriteString(t.stdin, s); err != nil {
		t.tb.Fatalf("send %q: %v", s, err)
	}
}

// waitStarted waits for the session's first output: its program runs. (charm.land/ssh v0.4.3 writes
// the window size of a window change without a lock while the session's handlers read it with
// Pty(): a resize before the program has started is a data race in that library.)
func (t *term) waitStarted() {
	t.tb.Helper()
	select {
	case <-t.started:
	case <-time.After(timeout):
		t.tb.Fatal("the session printed nothing")
	}
}

// resize tells the server the window is now w×h and resizes the emulator to match.
func (t *term) resize(w, h int) {
	t.tb.Helper()
	if err := t.sess.WindowChange(h, w); err != nil {
		t.tb.Fatalf("window change %dx%d: %v", w, h, err)
	}
	if w > 0 && h > 0 && w <= 1000 && h <= 1000 {
		t.emu.Resize(w, h)
	}
}

// close ends the session and the connection and waits for the pumps.
func (t *term) close() {
	t.once.Do(func() {
		if t.emu != nil {
			// Replies fail from now on instead of blocking, and the input pump sees EOF. (emu.Close
			// would race with the pump's Read.)
			_ = t.emu.InputPipe().(*io.PipeWriter).CloseWithError(io.EOF)
		}
		if t.sess != nil {
			_ = t.sess.Close()
		}
		if t.conn != nil { // it owns its connection
			_ = t.client.Close()
			_ = t.conn.Close()
		}
		done := make(chan struct{})
		go func() { t.pumps.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(timeout):
			t.tb.Errorf("session pumps did not stop in %v", timeout)
		}
	})
}
