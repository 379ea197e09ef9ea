package serve

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"

	"briefing/ui"
	"briefing/ui/meeting"
)

// A screen is what a session with a terminal shows, chosen by its command: it joins the session to
// the meeting and builds the model its program draws, or turns the session away.
type screen func(sess ssh.Session) (*meeting.Member, tea.Model, error)

// screenKey holds the model of a session's screen, from route to the program handler.
const screenKey contextKey = "briefing-screen"

// route sends each session where its command asks, whether or not it has a PTY: the screens draw
// on the session's terminal (program builds them), anything else runs as a command and ends.
func (s *Server) route() wish.Middleware {
	screens := map[string]screen{
		"": s.reader, // ssh -p PORT HOST: follow the meeting
		// A view for a PTY session that asks for it by name (a speaker console) is one more entry.
	}
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			name := ""
			if args := sess.Command(); len(args) > 0 {
				name = args[0]
			}
			open, ok := screens[name]
			if !ok {
				s.runCommand(sess)
				return
			}
			if _, _, isPty := sess.Pty(); !isPty {
				wish.Errorln(sess, "briefing: this needs a terminal: connect with ssh -t, or run sections, figures or plain")
				_ = sess.Exit(1)
				return
			}
			member, model, err := open(sess)
			if err != nil {
				wish.Errorln(sess, "briefing:", err)
				_ = sess.Exit(1)
				return
			}
			sess.Context().SetValue(memberKey, member) // farewell takes the session out of the meeting
			go func() {
				<-sess.Context().Done() // and if the screen never ran, the session's end does
				member.Leave()
			}()
			sess.Context().SetValue(screenKey, model)
			next(sess)
		}
	}
}

// reader is the screen of a session with no command: the reader, following the meeting as a viewer
// or leading it as a presenter, by the session's key.
func (s *Server) reader(sess ssh.Session) (*meeting.Member, tea.Model, error) {
	member, model := s.join(identity(sess), s.auth.roleOf(sess), ui.Options{})
	return member, model, nil
}
