package natsbridge

import (
	"slices"
	"sync"
	"time"

	"briefing/ui/meeting"
)

// Bounds on what a node keeps of the others.
const (
	maxNodes          = 64  // other nodes counted; more are ignored (and logged)
	maxNamesElsewhere = 512 // viewers' names kept from all other nodes together
)

// roster is the other nodes of the meeting, their attendance and when each was last heard from. It
// tells the Hub their sum whenever it changes, under its own lock, so that two updates cannot reach
// the Hub in the opposite order.
type roster struct {
	mu     sync.Mutex
	hub    *meeting.Hub
	expiry time.Duration
	nodes  map[string]heard
}

type heard struct {
	attendance meeting.Attendance
	at         time.Time
}

func newRoster(hub *meeting.Hub, expiry time.Duration) *roster {
	return &roster{hub: hub, expiry: expiry, nodes: map[string]heard{}}
}

// heard records a node's attendance at now. It reports whether the node is new, and false for a
// node past maxNodes, which is not counted.
func (r *roster) heard(node string, a meeting.Attendance, now time.Time) (isNew, counted bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	before, known := r.nodes[node]
	if !known && len(r.nodes) >= maxNodes {
		return false, false
	}
	r.nodes[node] = heard{attendance: a, at: now}
	if !known || !sameAttendance(before.attendance, a) {
		r.tellHub()
	}
	return !known, true
}

// gone forgets a node that said it is leaving, and reports whether it was known.
func (r *roster) gone(node string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, known := r.nodes[node]; !known {
		return false
	}
	delete(r.nodes, node)
	r.tellHub()
	return true
}

// expire forgets the nodes not heard from since now-expiry, and returns them.
func (r *roster) expire(now time.Time) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var dropped []string
	for node, h := range r.nodes {
		if now.Sub(h.at) > r.expiry {
			delete(r.nodes, node)
			dropped = append(dropped, node)
		}
	}
	if dropped != nil {
		r.tellHub()
	}
	return dropped
}

// tellHub gives the Hub the others' attendance, summed. The caller holds r.mu.
func (r *roster) tellHub() {
	var sum meeting.Attendance
	for _, h := range r.nodes {
		sum.Online += h.attendance.Online
		sum.Presenters += h.attendance.Presenters
		room := maxNamesElsewhere - len(sum.Viewers)
		sum.Viewers = append(sum.Viewers, h.attendance.Viewers[:min(room, len(h.attendance.Viewers))]...)
	}
	r.hub.SetElsewhere(sum)
}

func sameAttendance(a, b meeting.Attendance) bool {
	return a.Online == b.Online && a.Presenters == b.Presenters && slices.Equal(a.Viewers, b.Viewers)
}
