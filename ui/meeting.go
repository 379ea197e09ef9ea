package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Role is what a session is in a meeting.
type Role int

// The roles. A solo reader is in no meeting; a presenter moves the meeting; a viewer follows it.
const (
	Solo Role = iota
	Presenter
	Viewer
)

// Meeting is how a session takes part in a meeting. ui/serve implements it; a solo reader has none.
// Publish must never block: a presenter's keystroke cannot wait for any viewer.
type Meeting interface {
	Publish(p Position)
}

// MeetingMsg is the meeting as it stands, sent to every session whenever the presenter moves or the
// audience changes (at most once a second for the audience).
type MeetingMsg struct {
	Presenter    Position
	HasPresenter bool     // some presenter has moved since the meeting began
	FromSelf     bool     // the position was published by this very session
	Online       int      // sessions connected
	Audience     []string // who: key fingerprints or user@address, for the presenter
}

// MeetingEndedMsg tells a session the server is shutting down.
type MeetingEndedMsg struct{}

// meetingState is a session's view of the meeting it is in.
type meetingState struct {
	role      Role
	meeting   Meeting
	following bool // a viewer follows the presenter until it moves on its own
	latest    MeetingMsg
	ended     bool
}

// meetingUpdate applies the meeting's state: a following viewer (or a second presenter) goes where
// the presenter is.
func (m Model) meetingUpdate(msg MeetingMsg) Model {
	m.meet.latest = msg
	if !msg.HasPresenter || msg.FromSelf {
		return m
	}
	if m.meet.role == Presenter || m.meet.role == Viewer && m.meet.following {
		return m.moveTo(msg.Presenter)
	}
	return m
}

// afterInput publishes a presenter's move, and detaches a following viewer whose own input moved it.
// Changing only what the viewer's screen shows (help, panes, slides or reader) is not a move.
func (m Model) afterInput(before Position) Model {
	after := m.position()
	switch m.meet.role {
	case Presenter:
		if after != before && m.meet.meeting != nil {
			m.meet.meeting.Publish(after)
			m.clock = m.clock.Start()
		}
	case Viewer:
		if m.meet.following && !samePlace(before, after) {
			m.meet.following = false
		}
	case Solo:
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
	if m.meet.role == Solo {
		return ""
	}
	w := m.words
	total := len(m.briefing.Sections)
	online := w.Online.N(m.meet.latest.Online)
	switch m.meet.role {
	case Presenter:
		status := w.Presenter + " · " + online
		if names := m.meet.latest.Audience; len(names) > 0 {
			status += " · " + strings.Join(names, ", ")
		}
		return status
	default:
		presenter := m.meet.latest.Presenter
		at := of(presenter.Section+1, total)
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
