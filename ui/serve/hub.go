package serve

import (
	"context"
	"sort"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"briefing/ui"
)

// Hub is the meeting: the presenter's latest position and who is connected. Publishing stores the
// position and wakes every member without waiting; each member's own goroutine then delivers the
// newest state to its session. A slow or stalled session only delays itself, and never receives a
// backlog: it gets the latest state once it is ready.
type Hub struct {
	mu           sync.Mutex
	position     ui.Position
	hasPresenter bool
	source       uint64 // the member who published the position
	members      map[uint64]*Member
	nextID       uint64
	online       int      // as last announced
	audience     []string // as last announced
	changed      bool     // members joined or left since the last announcement
	ended        bool
	emptied      chan struct{} // closed once the meeting has ended and every member has left
	emptiedOnce  sync.Once
}

// NewHub starts a meeting that opens in view v.
func NewHub(v ui.View) *Hub {
	return &Hub{position: ui.StartPosition(v), members: map[uint64]*Member{}, emptied: make(chan struct{})}
}

// Member is one session in the meeting. It implements ui.Meeting.
type Member struct {
	hub  *Hub
	id   uint64
	name string
	role ui.Role
	wake chan struct{} // capacity one: a wake-up pending is all a member needs to know
	done chan struct{}
	once sync.Once
}

// Join adds a session named name (a key fingerprint or user@address) in role. Deliveries start with
// Attach.
func (h *Hub) Join(name string, role ui.Role) *Member {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.nextID++
	m := &Member{hub: h, id: h.nextID, name: name, role: role, wake: make(chan struct{}, 1), done: make(chan struct{})}
	h.members[m.id] = m
	h.changed = true
	return m
}

// Snapshot is the meeting as the member should see it now.
func (m *Member) Snapshot() ui.MeetingMsg {
	h := m.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	msg := ui.MeetingMsg{
		Presenter:    h.position,
		HasPresenter: h.hasPresenter,
		FromSelf:     h.source == m.id,
		Online:       h.online,
	}
	if m.role == ui.Presenter {
		msg.Audience = append([]string(nil), h.audience...)
	}
	return msg
}

// Attach starts delivering the meeting's state to the session through send (a tea.Program's Send,
// which blocks while that program is busy: only this member's goroutine waits).
func (m *Member) Attach(send func(tea.Msg)) {
	go func() {
		for {
			select {
			case <-m.done:
				return
			case <-m.wake:
				if m.hub.isEnded() {
					send(ui.MeetingEndedMsg{})
					return
				}
				send(m.Snapshot())
			}
		}
	}()
}

// Publish makes p the meeting's position (presenters only) and wakes everyone. It never blocks.
func (m *Member) Publish(p ui.Position) {
	if m.role != ui.Presenter {
		return
	}
	h := m.hub
	h.mu.Lock()
	h.position, h.hasPresenter, h.source = p, true, m.id
	h.mu.Unlock()
	h.wakeAll()
}

// Leave removes the member; its delivery goroutine ends.
func (m *Member) Leave() {
	m.once.Do(func() {
		h := m.hub
		h.mu.Lock()
		delete(h.members, m.id)
		h.changed = true
		empty := h.ended && len(h.members) == 0
		h.mu.Unlock()
		close(m.done)
		if empty {
			h.emptiedOnce.Do(func() { close(h.emptied) })
		}
	})
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
}

func (h *Hub) isEnded() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.ended
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
	h.changed = false
	h.online = len(h.members)
	h.audience = h.audience[:0]
	for _, m := range h.members {
		if m.role == ui.Viewer {
			h.audience = append(h.audience, m.name)
		}
	}
	sort.Strings(h.audience)
	return true
}

// End tells every session the meeting is over.
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

// WaitEmpty waits until every member has left after End, or ctx ends.
func (h *Hub) WaitEmpty(ctx context.Context) {
	select {
	case <-h.emptied:
	case <-ctx.Done():
	}
}

// Online is the number of sessions in the meeting right now.
func (h *Hub) Online() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.members)
}
