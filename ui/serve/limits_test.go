package serve

import (
	"bytes"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

func tcpAddr(ip string, port int) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: port} }

func TestSeats(t *testing.T) {
	t.Parallel()
	s := newSeats(3, 2, seedWords())
	r1, _ := s.take(tcpAddr("10.0.0.1", 1000))
	r2, _ := s.take(tcpAddr("10.0.0.1", 1001))
	if r1 == nil || r2 == nil {
		t.Fatal("the first two viewers from one address were refused")
	}
	if r, reason := s.take(tcpAddr("10.0.0.1", 1002)); r != nil || !strings.Contains(reason, "10.0.0.1") {
		t.Fatalf("a third viewer from 10.0.0.1 (limit 2 per address): reason %q", reason)
	}
	r3, _ := s.take(tcpAddr("10.0.0.2", 1000))
	if r3 == nil {
		t.Fatal("a viewer from another address was refused")
	}
	if r, reason := s.take(tcpAddr("10.0.0.3", 1000)); r != nil || reason != seedWords().MeetingFull {
		t.Fatalf("a fourth viewer (limit 3): reason %q; want %q", reason, seedWords().MeetingFull)
	}
	r1()
	r1() // releasing twice frees one seat only
	r4, _ := s.take(tcpAddr("10.0.0.1", 1003))
	if r4 == nil {
		t.Fatal("a released seat was not given again")
	}
	if r, _ := s.take(tcpAddr("10.0.0.4", 1000)); r != nil {
		t.Fatal("a double release gave a seat twice")
	}
	r2()
	r3()
	r4()
	if s.total != 0 || len(s.perIP) != 0 {
		t.Fatalf("after every release: %d taken, per address %v", s.total, s.perIP)
	}
	unlimited := newSeats(0, 0, seedWords())
	for i := range 100 {
		if r, reason := unlimited.take(tcpAddr("10.0.0.1", i)); r == nil {
			t.Fatalf("no limits, yet refused: %s", reason)
		}
	}
}

// TestSeatLimitsOverSSH: viewers beyond the limit are turned away with the reason; presenters always
// get in.
func TestSeatLimitsOverSSH(t *testing.T) {
	t.Parallel()
	f := newFixture(t, withConfig(func(c *Config) { c.MaxSessions, c.MaxPerIP = 1, 1 }))
	viewer := f.connect(noKey(""), 80, 24)
	viewer.waitFor(header(0), timeout)
	_, stderr, status := f.execPty(noKey(""))
	if status != 1 || !strings.Contains(stderr, seedWords().MeetingFull) {
		t.Fatalf("a viewer beyond the limit: status %d, stderr %q; want 1 and the reason", status, stderr)
	}
	presenter := f.presenterTerm()
	presenter.waitForAll(timeout, header(0), presenterStatus())
	viewer.close()
	if !contenttest.Eventually(timeout, func() bool { return f.srv.hub.Online() == 1 && f.srv.seats.taken() == 0 }) {
		t.Fatalf("the viewer's seat was not given back: %d in the meeting, %d seats taken", f.srv.hub.Online(), f.srv.seats.taken())
	}
	again := f.connect(noKey(""), 80, 24)
	again.waitFor(header(0), timeout)
}

// execPty opens a PTY session that is expected to be refused, and returns its output and status.
func (f *fixture) execPty(auth []gossh.AuthMethod) (stdout, stderr string, status int) {
	f.tb.Helper()
	conn, client, err := f.dial(auth, nil)
	if err != nil {
		f.tb.Fatal(err)
	}
	defer conn.Close()
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		f.tb.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		f.tb.Fatal(err)
	}
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	if err := sess.Shell(); err != nil {
		f.tb.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err = <-done:
	case <-time.After(timeout):
		f.tb.Fatal("the session was not refused")
	}
	var exit *gossh.ExitError
	if errors.As(err, &exit) {
		status = exit.ExitStatus()
	}
	return out.String(), errOut.String(), status
}

// fakeCtx is the part of ssh.Context that startups.accept uses.
type fakeCtx struct {
	ssh.Context
	values map[any]any
}

func (c *fakeCtx) SetValue(key, value any) { c.values[key] = value }

// pipeFrom is one end of a pipe whose remote address is host.
type pipeFrom struct {
	net.Conn
	host string
}

