package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"briefing/ui/meeting"
)

// Update routes a message: sizes and colours to every pane, the meeting's moves to a following
// session, keys to the search box while it has them, else to the focused pane, else to navigation.
// After the user's own input a presenter publishes where it is and a viewer that moved stops
// following. When the reader's width or theme changed, the other sections are rendered for it in the
// background (warm.go).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, resizing := msg.(tea.WindowSizeMsg); !resizing { // a storm of resizes is over
		m.search = m.search.Settle(m.renderer, len(m.briefing.Sections), m.reader.width, m.styles.Theme)
	}
	next, cmd := m.update(msg)
	if (next.console || next.duration > 0) && next.clock.Running() {
		next.pace = next.pace.At(next.nav.Section, next.clock.now()) // from the talk's start only
	}
	if warm := next.warmAfter(m); warm != nil {
		cmd = tea.Batch(cmd, warm)
	}
	return next, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case DocumentMsg:
		return m.reloadDocument(msg), nil
	case MeetingMsg:
		return m.meetingUpdate(msg.State)
	case MeetingEndedMsg:
		m.meet.ended = true
		return m, tea.Quit
	case clockTickMsg:
		m.clock = m.clock.Ticked()
		if !m.ticks() {
			return m, nil
		}
		var cmd tea.Cmd
		m.clock, cmd = m.clock.Tick()
		return m, cmd
	case tea.KeyPressMsg:
		if !m.search.typing && key.Matches(msg, m.keys.Follow) {
			return m.follow().startClock() // snapping back is not a move of one's own
		}
		before := m.position()
		next, cmd := m.input(msg)
		return next.afterInput(before), cmd
	case tea.MouseWheelMsg, tea.MouseClickMsg, openSectionMsg, openFigureMsg, digitsDoneMsg:
		before := m.position()
		next, cmd := m.input(msg)
		return next.afterInput(before), cmd
	}
	return m.input(msg)
}

// input handles everything but the meeting's own messages.
func (m Model) input(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height), nil
	case tea.BackgroundColorMsg:
		if m.themeFixed {
			return m, nil
		}
		return m.restyle(look{dark: msg.IsDark(), monochrome: m.look.monochrome}), nil
	case tea.ColorProfileMsg:
		return m.restyle(lookFor(m.look.dark, msg.Profile)), nil
	case tea.KeyPressMsg:
		return m.keyPress(msg)
	case tea.MouseWheelMsg:
		return m.scroll(msg), nil
	case tea.MouseClickMsg:
		return m.click(msg)
	case openSectionMsg:
		return m.openSection(msg.section, msg.point), nil
	case openFigureMsg:
		return m.openFigure(msg.section, msg.figure), nil
	case digitsDoneMsg:
		return m.digitsDone(msg)
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg) // the text box's cursor blink
	return m, cmd
}

// resize lays the panes out for a new terminal size; the visible section is wrapped first, the
// others only when they are shown.
func (m Model) resize(w, h int) Model {
	m.width, m.height = max(w, 0), max(h, 0)
	if !m.toggled {
		m.shown = defaultPanes(m.width, m.height)
	}
	return m.relayout()
}

func (m Model) relayout() Model {
	m.layout = computeLayout(m.width, m.height, m.shown)
	l := m.layout
	m.reader = m.reader.SetTheme(m.styles.Theme)
	m.outline = m.outline.SetSize(l.Outline.W, l.Outline.H)
	m.figures = m.figures.SetSize(l.Figures.W, l.Figures.H)
	m.reader = m.reader.SetSize(l.Reader.W, l.Reader.H)
	m.search = m.search.Relaid(m.renderer, m.nav.Section, len(m.briefing.Sections), m.reader.width, m.styles.Theme)
	if m.focus == outlinePane && l.Outline.W == 0 || m.focus == figuresPane && l.Figures.W == 0 {
		m = m.setFocus(readerPane)
	}
	m.slides = m.slides.SetSize(m.width, m.height-1)
	m.nav.Line = m.reader.Line()
	m = m.apply(m.nav)
	if m.pending != nil && m.reader.Rendered() != nil {
		p := *m.pending
		m.pending = nil
		m = m.moveTo(p)
	}
	return m
}

// toggleView switches between the slides and the reader; the clock ticks only while slides show.
func (m Model) toggleView() (Model, tea.Cmd) {
	if m.view == meeting.SlidesView {
		m.view = meeting.ReaderView
		m.keys = m.keys.withMeeting(m.meet.role, m.view)
		return m, nil
	}
	m.view = meeting.SlidesView
	m.keys = m.keys.withMeeting(m.meet.role, m.view)
	var cmd tea.Cmd
	m.clock, cmd = m.clock.Tick()
	return m, cmd
}

// restyle is the one place the session's styles change: it rebuilds them in place for the terminal's
// background and colour profile, then every pane draws again at its size from them (the reader in
// the matching glamour theme).
func (m Model) restyle(l look) Model {
	if l == m.look {
		return m
	}
	m.look = l
	*m.styles = newStyles(l)
	m.search = m.search.Restyle()
	return m.relayout()
}
