package meeting

import (
	"sort"
	"time"
)

// A meeting may span several nodes (servers), each with a Hub of its own sessions, joined by a
// bridge that carries moves and attendance between them. The Hub knows nothing of the bridge's
// transport; it offers what a bridge needs: stamps that order moves across nodes, a way to apply
// another node's move, this node's attendance, and the attendance of the others.

// Stamp orders the meeting's moves across nodes: a logical clock (Lamport's), then the node that
// made the move to break ties. Wall clocks are not used: nodes' clocks differ, and a later stamp is
// always a move made after seeing the earlier one, or concurrently with it.
type Stamp struct {
	Seq  uint64
	Node string
}

// After reports whether s is a later move than o.
func (s Stamp) After(o Stamp) bool {
	if s.Seq != o.Seq {
		return s.Seq > o.Seq
	}
	return s.Node > o.Node
}

// Move is a presenter's move as the meeting's nodes share it.
type Move struct {
	Position Position
	Stamp    Stamp
}

// Attendance is who is connected: members in all, how many of them present, and the viewers' names.
type Attendance struct {
	Online     int
	Presenters int
	Viewers    []string
}

// SetNode names this hub's node in the stamps of its moves. A hub alone needs no name; a bridge sets
// it once, before it shares any move. A move already made is stamped again with the name.
func (h *Hub) SetNode(node string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stamp.Node == h.node {
		h.stamp.Node = node
	}
	h.node = node
}

// Latest is the meeting's latest move, and whether a presenter has made one.
func (h *Hub) Latest() (Move, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return Move{Position: h.position, Stamp: h.stamp}, h.hasPresenter
}

// Apply makes another node's move the meeting's position, as if a presenter here had published it,
// when it is later than the move the hub holds; an earlier one (overtaken, or heard twice) is
// ignored. It reports whether the position changed hands. The hub's clock advances past the move's,
// so the next move made here is later than every move seen.
func (h *Hub) Apply(m Move) bool {
	h.mu.Lock()
	h.clock = max(h.clock, m.Stamp.Seq)
	if h.hasPresenter && !m.Stamp.After(h.stamp) {
		h.mu.Unlock()
		return false
	}
	h.moveLocked(m.Position, time.Now()) // a talk that began elsewhere began here when first seen, until told better
	h.source, h.stamp = 0, m.Stamp       // no member here made it
	h.mu.Unlock()
	h.wakeAll()
	return true
}

// Began is when the talk began, as far as this hub knows: zero before any move.
func (h *Hub) Began() time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.began
}

// BeganAt tells the hub the talk began at t, by another node's account. The hub keeps the earliest
// start it knows of (another node's is never earlier than the truth, only later by the time its
// word took to arrive). It wakes nobody: a bridge tells it before the move it applies, and later
// corrections are as small as the time a message takes.
func (h *Hub) BeganAt(t time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !t.IsZero() && (h.began.IsZero() || t.Before(h.began)) {
		h.began = t
	}
}

// Here is this node's attendance right now (not as last announced).
func (h *Hub) Here() Attendance {
	h.mu.Lock()
	defer h.mu.Unlock()
	a := Attendance{Online: len(h.members)}
	for _, m := range h.members {
		switch m.role {
		case Presenter:
			a.Presenters++
		case Viewer:
			a.Viewers = append(a.Viewers, m.name)
		}
	}
	sort.Strings(a.Viewers)
	return a
}

// SetElsewhere is the attendance of the meeting's other nodes, summed; it is counted with this
// node's own at the next announcement. The names are shown as they are: whoever received them makes
// them safe for a terminal first.
func (h *Hub) SetElsewhere(a Attendance) {
	h.mu.Lock()
	defer h.mu.Unlock()
	a.Viewers = append([]string(nil), a.Viewers...)
	h.elsewhere = a
	h.changed = true
}

// Watch returns a channel that is signalled after the meeting changes (a move, an announcement, the
// end) and a function that stops the watch. Like a member's, the channel holds one pending signal:
// a slow watcher misses no change, it sees several at once.
func (h *Hub) Watch() (<-chan struct{}, func()) {
	c := make(chan struct{}, 1)
	h.mu.Lock()
	h.watchers[c] = struct{}{}
	h.mu.Unlock()
	return c, func() {
		h.mu.Lock()
		delete(h.watchers, c)
		h.mu.Unlock()
	}
}