func (p pipeFrom) RemoteAddr() net.Addr { return tcpAddr(p.host, 40000) }

// TestStartups: past the per-source limit a source's new connections are refused while others get
// in; past Start they are refused at random, more often as Full nears, and all at Full; a
// connection that opens a session or closes stops counting, and one that never opens a session is
// closed after the grace time.
func TestStartups(t *testing.T) {
	t.Parallel()
	var logged bytes.Buffer
	h := newStartups(Startups{Start: 4, Rate: 50, Full: 8}, 3, 0, newRateLog(log.New(&logged), time.Hour))
	draw := 0.99
	h.chance = func() float64 { return draw }
	var clients []net.Conn
	open := func(host string) (*startingConn, bool) {
		server, client := net.Pipe()
		clients = append(clients, client)
		ctx := &fakeCtx{values: map[any]any{}}
		c := h.accept(ctx, pipeFrom{server, host})
		if c == nil {
			server.Close()
			return nil, false
		}
		if ctx.values[trackerKey] != c {
			t.Fatal("accept did not record the connection on the context")
		}
		return c.(*startingConn), true
	}
	defer func() {
		for _, c := range clients {
			c.Close()
		}
	}()
	var first []*startingConn
	for range 3 {
		c, ok := open("10.0.0.1")
		if !ok {
			t.Fatal("a source's first connections were refused")
		}
		first = append(first, c)
	}
	if _, ok := open("10.0.0.1"); ok {
		t.Fatal("a fourth starting connection from one source was admitted (limit 3)")
	}
	if !strings.Contains(logged.String(), "10.0.0.1") {
		t.Fatalf("the refusal was not logged with the address: %q", logged.String())
	}
	// 3 pending; Start is 4: from the fourth on, 50 % refused at Start, rising to 100 % at Full.
	for i, host := range []string{"10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"} {
		if _, ok := open(host); !ok {
			t.Fatalf("connection %d (of %d pending) refused with a draw of 0.99", i+4, h.Pending())
		}
		draw = 0.99
	}
	if n := h.Pending(); n != 8 {
		t.Fatalf("%d pending; want 8", n)
	}
	draw = 0
	if _, ok := open("10.0.0.7"); ok {
		t.Fatal("a connection was admitted at Full")
	}
	first[0].signedIn()
	first[0].signedIn() // twice is harmless
	_ = first[1].Close()
	_ = first[1].Close() // twice is harmless
	if n := h.Pending(); n != 6 {
		t.Fatalf("%d pending after one signed in and one closed; want 6", n)
	}
	// At 6 pending the chance of refusal is 50 + 50·2/4 = 75 %.
	if got := h.dropChance(); got != 75 {
		t.Fatalf("drop chance at 6 pending = %v %%; want 75", got)
	}
	draw = 0.74
	if _, ok := open("10.0.0.8"); ok {
		t.Fatal("admitted with a draw under the drop chance")
	}
	draw = 0.76
	if _, ok := open("10.0.0.8"); !ok {
		t.Fatal("refused with a draw over the drop chance")
	}

	graced := newStartups(Startups{Start: 10, Rate: 30, Full: 10}, 0, 10*time.Millisecond, newRateLog(log.New(io.Discard), time.Hour))
	server, client := net.Pipe()
	defer client.Close()
	graced.accept(&fakeCtx{values: map[any]any{}}, pipeFrom{server, "10.0.0.9"})
	if _, err := client.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Fatalf("a connection that never opened a session was not closed after the grace time: %v", err)
	}
	if !contenttest.Eventually(timeout, func() bool { return graced.Pending() == 0 }) {
		t.Fatal("a connection closed after the grace time still counts")
	}
}

func TestStartupsFlag(t *testing.T) {
	t.Parallel()
	var s Startups
	for v, want := range map[string]Startups{"10:30:100": {10, 30, 100}, "64": {64, 100, 64}} {
		if err := s.Set(v); err != nil || s != want || s.String() != want.String() {
			t.Errorf("Set(%q) = %v, %v; want %v", v, s, err, want)
		}
	}
	for _, bad := range []string{"", "a:b:c", "10:30", "10:30:5", "0:30:10", "10:101:20", "1:2:3:4"} {
		if err := s.Set(bad); err == nil {
			t.Errorf("Set(%q) accepted", bad)
		}
	}
}
