package serve

import (
	"context"
	"testing"
	"time"
)

// TestShutdownTellsViewers: shutting down tells every session the meeting has ended, in words that
// stay on the screen, and takes no longer than the five seconds allowed.
func TestShutdownTellsViewers(t *testing.T) {
	f := newFixture(t)
	presenter := f.presenterTerm()
	viewer := f.connect(noKey(""), 80, 24)
	viewer.waitFor(header(0), timeout)
	presenter.sendKeys("2")
	viewer.waitFor(header(2), timeout)

	start := time.Now()
	if err := f.srv.Shutdown(context.Background()); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if took := time.Since(start); took > 5*time.Second+500*time.Millisecond {
		t.Fatalf("Shutdown took %v; want at most 5 s", took)
	}
	viewer.waitFor(seedWords().MeetingEnded, timeout)
	presenter.waitFor(seedWords().MeetingEnded, timeout)
}
