package serve

import (
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"

	"briefing/content/sanitize"
	"briefing/ui/meeting"
)

// farewell runs when a session's reader has closed: if the server is shutting down the session is
// told the meeting has ended, in a line that stays (the reader's own screen vanishes with the
// alternate screen), the session ends, and it leaves the meeting.
func (s *Server) farewell() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			// The farewell first, then the session's end (its exit status and the channel's close),
			// then leaving: shutting down hangs up once every member has left, and a client hung up on
			// before its session ended may drop what it had not shown yet (OpenSSH does), the
			// farewell too. The SSH library's own exit after the handler then does nothing.
			if _, _, isPty := sess.Pty(); isPty && s.hub.Ended() {
				wish.Println(sess, s.briefing.Language.Words().MeetingEnded)
			} else if isPty && idledOut(sess) {
				wish.Println(sess, s.briefing.Language.Words().IdleClosed)
			}
			_ = sess.Exit(0)
			if member, ok := sess.Context().Value(memberKey).(*meeting.Member); ok {
				member.Leave()
			}
			next(sess)
		}
	}
}

// takeSeat gives a viewer a seat for the length of the session, or turns it away with a reason.
// Presenters are never refused.
func (s *Server) takeSeat() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			if s.auth.roleOf(sess) == meeting.Presenter {
				next(sess)
				return
			}
			release, reason := s.seats.take(sess.RemoteAddr())
			if release == nil {
				s.log.Warn("session refused", "addr", sess.RemoteAddr().String(), "who", identity(sess), "reason", reason)
				wish.Errorln(sess, "briefing:", reason)
				_ = sess.Exit(1)
				return
			}
			defer release()
			next(sess)
		}
	}
}

// logSessions logs every session's start and end with its address, identity and role.
func (s *Server) logSessions() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			role := "viewer"
			if s.auth.roleOf(sess) == meeting.Presenter {
				role = "presenter"
			}
			_, _, pty := sess.Pty()
			s.log.Info("connected", "addr", sess.RemoteAddr().String(), "who", identity(sess), "role", role, "pty", pty, "command", loggedCommand(sess))
			start := time.Now()
			disconnected := func() {
				s.log.Info("disconnected", "addr", sess.RemoteAddr().String(), "who", identity(sess), "after", time.Since(start).Round(time.Second))
			}
			// Logged when the session ends, not when its handler returns: a handler stuck writing to a
			// client that stopped reading may outlive the process (shutdown.go waits for these lines).
			if scope, ok := scopeOf(sess); ok {
				s.sessions.add()
				scope.onEnd(func() { disconnected(); s.sessions.done() })
			} else {
				defer disconnected()
			}
			next(sess)
		}
	}
}

// loggedCommand is a session's command line as logged: printable, at most 200 columns, so that no
// client makes a log line long.
func loggedCommand(sess ssh.Session) string {
	return sanitize.Cut(sanitize.Line(sess.RawCommand()), 200)
}
