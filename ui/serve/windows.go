package serve

import (
	"charm.land/ssh"
	"charm.land/wish/v2"
)

// latestWindowOnly hands the reader the window sizes the request filter kept: the newest only, taken
// whenever the program is ready. The library's own window changes are never used: it delivers them
// through a channel of one and waits while it is full (stalling the connection's request loop, for
// good when the change comes before the shell), and writes the size without a lock while the
// session reads it.
//
// The library's PTY is read once, here, for the terminal type and the first size; the filter never
// lets the library change it afterwards.
func latestWindowOnly() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			scope, scoped := scopeOf(sess)
			pty, _, ok := sess.Pty()
			if !ok || !scoped {
				next(sess)
				return
			}
			next(&latestWindowSession{Session: sess, pty: pty, scope: scope})
		}
	}
}

// latestWindowSession is a session whose window comes from the request filter.
type latestWindowSession struct {
	ssh.Session
	pty   ssh.Pty
	scope *sessionScope
}

func (s *latestWindowSession) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	pty := s.pty
	if w, ok := s.scope.newestWindow(); ok {
		pty.Window = w
	}
	return pty, s.scope.windows, true
}
