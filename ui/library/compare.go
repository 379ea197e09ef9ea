package library

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/format"
	"briefing/content/library"
	"briefing/content/locale"
	"briefing/ui"
)

// compareView lists the figure labels two or more documents give, each with its values side by side
// oldest first and the change between like periods; the selected row's values are listed in full
// below, one document a line.
type compareView struct {
	comparison library.Comparison
	ready      bool
	generation int
	cursor     int
	width      int
	height     int
	// labelWidth is the widest label's columns; names are the documents as the detail names them.
	labelWidth int
	names      []string
}

// comparisonMsg is a comparison made in the background.
type comparisonMsg struct {
	comparison library.Comparison
	generation int
}

func compareCmd(entries []library.Entry, generation int) tea.Cmd {
	return func() tea.Msg {
		return comparisonMsg{comparison: library.Compare(entries), generation: generation}
	}
}

func (c compareView) withComparison(msg comparisonMsg, generation int, words *locale.Words) compareView {
	if msg.generation != generation {
		return c // made for entries that have changed since: another is on its way when asked
	}
	c.comparison, c.ready, c.generation = msg.comparison, true, msg.generation
	c.cursor = min(c.cursor, max(len(c.comparison.Rows)-1, 0))
	c.labelWidth = 0
	for _, r := range c.comparison.Rows {
		c.labelWidth = max(c.labelWidth, ansi.StringWidth(r.Label))
	}
	c.names = documentNames(c.comparison.Documents, words)
	return c
}

// labelColumns is how wide the labels' column is: as wide as the widest label, up to a third of the
// width (a label longer than that is cut), and never narrower than 8.
func (c compareView) labelColumns() int {
	return max(min(c.labelWidth, c.width/3), 8)
}

// SetSize gives the view its size.
func (c compareView) SetSize(w, h int) compareView {
	c.width, c.height = w, h
	return c
}

func (m Model) compareKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	c := &m.compare
	switch {
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Compare):
		m.mode = listMode
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Up):
		c.cursor = max(c.cursor-1, 0)
	case key.Matches(msg, m.keys.Down):
		c.cursor = min(c.cursor+1, max(len(c.comparison.Rows)-1, 0))
	}
	return m, nil
}

// View draws the rows around the cursor in the upper part and the selected row in full below.
func (c compareView) View(s *ui.Styles, words *locale.Words) string {
	if !c.ready {
		return s.Muted.Render("…")
	}
	rows := c.comparison.Rows
	if len(rows) == 0 {
		return s.Muted.Render(ansi.Truncate(words.Library.CompareEmpty, c.width, "…"))
	}
	detail := c.detail(s, words)
	listH := max(c.height-len(detail)-1, 1)
	labelW := c.labelColumns()
	first := max(0, min(c.cursor-listH/2, len(rows)-listH))
	var lines []string
	for i := first; i < len(rows) && len(lines) < listH; i++ {
		r := rows[i]
		bar, label := "  ", s.HeaderTitle
		if i == c.cursor {
			bar, label = s.Bar.Render("▌ "), s.MatchCurrent
		}
		name := padRight(ansi.Truncate(r.Label, labelW, "…"), labelW)
		count := padRight(strconv.Itoa(len(r.Cells)), 3)
		values := c.values(r)
		line := bar + label.Render(name) + " " + s.Muted.Render(count) + " " + values
		lines = append(lines, ansi.Truncate(line, c.width, "…"))
	}
	for len(lines) < listH {
		lines = append(lines, "")
	}
	lines = append(lines, s.Muted.Render(strings.Repeat("─", max(c.width, 0))))
	return strings.Join(append(lines, detail...), "\n")
}

// values writes a row's cells side by side: period and value, and the change from the one before
// when it is computed.
func (c compareView) values(r library.Row) string {
	parts := make([]string, 0, len(r.Cells))
	for _, cell := range r.Cells {
		parts = append(parts, cellText(cell))
	}
	return strings.Join(parts, " → ")
}

func cellText(cell library.Cell) string {
	f := cell.Figure
	text := format.Figure(f)
	if f.Period != "" {
		text = f.Period + " " + text
	}
	if d := cell.Change; d != nil {
		text += " (" + signed(d.Value) + unitOf(f.Unit)
		if d.HasPercent {
			text += ", " + signed(roundTo(d.Percent, 2)) + "%"
		}
		text += ")"
	}
	return text
}

func unitOf(unit string) string {
	if unit == "%" {
		return "pp"
	}
	return unit
}

// detail lists the selected row's documents, one a line.
func (c compareView) detail(s *ui.Styles, words *locale.Words) []string {
	rows := c.comparison.Rows
	if c.cursor >= len(rows) {
		return nil
	}
	r := rows[c.cursor]
	room := max(c.height/3, 3)
	lines := []string{s.PaneTitle.Render(ansi.Truncate(r.Label+" · "+words.Library.Documents.N(len(r.Cells)), c.width, "…"))}
	for _, cell := range r.Cells {
		if len(lines) >= room {
			break
		}
		line := s.Muted.Render(c.names[cell.Document]+" · ") + cellText(cell)
		lines = append(lines, ansi.Truncate(line, c.width, "…"))
	}
	return lines
}

func signed(v float64) string {
	v = roundTo(v, 6)
	if v > 0 {
		return "+" + format.Number(v)
	}
	if v < 0 {
		return "−" + format.Number(-v)
	}
	return "±0"
}

func roundTo(v float64, digits int) float64 {
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', digits, 64), 64)
	if err != nil {
		return v
	}
	return f
}

func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

// documentNames are the documents' titles; a title two documents share is told apart by the date the
// text gives, or when that is shared too, by the file's name.
func documentNames(docs []library.Entry, words *locale.Words) []string {
	titles, dates := map[string]int{}, map[string]int{}
	for _, d := range docs {
		titles[d.Title()]++
		dates[d.Title()+"\x00"+d.When.Text]++
	}
	names := make([]string, len(docs))
	for i, d := range docs {
		switch {
		case titles[d.Title()] == 1:
			names[i] = d.Title()
		case d.When.Text != "" && dates[d.Title()+"\x00"+d.When.Text] == 1:
			names[i] = sprintf(words.Library.SameTitle, d.Title(), d.When.Text)
		default:
			names[i] = sprintf(words.Library.SameTitle, d.Title(), d.Name)
		}
	}
	return names
}
