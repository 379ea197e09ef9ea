package serve

import (
	"fmt"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// rssPerSession is the resident memory each of n viewers with a w×h window adds to a server in a
// process of its own: what the machine pays. Every viewer draws every section.
func rssPerSession(t *testing.T, n, w, h int) float64 {
	t.Helper()
	srv := startChild(t, childBinary(t), briefingServer, "")
	presenter, err := openTerm(t, srv.addr, keyAuth(srv.presenter), termOptions{ptyW: 100, ptyH: 30})
	if err != nil {
		t.Fatal(err)
	}
	presenter.waitFor(header(0), timeout)
	before := srv.rss()
	var viewers []*term
	for range n {
		tm, err := openTerm(t, srv.addr, noKey(""), termOptions{ptyW: w, ptyH: h, emuW: min(w, 400), emuH: min(h, 200)})
		if err != nil {
			t.Fatal(err)
		}
		viewers = append(viewers, tm)
	}
	for _, s := range []int{1, 2, 3, 4, 0} {
		presenter.sendKeys(fmt.Sprint(s))
		for _, tm := range viewers {
			tm.waitFor(header(s), timeout)
		}
	}
	perSession := (float64(srv.rss()) - float64(before)) / float64(n)
	for _, tm := range viewers {
		tm.close()
	}
	presenter.close()
	srv.stop()
	return perSession
}

// heapPerSession is the heap in use each of n viewers with a w×h window adds to a server in this
// process, with viewers that discard their output (no emulator to count). Every viewer draws every
// section. It reads the whole process's heap: the test calling it must not run in parallel.
func heapPerSession(t *testing.T, n, w, h int) float64 {
	t.Helper()
	f := newFixture(t)
	local := f.presenterTerm()
	local.waitFor(header(0), timeout)
	heapBefore := heapInuse()
	var conns []net.Conn
	for range n {
		c, err := openSizedViewer(f.addr, w, h)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	if !contenttest.Eventually(timeout, func() bool { return f.srv.hub.Online() == n+1 }) {
		t.Fatalf("%d of %d viewers joined", f.srv.hub.Online()-1, n)
	}
	for _, s := range []int{1, 2, 3, 4, 0} {
		local.sendKeys(fmt.Sprint(s))
		local.waitFor(header(s), timeout)
	}
	perSession := (float64(heapInuse()) - float64(heapBefore)) / float64(n)
	for _, c := range conns {
		c.Close()
	}
	return perSession
}

// openSizedViewer opens a w×h viewer whose output is discarded.
func openSizedViewer(addr string, w, h int) (net.Conn, error) {
	conn, client, err := dialSSH(addr, noKey(""), nil)
	if err != nil {
		return nil, err
	}
	sess, err := client.NewSession()
	if err == nil {
		err = sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{})
	}
	if err == nil {
		sess.Stdout, sess.Stderr = io.Discard, io.Discard
		err = sess.Shell()
	}
	if err != nil {
		_ = client.Close()
		_ = conn.Close()
		return nil, err
	}
	return conn, nil
}

// TestMemoryAtTheClamp: what a viewer at the window clamp costs is measured, the estimate the server
// prints at start-up (SessionCost) is not below it, and with the defaults --max-sessions viewers at
// the clamp stay under 2 GiB. (BRIEFING_LOAD=1: 20 viewers, and the old clamp of 320×120 beside.)
// The server is a process of its own, so the test runs beside the others.
func TestMemoryAtTheClamp(t *testing.T) {
	t.Parallel()
	d := DefaultConfig()
	n := scaled(4, 20)
	sizes := [][2]int{{d.MaxWidth, d.MaxHeight}}
	if fullSize() {
		sizes = append(sizes, [2]int{320, 120}, [2]int{80, 24})
	}
	for _, size := range sizes {
		rss := rssPerSession(t, n, size[0], size[1])
		t.Logf("%d viewers at %d×%d: %.1f MiB RSS each; estimate %.1f MiB", n, size[0], size[1], rss/(1<<20), float64(SessionCost(size[0], size[1]))/(1<<20))
		if rss > 1.25*float64(SessionCost(size[0], size[1])) {
			t.Errorf("a viewer at %d×%d costs %.1f MiB of RSS; the estimate says %.1f MiB", size[0], size[1], rss/(1<<20), float64(SessionCost(size[0], size[1]))/(1<<20))
		}
	}
	if total := uint64(d.MaxSessions) * SessionCost(d.MaxWidth, d.MaxHeight); total >= 2<<30 {
		t.Errorf("with the defaults, %d viewers at the %d×%d clamp would take %.2f GiB; want under 2 GiB", d.MaxSessions, d.MaxWidth, d.MaxHeight, float64(total)/(1<<30))
	}
	note := MemoryNote(d)
	t.Log(note)
	if !strings.Contains(note, fmt.Sprint(d.MaxSessions)) || !strings.Contains(note, fmt.Sprintf("%d×%d", d.MaxWidth, d.MaxHeight)) || !strings.Contains(note, "GiB") {
		t.Errorf("the start-up note %q does not say what %d viewers at %d×%d cost", note, d.MaxSessions, d.MaxWidth, d.MaxHeight)
	}
}

// TestHeapAtTheClamp reports the heap a viewer at the window clamp takes in the server, beside the
// RSS TestMemoryAtTheClamp measures: the heap is what the screen buffers and the session hold, the
// rest of the RSS is the runtime's room for garbage and the goroutines' stacks.
func TestHeapAtTheClamp(t *testing.T) {
	d := DefaultConfig()
	n := scaled(4, 20)
	heap := heapPerSession(t, n, d.MaxWidth, d.MaxHeight)
	t.Logf("%d viewers at %d×%d: %.1f MiB heap each", n, d.MaxWidth, d.MaxHeight, heap/(1<<20))
	if heap <= 0 || heap > float64(SessionCost(d.MaxWidth, d.MaxHeight)) {
		t.Errorf("a viewer at %d×%d takes %.1f MiB of heap; the estimate of its whole cost is %.1f MiB", d.MaxWidth, d.MaxHeight, heap/(1<<20), float64(SessionCost(d.MaxWidth, d.MaxHeight))/(1<<20))
	}
}

// TestPresentersNotClampedBelow: with the window clamp set low, a viewer is held to it but a
// presenter still gets 240×70.
func TestPresentersNotClampedBelow(t *testing.T) {
	t.Parallel()
	f := newFixture(t, withConfig(func(c *Config) { c.MaxWidth, c.MaxHeight = 100, 30 }))
	presenter, err := f.open(keyAuth(f.presenter), termOptions{ptyW: 300, ptyH: 100, emuW: 300, emuH: 100})
	if err != nil {
		t.Fatal(err)
	}
	viewer, err := f.open(noKey(""), termOptions{ptyW: 300, ptyH: 100, emuW: 300, emuH: 100})
	if err != nil {
		t.Fatal(err)
	}
	for name, tm := range map[string]*term{"presenter": presenter, "viewer": viewer} {
		want := map[string]int{"presenter": 240, "viewer": 100}[name]
		screen := tm.waitFor(header(0), timeout)
		if line := strings.TrimRight(strings.Split(screen, "\n")[0], " "); ansi.StringWidth(line) != want {
			t.Errorf("the %s's 300×100 window is drawn %d columns wide; want %d:\n%s", name, ansi.StringWidth(line), want, screen)
		}
	}
}
