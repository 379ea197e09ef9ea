package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"briefing/ui/render"
)

// Update routes a message: sizes and colours to every pane, the meeting's moves to a following
// session, keys to the search box while it has them, else to the focused pane, else to navigation.
// After the user's own input a presenter publishes where it is and a viewer that moved stops
// following.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case MeetingMsg:
		return m.meetingUpdate(msg), nil
	case MeetingEndedMsg:
		m.meet.ended = true
		return m, tea.Quit
	case clockTickMsg:
		m.clock = m.clock.Ticked()
		if m.view != SlidesView {
			return m, nil
		}
		var cmd tea.Cmd
		m.clock, cmd = m.clock.Tick()
		return m, cmd
	case tea.KeyPressMsg:
		if !m.search.typing && key.Matches(msg, m.keys.Follow) {
			return m.follow(), nil // snapping back is not a move of one's own
		}
		before := m.position()
		next, cmd := m.input(msg)
		return next.afterInput(before), cmd
	case tea.MouseWheelMsg, tea.MouseClickMsg, openSectionMsg, openFigureMsg:
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
		return m.setDark(msg.IsDark()), nil
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
	case outlineClickMsg:
		var cmd tea.Cmd
		m.outline, cmd = m.outline.Update(msg)
		return m, cmd
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
	m.outline = m.outline.SetSize(l.Outline.W, l.Outline.H)
	m.figures = m.figures.SetSize(l.Figures.W, l.Figures.H)
	m.reader = m.reader.SetSize(l.Reader.W, l.Reader.H)
	m.help.SetWidth(m.width)
	if m.search.query != "" {
		m.search = m.search.Refresh(m.renderer, len(m.briefing.Sections), m.reader.width, m.theme)
	}
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
	if m.view == SlidesView {
		m.view = ReaderView
		m.keys.enableMeeting(m.meet.role, m.view)
		return m, nil
	}
	m.view = SlidesView
	m.keys.enableMeeting(m.meet.role, m.view)
	var cmd tea.Cmd
	m.clock, cmd = m.clock.Tick()
	return m, cmd
}

// setDark rebuilds the styles and the rendering for the terminal's background.
func (m Model) setDark(dark bool) Model {
	m.styles = NewStyles(dark)
	m.theme = render.Dark
	if !dark {
		m.theme = render.Light
	}
	m.help.Styles = help.DefaultStyles(dark)
	m.outline = m.outline.SetStyles(m.styles)
	m.figures = m.figures.SetStyles(m.styles)
	m.reader = m.reader.SetTheme(m.theme)
	return m.relayout()
}

func (m Model) keyPress(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	m.notice = ""
	if m.search.typing {
		return m.searchKey(msg)
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		m.help.ShowAll = m.showHelp
		return m, nil
	case m.showHelp && key.Matches(msg, k.Cancel):
		m.showHelp, m.help.ShowAll = false, false
		return m, nil
	case key.Matches(msg, k.ToggleView):
		return m.toggleView()
	case key.Matches(msg, k.ResetClock):
		m.clock = m.clock.Restart()
		return m, nil
	case key.Matches(msg, k.Search):
		var cmd tea.Cmd
		m.search, cmd = m.search.Start()
		return m, cmd
	case key.Matches(msg, k.Clear):
		return m.clearSearch(), nil
	case key.Matches(msg, k.NextMatch):
		return m.stepMatch(+1), nil
	case key.Matches(msg, k.PrevMatch):
		return m.stepMatch(-1), nil
	case key.Matches(msg, k.Focus):
		return m.cycleFocus(+1), nil
	case key.Matches(msg, k.FocusBack):
		return m.cycleFocus(-1), nil
	case key.Matches(msg, k.ToggleOutline):
		m.shown.Outline, m.toggled = !m.shown.Outline, true
		return m.focusShown(outlinePane, m.shown.Outline).relayout(), nil
	case key.Matches(msg, k.ToggleFigures):
		m.shown.Figures, m.toggled = !m.shown.Figures, true
		return m.focusShown(figuresPane, m.shown.Figures).relayout(), nil
	}
	switch {
	case m.view == SlidesView:
	case m.focus == outlinePane:
		if key.Matches(msg, k.Down, k.Up, k.Top, k.Bottom, k.Open) {
			var cmd tea.Cmd
			m.outline, cmd = m.outline.Update(msg)
			return m, cmd
		}
	case m.focus == figuresPane:
		if key.Matches(msg, k.Down, k.Up, k.Top, k.Bottom, k.PageDown, k.PageUp, k.Open) {
			var cmd tea.Cmd
			m.figures, cmd = m.figures.Update(msg)
			return m, cmd
		}
	}
	if a, ok := m.actionFor(msg); ok {
		return m.apply(navigate(m.nav, m.navContext(), a)), nil
	}
	return m, nil
}

