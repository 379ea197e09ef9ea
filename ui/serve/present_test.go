package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
	"briefing/ui"
	"briefing/ui/meeting"
)

// TestLocalPresenterLeadsTheMeeting: the local presenter (`present --serve`) is a presenter of the
// server's meeting like any SSH presenter: viewers follow its moves, it sees who is there, and when
// it quits the meeting ends for everyone and Present returns.
func TestLocalPresenterLeadsTheMeeting(t *testing.T) {
	t.Parallel()
	srv, ln, _ := presentServer(t, meeting.ReaderView, io.Discard)
	local := presentLocally(t, srv, ln, 100, 30)

	viewer := clientsOf(t, ln).connect(noKey(""), 100, 30)
	viewer.waitForAll(timeout, header(0), followingStatus(0))
	local.waitFor(presenterStatus()[1:] + online(2))

	local.typeKeys("2")
	viewer.waitFor(header(2), timeout)
	local.waitFor(header(2))

	local.quitWithViewers(1)
	viewer.waitFor(seedWords().MeetingEnded, timeout)
}

// TestLocalPresenterQuitTellsEveryone: when the local presenter ends the meeting with q q, every
// session at 80x24 (viewers and the speaker console) is told the meeting ended, in the line that
// stays once its screen is gone, and then ends in order: its exit status and the channel's close
// arrive before the connection closes. A client hung up on first (OpenSSH: "Connection to … closed
// by remote host") may drop what it had not yet shown, and the farewell with it. The server's log
// is slow here (a busy disk): the sessions' last lines wait until every client has seen its
// session end, so hanging up may not wait for the log.
func TestLocalPresenterQuitTellsEveryone(t *testing.T) {
	t.Parallel()
	slowLog := &gatedLog{hold: "disconnected", open: make(chan struct{})}
	srv, ln, presenterKey := presentServer(t, meeting.SlidesView, slowLog) // slides, as present --serve shows
	local := presentLocally(t, srv, ln, 80, 24)
	clients := clientsOf(t, ln)
	var sessions []*term
	for i := range 4 {
		viewer, err := clients.open(noKey(""), termOptions{ptyW: 80, ptyH: 24, user: fmt.Sprintf("viewer%d", i)})
		if err != nil {
			t.Fatal(err)
		}
		sessions = append(sessions, viewer)
	}
	console, err := clients.open(keyAuth(presenterKey), termOptions{ptyW: 80, ptyH: 24, command: "console"})
	if err != nil {
		t.Fatal(err)
	}
	for _, viewer := range sessions {
		viewer.waitFor(followingStatus(0), timeout)
	}
	console.waitFor(seedWords().Elapsed, timeout)
	sessions = append(sessions, console)
	local.waitFor(online(len(sessions) + 1))

	local.typeKeys("1")
	// The first q asks (ui's TestQuitQuestionFits reads the question), the second ends the meeting.
	local.typeKeys("qq")
	bound := srv.cfg.ShutdownTimeout + timeout // shutting down ends every session within its timeout
	for i, s := range sessions {
		ended, err := within(bound, s.sess.Wait)
		var missing *gossh.ExitMissingError
		switch {
		case !ended:
			t.Errorf("session %d did not end %v after the meeting ended", i, bound)
		case errors.As(err, &missing):
			t.Errorf("session %d was hung up on before it ended (no exit status): %v", i, err)
		case err != nil:
			t.Errorf("session %d ended with %v", i, err)
		}
		// The exit status can come before the client has drawn the last bytes it received.
		farewell := seedWords().MeetingEnded
		if screen, err := s.await(func(s string) bool { return strings.Contains(s, farewell) }, timeout); err != nil {
			t.Errorf("session %d does not say the meeting ended (%v):\n%s", i, err, screen)
		}
	}
	close(slowLog.open)
	local.waitPresented()
}

// gatedLog is a log whose lines containing hold wait until open is closed (or a while, so that a
// failing test ends).
type gatedLog struct {
	hold string
	open chan struct{}
}

func (g *gatedLog) Write(p []byte) (int, error) {
	if strings.Contains(string(p), g.hold) {
		select {
		case <-g.open:
		case <-time.After(2 * timeout):
		}
	}
	return len(p), nil
}

// presentServer is a server in view v with one presenter key, logging to logTo, not yet serving,
// and its port.
func presentServer(t *testing.T, v meeting.View, logTo io.Writer) (*Server, net.Listener, gossh.Signer) {
	t.Helper()
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.View = v
	key := newKey(t)
	writeKeys(t, cfg.PresenterKeys, key)
	srv, err := New(loadSeed(t), cfg, log.New(logTo))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return srv, ln, key
}

// localPresenter is the terminal of present --serve: keys typed into the program, its screen read
// through an emulator, and Present's result.
type localPresenter struct {
	t         *testing.T
	typing    io.Writer
	screen    *vt.SafeEmulator
	presented chan error
}

// presentLocally runs srv.Present on ln with a local terminal of w×h.
func presentLocally(t *testing.T, srv *Server, ln net.Listener, w, h int) *localPresenter {
	t.Helper()
	keys, typing := io.Pipe()
	l := &localPresenter{t: t, typing: typing, screen: vt.NewSafeEmulator(w, h), presented: make(chan error, 1)}
	replies := make(chan struct{})
	go func() { // the terminal's answers to the program's questions go nowhere
		defer close(replies)
		_, _ = io.Copy(io.Discard, l.screen)
	}()
	go func() {
		l.presented <- srv.Present(context.Background(), ln, ui.Options{},
			tea.WithInput(keys), tea.WithOutput(l.screen), tea.WithWindowSize(w, h))
	}()
	t.Cleanup(func() {
		_ = typing.Close()
		_ = l.screen.InputPipe().(*io.PipeWriter).CloseWithError(io.EOF)
		<-replies
	})
	return l
}

// waitFor waits until the local screen shows want.
func (l *localPresenter) waitFor(want string) {
	l.t.Helper()
	screen := func() string { return ansi.Strip(l.screen.Render()) }
	if !contenttest.Eventually(timeout, func() bool { return strings.Contains(screen(), want) }) {
		l.t.Fatalf("the local presenter's screen never showed %q:\n%s", want, screen())
	}
}

// typeKeys types s on the local terminal.
func (l *localPresenter) typeKeys(s string) {
	l.t.Helper()
	if _, err := io.WriteString(l.typing, s); err != nil {
		l.t.Fatal(err)
	}
}

// quitWithViewers ends the meeting with q, q (the first asks, with viewers connected), and waits
// for Present to return.
func (l *localPresenter) quitWithViewers(viewers int) {
	l.t.Helper()
	l.typeKeys("q")
	l.waitFor(seedWords().ViewersOnline.N(viewers)) // the start: this emulator garbles the rest
	l.typeKeys("q")
	l.waitPresented()
}

// waitPresented waits for Present to return, without an error.
func (l *localPresenter) waitPresented() {
	l.t.Helper()
	select {
	case err := <-l.presented:
		if err != nil {
			l.t.Fatalf("Present: %v", err)
		}
	case <-time.After(2 * timeout):
		l.t.Fatal("Present did not return after the local presenter quit")
	}
}

// clientsOf is a fixture for a server started elsewhere, to connect clients to it.
func clientsOf(tb testing.TB, ln net.Listener) *fixture {
	return &fixture{tb: tb, addr: ln.Addr().String()}
}
