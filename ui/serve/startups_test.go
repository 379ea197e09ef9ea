package serve

import (
	"net"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// flood opens silent connections (they never send a byte) from one local address, as a client that
// tries to fill the server's handshake slots does.
type flood struct {
	mu     sync.Mutex
	conns  []net.Conn
	opened atomic.Int64
	done   chan struct{}
}

// startFlood opens perSecond connections a second from source to addr for d, keeping them open
// until the test ends.
func startFlood(t *testing.T, addr, source string, perSecond int, d time.Duration) *flood {
	t.Helper()
	fl := &flood{done: make(chan struct{})}
	dialer := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(source)}, Timeout: 5 * time.Second}
	const step = 10 * time.Millisecond
	perStep := max(perSecond*int(step)/int(time.Second), 1)
	go func() {
		defer close(fl.done)
		tick := time.NewTicker(step)
		defer tick.Stop()
		end := time.Now().Add(d)
		for due := 0; time.Now().Before(end); <-tick.C {
			due += perStep
			for ; due > 0 && time.Now().Before(end); due-- {
				c, err := dialer.Dial("tcp", addr)
				if err != nil {
					continue
				}
				fl.opened.Add(1)
				fl.mu.Lock()
				fl.conns = append(fl.conns, c)
				fl.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		<-fl.done
		fl.mu.Lock()
		defer fl.mu.Unlock()
		for _, c := range fl.conns {
			c.Close()
		}
	})
	return fl
}

// TestFloodFromOneAddress: one address (127.0.0.2) opening hundreds of silent connections a second
// does not keep viewers or a presenter from another (127.0.0.1) out: at least 95 % of their
// sign-ins succeed while the flood lasts. They sign in as from 30 ms away, so that a handshake takes
// as long as on a real network. (Full size, BRIEFING_LOAD=1: 500 a second for 6 s.)
func TestFloodFromOneAddress(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	duration := time.Duration(scaled(3, 6)) * time.Second
	fl := startFlood(t, f.addr, "127.0.0.2", 500, duration)
	var latencies []time.Duration
	attempts, failures := 0, 0
	var firstErr error
	tick := time.NewTicker(150 * time.Millisecond)
	defer tick.Stop()
	for start := time.Now(); time.Since(start) < duration; <-tick.C {
		auth := noKey("")
		if attempts%4 == 0 {
			auth = keyAuth(f.presenter)
		}
		attempts++
		began := time.Now()
		ok, err := within(timeout, func() error {
			client, err := dialFar(f.addr, auth, 30*time.Millisecond)
			if err != nil {
				return err
			}
			defer client.Close()
			sess, err := client.NewSession()
			if err != nil {
				return err
			}
			return sess.Close()
		})
		if !ok || err != nil {
			failures++
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		latencies = append(latencies, time.Since(began))
	}
	<-fl.done
	slices.Sort(latencies)
	rate := float64(attempts-failures) / float64(attempts)
	t.Logf("flood of %d silent connections from 127.0.0.2 in %v: %d of %d sign-ins from 127.0.0.1 succeeded (%.0f %%); sign-in p50 %v, max %v",
		fl.opened.Load(), duration, attempts-failures, attempts, 100*rate, percentileOf(latencies, 0.5), percentileOf(latencies, 1))
	if rate < 0.95 {
		t.Fatalf("only %.0f %% of sign-ins succeeded during the flood; want at least 95 %% (first failure: %v)", 100*rate, firstErr)
	}
}

// dialFar signs in as a client whose every packet takes delay to arrive, as over a real network: a
// handshake then lasts several round trips, not the fraction of a millisecond of loopback.
func dialFar(addr string, auth []gossh.AuthMethod, delay time.Duration) (*gossh.Client, error) {
	conn, err := net.DialTimeout("tcp", addr, timeout)
	if err != nil {
		return nil, err
	}
	far := &farConn{Conn: conn, delay: delay}
	c, chans, reqs, err := gossh.NewClientConn(far, addr, &gossh.ClientConfig{User: "far", Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey()})
	if err != nil {
		conn.Close()
		return nil, err
	}
	return gossh.NewClient(c, chans, reqs), nil
}

// farConn delays every write by a network's one-way latency.
type farConn struct {
	net.Conn
	delay time.Duration
}

func (c *farConn) Write(p []byte) (int, error) {
	<-time.After(c.delay) // the packet's trip, not a wait for anything to happen
	return c.Conn.Write(p)
}

func percentileOf(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(int(q*float64(len(sorted))), len(sorted)-1)].Round(time.Millisecond)
}

// TestCrowdBehindOneAddress: with the default limits, a meeting room behind one address (a NAT) gets
// 50 viewers in.
func TestCrowdBehindOneAddress(t *testing.T) {
	t.Parallel()
	f := newFixture(t, withConfig(func(c *Config) { c.MaxSessions, c.MaxPerIP = 0, 0 }))
	const viewers = 50
	var wg sync.WaitGroup
	errs := make(chan error, viewers)
	conns := make(chan net.Conn, viewers)
	slots := make(chan struct{}, 16)
	for range viewers {
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
			conns <- conn
		}()
	}
	wg.Wait()
	close(errs)
	close(conns)
	t.Cleanup(func() {
		for c := range conns {
			c.Close()
		}
	})
	for err := range errs {
		t.Fatalf("a viewer could not connect: %v", err)
	}
	if !contenttest.Eventually(3*timeout, func() bool { return f.srv.hub.Online() == viewers }) {
		t.Fatalf("%d of %d viewers from one address are in the meeting with the default limits", f.srv.hub.Online(), viewers)
	}
}
