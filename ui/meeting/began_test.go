package meeting

import (
	"testing"
	"time"
)

// TestTalkBeganWithTheFirstMove: the meeting holds when the talk began (the first presenter's move)
// and when the presenter entered its section, and gives both to every member, whenever it joined:
// a speaker console joining late counts from the talk's start, not from its own arrival.
func TestTalkBeganWithTheFirstMove(t *testing.T) {
	h := NewHub(SlidesView)
	presenter := h.Join("presenter", Presenter)
	defer presenter.Leave()
	if s := presenter.Snapshot(); !s.Began.IsZero() || !s.Entered.IsZero() {
		t.Fatalf("before any move the talk began at %v, the section was entered at %v; want neither", s.Began, s.Entered)
	}

	before := time.Now()
	presenter.Publish(at(1))
	after := time.Now()
	began := presenter.Snapshot().Began
	if began.Before(before) || began.After(after) {
		t.Fatalf("the talk began at %v; want the first move, between %v and %v", began, before, after)
	}
	if entered := presenter.Snapshot().Entered; !entered.Equal(began) {
		t.Fatalf("the first section was entered at %v; want the talk's start %v", entered, began)
	}

	sub := at(1)
	sub.Point = 0
	presenter.Publish(sub) // a sub-point of the same section
	if s := presenter.Snapshot(); !s.Began.Equal(began) || !s.Entered.Equal(began) {
		t.Fatalf("a sub-point moved the start to %v or the section's entry to %v", s.Began, s.Entered)
	}
	beforeNext := time.Now()
	presenter.Publish(at(2))
	console := h.Join("console", Presenter) // joins late
	defer console.Leave()
	viewer := h.Join("viewer", Viewer)
	defer viewer.Leave()
	for _, m := range []*Member{console, viewer} {
		s := m.Snapshot()
		if !s.Began.Equal(began) {
			t.Errorf("%s, joining late, sees the talk begin at %v; want %v", m.Name(), s.Began, began)
		}
		if s.Entered.Before(beforeNext) {
			t.Errorf("%s sees section 2 entered at %v, before the move to it (%v)", m.Name(), s.Entered, beforeNext)
		}
	}
}

// TestBeganAcrossNodes: a hub that first hears of the talk from another node counts from when it
// saw the move, until it is told when the talk began; it keeps the earliest start it is told of.
func TestBeganAcrossNodes(t *testing.T) {
	h := NewHub(ReaderView)
	viewer := h.Join("viewer", Viewer)
	defer viewer.Leave()
	earlier := time.Now().Add(-time.Minute)
	h.BeganAt(earlier) // told before the move, as a bridge does
	h.Apply(Move{Position: at(1), Stamp: Stamp{1, "a"}})
	if got := viewer.Snapshot().Began; !got.Equal(earlier) {
		t.Fatalf("the talk began at %v; want the start the other node told, %v", got, earlier)
	}
	h.BeganAt(earlier.Add(time.Second))
	if got := h.Began(); !got.Equal(earlier) {
		t.Fatalf("a later account moved the start to %v", got)
	}

	alone := NewHub(ReaderView)
	before := time.Now()
	alone.Apply(Move{Position: at(3), Stamp: Stamp{1, "a"}})
	if got := alone.Began(); got.Before(before) {
		t.Fatalf("a hub never told when the talk began counts from %v, before it saw the move (%v)", got, before)
	}
	evenEarlier := earlier.Add(-time.Hour)
	alone.BeganAt(evenEarlier)
	if got := alone.Began(); !got.Equal(evenEarlier) {
		t.Fatalf("told the talk began at %v, the hub keeps %v", evenEarlier, got)
	}
}
