package serve

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// TestShutdownTellsViewers: shutting down tells every session the meeting has ended, in words that
// stay on the screen, and ends within the time allowed (five seconds by default). The time is
// reported; a busy machine may take longer to hang up once that time is up, so the bound asserted is
// the time allowed plus the wait of any other step.
func TestShutdownTellsViewers(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	presenter := f.presenterTerm()
	viewer := f.connect(noKey(""), 80, 24)
	viewer.waitFor(header(0), timeout)
	presenter.sendKeys("2")
	viewer.waitFor(header(2), timeout)

	start := time.Now()
	if err := f.srv.Shutdown(context.Background()); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	took := time.Since(start)
	t.Logf("Shutdown took %v", took.Round(time.Millisecond))
	if allowed := f.srv.cfg.ShutdownTimeout; took > allowed+timeout {
		t.Fatalf("Shutdown took %v; want at most the %v allowed", took, allowed)
	}
	viewer.waitFor(seedWords().MeetingEnded, timeout)
	presenter.waitFor(seedWords().MeetingEnded, timeout)
}

// TestShutdownWithStalledViewers: with viewers that stopped reading (their sockets, or only their
// sessions' output, so that the server waits for the SSH window), a connection still in its
// handshake and a session that never started, shutting down takes the configured time (2 s here,
// 5 s by default) and no more than half a second beyond, and by the time it returns every session
// that was logged as connected has been logged as disconnected. The meeting shows a dense report, so
// that each move redraws most of the stalled screens and the SSH window fills in few moves.
func TestShutdownWithStalledViewers(t *testing.T) {
	t.Parallel()                                                           // waits more than it works: runs beside the other waiting tests
	shape := contenttest.ReportShape{Parts: 5, Figures: 100, Chars: 60000} // parts longer than a screen
	f := newFixture(t, withDocument("report.md", string(contenttest.Report(shape))),
		withConfig(func(c *Config) { c.ShutdownTimeout = 2 * time.Second }))
	following := func(part int) string { return fmt.Sprintf("%s · %d/%d", seedWords().Following, part, shape.Parts) }
	// The presenter and the viewer are small: what matters is what the stalled viewers are sent.
	presenter := f.connect(keyAuth(f.presenter), 40, 12)
	viewer := f.connect(noKey(""), 60, 12)
	presenter.sendKeys("1")
	viewer.waitFor(following(1), timeout)
	var unread []*gossh.Session
	for range scaled(1, 3) {
		openStalled(t, f.addr, 120, 60)
		unread = append(unread, openUnread(t, f.addr, 320, 120))
	}
	if !contenttest.Eventually(timeout, func() bool { return f.srv.hub.Online() == 2+2*scaled(1, 3) }) {
		t.Fatalf("the stalled viewers did not join: %d online", f.srv.hub.Online())
	}
	moves := 0
	for ; len(windowWaiters()) == 0 || !serverWriteBlocked(); moves++ {
		if moves > 2000 {
			t.Fatal("no server write ever blocked on a stalled viewer: the test stalled nothing")
		}
		// A window change makes the unread viewers' next frame a full redraw, so their SSH windows
		// fill in fewer moves.
		for _, s := range unread {
			if err := s.WindowChange(80-moves%2, 240); err != nil {
				t.Fatal(err)
			}
		}
		presenter.sendKeys(fmt.Sprint(moves%4 + 2))
		viewer.waitFor(following(moves%4+2), followWithin)
	}
	t.Logf("a server write blocked after %d moves", moves)
	silent, err := net.Dial("tcp", f.addr) // connected, never says a word
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	_, unstarted := f.rawSession() // a session that never asks for a shell
	_ = unstarted

	start := time.Now()
	if err := f.srv.Shutdown(context.Background()); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	took := time.Since(start)
	logged := f.log.String()
	connected, disconnected := strings.Count(logged, "connected addr="), strings.Count(logged, "disconnected addr=")
	connected -= disconnected // "disconnected addr=" contains "connected addr="
	t.Logf("shutdown with %d stalled viewers took %v; %d sessions logged as connected, %d as disconnected", 2*scaled(1, 3), took.Round(time.Millisecond), connected, disconnected)
	if allowed := f.srv.cfg.ShutdownTimeout; took > allowed+500*time.Millisecond {
		t.Errorf("Shutdown took %v; want at most %v and half a second", took, allowed)
	}
	if disconnected != connected {
		t.Errorf("%d sessions were logged as connected but %d as disconnected when Shutdown returned:\n%s", connected, disconnected, logged)
	}
	viewer.waitFor(seedWords().MeetingEnded, timeout)
}

// openUnread opens a w×h viewer that reads its connection but never its session's output, so the
// server's writes to it stop when the SSH window is used up, until the session closes.
func openUnread(t *testing.T, addr string, w, h int) *gossh.Session {
	t.Helper()
	conn, client, err := dialSSH(addr, noKey(""), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close(); conn.Close() })
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdoutPipe(); err != nil { // taken, never read
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return sess
}

// windowWaiters is the goroutines of session renderers waiting for a client's SSH window.
func windowWaiters() []string {
	var ids []string
	for _, stack := range strings.Split(stacksMatching("cursedRenderer).flush"), "\n\n") {
		if strings.Contains(stack, "ssh.(*window).reserve") {
			id, _, _ := strings.Cut(stack, " [")
			ids = append(ids, id)
		}
	}
	return ids
}
