package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"briefing/ui/meeting"
)

func (m Model) keyPress(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	m.notice = ""
	if m.search.typing {
		return m.searchKey(msg)
	}
	k := m.keys
	if m.digits.typed != "" {
		switch {
		case key.Matches(msg, k.Jump):
			return m.typeDigit(msg.Code)
		case key.Matches(msg, k.Open):
			return m.openTyped(), nil
		}
		m.digits.typed = "" // any other key forgets the digits
	}
	confirming := m.confirm
	m.confirm = false
	switch {
	case key.Matches(msg, k.Jump):
		return m.typeDigit(msg.Code)
	case key.Matches(msg, k.Quit):
		if viewers := m.viewersConnected(); viewers > 0 && !confirming && msg.String() == "q" {
			m.confirm = true // the footer asks (status)
			return m, nil
		}
		return m, tea.Quit
	case m.panel != noPanel && key.Matches(msg, k.Cancel):
		m.panel = noPanel
		return m, nil
	case key.Matches(msg, k.ToggleNotes):
		m.slides = m.slides.ToggleNotes()
		return m, nil
	case key.Matches(msg, k.ShowAudience):
		return m.togglePanel(audiencePanel), nil
	case key.Matches(msg, k.ShowConnect):
		return m.togglePanel(connectPanel), nil
	case key.Matches(msg, k.NotesDown):
		return m.scrollNotes(+1), nil
	case key.Matches(msg, k.NotesUp):
		return m.scrollNotes(-1), nil
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		return m, nil
	case m.showHelp && key.Matches(msg, k.Cancel):
		m.showHelp = false
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
	case m.focusFigure >= 0 && key.Matches(msg, k.Cancel):
		m.focusFigure = -1 // esc also lets go of a highlighted figure
		return m.apply(m.nav), nil
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
	case m.view == meeting.SlidesView:
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
	}
	return action{}, false
}

// searchKey handles keys while the search box has the keyboard: enter searches, esc leaves.
func (m Model) searchKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Open):
		m.search = m.search.Run(m.renderer, len(m.briefing.Sections), m.reader.width, m.styles.Theme)
		if !m.search.Active() {
			if m.search.query != "" {
				m.notice = m.words.NoMatches
			}
			return m.clearSearch(), nil
		}
		m.keys = m.keys.withSearching(true)
		m.search = m.search.First(m.nav.Section, m.nav.Line)
		m = m.showMatch()
		if m.view == meeting.SlidesView {
			// On the slides a search opens the section of its first match and ends, so that n
			// goes on meaning the next section; the footer says what was found.
			m.notice = "/" + m.search.query + " " + of(m.search.current+1, len(m.search.hits))
			notice := m.notice
			m = m.clearSearch()
			m.notice = notice
		}
		return m, nil
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
	m.keys = m.keys.withSearching(false)
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
	if hit.section != m.nav.Section {
		m = m.apply(start(hit.section))
	}
	point := -1
	if r := m.reader.Rendered(); r != nil {
		point = currentPoint(r.PointLines, hit.match.StartLine)
	}
	line := m.nav.Line
	if hit.match.StartLine < m.nav.Line || hit.match.EndLine >= m.nav.Line+m.layout.Reader.H {
		line = max(hit.match.StartLine-m.layout.Reader.H/3, 0)
	}
	return m.apply(navState{Section: hit.section, Line: line, Point: point})
}

// viewersConnected is how many viewers a presenter's quitting would leave (0 for anyone else).
func (m Model) viewersConnected() int {
	if m.meet.role != meeting.Presenter {
		return 0
	}
	n := 0
	for _, a := range m.meet.latest.Attendees {
		if a.Role == meeting.Viewer {
			n++
		}
	}
	return n
}

// confirmQuit is the footer's question after a first q with viewers connected: how many there are,
// and (kept whole) what a second q does and how not to.
func (m Model) confirmQuit() (segments []string, keep string) {
	keep = m.words.ConfirmLeave
	if m.endsMeet {
		keep = m.words.ConfirmEnd
	}
	return []string{m.words.ViewersOnline.N(m.viewersConnected())}, keep
}
