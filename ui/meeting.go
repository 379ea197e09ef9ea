package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

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
	role      meeting.Role
	meeting   Meeting
	following bool // a viewer follows the presenter until it moves on its own
	latest    meeting.State
	ended     bool
}

// meetingUpdate applies the meeting's state: a following viewer (or a second presenter) goes where
// the presenter is.
func (m Model) meetingUpdate(msg meeting.State) Model {
	m.meet.latest = msg
	if !msg.HasPresenter || msg.FromSelf {
		return m
	}
	if m.meet.role == meeting.Presenter || m.meet.role == meeting.Viewer && m.meet.following {
		return m.moveTo(msg.Presenter)
	}
	return m
}

// afterInput publishes a presenter's move, and detaches a following viewer whose own input moved it.
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
		if m.meet.following && !meeting.SamePlace(before, after) {
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

// meetingStatus is the status line of a session in a meeting: following or not, where the presenter
// is, how many are online; a presenter also sees who.
func (m Model) meetingStatus() string {
	if m.meet.role == meeting.Solo {
		return ""
	}
	w := m.words
	online := w.Online.N(m.meet.latest.Online)
	switch m.meet.role {
	case meeting.Presenter:
		status := w.Presenter + " · " + online
		if names := m.meet.latest.Audience; len(names) > 0 {
			status += " · " + strings.Join(names, ", ")
		}
		return status
	default:
		presenter := m.meet.latest.Presenter
		at := sectionPlace(m.briefing, presenter.Section)
		if m.meet.following {
			return w.Following + " · " + at + " · " + online
		}
		return w.Detached + " " + at + " · " + online + " · f " + w.Following
	}
}

// endedScreen is what a session shows after the server said the meeting is over.
func (m Model) endedScreen() string {
	return ansi.Truncate(m.words.MeetingEnded, max(m.width, 1), "")
}
