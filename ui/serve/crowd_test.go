package serve

import (
	"bytes"
	"io"
	"net"
	"runtime"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// TestHalfOpenConnectionsDoNotLockOut: 100 connections that never finish the handshake do not keep
// a real client out; the server keeps at most MaxHandshakes (64) of them, dropping the oldest.
func TestHalfOpenConnectionsDoNotLockOut(t *testing.T) {
	f := newFixture(t)
	const idle, limit = 100, 64
	var dropped atomic.Int32
	var readers sync.WaitGroup
	conns := make([]net.Conn, 0, idle)
	t.Cleanup(func() {
		for _, c := range conns {
			c.Close()
		}
		readers.Wait()
	})
	for range idle {
		c, err := net.Dial("tcp", f.addr)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		readers.Add(1)
		go func() {
			defer readers.Done()
			_, _ = io.Copy(io.Discard, c) // the server's banner, then nothing until it hangs up
			dropped.Add(1)
		}()
	}
	if !waitUntil(timeout, func() bool { return dropped.Load() >= idle-limit && f.srv.handshakes.Pending() == limit }) {
		t.Fatalf("with %d half-open connections: %d pending, %d dropped; want %d pending, %d dropped",
			idle, f.srv.handshakes.Pending(), dropped.Load(), limit, idle-limit)
	}

	start := time.Now()
	viewer, err := f.open(noKey(""), termOptions{ptyW: 80, ptyH: 24})
	if err != nil {
		t.Fatalf("a real client could not connect past %d half-open connections: %v", idle, err)
	}
	if took := time.Since(start); took > time.Second {
		t.Fatalf("a real client took %v to connect past %d half-open connections; want under 1s", took, idle)
	}
	viewer.waitFor(header(0), timeout)
	if !waitUntil(timeout, func() bool { return dropped.Load() >= idle-limit+1 }) {
		t.Fatalf("the real client's arrival did not drop the oldest half-open connection: %d dropped", dropped.Load())
	}
	if n := f.srv.handshakes.Pending(); n > limit {
		t.Fatalf("%d connections pending; want at most %d", n, limit)
	}
}

// TestViewersDropAtOnce: when many viewers' connections are reset at once, the server's goroutines
// return to where they were within 3 s.
func TestViewersDropAtOnce(t *testing.T) {
	f := newFixture(t)
	viewers := 200
	if raceEnabled {
		viewers = 50
	}
	presenter := f.presenterTerm()
	presenter.waitFor(header(0), timeout)
	baseline := runtime.NumGoroutine()

	conns := make([]net.Conn, viewers)
	var wg sync.WaitGroup
	errs := make(chan error, viewers)
	slots := make(chan struct{}, 16)
	for i := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			conn, err := openLightViewer(f.addr)
			if err != nil {
				errs <- err
				return
			}
			conns[i] = conn
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, c := range conns {
			c.Close()
		}
	})
	if !waitUntil(20*time.Second, func() bool { return f.srv.hub.Online() == viewers+1 }) {
		t.Fatalf("%d of %d viewers joined", f.srv.hub.Online()-1, viewers)
	}
	presenter.waitFor(online(viewers+1), timeout)
	during := runtime.NumGoroutine()

	for _, c := range conns {
		if tcp, ok := c.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0) // a reset, as from a vanished laptop
		}
		_ = c.Close()
	}
	start := time.Now()
	if !waitUntil(3*time.Second, func() bool { return runtime.NumGoroutine() <= baseline }) {
		var dump bytes.Buffer
		_ = pprof.Lookup("goroutine").WriteTo(&dump, 1)
		t.Fatalf("%d viewers dropped: %d goroutines after 3s, baseline %d (%d while connected)\n%s",
			viewers, runtime.NumGoroutine(), baseline, during, dump.String())
	}
	t.Logf("%d viewers dropped: goroutines %d → %d → %d in %v", viewers, baseline, during, runtime.NumGoroutine(), time.Since(start).Round(time.Millisecond))
	if !waitUntil(timeout, func() bool { return f.srv.hub.Online() == 1 }) {
		t.Fatalf("%d still in the meeting after their connections dropped", f.srv.hub.Online()-1)
	}
	presenter.waitFor(online(1), timeout)
}

// openLightViewer signs in without a key and opens an 80×24 PTY session whose output is discarded,
// for tests that need many viewers but not their screens. It returns the TCP connection.
func openLightViewer(addr string) (net.Conn, error) {
	conn, client, err := dialSSH(addr, noKey(""), nil)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (net.Conn, error) { client.Close(); conn.Close(); return nil, err }
	sess, err := client.NewSession()
	if err != nil {
		return fail(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		return fail(err)
	}
	sess.Stdout, sess.Stderr = io.Discard, io.Discard
	if err := sess.Shell(); err != nil {
		return fail(err)
	}
	return conn, nil
}
