package serve

import (
	"errors"

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
		"":        s.reader,  // ssh -p PORT HOST: follow the meeting
		"console": s.console, // ssh -t -p PORT HOST console: the speaker console, presenters only
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
			if scope, ok := scopeOf(sess); ok { // shutting down waits for the client to close it
				s.openInMeeting.add()
				go func() {
					<-scope.channelDone
					s.openInMeeting.done()
				}()
			}
			sess.Context().SetValue(screenKey, model)
			next(sess)
		}
	}
}

// reader is the screen of a session with no command: the reader, following the meeting as a viewer
// or leading it as a presenter, by the session's key.
func (s *Server) reader(sess ssh.Session) (*meeting.Member, tea.Model, error) {
	member, model := s.join(attendee(sess, s.auth.roleOf(sess)), ui.Options{})
	return member, model, nil
}

// console is the speaker console: the notes, what comes next, the time and the audience, on a
// terminal of the presenter's own (a second window on the laptop that projects the slides). Only a
// presenter's key opens it; it presents with the reader's keys.
func (s *Server) console(sess ssh.Session) (*meeting.Member, tea.Model, error) {
	if s.auth.roleOf(sess) != meeting.Presenter {
		return nil, nil, errors.New(s.briefing.Language.Words().ConsoleOnly)
	}
	member, model := s.join(attendee(sess, meeting.Presenter), ui.Options{Console: true})
	return member, model, nil
}
