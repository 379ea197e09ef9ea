package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"briefing/content/locale"
	"briefing/ui/render"
)

// The panel's body, laid out in two steps: the rows a section shows at a width, drawn once for every
// height and selection, then stacked with the air the height allows and the selected card marked.

// panelLayout is the panel's body as laid out for a state: shared by every session in that state, so
// never changed once built.
type panelLayout struct {
	body    []string
	items   []lineSpan
	parts   []int
	compact int
}

// layout lays out the body for the current size, section, styles, focus and selection, or takes the
// layout already made for the same state.
func (p figuresPanel) layout() figuresPanel {
	l := render.Memo(p.renderer, p.state(), p.buildLayout)
	p.body, p.items, p.parts, p.compact = l.body, l.items, l.parts, l.compact
	return p
}

// panelRows is what the panel draws for a section at a width in a look and language, before the height
// spaces it out and the selection marks a card: its rows, each drawn unselected and padded to the
// width. A resize that only changes the height, or a move of the selection, draws at most the
// selected card again.
type panelRows struct {
	header, footer []string // drawn
	entries        []entry  // the cards or overview entries, to draw the selected one
	drawn          [][]string
	parts          []int
	compact        int // lines of the body without blank lines
}

// rowsKey is everything panelRows depend on besides the briefing.
type rowsKey struct {
	section, width int
	look           look
	lang           locale.Language
}

func (p figuresPanel) rows() panelRows {
	return render.Memo(p.renderer, rowsKey{section: p.section, width: p.width, look: p.styles.look, lang: p.words.Language}, p.buildRows)
}

func (p figuresPanel) buildRows() panelRows {
	gutter := p.gutter()
	inner := p.contentWidth() - gutter
	var header, footer []row
	var rows panelRows
	switch s := p.current(); {
	case p.overview():
		header = []row{p.overviewHeader(inner)}
		rows.entries, rows.parts = p.overviewEntries(inner)
		footer = p.chart(p.allFigures(), inner)
	case len(s.Figures) == 0:
		header = []row{truncateRow(row{{p.words.NoFigures, p.styles.Muted}}, inner)}
	default:
		for _, f := range s.Figures {
			rows.entries = append(rows.entries, p.card(f, inner))
		}
		footer = p.chart(s, inner)
	}
	rows.header = p.drawRows(header, gutter, false)
	for _, e := range rows.entries {
		rows.drawn = append(rows.drawn, p.drawRows(e, gutter, false))
	}
	rows.footer = p.drawRows(footer, gutter, false)
	rows.compact = len(header) + len(rows.entries)*cardLines
	if len(footer) > 0 {
		rows.compact += 1 + len(footer)
	}
	return rows
}

// drawRows draws rows after the gutter, each line exactly the panel's width.
func (p figuresPanel) drawRows(rows []row, gutter int, selected bool) []string {
	lines := make([]string, 0, len(rows))
	for _, r := range rows {
		lines = append(lines, padLine(p.renderRow(r, gutter, selected), p.width))
	}
	return lines
}

func (p figuresPanel) buildLayout() panelLayout {
	rows := p.rows()
	// The most air that lets everything fit: a blank line under the title, then between entries.
	between := max(len(rows.entries)-1, 0)
	if len(rows.header) > 0 && len(rows.entries) > 0 {
		between++
	}
	spacing := 0
	switch {
	case 1+rows.compact+1+between <= p.height:
		spacing = 2
	case 1+rows.compact+1 <= p.height:
		spacing = 1
	}
	body, items := p.compose(rows, spacing)
	return panelLayout{body: body, items: items, parts: rows.parts, compact: rows.compact}
}

// padLine makes a styled line exactly width cells: cut if longer, padded with spaces if shorter.
// The panel pads its lines once when they are laid out, so drawing a frame measures almost nothing.
func padLine(line string, width int) string {
	w := render.StringWidth(line)
	if w > width {
		return ansi.Truncate(line, width, "")
	}
	return line + strings.Repeat(" ", width-w)
}

// compose stacks the header, the entries (the selected one drawn as selected) and the footer into
// the body and says where each entry is. Spacing 1 adds a blank line under the title, 2 also one
// between entries.
func (p figuresPanel) compose(rows panelRows, spacing int) ([]string, []lineSpan) {
	blank := strings.Repeat(" ", p.width)
	var lines []string
	items := make([]lineSpan, 0, len(rows.entries))
	if spacing >= 1 {
		lines = append(lines, blank)
	}
	lines = append(lines, rows.header...)
	if spacing >= 2 && len(rows.header) > 0 && len(rows.entries) > 0 {
		lines = append(lines, blank)
	}
	for i, drawn := range rows.drawn {
		if spacing >= 2 && i > 0 {
			lines = append(lines, blank)
		}
		if p.focused && i == p.cursor {
			drawn = p.drawRows(rows.entries[i], p.gutter(), true)
		}
		start := len(lines)
		lines = append(lines, drawn...)
		items = append(items, lineSpan{start, len(lines)})
	}
	if len(rows.footer) > 0 {
		lines = append(lines, blank)
		lines = append(lines, rows.footer...)
	}
	return lines, items
}
