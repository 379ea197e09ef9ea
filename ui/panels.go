package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"briefing/ui/meeting"
)

// panel is what may be drawn over the body at a presenter's or an attendee's request.
type panel int

const (
	noPanel       panel = iota
	audiencePanel       // who is connected: a presenter's
	connectPanel        // how to join, and the host key's fingerprint
)

// togglePanel opens p, or closes it when it is open.
func (m Model) togglePanel(p panel) Model {
	if m.panel == p {
		m.panel = noPanel
	} else {
		m.panel, m.showHelp = p, false
	}
	return m
}

// panelView draws the open panel in width × height.
func (m Model) panelView(width, height int) string {
	var lines []string
	switch m.panel {
	case audiencePanel:
		lines = m.audienceLines(width)
	case connectPanel:
		lines = m.connectLines()
	}
	for i, line := range lines {
		lines[i] = ansi.Truncate(" "+line, width, "…")
	}
	return block(strings.Join(lines, "\n"), width, height)
}

// audienceLines list who is connected: role, the name they chose (marked when it looks like a
// fingerprint or an address, which only the server can vouch for), the key fingerprint or address
// the server saw, and how long they have been connected.
func (m Model) audienceLines(width int) []string {
	w, s := m.words, m.styles
	attendees := m.meet.latest.Attendees
	lines := []string{s.PaneTitle.Render(w.Audience) + s.Muted.Render(" · "+w.Online.N(m.meet.latest.Online)), ""}
	nameWidth := 8
	for _, a := range attendees {
		nameWidth = max(nameWidth, min(ansi.StringWidth(a.Name), 32))
	}
	now := m.clock.now()
	for _, a := range attendees {
		role := w.ViewerRole
		if a.Role == meeting.Presenter {
			role = w.Presenter
		}
		name := fit(a.Name, nameWidth)
		if meeting.NamePosesAsProof(a.Name) {
			name += " " + s.Warning.Render(w.ChosenName)
		}
		since := ""
		if !a.Joined.IsZero() {
			since = w.ConnectedFor + " " + formatElapsed(now.Sub(a.Joined).Truncate(time.Second))
		}
		line := fit(role, 6) + "  " + s.OutlineSection.Render(name) + "  " + s.Muted.Render(a.Proof) + "  " + s.Muted.Render(since)
		lines = append(lines, line)
	}
	_ = width
	return lines
}

// connectLines say how to join and which fingerprint to expect.
func (m Model) connectLines() []string {
	w, s := m.words, m.styles
	return []string{
		s.PaneTitle.Render(w.ConnectTitle), "",
		w.ConnectWith, "  " + s.HeaderTitle.Render(m.connect.Command), "",
		w.Fingerprint + s.HeaderTitle.Render(m.connect.Fingerprint),
	}
}
