package meeting

import (
	"context"
	"sort"
	"sync"
	"time"
)

// Hub is one meeting: the presenter's latest position and who is connected. It is safe for
// concurrent use; no method waits for a member's delivery.
type Hub struct {
	mu           sync.Mutex
	agenda       []Revision // agenda.go
	position     Position
	hasPresenter bool
	source       uint64    // the member who published the position; 0 for another node
	node         string    // this node's name in stamps (nodes.go)
	clock        uint64    // the logical clock of moves: past every move made here or applied
	stamp        Stamp     // the position's
	began        time.Time // when the talk began: the first move, here or on another node
	entered      time.Time // when the position's section was entered
	members      map[uint64]*Member
	nextID       uint64
	online       int        // as last announced
	audience     []string   // as last announced
	attendees    []Attendee // as last announced
	presenting   bool       // a presenter is connected, as last announced
	elsewhere    Attendance // on the meeting's other nodes
	watchers     map[chan struct{}]struct{}
	changed      bool // members joined or left since the last announcement
	ended        bool
	emptied      chan struct{} // closed once the meeting has ended and every member has left
	emptiedOnce  sync.Once
}

// NewHub starts a meeting that opens at the start of the document in view v.
func NewHub(v View) *Hub {
	return &Hub{position: StartPosition(v), members: map[uint64]*Member{}, watchers: map[chan struct{}]struct{}{}, emptied: make(chan struct{})}
}

// Member is one session in the meeting.
type Member struct {
	hub      *Hub
	id       uint64
	name     string
	role     Role
	attendee Attendee
	wake     chan struct{} // capacity one: a wake-up pending is all a member needs to know
	done     chan struct{}
	once     sync.Once
}

// Join adds a session named name in role, joining now. Deliveries start with Attach.
func (h *Hub) Join(name string, role Role) *Member {
	return h.JoinAs(Attendee{Name: name, Role: role, Joined: time.Now()})
}

// JoinAs adds a session as the attendee a describes. A presenter's arrival is announced at once:
// viewers who were told the presenter left follow again without waiting for the next announcement.
func (h *Hub) JoinAs(a Attendee) *Member {
	h.mu.Lock()
	h.nextID++
	m := &Member{hub: h, id: h.nextID, name: a.Name, role: a.Role, attendee: a, wake: make(chan struct{}, 1), done: make(chan struct{})}
	h.members[m.id] = m
	h.changed = true
	if a.Role == Presenter {
		h.announceLocked()
	}
	h.mu.Unlock()
	if a.Role == Presenter {
		h.wakeAll()
	}
	return m
}

// Name is the name the member joined with.
func (m *Member) Name() string { return m.name }

// Role is the member's role.
func (m *Member) Role() Role { return m.role }

// Snapshot is the meeting as the member should see it now.
func (m *Member) Snapshot() State {
	h := m.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	s := State{
		Presenter:    h.position,
		HasPresenter: h.hasPresenter,
		FromSelf:     h.source == m.id,
		Online:       h.online,
		Presenting:   h.presenting,
		Ended:        h.ended,
		Agenda:       append([]Revision(nil), h.agenda...),
		Began:        h.began,
		Entered:      h.entered,
	}
	if m.role == Presenter {
		s.Audience = append([]string(nil), h.audience...)
		s.Attendees = append([]Attendee(nil), h.attendees...)
	}
	return s
}

// Attach starts delivering the meeting's state to the member through deliver, on a goroutine of the
// member's own: deliver may block (a tea.Program's Send does while that program is busy) and only
// this member waits. The newest state is delivered after every change; the last delivery has Ended
// set. Deliveries stop when the member leaves.
func (m *Member) Attach(deliver func(State)) {
	go func() {
		for {
			select {
			case <-m.done:
				return
			case <-m.wake:
				s := m.Snapshot()
				deliver(s)
				if s.Ended {
					return
				}
			}
		}
	}()
}

