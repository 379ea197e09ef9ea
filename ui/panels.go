package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
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
		lines = m.audienceLines(width-1, height) // the lines are indented by one
	case connectPanel:
		lines = m.connectLines()
	}
	for i, line := range lines {
		lines[i] = ansi.Truncate(" "+line, width, "…")
	}
	return Block(strings.Join(lines, "\n"), width, height)
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
