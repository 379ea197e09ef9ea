package ui

import (
	tea "charm.land/bubbletea/v2"

	"briefing/ui/meeting"
)

func (m Model) openSection(section, point int) Model {
	m = m.apply(start(section))
	if point >= 0 {
		m = m.apply(navState{Section: section, Line: atPoint, Point: point})
	}
	return m
}

// openFigure shows a figure's sentence, highlighted, a third of the way down the reader.
func (m Model) openFigure(section, figure int) Model {
	if section != m.nav.Section {
		m = m.apply(start(section))
	}
	m.focusFigure = figure
	if match, ok := m.figureSentence(); ok {
		point := currentPoint(m.reader.Rendered().PointLines, match.StartLine)
		return m.apply(navState{Section: section, Line: max(match.StartLine-m.layout.Reader.H/3, 0), Point: point})
	}
	return m.apply(m.nav)
}

// cycleFocus moves the keyboard to the next pane that is shown.
func (m Model) cycleFocus(delta int) Model {
	order := []pane{outlinePane, readerPane, figuresPane}
	at := 0
	for i, p := range order {
		if p == m.focus {
			at = i
		}
	}
	for step := 1; step <= len(order); step++ {
		next := order[((at+delta*step)%len(order)+len(order))%len(order)]
		if m.paneShown(next) {
			return m.setFocus(next)
		}
	}
	return m
}

func (m Model) paneShown(p pane) bool {
	switch p {
	case outlinePane:
		return m.layout.Outline.W > 0
	case figuresPane:
		return m.layout.Figures.W > 0 && m.layout.Figures.H > 0
	}
	return m.layout.Reader.W > 0
}

func (m Model) setFocus(p pane) Model {
	m.focus = p
	m.outline = m.outline.Blur()
	m.figures = m.figures.Blur()
	switch p {
	case outlinePane:
		m.outline = m.outline.Focus()
	case figuresPane:
		m.figures = m.figures.Focus()
	}
	return m
}

// focusShown gives a pane the keyboard when it is opened and takes it back when it is closed.
func (m Model) focusShown(p pane, shown bool) Model {
	if shown && m.width < narrowWidth {
		return m.setFocus(p)
	}
	if !shown && m.focus == p {
		return m.setFocus(readerPane)
	}
	return m
}

func (m Model) scroll(msg tea.MouseWheelMsg) Model {
	if m.console { // the wheel scrolls the notes; the keys move the meeting
		switch msg.Button {
		case tea.MouseWheelDown:
			return m.scrollNotes(+1)
		case tea.MouseWheelUp:
			return m.scrollNotes(-1)
		}
		return m
	}
	switch msg.Button {
	case tea.MouseWheelDown:
		return m.apply(navigate(m.nav, m.navContext(), action{kind: scrollBy, n: 3}))
	case tea.MouseWheelUp:
		return m.apply(navigate(m.nav, m.navContext(), action{kind: scrollBy, n: -3}))
	}
	return m
}

// click opens the outline entry under the pointer.
func (m Model) click(msg tea.MouseClickMsg) (Model, tea.Cmd) {
	if msg.Button == tea.MouseLeft && m.view == meeting.ReaderView && m.layout.Outline.contains(msg.X, msg.Y) {
		var cmd tea.Cmd
		m.outline, cmd = m.outline.Update(outlineClickMsg{row: msg.Y - m.layout.Outline.Y})
		return m, cmd
	}
	return m, nil
}
