package serve

import (
	"context"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// sessionScope is one session's context. The SSH library gives every session of a connection the
// connection's context, so values set for one session (its meeting member) overwrite another's, and
// whatever waits for the context to end waits for the connection, not the session: a connection that
// runs thousands of commands one after another would keep every command's goroutines until it hung
// up. A sessionScope reads the connection's values, keeps its own, and ends with the session (or
// with the connection, whichever is first).
//
// It also holds what the request filter (requests.go) keeps of the session's requests: the newest
// window size and how many environment variables were accepted.
type sessionScope struct {
	ssh.Context // the connection's
	done        chan struct{}
	endOnce     sync.Once
	stopWatch   func() bool
	atEnd       []func() // run once the session has ended, in order

	mu      sync.Mutex
	values  map[any]any
	window  ssh.Window
	resized bool            // window holds a size from a window change
	windows chan ssh.Window // the newest window change not yet taken; capacity one
	env     int             // environment variables accepted
	ch      gossh.Channel   // the session's channel, once accepted
	// channelDone is closed once the client has closed the session's channel too (or the
	// connection is gone): the client has received everything the session sent.
	channelDone chan struct{}

	idle *idleWatch
}

// newSessionScope starts a session's context inside the connection's ctx; the session counts as
// idle after idleTimeout without keystrokes or a presenter's move.
func newSessionScope(ctx ssh.Context, idleTimeout time.Duration) *sessionScope {
	s := &sessionScope{Context: ctx, done: make(chan struct{}), channelDone: make(chan struct{}), values: map[any]any{}, windows: make(chan ssh.Window, 1), idle: newIdleWatch(idleTimeout)}
	s.values[scopeKey] = s
	s.stopWatch = context.AfterFunc(ctx, s.end)
	return s
}

// scopeOf is the session's scope, if it was opened through the server's session handler.
func scopeOf(sess ssh.Session) (*sessionScope, bool) {
	s, ok := sess.Context().Value(scopeKey).(*sessionScope)
	return s, ok
}

// end ends the session's context and runs what was to run at its end. It may be called any number
// of times.
func (s *sessionScope) end() {
	s.endOnce.Do(func() {
		close(s.done)
		if s.stopWatch != nil {
			s.stopWatch()
		}
		s.mu.Lock()
		atEnd := s.atEnd
		s.atEnd = nil
		s.mu.Unlock()
		for _, f := range atEnd {
			f()
		}
	})
}

// onEnd runs f when the session ends (at once if it has), whether its handler returned, the client
// closed the channel or the connection closed.
func (s *sessionScope) onEnd(f func()) {
	s.mu.Lock()
	select {
	case <-s.done:
	default:
		s.atEnd = append(s.atEnd, f)
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	f()
}

func (s *sessionScope) Done() <-chan struct{} { return s.done }

func (s *sessionScope) Err() error {
	select {
	case <-s.done:
		if err := s.Context.Err(); err != nil {
			return err
		}
		return context.Canceled
	default:
		return nil
	}
}

func (s *sessionScope) Deadline() (time.Time, bool) { return s.Context.Deadline() }

// Value is the session's own value for key, else the connection's.
func (s *sessionScope) Value(key any) any {
	s.mu.Lock()
	v, ok := s.values[key]
	s.mu.Unlock()
	if ok {
		return v
	}
	return s.Context.Value(key)
}

// SetValue sets a value for this session only.
func (s *sessionScope) SetValue(key, value any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.values[key] = value
}

// resize records a window change and offers it to the session, replacing one it has not taken yet.
// Only the request filter calls it, so making room and sending cannot race with another sender.
func (s *sessionScope) resize(w ssh.Window) {
	s.mu.Lock()
	s.window, s.resized = w, true
	s.mu.Unlock()
	select {
	case <-s.windows:
	default:
	}
	s.windows <- w
}

// newestWindow is the size of the latest window change, if there was one.
func (s *sessionScope) newestWindow() (ssh.Window, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.window, s.resized
}

// endScope ends the session's context when its handler returns, even if the client never closes
// the channel: whatever waits on the context (the program, the meeting member) stops with it.
func endScope() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			if scope, ok := scopeOf(sess); ok {
				defer scope.end()
			}
			next(sess)
		}
	}
}
