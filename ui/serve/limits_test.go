package serve

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

func tcpAddr(ip string, port int) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: port} }

func TestSeats(t *testing.T) {
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
	if !waitUntil(timeout, func() bool { return f.srv.hub.Online() == 1 }) {
		t.Fatal("the viewer's seat was not given back")
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

// fakeCtx is the part of ssh.Context that handshakes.accept uses.
type fakeCtx struct {
	ssh.Context
	values map[any]any
}

func (c *fakeCtx) SetValue(key, value any) { c.values[key] = value }

func TestHandshakesDropTheOldest(t *testing.T) {
	h := newHandshakes(2)
	var peers []net.Conn
	var tracked []*trackedConn
	for range 3 {
		server, client := net.Pipe()
		defer client.Close()
		peers = append(peers, client)
		ctx := &fakeCtx{values: map[any]any{}}
		c := h.accept(ctx, server)
		defer c.Close()
		if ctx.values[trackerKey] != c {
			t.Fatal("accept did not record the connection on the context")
		}
		tracked = append(tracked, c.(*trackedConn))
	}
	if _, err := peers[0].Read(make([]byte, 1)); err != io.EOF {
		t.Fatalf("the oldest pending connection was not closed: %v", err)
	}
	if n := h.Pending(); n != 2 {
		t.Fatalf("%d pending; want 2", n)
	}
	tracked[1].signedIn()
	if n := h.Pending(); n != 1 {
		t.Fatalf("%d pending after one signed in; want 1", n)
	}
	server, client := net.Pipe()
	defer client.Close()
	c := h.accept(&fakeCtx{values: map[any]any{}}, server)
	defer c.Close()
	if err := peers[2].SetReadDeadline(time.Now().Add(50 * time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if _, err := peers[2].Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("a pending connection was dropped while there was room (signed-in ones do not count): %v", err)
	}
	tracked[2].Close()
	tracked[2].Close() // twice is harmless
	if n := h.Pending(); n != 1 {
		t.Fatalf("%d pending after one closed; want 1", n)
	}
}
