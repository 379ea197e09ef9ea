package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/locale"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// View draws the header, the panes and the footer, or a "terminal too small" notice. No line is wider
// than the terminal and there are never more lines than it has.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = render.DocumentTitle(m.briefing)
	return v
}

func (m Model) screen() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.meet.ended {
		return fitScreen(lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, m.endedScreen()), m.height)
	}
	if m.layout.TooSmall {
		return fitScreen(lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, m.styles.Warning.Render(ansi.Truncate(m.words.TooSmall, m.width, ""))), m.height)
	}
	if m.console && !m.showHelp && m.panel == noPanel {
		return fitScreen(m.consoleView(), m.height)
	}
	if m.view == meeting.SlidesView && !m.showHelp && m.panel == noPanel {
		return fitScreen(m.slides.View()+"\n"+m.slidesFooter(), m.height)
	}
	header, footer := m.header(), m.footer()
	if m.showHelp {
		return fitScreen(header+"\n"+Block(m.helpScreen(m.height-2), m.width, m.height-2)+"\n"+footer, m.height)
	}
	if m.panel != noPanel {
		return fitScreen(header+"\n"+m.panelView(m.width, m.height-2)+"\n"+footer, m.height)
	}
	return fitScreen(m.body(header, footer), m.height)
}

// body draws the header, the panes where the layout puts them, and the footer, in one string: the
// frame of every message, so it is built once, without splitting anything. Every pane draws exactly
// its size, so the columns are joined line by line without measuring anything.
func (m Model) body(header, footer string) string {
	l := m.layout
	bodyH := m.height - 2
	separator := m.styles.Muted.Render("│")
	var columns []column
	size := len(header) + len(footer) + 2
	addColumn := func(view string, separated bool) {
		if separated && len(columns) > 0 {
			columns = append(columns, column{repeat: separator})
			size += len(separator) * bodyH
		}
		columns = append(columns, column{rest: view})
		size += len(view)
	}
	if l.Outline.W > 0 {
		addColumn(m.outline.View(), false)
	}
	if l.Reader.W > 0 {
		reader := m.reader.View()
		if l.FiguresBelow {
			rule := m.styles.Muted.Render(strings.Repeat("─", m.width))
			reader += "\n" + rule + "\n" + m.figures.View()
		}
		addColumn(reader, true)
	}
	if l.Figures.W > 0 && !l.FiguresBelow {
		addColumn(m.figures.View(), true)
	}
	key := screenKey{header: header, footer: footer, rows: bodyH, columns: len(columns)}
	if len(columns) > len(key.parts) { // a key that held only some of them could name another screen
		return joinScreen(header, footer, columns, bodyH, size)
	}
	copy(key.parts[:], columns)
	return render.Frame(m.renderer, key, func() string { return joinScreen(header, footer, columns, bodyH, size) })
}

// screenKey is everything a screen put together by body is made of. The panes' views are drawn
// once for every session that shows them (render.Memo), so sessions at the same place share the
// parts, and with them the screen.
type screenKey struct {
	header, footer string
	rows, columns  int
	parts          [5]column // panes and the separators between them
}

// joinScreen puts the header, the columns line by line and the footer together; size is about the
// length of the result.
func joinScreen(header, footer string, columns []column, rows, size int) string {
	var b strings.Builder
	b.Grow(size + rows)
	b.WriteString(header)
	for range rows {
		b.WriteByte('\n')
		for i := range columns {
			b.WriteString(columns[i].next())
		}
	}
	b.WriteByte('\n')
	b.WriteString(footer)
	return b.String()
}

// column is a pane's view read line by line, or the same line repeated (a separator).
type column struct {
	rest   string
	repeat string
}

// next is the column's next line; past its last, an empty one.
func (c *column) next() string {
	if c.repeat != "" {
		return c.repeat
	}
	line, rest, _ := strings.Cut(c.rest, "\n")
	c.rest = rest
	return line
}

// headerState is everything the header depends on besides the briefing: one drawing serves every
// session at the same place, width and look.
type headerState struct {
	section, width int
	percent        int // how far through the section, -1 when it fits the reader
	look           look
}

