package meeting

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"briefing/content/contenttest"
)

// timeout bounds every wait for a delivery: generous, for busy machines.
const timeout = contenttest.Patience

// recorder is a member's deliver function that keeps what it was given, in order; gate, when set,
// holds the first delivery until it is closed.
type recorder struct {
	mu      sync.Mutex
	n       int
	states  chan State
	gate    chan struct{}
	entered chan struct{}
}

func newRecorder() *recorder {
	return &recorder{states: make(chan State, 10000), entered: make(chan struct{}, 1)}
}

func (r *recorder) deliver(s State) {
	r.mu.Lock()
	r.n++
	first := r.n == 1
	r.mu.Unlock()
	if first && r.gate != nil {
		r.entered <- struct{}{}
		<-r.gate
	}
	r.states <- s
}

// next waits for the next message.
func (r *recorder) next(t *testing.T) State {
	t.Helper()
	select {
	case s := <-r.states:
		return s
	case <-time.After(timeout):
		t.Fatal("nothing delivered")
		return State{}
	}
}

// count is how many deliveries have begun.
func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n
}

func at(section int) Position {
	p := StartPosition(ReaderView)
	p.Section = section
	return p
}

func TestHubPublishNeverBlocks(t *testing.T) {
	h := NewHub(ReaderView)
	presenter := h.Join("presenter", Presenter)
	defer presenter.Leave()
	stuck := make(chan struct{})
	defer close(stuck)
	for i := range 3 {
		m := h.Join("viewer", Viewer)
		defer m.Leave()
		if i == 0 {
			m.Attach(func(State) { <-stuck }) // a session whose Send never returns
		}
		// The others are never attached: nobody takes their wake-ups at all.
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := range 10000 {
			presenter.Publish(at(i % 5))
		}
		h.End()
	}()
	select {
	case <-done:
	case <-time.After(timeout):
		t.Fatal("Publish blocked on a member whose Send blocks")
	}
}

func TestHubStalledMemberGetsOnlyTheLatest(t *testing.T) {
	h := NewHub(ReaderView)
	presenter := h.Join("presenter", Presenter)
	defer presenter.Leave()
	viewer := h.Join("viewer", Viewer)
	defer viewer.Leave()
	r := newRecorder()
	r.gate = make(chan struct{})
	viewer.Attach(r.deliver)

	presenter.Publish(at(1))
	select {
	case <-r.entered: // the first delivery is under way, and stuck
	case <-time.After(timeout):
		t.Fatal("the first move was not delivered")
	}
	for s := 2; s <= 4; s++ {
		presenter.Publish(at(s))
	}
	close(r.gate)
	var sections []int
	for range 2 {
		msg := r.next(t)
		sections = append(sections, msg.Presenter.Section)
	}
	presenter.Publish(at(0)) // a new move: the next delivery must be it, not a backlog
	sections = append(sections, r.next(t).Presenter.Section)
	if want := []int{1, 4, 0}; !slices.Equal(sections, want) {
		t.Fatalf("a member stalled through moves 2, 3, 4 received sections %v; want %v (the latest only)", sections, want)
	}
}

func TestHubRolesAndSnapshots(t *testing.T) {
	h := NewHub(SlidesView)
	presenter := h.Join("presenter", Presenter)
	defer presenter.Leave()
	viewer := h.Join("SHA256:viewer", Viewer)
	defer viewer.Leave()

	if s := viewer.Snapshot(); s.HasPresenter || s.Presenter != StartPosition(SlidesView) {
		t.Fatalf("before any move: %+v; want the opening in the hub's view, no presenter", s)
	}
	viewer.Publish(at(3)) // viewers never move the meeting
	if s := viewer.Snapshot(); s.HasPresenter || s.Presenter.Section != 0 {
		t.Fatalf("a viewer's Publish moved the meeting: %+v", s)
	}
	presenter.Publish(at(2))
	if s := viewer.Snapshot(); !s.HasPresenter || s.Presenter.Section != 2 || s.FromSelf {
		t.Fatalf("viewer sees %+v; want section 2 from the presenter", s)
	}
	if s := presenter.Snapshot(); !s.FromSelf {
		t.Fatalf("the presenter's own move is not FromSelf: %+v", s)
	}

	h.announce()
	if s := presenter.Snapshot(); s.Online != 2 || !slices.Equal(s.Audience, []string{"SHA256:viewer"}) {
		t.Fatalf("presenter sees %+v; want 2 online and the viewer's name", s)
	}
	if s := viewer.Snapshot(); s.Audience != nil {
		t.Fatalf("a viewer sees the audience: %v", s.Audience)
	}
}

