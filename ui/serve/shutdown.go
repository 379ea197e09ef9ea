package serve

import (
	"context"
	"sync"
	"time"
)

// hangUpReserve is the part of the shutdown timeout kept for hanging up: the sessions' readers have
// the rest to say the meeting ended and close, then every connection is closed and every session's
// end logged, all within the timeout whatever the clients do.
func hangUpReserve(timeout time.Duration) time.Duration {
	return min(time.Second, timeout/5)
}

// liveSessions counts sessions that have begun something and not finished it: those logged as
// connected and not yet as disconnected, or those in the meeting whose channel is still open.
type liveSessions struct {
	mu   sync.Mutex
	n    int
	none chan struct{} // closed while n is 0
}

func newLiveSessions() *liveSessions {
	l := &liveSessions{none: make(chan struct{})}
	close(l.none)
	return l
}

func (l *liveSessions) add() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n == 0 {
		l.none = make(chan struct{})
	}
	l.n++
}

func (l *liveSessions) done() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n--; l.n == 0 {
		close(l.none)
	}
}

// wait waits until no session is live, or ctx ends.
func (l *liveSessions) wait(ctx context.Context) {
	l.mu.Lock()
	none := l.none
	l.mu.Unlock()
	select {
	case <-none:
	case <-ctx.Done():
	}
}