// header is the title and byline on the left, where the reader is on the right: 3/5 · 以文教旺推进城乡旺.
// Titles too long for the line are cut where a word ends, the document's before the section's.
func (m Model) header() string {
	state := headerState{section: m.nav.Section, width: m.width, percent: -1, look: m.styles.look}
	if m.reader.Lines() > m.layout.Reader.H {
		state.percent = m.reader.Percent()
	}
	b, styles := m.briefing, m.styles
	return render.Memo(m.renderer, state, func() string { return drawHeader(b, styles, state) })
}

func drawHeader(b *content.Briefing, s *Styles, state headerState) string {
	section := b.Sections[state.section]
	position := sectionPlace(b, state.section)
	sectionTitle := ""
	if section.Kind != content.Opening {
		sectionTitle = section.Title
	}
	after := ""
	if state.percent >= 0 {
		after = " · " + itoa(state.percent) + "%"
	}
	place := func(title string) string {
		if title == "" {
			return position + after
		}
		return position + " · " + title + after
	}
	where := place(sectionTitle)
	room := state.width - ansi.StringWidth(where) - 2
	if room < 8 {
		cut := render.Cut(sectionTitle, state.width-ansi.StringWidth(place(""))-ansi.StringWidth(" · "))
		return ansi.Truncate(s.HeaderTitle.Render(place(cut)), state.width, "…")
	}
	title := render.Cut(render.DocumentTitle(b), room)
	left := s.HeaderTitle.Render(title)
	if b.Byline != "" && ansi.StringWidth(title)+2 < room {
		left += s.HeaderMuted.Render("  " + render.Cut(b.Byline, room-ansi.StringWidth(title)-2))
	}
	right := s.HeaderTitle.Render(where)
	gap := strings.Repeat(" ", max(state.width-ansi.StringWidth(left)-ansi.StringWidth(right), 1))
	return left + gap + right
}

// footer is the search box while typing, else the status (a notice, the search, the meeting) and as
// much help as fits beside it: the short help, else the minimal help, else the status alone, cut at
// a word with the key back to the presenter kept.
func (m Model) footer() string {
	if m.search.typing {
		return m.searchBox()
	}
	segments, keep := m.status()
	if len(segments) == 0 && keep == "" {
		help := m.shortHelp(m.width)
		if help.width <= m.width {
			return help.text
		}
		return ansi.Truncate(help.text, m.width, "…")
	}
	status := fitStatus(segments, keep, m.width)
	used := ansi.StringWidth(status) + 2
	if help := m.shortHelp(max(m.width-used, 0)); used+help.width <= m.width {
		return m.styles.Status.Render(status) + "  " + help.text
	}
	return m.styles.Status.Render(status)
}

// searchBox is the search box, drawn in the footer while it has the keyboard.
func (m Model) searchBox() string {
	return ansi.Truncate(m.search.input.View(), m.width, "")
}

// status is what the footer says before the help: whether to quit, else a notice, else the search
// and its count, else the meeting's status (see meetingStatus for keep).
func (m Model) status() (segments []string, keep string) {
	if m.confirm {
		return m.confirmQuit()
	}
	if m.notice != "" {
		return []string{m.notice}, ""
	}
	if m.search.Active() {
		return []string{"/" + m.search.query + " " + of(m.search.current+1, len(m.search.hits))}, ""
	}
	return m.meetingStatus()
}

// helpState is everything the footer's help depends on: the keys bound differ only with the
// language, a search and a viewer's f, so one drawing serves every session alike.
type helpState struct {
	lang              locale.Language
	look              look
	searching, follow bool
	room              int
}

// drawnHelp is a line of help and its width.
type drawnHelp struct {
	text  string
	width int
}

// shortHelp is the footer's help for room cells: every key when they fit, else the fewest.
func (m Model) shortHelp(room int) drawnHelp {
	state := helpState{lang: m.words.Language, look: m.styles.look, searching: m.keys.NextMatch.Enabled(), follow: m.keys.Follow.Enabled(), room: room}
	styles, keys := m.styles, m.keys
	return render.Memo(m.renderer, state, func() drawnHelp {
		h := newHelp(styles)
		help := h.ShortHelpView(keys.ShortHelp())
		if ansi.StringWidth(help) > room {
			help = h.ShortHelpView(keys.MinimalHelp())
		}
		return drawnHelp{text: help, width: ansi.StringWidth(help)}
	})
}

