package serve

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"briefing/content/contenttest"
)

// TestSessionEndingWithInputPending: a session that ends (here by q) while more of its input is
// already on the way leaves no goroutine behind. Before the fix, Bubble Tea's input reader stayed
// blocked for ever handing the remaining keys to an event loop that had stopped, keeping the whole
// program (model, screen buffers) alive.
func TestSessionEndingWithInputPending(t *testing.T) {
	f := newFixture(t)
	presenter := f.presenterTerm()
	presenter.waitFor(header(0), timeout)
	baseline, stuckBefore := runtime.NumGoroutine(), stuckSends()

	viewer := f.connect(noKey(""), 80, 24)
	viewer.waitFor(header(0), timeout)
	ended := make(chan struct{})
	go func() { _ = viewer.sess.Wait(); close(ended) }() // how it ended is not the question
	viewer.sendKeys("q" + strings.Repeat("j", 500))
	select {
	case <-ended:
	case <-time.After(timeout):
		t.Fatalf("q did not end the session")
	}
	viewer.close()
	if !contenttest.Eventually(timeout, func() bool { return runtime.NumGoroutine() <= baseline && newStuckSends(stuckBefore) == "" }) {
		t.Fatalf("a session that ended with input pending left %d goroutines behind:\n%s",
			runtime.NumGoroutine()-baseline, newStuckSends(stuckBefore))
	}
	if n := f.srv.hub.Online(); n != 1 {
		t.Fatalf("%d in the meeting; want the presenter only", n)
	}
}
