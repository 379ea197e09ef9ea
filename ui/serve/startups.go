package serve

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/ssh"
)

// Startups is how many connections may be starting (connected, not yet in a session) at once, as
// OpenSSH's MaxStartups start:rate:full: past Start, a new connection is refused with a probability
// of Rate % that rises linearly to 100 % at Full. Refusing at random keeps a share of the slots for
// everyone else when someone fills them; dropping the oldest connection instead would let a flood
// push out every real client mid-handshake.
type Startups struct {
	Start, Rate, Full int
}

// String is the start:rate:full form of the flag.
func (s Startups) String() string { return fmt.Sprintf("%d:%d:%d", s.Start, s.Rate, s.Full) }

// Set reads start:rate:full, or a single number that is a hard limit (start = full).
func (s *Startups) Set(v string) error {
	bad := fmt.Errorf("%q: want start:rate:full, as 64:30:256, or one number", v)
	parts := strings.Split(v, ":")
	if len(parts) != 1 && len(parts) != 3 {
		return bad
	}
	n := make([]int, len(parts))
	for i, p := range parts {
		var err error
		if n[i], err = strconv.Atoi(p); err != nil {
			return bad
		}
	}
	next := Startups{Start: n[0], Rate: 100, Full: n[0]}
	if len(n) == 3 {
		next = Startups{Start: n[0], Rate: n[1], Full: n[2]}
	}
	if err := next.validate(); err != nil {
		return err
	}
	*s = next
	return nil
}

// Type names the flag's value in help.
func (s *Startups) Type() string { return "start:rate:full" }

func (s Startups) validate() error {
	if s.Start < 1 || s.Full < s.Start || s.Rate < 0 || s.Rate > 100 {
		return errors.New("max startups: want 1 ≤ start ≤ full and a rate from 0 to 100")
	}
	return nil
}

// startups counts the connections still starting, in all and per source address, and refuses new
// ones past the limits. A connection stops counting when it opens its first session or closes; one
// that has not opened a session within the grace time is closed.
type startups struct {
	limits    Startups
	perSource int
	grace     time.Duration
	chance    func() float64 // in [0, 1): the draw of random early drop
	refusals  *rateLog

	mu       sync.Mutex
	pending  int
	bySource map[string]int
}

func newStartups(limits Startups, perSource int, grace time.Duration, refusals *rateLog) *startups {
	return &startups{limits: limits, perSource: perSource, grace: grace, chance: rand.Float64, refusals: refusals, bySource: map[string]int{}}
}

// accept is the server's ConnCallback: it counts the new connection or refuses it (nil closes it).
func (h *startups) accept(ctx ssh.Context, c net.Conn) net.Conn {
	source := hostOf(c.RemoteAddr())
	if reason := h.admit(source); reason != "" {
		h.refusals.warn(source, "connection refused", "reason", reason)
		return nil
	}
	t := &startingConn{Conn: c, owner: h, source: source, counted: true}
	if h.grace > 0 {
		t.mu.Lock()
		t.graceTimer = time.AfterFunc(h.grace, t.graceOver)
		t.mu.Unlock()
	}
	ctx.SetValue(trackerKey, t)
	return t
}

// admit counts a connection from source, or says why it is refused.
func (h *startups) admit(source string) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.perSource > 0 && h.bySource[source] >= h.perSource:
		return fmt.Sprintf("%d connections from this address are starting already", h.bySource[source])
	case h.pending >= h.limits.Full:
		return fmt.Sprintf("%d connections are starting already", h.pending)
	case h.pending >= h.limits.Start && h.chance()*100 < h.dropChance():
		return fmt.Sprintf("%d connections are starting (random early drop)", h.pending)
	}
	h.pending++
	h.bySource[source]++
	return ""
}

// dropChance is the percentage of new connections refused with h.pending starting, from Rate at
// Start to 100 at Full.
func (h *startups) dropChance() float64 {
	l := h.limits
	if l.Full == l.Start {
		return 100
	}
	return float64(l.Rate) + float64(100-l.Rate)*float64(h.pending-l.Start)/float64(l.Full-l.Start)
}

func (h *startups) release(source string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.pending--
	if h.bySource[source]--; h.bySource[source] <= 0 {
		delete(h.bySource, source)
	}
}

// Pending is how many connections are starting.
func (h *startups) Pending() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.pending
}

// startingConn is a connection counted by startups until it opens a session or closes.
type startingConn struct {
	net.Conn
	owner  *startups
	source string

	mu         sync.Mutex
	counted    bool
	graceTimer *time.Timer
	closeOnce  sync.Once
}

// signedIn stops counting the connection: it has opened a session.
func (t *startingConn) signedIn() {
	t.mu.Lock()
	counted, timer := t.counted, t.graceTimer
	t.counted = false
	t.mu.Unlock()
	if counted {
		t.owner.release(t.source)
		if timer != nil {
			timer.Stop()
		}
	}
}

// graceOver closes the connection if it still has not opened a session.
func (t *startingConn) graceOver() {
	t.mu.Lock()
	counted := t.counted
	t.mu.Unlock()
	if counted {
		_ = t.Close()
	}
}

func (t *startingConn) Close() error {
	t.signedIn()
	var err error
	t.closeOnce.Do(func() { err = t.Conn.Close() })
	return err
}

// signedIn marks the connection of ctx as started: it has opened a session.
func signedIn(ctx ssh.Context) {
	if t, ok := ctx.Value(trackerKey).(*startingConn); ok {
		t.signedIn()
	}
}