// helpScreen lists every enabled key: in the help's own columns when they fit, else as one list
// folded into as many columns as the width holds.
func (m Model) helpScreen(height int) string {
	h := m.helpModel()
	full := h.FullHelpView(m.keys.FullHelp())
	if lipgloss.Width(full) <= m.width {
		return full
	}
	var entries []string
	keyWidth := 0
	for _, group := range m.keys.FullHelp() {
		for _, b := range group {
			if b.Enabled() {
				keyWidth = max(keyWidth, ansi.StringWidth(b.Help().Key))
			}
		}
	}
	for _, group := range m.keys.FullHelp() {
		for _, b := range group {
			if !b.Enabled() {
				continue
			}
			k := b.Help().Key
			entries = append(entries, h.Styles.FullKey.Render(k+strings.Repeat(" ", keyWidth-ansi.StringWidth(k)))+" "+h.Styles.FullDesc.Render(b.Help().Desc))
		}
	}
	rows := max(height, 1)
	var columns []string
	for start := 0; start < len(entries); start += rows {
		columns = append(columns, strings.Join(entries[start:min(start+rows, len(entries))], "\n"), "   ")
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, columns...)
}

// Block makes s exactly w cells wide and h lines high: longer lines cut, shorter ones padded, lines
// added or dropped. The library's screen is drawn with it too.
func Block(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, line := range lines {
		lines[i] = padLine(line, w)
	}
	return strings.Join(lines, "\n")
}

// fitScreen makes the screen exactly h lines. Widths are each part's own business: panes draw their
// size, the header and footer are cut to the width, and tests check every size.
func fitScreen(s string, h int) string {
	if strings.Count(s, "\n") == h-1 {
		return s // the usual case: nothing to cut or add
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// slidesFooter is the progress bar over the parts with the part's number (the opening by its name),
// the clock, the time since the talk began (for whoever runs it), and the status — or the search box
// while one types in it.
func (m Model) slidesFooter() string {
	if m.search.typing {
		return m.searchBox()
	}
	s := m.styles
	const barWidth = 20
	done := 0
	if m.briefing.Sections[m.nav.Section].Kind != content.Opening {
		done = barWidth * m.briefing.Number(m.nav.Section) / max(m.briefing.Parts(), 1)
	}
	bar := s.Bar.Render(strings.Repeat("━", done)) + s.Muted.Render(strings.Repeat("─", barWidth-done))
	parts := []string{bar + " " + s.HeaderTitle.Render(sectionPlace(m.briefing, m.nav.Section))}
	if !m.confirm { // while q asks, the question has the room of the clocks
		parts = append(parts, s.Muted.Render(m.clock.now().Format("15:04:05")))
		if m.meet.role != meeting.Viewer {
			parts = append(parts, s.Status.Render("⏱ "+formatElapsed(m.clock.Elapsed())))
		}
	}
	line := strings.Join(parts, "   ")
	if segments, keep := m.status(); len(segments) > 0 || keep != "" {
		room := m.width - ansi.StringWidth(line) - 3
		asks := m.confirm && ansi.StringWidth(fitStatus(segments, keep, m.width)) > room
		if room < 12 || asks { // too little beside the bar: the status takes the line
			return s.Status.Render(fitStatus(segments, keep, m.width))
		}
		line += "   " + s.Status.Render(fitStatus(segments, keep, room))
	}
	return ansi.Truncate(line, m.width, "…")
}

// helpModel is the help drawn in the session's current styles.
func (m Model) helpModel() help.Model { return newHelp(m.styles) }

// newHelp is the help drawn in styles, measuring whole lines (help would cut them to its width with
// an ellipsis).
func newHelp(styles *Styles) help.Model {
	h := help.New()
	h.Styles = styles.Help
	h.SetWidth(0)
	return h
}
