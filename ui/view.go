package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/ui/meeting"
)

// View draws the header, the panes and the footer, or a "terminal too small" notice. No line is wider
// than the terminal and there are never more lines than it has.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = m.briefing.Title
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
	if m.view == meeting.SlidesView && !m.showHelp {
		return fitScreen(m.slides.View()+"\n"+m.slidesFooter(), m.height)
	}
	body := m.body()
	return fitScreen(m.header()+"\n"+body+"\n"+m.footer(), m.height)
}

// body draws the panes where the layout puts them. Every pane draws exactly its size, so the
// columns are joined line by line without measuring anything.
func (m Model) body() string {
	l := m.layout
	bodyH := m.height - 2
	if m.showHelp {
		return block(m.helpScreen(bodyH), m.width, bodyH)
	}
	separator := m.styles.Muted.Render("│")
	var columns [][]string
	addColumn := func(view string, separated bool) {
		if separated && len(columns) > 0 {
			columns = append(columns, repeatLine(separator, bodyH))
		}
		columns = append(columns, strings.Split(view, "\n"))
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
	var b strings.Builder
	for row := 0; row < bodyH; row++ {
		if row > 0 {
			b.WriteByte('\n')
		}
		for _, column := range columns {
			if row < len(column) {
				b.WriteString(column[row])
			}
		}
	}
	return b.String()
}

func repeatLine(s string, n int) []string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = s
	}
	return lines
}

// header is the title and byline on the left, where the reader is on the right: 3/5 · 以文教旺推进城乡旺.
func (m Model) header() string {
	s := m.styles
	section := m.briefing.Sections[m.nav.Section]
	where := sectionPlace(m.briefing, m.nav.Section)
	if section.Kind != content.Opening {
		where += " · " + section.Title
	}
	if m.reader.Lines() > m.layout.Reader.H {
		where += " · " + itoa(m.reader.Percent()) + "%"
	}
	right := s.HeaderTitle.Render(where)
	left := s.HeaderTitle.Render(m.briefing.Title)
	if m.briefing.Byline != "" {
		left += s.HeaderMuted.Render("  " + m.briefing.Byline)
	}
	room := m.width - ansi.StringWidth(right) - 2
	if room < 8 {
		return ansi.Truncate(right, m.width, "…")
	}
	left = ansi.Truncate(left, room, "…")
	gap := strings.Repeat(" ", max(m.width-ansi.StringWidth(left)-ansi.StringWidth(right), 1))
	return left + gap + right
}

// footer is the search box while typing, else the search status or a notice, then short help.
func (m Model) footer() string {
	if m.search.typing {
		return ansi.Truncate(m.search.input.View(), m.width, "")
	}
	status := m.notice
	if meeting := m.meetingStatus(); meeting != "" && status == "" {
		status = meeting
	}
	if m.search.Active() {
		status = "/" + m.search.query + " " + of(m.search.current+1, len(m.search.hits))
	}
	line := ""
	if status != "" {
		line = m.styles.Status.Render(status) + "  "
	}
	room := max(m.width-ansi.StringWidth(line), 0)
	h := m.helpModel()
	help := h.ShortHelpView(m.keys.ShortHelp())
	if ansi.StringWidth(help) > room {
		help = h.ShortHelpView(m.keys.MinimalHelp())
	}
	return ansi.Truncate(line+help, m.width, "")
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

// block makes s exactly w cells wide and h lines high.
func block(s string, w, h int) string {
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
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// slidesFooter is the progress bar over the parts with the part's number (the opening by its name), the clock, the time since the
// talk began (for whoever runs it), and the meeting's status.
func (m Model) slidesFooter() string {
	s := m.styles
	const barWidth = 20
	done := 0
	if m.briefing.Sections[m.nav.Section].Kind != content.Opening {
		done = barWidth * m.briefing.Number(m.nav.Section) / max(m.briefing.Parts(), 1)
	}
	bar := s.Bar.Render(strings.Repeat("━", done)) + s.Muted.Render(strings.Repeat("─", barWidth-done))
	parts := []string{bar + " " + s.HeaderTitle.Render(sectionPlace(m.briefing, m.nav.Section)), s.Muted.Render(m.clock.now().Format("15:04:05"))}
	if m.meet.role != meeting.Viewer {
		parts = append(parts, s.Status.Render("⏱ "+formatElapsed(m.clock.Elapsed())))
	}
	if status := m.meetingStatus(); status != "" {
		parts = append(parts, s.Status.Render(status))
	}
	return ansi.Truncate(strings.Join(parts, "   "), m.width, "…")
}

// helpModel is the help drawn in the session's current styles, measuring whole lines (help would
// cut them to its width with an ellipsis).
func (m Model) helpModel() help.Model {
	h := help.New()
	h.Styles = m.styles.Help
	h.SetWidth(0)
	return h
}
