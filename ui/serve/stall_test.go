package serve

import (
	"bytes"
	"fmt"
	"net"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// TestStalledViewerDelaysNoOne: a viewer that never reads (neither its session's output nor its
// socket) does not delay the others, and once it disconnects its session ends and leaves nothing
// behind. The presenter's moves redraw its 120×60 screen until the server's writes to it block.
// "resizing" also sends window changes while it is stalled, as a terminal being dragged does.
func TestStalledViewerDelaysNoOne(t *testing.T) {
	for _, resizing := range []bool{false, true} {
		name := "output only"
		if resizing {
			name = "resizing"
		}
		t.Run(name, func(t *testing.T) { testStalledViewer(t, resizing) })
	}
}

func testStalledViewer(t *testing.T, resizing bool) {
	f := newFixture(t)
	presenter := f.presenterTerm()
	viewer := f.connect(noKey(""), 100, 30)
	presenter.waitFor(header(0), timeout)
	viewer.waitFor(header(0), timeout)
	baseline, stuckBefore := runtime.NumGoroutine(), stuckSends()
	stalled := openStalled(t, f.addr, 120, 60)
	if !contenttest.Eventually(timeout, func() bool { return f.srv.hub.Online() == 3 }) {
		t.Fatalf("the stalled viewer did not join: %d online", f.srv.hub.Online())
	}

	move := 0
	follow := func() {
		t.Helper()
		section := move%4 + 1
		move++
		presenter.sendKeys(fmt.Sprint(section))
		viewer.waitFor(header(section), followWithin)
	}
	start := time.Now()
	for !serverWriteBlocked() {
		if time.Since(start) > 60*time.Second {
			t.Fatal("no server write ever blocked on the stalled viewer: the test stalled nothing")
		}
		follow()
	}
	t.Logf("the server's writes to the stalled viewer blocked after %v and %d moves", time.Since(start).Round(time.Millisecond), move)
	if resizing {
		for i := range 100 {
			if err := stalled.sess.WindowChange(60, 100+i%2*20); err != nil {
				t.Fatal(err)
			}
		}
	}
	for range 5 {
		follow()
	}
	if !serverWriteWaiting() {
		// Not a failure: under -race rendering the stalled screen takes long enough that the
		// renderer is mostly seen computing between the bits the kernel still lets through.
		t.Log("the server's writes to the stalled viewer were not seen waiting after the moves")
	}

	stalled.disconnect()
	if !contenttest.Eventually(timeout, func() bool { return f.srv.hub.Online() == 2 }) {
		t.Fatalf("the stalled viewer disconnected, but its session is still in the meeting %v later (%d online)", timeout, f.srv.hub.Online())
	}
	presenter.waitFor(online(2), timeout)
	follow()
	if !contenttest.Eventually(timeout, func() bool { return runtime.NumGoroutine() <= baseline && newStuckSends(stuckBefore) == "" }) {
		t.Fatalf("the stalled viewer disconnected, but %d goroutines are left %v later; stuck:\n%s",
			runtime.NumGoroutine()-baseline, timeout, newStuckSends(stuckBefore))
	}
}

// stacksMatching is the goroutines whose stacks mention any of words.
func stacksMatching(words ...string) string {
	var dump bytes.Buffer
	_ = pprof.Lookup("goroutine").WriteTo(&dump, 2)
	var out []string
	for _, stack := range strings.Split(dump.String(), "\n\n") {
		for _, w := range words {
			if strings.Contains(stack, w) {
				out = append(out, stack)
				break
			}
		}
	}
	return strings.Join(out, "\n\n")
}

// stuckSends is the goroutines stuck handing something over to a session that is gone: Bubble Tea's
// input reader sending keys to a stopped event loop, or an SSH connection's request loop sending a
// window change nobody reads (and the connection's packet loop waiting behind it). They are keyed by
// "goroutine N", so that a test can ignore those an earlier test left.
func stuckSends() map[string]string {
	out := map[string]string{}
	for _, stack := range strings.Split(stacksMatching("[chan send"), "\n\n") {
		if strings.Contains(stack, "TerminalReader).sendEvents") || strings.Contains(stack, "ssh.(*session).handleRequests") ||
			strings.Contains(stack, "ssh.(*mux).onePacket") {
			id, _, _ := strings.Cut(stack, " [")
			out[id] = stack
		}
	}
	return out
}

// newStuckSends is the stuck goroutines not in before.
func newStuckSends(before map[string]string) string {
	var out []string
	for id, stack := range stuckSends() {
		if _, old := before[id]; !old {
			out = append(out, stack)
		}
	}
	return strings.Join(out, "\n\n")
}

// stalledViewer never reads: not its session's output, and once its session is open, nothing from
// its connection at all, as a frozen client. It types nothing either.
type stalledViewer struct {
	conn   *pausingConn
	client *gossh.Client
	sess   *gossh.Session
	once   sync.Once
}

func openStalled(t *testing.T, addr string, w, h int) *stalledViewer {
	t.Helper()
	raw, err := (&net.Dialer{Control: stallSocket}).Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	conn := &pausingConn{Conn: raw, paused: make(chan struct{}), closed: make(chan struct{})}
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{User: "stalled", Auth: noKey(""), HostKeyCallback: gossh.InsecureIgnoreHostKey()})
	if err != nil {
		_ = conn.Close()
		t.Fatal(err)
	}
	s := &stalledViewer{conn: conn, client: gossh.NewClient(c, chans, reqs)}
	t.Cleanup(s.disconnect)
	if s.sess, err = s.client.NewSession(); err != nil {
		t.Fatal(err)
	}
	if err := s.sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.sess.StdoutPipe(); err != nil { // taken, never read
		t.Fatal(err)
	}
	if err := s.sess.Shell(); err != nil {
		t.Fatal(err)
	}
	close(conn.paused)
	return s
}