// Publish makes p the meeting's position (presenters only) and wakes everyone. It never blocks.
func (m *Member) Publish(p Position) {
	if m.role != Presenter {
		return
	}
	h := m.hub
	h.mu.Lock()
	h.clock++
	h.moveLocked(p, time.Now())
	h.source, h.stamp = m.id, Stamp{Seq: h.clock, Node: h.node}
	h.mu.Unlock()
	h.wakeAll()
}

// Leave removes the member; its delivery goroutine ends. Leaving twice is harmless. A presenter's
// leaving is announced at once, so that viewers learn within a moment that they read alone.
func (m *Member) Leave() {
	m.once.Do(func() {
		h := m.hub
		h.mu.Lock()
		delete(h.members, m.id)
		h.changed = true
		if m.role == Presenter {
			h.announceLocked()
		}
		empty := h.ended && len(h.members) == 0
		h.mu.Unlock()
		close(m.done)
		if m.role == Presenter {
			h.wakeAll()
		}
		if empty {
			h.emptiedOnce.Do(func() { close(h.emptied) })
		}
	})
}

// moveLocked makes p the meeting's position at now: the talk begins with the first move, and a
// section is entered when the position moves to it from another. The caller holds h.mu.
func (h *Hub) moveLocked(p Position, now time.Time) {
	if h.began.IsZero() {
		h.began = now
	}
	if !h.hasPresenter || p.Document != h.position.Document || p.Section != h.position.Section {
		h.entered = now
	}
	h.position, h.hasPresenter = p, true
}

func (h *Hub) wakeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, m := range h.members {
		select {
		case m.wake <- struct{}{}:
		default: // a wake-up is already pending; it will deliver the newest state
		}
	}
	for c := range h.watchers {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

// Run announces who is connected at most once per interval, and only when it changed, so a crowd
// joining does not redraw every screen for every arrival. It returns when ctx ends.
func (h *Hub) Run(ctx context.Context, interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if h.announce() {
				h.wakeAll()
			}
		}
	}
}

// announce refreshes the count and the names if members came or went.
func (h *Hub) announce() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.changed {
		return false
	}
	h.announceLocked()
	return true
}

// announceLocked counts who is connected now: the caller holds h.mu.
func (h *Hub) announceLocked() {
	h.changed = false
	h.online = len(h.members) + h.elsewhere.Online
	h.presenting = h.elsewhere.Presenters > 0
	h.audience = append(h.audience[:0], h.elsewhere.Viewers...)
	h.attendees = h.attendees[:0]
	for _, name := range h.elsewhere.Viewers {
		h.attendees = append(h.attendees, Attendee{Name: name, Role: Viewer, Elsewhere: true}) // on another node: a name only
	}
	for _, m := range h.members {
		switch m.role {
		case Viewer:
			h.audience = append(h.audience, m.name)
		case Presenter:
			h.presenting = true
		}
		h.attendees = append(h.attendees, m.attendee)
	}
	sort.Strings(h.audience)
	sort.Slice(h.attendees, func(i, j int) bool { return h.attendees[i].before(h.attendees[j]) })
}

// End tells every member the meeting is over.
func (h *Hub) End() {
	h.mu.Lock()
	h.ended = true
	empty := len(h.members) == 0
	h.mu.Unlock()
	if empty {
		h.emptiedOnce.Do(func() { close(h.emptied) })
	}
	h.wakeAll()
}

// Ended reports whether End was called.
func (h *Hub) Ended() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.ended
}

// WaitEmpty waits until every member has left after End, or ctx ends.
func (h *Hub) WaitEmpty(ctx context.Context) {
	select {
	case <-h.emptied:
	case <-ctx.Done():
	}
}

// Online is the number of members on this node right now (not as last announced).
func (h *Hub) Online() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.members)
}

// Position is the meeting's position, and whether a presenter has published it.
func (h *Hub) Position() (Position, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.position, h.hasPresenter
}
