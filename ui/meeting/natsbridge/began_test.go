package natsbridge

import (
	"testing"
	"time"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
)

// TestJoinerLearnsWhenTheTalkBegan: a node that joins after the talk began (here a minute before,
// on another node) counts from the talk's start, not from when it joined or first saw a move; so
// does a node that was there all along.
func TestJoinerLearnsWhenTheTalkBegan(t *testing.T) {
	url := startNATS(t, "")
	b := seed(t)
	a, bn := joinNode(t, b, testConfig(url)), joinNode(t, b, testConfig(url))
	presenter := a.hub.Join("presenter", meeting.Presenter)
	defer presenter.Leave()
	presenter.Publish(at(2))
	began := time.Now().Add(-time.Minute)
	a.hub.BeganAt(began) // as if the first move had been a minute ago

	// Within a message's time of the truth; never earlier.
	near := func(got time.Time) bool { return !got.Before(began) && got.Sub(began) < timeout }
	if !contenttest.Eventually(timeout, func() bool { return near(bn.hub.Began()) }) {
		t.Fatalf("B, in the meeting all along, counts from %v; want about %v", bn.hub.Began(), began)
	}
	joined := time.Now()
	late := joinNode(t, b, testConfig(url))
	if m, moved := late.hub.Latest(); !moved || m.Position.Section != 2 {
		t.Fatalf("a node joining late holds %+v (moved %v); want section 2", m, moved)
	}
	got := late.hub.Began()
	if !near(got) {
		t.Fatalf("a node joining late at %v counts from %v; want about %v", joined, got, began)
	}
	t.Logf("a node joining late counts from %v after the talk's start", got.Sub(began).Round(time.Millisecond))
}