// disconnect closes the stalled viewer's connection, as a client that gives up does.
func (s *stalledViewer) disconnect() {
	s.once.Do(func() {
		_ = s.conn.Close()
		_ = s.client.Close()
	})
}

// pausingConn stops reading once paused is closed, until it is closed.
type pausingConn struct {
	net.Conn
	paused, closed chan struct{}
	once           sync.Once
}

func (c *pausingConn) Read(p []byte) (int, error) {
	select {
	case <-c.paused:
		<-c.closed
		return 0, net.ErrClosed
	default:
		return c.Conn.Read(p)
	}
}

func (c *pausingConn) Close() error {
	c.once.Do(func() { close(c.closed) })
	return c.Conn.Close()
}

// serverWriteBlocked reports whether a session's renderer is stuck writing its output, the server's
// writes to a viewer that does not read: the same goroutine waits to write (for the SSH window or
// the socket) in four looks over 300 ms.
func serverWriteBlocked() bool {
	var blocked map[string]bool
	for look := range 4 {
		if look > 0 {
			<-time.After(100 * time.Millisecond)
		}
		now := map[string]bool{}
		for _, id := range writersWaiting() {
			if blocked == nil || blocked[id] {
				now[id] = true
			}
		}
		if len(now) == 0 {
			return false
		}
		blocked = now
	}
	return true
}

// serverWriteWaiting reports whether a session's renderer waits to write in any of four looks over
// 300 ms. Once the stalled client's receive buffer is full the kernel may still let a little through
// now and then (it compacts the receive queue), so the write does not wait every instant.
func serverWriteWaiting() bool {
	for look := range 4 {
		if look > 0 {
			<-time.After(100 * time.Millisecond)
		}
		if len(writersWaiting()) > 0 {
			return true
		}
	}
	return false
}

// writersWaiting is the goroutines ("goroutine 123") of session renderers waiting to write, for the
// SSH window or the socket.
func writersWaiting() []string {
	var dump bytes.Buffer
	_ = pprof.Lookup("goroutine").WriteTo(&dump, 2)
	var ids []string
	for _, stack := range strings.Split(dump.String(), "\n\n") {
		if strings.Contains(stack, "cursedRenderer).flush") &&
			(strings.Contains(stack, "ssh.(*window).reserve") || strings.Contains(stack, "waitWrite")) {
			id, _, _ := strings.Cut(stack, " [")
			ids = append(ids, id)
		}
	}
	return ids
}
