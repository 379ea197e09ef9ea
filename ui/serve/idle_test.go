package serve

import (
	"fmt"
	"testing"
	"time"
)

// TestIdleTimeout: a session that types nothing while no presenter moves is closed after the idle
// timeout, and told why, although the server's keepalives keep its connection busy; a viewer who
// types, and one who only watches a presenter who moves, stay; a connection whose sessions have all
// ended is closed too. (Full size, BRIEFING_LOAD=1: the default keepalive of 30 s and a 45 s idle
// timeout.)
func TestIdleTimeout(t *testing.T) {
	// Waits more than it works: runs beside the other waiting tests.
	t.Parallel()
	idle, keepAlive := 3*time.Second, 1500*time.Millisecond // a keepalive must be answered within its interval, even on a busy machine
	if fullSize() {
		idle, keepAlive = 45*time.Second, 30*time.Second
	}
	f := newFixture(t, withConfig(func(c *Config) { c.IdleTimeout, c.KeepAlive = idle, keepAlive }))
	tick := time.NewTicker(idle / 4)
	defer tick.Stop()

	// No presenter yet: the sleeper does nothing, the typist reads on.
	opened := time.Now()
	sleeper := f.connect(noKey(""), 80, 24)
	ended := make(chan time.Time, 1)
	go func() { _ = sleeper.sess.Wait(); ended <- time.Now() }()
	typist := f.connect(noKey(""), 80, 24)
	sleeper.waitFor(header(0), timeout)
	typist.waitFor(header(0), timeout)
	// A connection that ran a command and keeps nothing open.
	conn, spent, err := f.dial(noKey(""), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if sess, err := spent.NewSession(); err != nil {
		t.Fatal(err)
	} else if _, err := sess.Output("sections"); err != nil {
		t.Fatal(err)
	}
	spentClosed := make(chan time.Time, 1)
	go func() { _ = spent.Wait(); spentClosed <- time.Now() }()
	for len(ended) == 0 && time.Since(opened) < 10*idle {
		<-tick.C
		typist.sendKeys("j")
	}
	select {
	case at := <-ended:
		if after := at.Sub(opened); after < idle {
			t.Fatalf("the idle session was closed after %v; want no sooner than %v\n%s", after, idle, f.log.String())
		}
		t.Logf("idle timeout %v, keepalive every %v: the idle session was closed after %v", idle, keepAlive, at.Sub(opened).Round(time.Millisecond))
	default:
		t.Fatalf("a session idle for %v is still open with an idle timeout of %v", time.Since(opened).Round(time.Second), idle)
	}
	sleeper.waitFor(seedWords().IdleClosed, timeout)
	select {
	case <-spentClosed:
	case <-time.After(10 * idle):
		t.Fatalf("a connection without sessions is still open %v after its last session ended", 10*idle)
	}

	// A presenter moves: a viewer who only watches stays, for twice the idle timeout and more.
	presenter := f.presenterTerm()
	watcher := f.connect(noKey(""), 80, 24)
	presenter.waitFor(header(0), timeout)
	watcher.waitFor(header(0), timeout)
	for i, start := 0, time.Now(); time.Since(start) < 2*idle+idle/2; i++ {
		<-tick.C
		typist.sendKeys("j")
		if i%2 == 0 {
			presenter.sendKeys(fmt.Sprint(i/2%4 + 1))
		}
	}
	// They are all still there: the watcher follows, the typist and the presenter move.
	presenter.sendKeys("2")
	watcher.waitFor(header(2), timeout)
	presenter.waitFor(header(2), timeout)
	typist.sendKeys("3")
	typist.waitFor(header(3), timeout)
}
