package ui

import (
	tea "charm.land/bubbletea/v2"
	"fmt"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/ui/meeting"
)

// Meeting is how a session takes part in a meeting: a presenter publishes where it is.
// *meeting.Member implements it; a solo reader has none. Publish must never block: a presenter's
// keystroke cannot wait for any viewer.
type Meeting interface {
	Publish(p meeting.Position)
}

// MeetingMsg is the meeting as it stands, delivered to a session whenever the presenter moves or the
// audience changes.
type MeetingMsg struct{ meeting.State }

// MeetingEndedMsg tells a session the meeting is over.
type MeetingEndedMsg struct{}

// Deliver adapts a meeting's deliveries to a program's messages: member.Attach(ui.Deliver(p.Send)).
func Deliver(send func(tea.Msg)) func(meeting.State) {
	return func(s meeting.State) {
		if s.Ended {
			send(MeetingEndedMsg{})
			return
		}
		send(MeetingMsg{s})
	}
}

// meetingState is a session's view of the meeting it is in.
type meetingState struct {
	role         meeting.Role
	meeting      Meeting
	following    bool // a viewer follows the presenter until it moves on its own
	latest       meeting.State
	hadPresenter bool // a presenter has been connected since this session joined
	ended        bool
	document     int // the document's place in the agenda
	agenda       int // documents on the agenda
	// documentOf is the agenda's document i (Options.AgendaDocument); nil when not known.
	documentOf func(i int) *content.Briefing
}

// presenterAway reports whether a viewer reads alone because no presenter is connected.
func (s meetingState) presenterAway() bool {
	return s.role == meeting.Viewer && !s.latest.Presenting
}

// meetingUpdate applies the meeting's state: a following viewer (or a second presenter) goes where
// the presenter is. While no presenter is connected a following viewer reads freely and is moved by
// nothing; when a presenter comes back, it follows again from where the presenter is.
func (m Model) meetingUpdate(msg meeting.State) (Model, tea.Cmd) {
	returned := msg.Presenting && !m.meet.latest.Presenting
	if m.meet.role == meeting.Presenter {
		m.notices = noticeChanges(m.notices, m.meet.latest.Attendees, msg.Attendees, m.clock.now())
	}
	m = m.meetingClock(msg)
	m.meet.latest = msg
	m.meet.hadPresenter = m.meet.hadPresenter || msg.Presenting
	if !msg.HasPresenter || msg.FromSelf || msg.Presenter.Document != m.meet.document {
		return m, nil // another document's position is for the session's host to open (ui/library)
	}
	switch {
	case m.meet.role == meeting.Presenter:
	case m.meet.role == meeting.Viewer && m.meet.following && msg.Presenting:
	default:
		return m, nil
	}
	if !returned && m.meet.role == meeting.Viewer && meeting.SamePlace(m.position(), msg.Presenter) && m.view == msg.Presenter.View {
		return m, nil // an announcement of who is there: nothing to move
	}
	return m.moveTo(msg.Presenter).startClock()
}

// meetingClock counts the session's time from the meeting's: the talk began with the first move,
// whoever made it and whenever this session joined; the pace of the section the presenter is in
// counts from when the presenter entered it.
func (m Model) meetingClock(s meeting.State) Model {
	if !s.HasPresenter {
		return m
	}
	m.clock = m.clock.From(s.Began)
	if s.Presenter.Document == m.meet.document {
		m.pace = m.pace.Since(s.Presenter.Section, s.Entered)
	}
	return m
}

// startClock makes the clock tick while the slides show, however they came to be shown.
func (m Model) startClock() (Model, tea.Cmd) {
	if m.view != meeting.SlidesView {
		return m, nil
	}
	var cmd tea.Cmd
	m.clock, cmd = m.clock.Tick()
	return m, cmd
}

// afterInput publishes a presenter's move, and detaches a following viewer whose own input moved it
// (not while no presenter is connected: then it reads freely and follows again on their return).
// Changing only what the viewer's screen shows (help, panes, slides or reader) is not a move.
func (m Model) afterInput(before meeting.Position) Model {
	after := m.position()
	switch m.meet.role {
	case meeting.Presenter:
		if after != before && m.meet.meeting != nil {
			m.meet.meeting.Publish(after)
			m.clock = m.clock.Start()
		}
	case meeting.Viewer:
		if m.meet.following && !m.meet.presenterAway() && !meeting.SamePlace(before, after) {
			m.meet.following = false
		}
	case meeting.Solo:
		if after != before {
			m.clock = m.clock.Start()
		}
	}
	return m
}

// follow snaps a viewer back to the presenter.
func (m Model) follow() Model {
	m.meet.following = true
	if m.meet.latest.HasPresenter {
		return m.moveTo(m.meet.latest.Presenter)
	}
	return m
}

// meetingStatus is the status line of a session in a meeting, as segments to be joined with " · ":
// for a presenter how many are online (who they are is behind a key); for a viewer whether it
// follows, where the presenter is or that no presenter is there, how many are online. keep is what
// must stay visible however narrow the screen: how to snap back, for a detached viewer.
func (m Model) meetingStatus() (segments []string, keep string) {
	segments, keep = m.meetingSegments()
	if m.meet.agenda > 1 && m.meet.role != meeting.Solo {
		segments = append([]string{fmt.Sprintf(m.words.Library.AgendaPosition, m.meet.document+1, m.meet.agenda)}, segments...)
	}
	return segments, keep
}

func (m Model) meetingSegments() (segments []string, keep string) {
	w := m.words
	online := w.Online.N(m.meet.latest.Online)
	switch m.meet.role {
	case meeting.Solo:
		return nil, ""
	case meeting.Presenter:
		return []string{w.Presenter, online}, ""
	}
	at := m.presenterPlace()
	away := w.PresenterLeft
	if !m.meet.hadPresenter {
		away = w.NoPresenter
	}
	switch {
	case m.meet.presenterAway() && m.meet.following:
		return []string{away, w.ReadFreely, online}, ""
	case m.meet.presenterAway():
		return []string{away, online}, "f " + w.Following
	case m.meet.following:
		return []string{w.Following, at, online}, ""
	}
	return []string{w.Detached + " " + at, online}, "f " + w.Following
}

// presenterPlace is where the presenter is, for a viewer's status: the section, after the
// document's place in the agenda when the presenter shows another document (文档 2/3 · 导语).
func (m Model) presenterPlace() string {
	p := m.meet.latest.Presenter
	if p.Document == m.meet.document {
		return sectionPlace(m.briefing, p.Section)
	}
	place := fmt.Sprintf(m.words.Library.AgendaPosition, p.Document+1, m.meet.agenda)
	if m.meet.documentOf == nil {
		return place
	}
	if b := m.meet.documentOf(p.Document); b != nil {
		if section := sectionPlace(b, p.Section); section != "" {
			place += statusSeparator + section
		}
	}
	return place
}

// endedScreen is what a session shows after the server said the meeting is over.
func (m Model) endedScreen() string {
	return ansi.Truncate(m.words.MeetingEnded, max(m.width, 1), "")
}
