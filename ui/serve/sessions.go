package serve

import (
	"context"
	"errors"
	"net"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"

	"briefing/ui"
	libraryui "briefing/ui/library"
	"briefing/ui/meeting"
)

// join makes a session of the meeting, the same way for an SSH session and for the local presenter:
// a member as who describes, and a reader that shares the server's rendering, opens where the
// presenter is, lets presenters only show the speaker notes, and tells how to join. opts carries the
// session's own choices (theme, language, first section, the console).
func (s *Server) join(who meeting.Attendee, opts ui.Options) (*meeting.Member, tea.Model) {
	member := s.hub.JoinAs(who)
	joined := member.Snapshot()
	doc := s.agenda.document(joined.Presenter.Document) // its newest version, read again or not
	opts.Renderer, opts.View = doc.renderer, s.cfg.View
	opts.Document, opts.Agenda = joined.Presenter.Document, s.agenda.len()
	opts.Role, opts.Meeting, opts.Joined = who.Role, member, &joined
	opts.Notes = who.Role == meeting.Presenter
	opts.Duration = s.cfg.Duration
	opts.Connect = ui.Connect{Command: s.ConnectCommand(s.briefing.Language.Words().YourName), Fingerprint: s.fingerprint}
	if s.agenda.len() > 1 {
		return member, libraryui.NewAgenda(s.agenda.len(), s.agendaDocument, opts)
	}
	return member, ui.New(doc.briefing, opts)
}

// program runs the screen route chose for a session with a PTY, sized for its window and coloured
// for its terminal, and starts the meeting's deliveries to it.
func (s *Server) program(sess ssh.Session) *tea.Program {
	pty, _, ok := sess.Pty()
	model, chosen := sess.Context().Value(screenKey).(tea.Model)
	member, joined := sess.Context().Value(memberKey).(*meeting.Member)
	if !ok || !chosen || !joined {
		return nil
	}
	width, height := s.clamp(sess, pty.Window.Width, pty.Window.Height)
	opts := append(bubbletea.MakeOptions(sess),
		tea.WithInput(nil), // forwardInput reads the keys
		tea.WithoutSignalHandler(),
		tea.WithWindowSize(width, height),
		tea.WithFilter(s.filter(sess)),
	)
	if out := screenOutput(sess); out != nil {
		opts = append(opts, tea.WithOutput(out))
	}
	p := tea.NewProgram(model, opts...)
	member.Attach(watched(sess, s.deliver(p.Send))) // a presenter's move is activity (idle.go)
	go forwardInput(sess.Context(), typed(sess), sess, pty.Term, p)
	return p
}

// filter makes every size the program sees the window's newest size, clamped so a client claiming
// 65535×65535 costs no more than a large screen; the program's first size and the window changes can
// arrive in either order, and the newest must win. It also keeps sessions from suspending (there is
// no shell to suspend to).
func (s *Server) filter(sess ssh.Session) func(tea.Model, tea.Msg) tea.Msg {
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		switch msg := msg.(type) {
		case tea.WindowSizeMsg:
			pty, _, _ := sess.Pty()
			msg.Width, msg.Height = s.clamp(sess, pty.Window.Width, pty.Window.Height)
			return msg
		case tea.SuspendMsg:
			return tea.ResumeMsg{}
		}
		return msg
	}
}

// ServeUntil serves ln until ctx ends (the process is interrupted), then tells everyone the meeting
// ended and shuts down within the configured timeout.
func (s *Server) ServeUntil(ctx context.Context, ln net.Listener) error {
	served := make(chan error, 1)
	go func() { served <- s.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	err := s.Shutdown(context.Background())
	return errors.Join(err, <-served)
}

// Present serves ln while this process's own terminal is the local presenter: a presenter of the
// meeting like any other, drawn by a program with the given options (its output, its context). The
// meeting ends for everyone when the local presenter quits or ctx ends.
func (s *Server) Present(ctx context.Context, ln net.Listener, opts ui.Options, programOptions ...tea.ProgramOption) error {
	served := make(chan error, 1)
	s.listening(ln) // before the local presenter asks how attendees join
	go func() { served <- s.Serve(ln) }()
	runErr := s.runLocalPresenter(ctx, opts, programOptions)
	if runErr != nil && ctx.Err() != nil {
		runErr = nil // interrupted: the meeting ends normally
	}
	err := s.Shutdown(context.Background())
	return errors.Join(runErr, err, <-served)
}

func (s *Server) runLocalPresenter(ctx context.Context, opts ui.Options, programOptions []tea.ProgramOption) error {
	opts.EndsMeeting = true
	member, model := s.join(meeting.Attendee{Name: localPresenterName(), Role: meeting.Presenter, Joined: time.Now(), Local: true}, opts)
	defer member.Leave()
	p := tea.NewProgram(model, append([]tea.ProgramOption{tea.WithContext(ctx)}, programOptions...)...)
	member.Attach(s.deliver(p.Send))
	_, err := p.Run()
	return err
}

// localPresenterName names the local presenter in the meeting.
func localPresenterName() string {
	name, err := os.Hostname()
	if err != nil {
		name = "localhost"
	}
	return "presenter@" + name
}