func TestHubAnnouncesOnlyChanges(t *testing.T) {
	h := NewHub(ReaderView)
	b := h.Join("b", Viewer)
	if !h.announce() {
		t.Fatal("a join was not announced")
	}
	if h.announce() {
		t.Fatal("announced although nothing changed")
	}
	a := h.Join("a", Viewer)
	if !h.announce() {
		t.Fatal("a join was not announced")
	}
	// A presenter's coming and going is announced at once, with whoever else came meanwhile.
	c := h.Join("c", Viewer)
	h.Join("p", Presenter).Leave()
	if h.announce() || h.online != 3 {
		t.Fatalf("a presenter's leaving was not announced at once: %d online as announced", h.online)
	}
	c.Leave()
	if !h.announce() {
		t.Fatal("a leave was not announced")
	}
	if h.online != 2 || !slices.Equal(h.audience, []string{"a", "b"}) {
		t.Fatalf("announced %d online, audience %v; want 2, [a b]", h.online, h.audience)
	}
	b.Leave()
	b.Leave() // twice is harmless
	a.Leave()
	if !h.announce() || h.online != 0 || h.Online() != 0 {
		t.Fatalf("after everyone left: %d announced, %d online", h.online, h.Online())
	}
}

// TestHubRunAnnouncesAtMostOncePerInterval: a crowd joining wakes the others once per interval at
// most, and a quiet meeting not at all.
func TestHubRunAnnouncesAtMostOncePerInterval(t *testing.T) {
	const interval = 100 * time.Millisecond
	h := NewHub(ReaderView)
	watcher := h.Join("watcher", Presenter)
	defer watcher.Leave()
	r := newRecorder()
	watcher.Attach(r.deliver)
	// The clock starts before Run's ticker does, so every announcement falls inside the time
	// measured: at most one per whole interval, and the one Attach delivers.
	start := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() { defer close(ran); h.Run(ctx, interval) }()
	defer func() { cancel(); <-ran }()

	tick := time.NewTicker(5 * time.Millisecond)
	var members []*Member
	for range 60 { // 60 arrivals over about 300 ms
		<-tick.C
		members = append(members, h.Join("viewer", Viewer))
	}
	tick.Stop()
	if msg := waitOnline(t, r, 61); msg.Online != 61 {
		t.Fatalf("online %d; want 61", msg.Online)
	}
	elapsed := time.Since(start)
	if n, most := r.count(), int(elapsed/interval)+1; n > most {
		t.Fatalf("%d announcements in %v; want at most one per %v (%d)", n, elapsed, interval, most)
	}
	quiet := r.count()
	<-time.After(3 * interval) // an observation window: nothing may happen in it
	if r.count() != quiet {
		t.Fatalf("%d announcements while nothing changed", r.count()-quiet)
	}
	for _, m := range members {
		m.Leave()
	}
	if msg := waitOnline(t, r, 1); msg.Online != 1 {
		t.Fatalf("online %d after the crowd left; want 1", msg.Online)
	}
}

// waitOnline waits for an announcement of n online.
func waitOnline(t *testing.T, r *recorder, n int) State {
	t.Helper()
	for {
		if s := r.next(t); s.Online == n {
			return s
		}
	}
}

func TestHubEndDeliversMeetingEnded(t *testing.T) {
	h := NewHub(ReaderView)
	viewer := h.Join("viewer", Viewer)
	defer viewer.Leave()
	r := newRecorder()
	viewer.Attach(r.deliver)
	h.End()
	if s := r.next(t); !s.Ended {
		t.Fatalf("End delivered %+v; want the meeting ended", s)
	}
	// Its delivery goroutine has ended: goleak (TestMain) would find it otherwise.
}

// TestPresenceIsAnnouncedAtOnce: viewers learn at once, without waiting for the next announcement,
// that the presenter left and that a presenter came back; the presenter sees who is there.
func TestPresenceIsAnnouncedAtOnce(t *testing.T) {
	h := NewHub(ReaderView)
	viewer := h.JoinAs(Attendee{Name: "张三", Proof: "127.0.0.1:5000", Role: Viewer, Joined: time.Unix(100, 0)})
	defer viewer.Leave()
	states := make(chan State, 16)
	viewer.Attach(func(s State) { states <- s })
	presenter := h.JoinAs(Attendee{Name: "许达", Proof: "SHA256:abc", Role: Presenter, Joined: time.Unix(200, 0)})
	if s := <-states; !s.Presenting {
		t.Fatalf("after the presenter joined the viewer got %+v", s)
	}
	if s := presenter.Snapshot(); len(s.Attendees) != 2 || s.Attendees[0].Name != "许达" || s.Attendees[1].Proof != "127.0.0.1:5000" {
		t.Fatalf("the presenter's attendees: %+v; want the presenter first, then the viewer with its address", s.Attendees)
	}
	if s := viewer.Snapshot(); s.Attendees != nil {
		t.Fatalf("a viewer sees the attendees: %+v", s.Attendees)
	}
	presenter.Leave()
	if s := <-states; s.Presenting {
		t.Fatalf("after the presenter left the viewer got %+v", s)
	}
}

func TestNamePosesAsProof(t *testing.T) {
	for name, poses := range map[string]bool{
		"SHA256:uOq2kLQ4": true, "sha256:x": true, "MD5:aa:bb": true, "127.0.0.1": true, "10.0.0.2:2222": true,
		"[::1]:22": true, "::1": true, "张三": false, "alice": false, "ops-team": false, "": false,
	} {
		if got := NamePosesAsProof(name); got != poses {
			t.Errorf("NamePosesAsProof(%q) = %v, want %v", name, got, poses)
		}
	}
}
