package meeting

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestStampOrder(t *testing.T) {
	for _, tc := range []struct {
		a, b  Stamp
		after bool
	}{
		{Stamp{2, "a"}, Stamp{1, "z"}, true}, // the clock first
		{Stamp{1, "z"}, Stamp{2, "a"}, false},
		{Stamp{3, "b"}, Stamp{3, "a"}, true}, // then the node breaks the tie
		{Stamp{3, "a"}, Stamp{3, "a"}, false},
	} {
		if got := tc.a.After(tc.b); got != tc.after {
			t.Errorf("%v.After(%v) = %v; want %v", tc.a, tc.b, got, tc.after)
		}
	}
}

// TestApplyTakesOnlyLaterMoves: another node's move replaces the position only when it is later than
// the one held, and the next move made here is later than any move applied.
func TestApplyTakesOnlyLaterMoves(t *testing.T) {
	h := NewHub(ReaderView)
	h.SetNode("b")
	presenter := h.Join("presenter", Presenter)
	defer presenter.Leave()
	viewer := h.Join("viewer", Viewer)
	defer viewer.Leave()

	if !h.Apply(Move{Position: at(2), Stamp: Stamp{5, "a"}}) {
		t.Fatal("the first move from elsewhere was not applied")
	}
	if s := viewer.Snapshot(); !s.HasPresenter || s.Presenter.Section != 2 || s.FromSelf {
		t.Fatalf("viewer sees %+v; want section 2 from another node", s)
	}
	if s := presenter.Snapshot(); s.FromSelf {
		t.Fatal("a presenter here sees another node's move as its own")
	}
	if h.Apply(Move{Position: at(1), Stamp: Stamp{4, "z"}}) {
		t.Fatal("an earlier move overtook a later one")
	}
	if h.Apply(Move{Position: at(1), Stamp: Stamp{5, "a"}}) {
		t.Fatal("a move heard twice was applied twice")
	}
	presenter.Publish(at(3))
	m, _ := h.Latest()
	if want := (Stamp{6, "b"}); m.Stamp != want || m.Position.Section != 3 {
		t.Fatalf("the move made here after seeing seq 5 is %+v; want section 3 stamped %v", m, want)
	}
	if h.Apply(Move{Position: at(4), Stamp: Stamp{6, "a"}}) {
		t.Fatal("a concurrent move from a lower-named node overtook this node's")
	}
	if !h.Apply(Move{Position: at(4), Stamp: Stamp{6, "c"}}) {
		t.Fatal("a concurrent move from a higher-named node was ignored")
	}
}

// TestSetNodeStampsAnEarlierMove: a move made before the hub had its node's name carries the name
// once it has one, so every node orders it the same way.
func TestSetNodeStampsAnEarlierMove(t *testing.T) {
	h := NewHub(ReaderView)
	p := h.Join("presenter", Presenter)
	defer p.Leave()
	p.Publish(at(1))
	h.SetNode("n1")
	if m, _ := h.Latest(); m.Stamp != (Stamp{1, "n1"}) {
		t.Fatalf("stamp %v; want {1 n1}", m.Stamp)
	}
}

// TestNodesConverge: three hubs whose presenters move at once, with every move reaching every other
// node in a shuffled order (late, twice, overtaken), all end at the same position: the latest move.
func TestNodesConverge(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		hubs := []*Hub{NewHub(ReaderView), NewHub(ReaderView), NewHub(ReaderView)}
		var presenters []*Member
		for i, h := range hubs {
			h.SetNode(string(rune('a' + i)))
			presenters = append(presenters, h.Join("p", Presenter))
		}
		type delivery struct {
			to   int
			move Move
		}
		var inFlight []delivery
		for step := range 12 {
			from := rng.IntN(len(hubs))
			presenters[from].Publish(at(step))
			m, _ := hubs[from].Latest()
			for to := range hubs {
				if to != from {
					inFlight = append(inFlight, delivery{to, m})
				}
			}
			// Deliver some of what is in flight now, in any order, sometimes twice.
			rng.Shuffle(len(inFlight), func(i, j int) { inFlight[i], inFlight[j] = inFlight[j], inFlight[i] })
			n := rng.IntN(len(inFlight) + 1)
			for _, d := range inFlight[:n] {
				hubs[d.to].Apply(d.move)
			}
			if rng.IntN(2) == 0 && n > 0 {
				hubs[inFlight[0].to].Apply(inFlight[0].move)
			}
			inFlight = slices.Clone(inFlight[n:])
		}
		for _, d := range inFlight {
			hubs[d.to].Apply(d.move)
		}
		first, _ := hubs[0].Latest()
		for i, h := range hubs[1:] {
			if m, _ := h.Latest(); m != first {
				t.Fatalf("round %d: node %d holds %+v, node 0 holds %+v", round, i+1, m, first)
			}
		}
		for _, p := range presenters {
			p.Leave()
		}
	}
}

// TestElsewhereIsCounted: the attendance of other nodes is announced with this node's own.
func TestElsewhereIsCounted(t *testing.T) {
	h := NewHub(ReaderView)
	presenter := h.Join("presenter", Presenter)
	defer presenter.Leave()
	viewer := h.Join("b", Viewer)
	if here := h.Here(); here.Online != 2 || here.Presenters != 1 || !slices.Equal(here.Viewers, []string{"b"}) {
		t.Fatalf("Here() = %+v; want 2 online, 1 presenter, viewer b", here)
	}
	h.SetElsewhere(Attendance{Online: 3, Presenters: 0, Viewers: []string{"c", "a", "d"}})
	if !h.announce() {
		t.Fatal("attendance elsewhere was not announced")
	}
	s := presenter.Snapshot()
	if s.Online != 5 || !s.Presenting || !slices.Equal(s.Audience, []string{"a", "b", "c", "d"}) {
		t.Fatalf("presenter sees %+v; want 5 online, presenting, audience a b c d", s)
	}
	presenter.Leave()
	viewer.Leave()
	h.SetElsewhere(Attendance{Online: 2, Presenters: 1, Viewers: []string{"c"}})
	h.announce()
	if s := viewer.Snapshot(); s.Online != 2 || !s.Presenting {
		t.Fatalf("with a presenter elsewhere only: %+v; want 2 online, presenting", s)
	}
	if h.Online() != 0 {
		t.Fatalf("Online() = %d; it counts this node's members only", h.Online())
	}
}

// TestWatchSeesMovesAndEnd: a watcher is signalled after a move here, a move applied from elsewhere
// and the end, and no longer once it has stopped watching.
func TestWatchSeesMovesAndEnd(t *testing.T) {
	h := NewHub(ReaderView)
	changes, stop := h.Watch()
	p := h.Join("p", Presenter)
	defer p.Leave()
	signalled := func() bool {
		select {
		case <-changes:
			return true
		default:
			return false
		}
	}
	p.Publish(at(1))
	if !signalled() {
		t.Fatal("a move here was not signalled")
	}
	h.Apply(Move{Position: at(2), Stamp: Stamp{9, "x"}})
	if !signalled() {
		t.Fatal("a move from elsewhere was not signalled")
	}
	h.End()
	if !signalled() {
		t.Fatal("the end was not signalled")
	}
	stop()
	p.Publish(at(3))
	if signalled() {
		t.Fatal("signalled after the watch stopped")
	}
}
