package serve

import (
	"container/list"
	"fmt"
	"net"
	"sync"

	"charm.land/ssh"

	"briefing/content/locale"
)

// handshakes caps the connections that have not yet opened a session. When the cap is reached the
// oldest of them is dropped, so a crowd of half-open connections cannot keep a real client out.
type handshakes struct {
	mu      sync.Mutex
	limit   int
	pending *list.List // of *trackedConn, oldest first
}

func newHandshakes(limit int) *handshakes {
	return &handshakes{limit: limit, pending: list.New()}
}

// trackedConn is a connection counted by handshakes until it signs in or closes.
type trackedConn struct {
	net.Conn
	owner   *handshakes
	element *list.Element // nil once it no longer counts
	once    sync.Once
}

// accept is the server's ConnCallback: it counts the new connection, dropping the oldest pending one
// if the cap is full.
func (h *handshakes) accept(ctx ssh.Context, c net.Conn) net.Conn {
	t := &trackedConn{Conn: c, owner: h}
	var oldest *trackedConn
	h.mu.Lock()
	if h.limit > 0 && h.pending.Len() >= h.limit {
		front := h.pending.Front()
		oldest = front.Value.(*trackedConn)
		h.pending.Remove(front)
		oldest.element = nil
	}
	t.element = h.pending.PushBack(t)
	h.mu.Unlock()
	if oldest != nil {
		_ = oldest.Conn.Close()
	}
	ctx.SetValue(trackerKey, t)
	return t
}

// signedIn stops counting the connection: it has opened a session.
func (t *trackedConn) signedIn() {
	h := t.owner
	h.mu.Lock()
	if t.element != nil {
		h.pending.Remove(t.element)
		t.element = nil
	}
	h.mu.Unlock()
}

func (t *trackedConn) Close() error {
	t.signedIn()
	var err error
	t.once.Do(func() { err = t.Conn.Close() })
	return err
}

// Pending is how many connections are still in the handshake.
func (h *handshakes) Pending() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.pending.Len()
}

// seats counts signed-in viewers, in all and per address. Presenters never take a seat and are never
// refused.
type seats struct {
	mu       sync.Mutex
	max      int
	maxPerIP int
	total    int
	perIP    map[string]int
	words    *locale.Words // a refusal is told in the document's language
}

func newSeats(max, maxPerIP int, words *locale.Words) *seats {
	return &seats{max: max, maxPerIP: maxPerIP, perIP: map[string]int{}, words: words}
}

// take gives a viewer from addr a seat, or reports why there is none.
func (s *seats) take(addr net.Addr) (release func(), reason string) {
	host := hostOf(addr)
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.max > 0 && s.total >= s.max:
		return nil, s.words.MeetingFull
	case s.maxPerIP > 0 && s.perIP[host] >= s.maxPerIP:
		return nil, fmt.Sprintf(s.words.TooManyFrom, host)
	}
	s.total++
	s.perIP[host]++
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.total--
			if s.perIP[host]--; s.perIP[host] <= 0 {
				delete(s.perIP, host)
			}
		})
	}, ""
}

func hostOf(addr net.Addr) string {
	if addr == nil {
		return ""
	}
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return host
}
