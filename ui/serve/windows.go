package serve

import (
	"sync"

	"charm.land/ssh"
	"charm.land/wish/v2"
)

// latestWindowOnly hands the reader only the newest window size. The SSH library delivers window
// changes through a channel of one and waits while it is full; when a session's program is stuck
// writing to a client that stopped reading, that wait stalls the connection's request loop, and the
// server never notices the client hanging up. Here a goroutine takes every change at once and keeps
// only the latest for the program.
//
// The session's PTY is read once, here: the library updates its copy of the window without a lock,
// so later readers get this middleware's copy, kept current under its own lock.
func latestWindowOnly() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			pty, changes, ok := sess.Pty()
			if !ok {
				next(sess)
				return
			}
			w := &latestWindowSession{Session: sess, pty: pty, windows: make(chan ssh.Window, 1)}
			go w.follow(changes)
			next(w)
		}
	}
}

// latestWindowSession is a session whose window changes come from latestWindowOnly.
type latestWindowSession struct {
	ssh.Session
	mu      sync.Mutex
	pty     ssh.Pty
	windows chan ssh.Window
}

// follow takes every window change as it comes, keeping the newest for the program.
func (s *latestWindowSession) follow(changes <-chan ssh.Window) {
	for w := range changes {
		s.mu.Lock()
		s.pty.Window = w
		s.mu.Unlock()
		select {
		case <-s.windows: // drop a size the program has not taken yet
		default:
		}
		s.windows <- w // never blocks: this goroutine is the only sender and just made room
	}
}

func (s *latestWindowSession) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pty, s.windows, true
}