// actionFor maps a key to a movement of the reader.
func (m Model) actionFor(msg tea.KeyPressMsg) (action, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.NextSection):
		return action{kind: nextSection}, true
	case key.Matches(msg, k.PrevSection):
		return action{kind: prevSection}, true
	case key.Matches(msg, k.NextPoint):
		return action{kind: nextPoint}, true
	case key.Matches(msg, k.PrevPoint):
		return action{kind: prevPoint}, true
	case key.Matches(msg, k.Down):
		return action{kind: scrollBy, n: 1}, true
	case key.Matches(msg, k.Up):
		return action{kind: scrollBy, n: -1}, true
	case key.Matches(msg, k.PageDown):
		return action{kind: pageDown}, true
	case key.Matches(msg, k.PageUp):
		return action{kind: pageUp}, true
	case key.Matches(msg, k.Top):
		return action{kind: toTop}, true
	case key.Matches(msg, k.Bottom):
		return action{kind: toBottom}, true
	case key.Matches(msg, k.Jump):
		return action{kind: jumpTo, n: int(msg.Code - '0')}, true
	}
	return action{}, false
}

// searchKey handles keys while the search box has the keyboard: enter searches, esc leaves.
func (m Model) searchKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Open):
		m.search = m.search.Run(m.renderer, len(m.briefing.Sections), m.reader.width, m.theme)
		if !m.search.Active() {
			if m.search.query != "" {
				m.notice = m.words.NoMatches
			}
			return m.clearSearch(), nil
		}
		m.keys.setSearching(true)
		m.search = m.search.First(m.nav.Section, m.nav.Line)
		return m.showMatch(), nil
	case key.Matches(msg, m.keys.Cancel):
		m.search = m.search.Cancel()
		return m, nil
	case key.Matches(msg, m.keys.Interrupt):
		return m, tea.Quit
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	return m, cmd
}

func (m Model) clearSearch() Model {
	m.search = m.search.Clear()
	m.keys.setSearching(false)
	m.focusFigure = -1
	return m.apply(m.nav)
}

func (m Model) stepMatch(delta int) Model {
	m.search = m.search.Step(delta)
	return m.showMatch()
}

// showMatch opens the section of the current match and scrolls it into the middle of the reader.
func (m Model) showMatch() Model {
	hit, ok := m.search.Current()
	if !ok {
		return m
	}
	m = m.apply(navState{Section: hit.section, Line: m.nav.Line})
	line := hit.match.StartLine - m.layout.Reader.H/3
	if hit.section != m.nav.Section || hit.match.StartLine < m.nav.Line || hit.match.EndLine >= m.nav.Line+m.layout.Reader.H {
		return m.apply(navState{Section: hit.section, Line: max(line, 0)})
	}
	return m.apply(m.nav)
}

func (m Model) openSection(section, point int) Model {
	m = m.apply(navState{Section: section})
	if r := m.reader.Rendered(); r != nil && point >= 0 && point < len(r.PointLines) {
		m = m.apply(navState{Section: section, Line: r.PointLines[point]})
	}
	return m
}

// openFigure shows a figure's sentence, highlighted, a third of the way down the reader.
func (m Model) openFigure(section, figure int) Model {
	if section != m.nav.Section {
		m = m.apply(navState{Section: section})
	}
	m.focusFigure = figure
	if match, ok := m.figureSentence(); ok {
		return m.apply(navState{Section: section, Line: max(match.StartLine-m.layout.Reader.H/3, 0)})
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
	if msg.Button == tea.MouseLeft && m.view == ReaderView && m.layout.Outline.contains(msg.X, msg.Y) {
		var cmd tea.Cmd
		m.outline, cmd = m.outline.Update(outlineClickMsg{row: msg.Y - m.layout.Outline.Y})
		return m, cmd
	}
	return m, nil
}
