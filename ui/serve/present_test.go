package serve

import (
	"context"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"

	"briefing/content/contenttest"
	"briefing/ui"
)

// TestLocalPresenterLeadsTheMeeting: the local presenter (`present --serve`) is a presenter of the
// server's meeting like any SSH presenter: viewers follow its moves, it sees who is there, and when
// it quits the meeting ends for everyone and Present returns.
func TestLocalPresenterLeadsTheMeeting(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	writeKeys(t, cfg.PresenterKeys, newKey(t))
	srv, err := New(loadSeed(t), cfg, log.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	keys, typing := io.Pipe()
	screen := vt.NewSafeEmulator(100, 30)
	replies := make(chan struct{})
	go func() { // the terminal's answers to the program's questions go nowhere
		defer close(replies)
		_, _ = io.Copy(io.Discard, screen)
	}()
	presented := make(chan error, 1)
	go func() {
		presented <- srv.Present(context.Background(), ln, ui.Options{},
			tea.WithInput(keys), tea.WithOutput(screen), tea.WithWindowSize(100, 30))
	}()
	t.Cleanup(func() {
		_ = typing.Close()
		_ = screen.InputPipe().(*io.PipeWriter).CloseWithError(io.EOF)
		<-replies
	})
	localScreen := func() string { return ansi.Strip(screen.Render()) }
	waitLocal := func(want string) {
		t.Helper()
		if !contenttest.Eventually(timeout, func() bool { return strings.Contains(localScreen(), want) }) {
			t.Fatalf("the local presenter's screen never showed %q:\n%s", want, localScreen())
		}
	}

	viewer := clientsOf(t, ln).connect(noKey(""), 100, 30)
	viewer.waitForAll(timeout, header(0), followingStatus(0))
	waitLocal(presenterStatus()[1:] + online(2))

	if _, err := io.WriteString(typing, "2"); err != nil {
		t.Fatal(err)
	}
	viewer.waitFor(header(2), timeout)
	waitLocal(header(2))

	// With a viewer connected, q asks first; a second q ends the meeting.
	if _, err := io.WriteString(typing, "q"); err != nil {
		t.Fatal(err)
	}
	waitLocal(string([]rune(seedWords().ConfirmEnd.N(1))[:8])) // the start: this emulator garbles the rest
	if _, err := io.WriteString(typing, "q"); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-presented:
		if err != nil {
			t.Fatalf("Present: %v", err)
		}
	case <-time.After(2 * timeout):
		t.Fatal("Present did not return after the local presenter quit")
	}
	viewer.waitFor(seedWords().MeetingEnded, timeout)
}

// clientsOf is a fixture for a server started elsewhere, to connect clients to it.
func clientsOf(tb testing.TB, ln net.Listener) *fixture {
	return &fixture{tb: tb, addr: ln.Addr().String()}
}
