package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/format"
	"briefing/ui/render"
)

// The panel's layout: cards, the overview, the title and the scroll indicator, stacked into the
// body the panel scrolls.

const (
	maxContentWidth = 48 // a wide panel (one column, under the text) keeps its cards this narrow
	gutterMinWidth  = 8  // from this width a one-cell gutter marks the selected card
	indentMinWidth  = 12 // from this width a card's value line is indented under its label
	labelMinWidth   = 8  // a label is cut no shorter than this before the period is dropped
	cardIndent      = "  "
	cardLines       = 2 // every card and overview entry is two lines
	selectedMarker  = "▌"
)

// entry is what the cursor selects: a card, or a part in the overview.
type entry []row

// contentWidth is the width the panel draws in: all of it, up to maxContentWidth.
func (p figuresPanel) contentWidth() int { return min(p.width, maxContentWidth) }

// gutter is the width of the column that marks the selected card: one cell, none when narrow.
func (p figuresPanel) gutter() int {
	if p.contentWidth() >= gutterMinWidth {
		return 1
	}
	return 0
}

// renderRow styles a row after its gutter. A selected row is marked in the gutter and its
// background runs to the panel's edge.
func (p figuresPanel) renderRow(r row, gutter int, selected bool) string {
	var b strings.Builder
	if gutter > 0 {
		if selected {
			b.WriteString(p.styles.Bar.Inherit(p.styles.CardSelected).Render(selectedMarker))
		} else {
			b.WriteString(" ")
		}
	}
	for _, s := range r {
		style := s.style
		if selected {
			style = style.Inherit(p.styles.CardSelected)
		}
		b.WriteString(style.Render(s.text))
	}
	if pad := p.width - gutter - r.width(); selected && pad > 0 {
		b.WriteString(p.styles.CardSelected.Render(strings.Repeat(" ", pad)))
	}
	line := b.String()
	if ansi.StringWidth(line) > p.width {
		line = ansi.Truncate(line, p.width, "")
	}
	return line
}

// card is a figure in two lines: its label with the period at the right, then its value with the
// change, or with the comparison to its baseline.
func (p figuresPanel) card(f content.Figure, w int) entry {
	period := f.Period
	if full := format.Periods(f); ansi.StringWidth(render.DisplayText(f.Label))+1+ansi.StringWidth(full) <= w {
		period = full
	}
	label := spread(row{{render.DisplayText(f.Label), p.styles.CardLabel}}, row{{period, p.styles.CardPeriod}}, w, labelMinWidth)

	indent := ""
	if w >= indentMinWidth {
		indent = cardIndent
	}
	vw := w - ansi.StringWidth(indent)
	value := segment{format.Figure(f), p.styles.CardValue}
	var candidates []row
	if f.Baseline != nil {
		candidates = p.baselineRows(f, vw)
	}
	if c := f.Change; c != nil {
		sp, change := plain(" "), segment{changeText(c), p.changeStyle(c.Value)}
		if c.Kind == content.ChangeYearOnYear {
			candidates = append(candidates, row{value, sp, change, sp, {p.words.YearOnYear, p.styles.Muted}})
		}
		candidates = append(candidates, row{value, sp, change})
	}
	candidates = append(candidates, row{value})
	line := firstFit(vw, candidates...)
	if indent != "" {
		line = append(row{plain(indent)}, line...)
	}
	return entry{label, line}
}

// allFigures is every part's figures, as one section for the overview's chart.
func (p figuresPanel) allFigures() content.Section {
	var all content.Section
	for _, s := range p.briefing.Sections {
		all.Figures = append(all.Figures, s.Figures...)
	}
	return all
}

// overviewHeader is the overview's title with the number of figures in the whole briefing.
func (p figuresPanel) overviewHeader(w int) row {
	total := 0
	for _, s := range p.briefing.Sections {
		total += len(s.Figures)
	}
	title := row{{p.words.Overview, p.styles.OutlineSection.Bold(true)}}
	count := row{{p.words.FiguresInAll.N(total), p.styles.Muted}}
	return spread(title, count, w, labelMinWidth)
}

// overviewEntries is an entry per part: its number, title and count of figures, then its headline
// figure. It also returns the index into the briefing's sections of each entry.
func (p figuresPanel) overviewEntries(w int) ([]entry, []int) {
	var entries []entry
	var parts []int
	indent := ""
	if w >= indentMinWidth {
		indent = cardIndent
	}
	vw := w - ansi.StringWidth(indent)
	for i, s := range p.briefing.Sections {
		if s.Kind != content.Part {
			continue
		}
		title := row{{sectionNumber(p.briefing, i), p.styles.Muted}, plain(" "), {s.Title, p.styles.OutlineSection}}
		first := spread(title, row{{p.countText(len(s.Figures)), p.styles.Muted}}, w, labelMinWidth)

		var second row
		if len(s.Figures) == 0 {
			second = truncateRow(row{{p.words.NoFigures, p.styles.Muted}}, vw)
		} else {
			f := s.Figures[headline(s)]
			sp, value := plain(" "), segment{format.Figure(f), p.styles.CardValue}
			tail := row{value}
			if c := f.Change; c != nil {
				tail = row{value, sp, {changeText(c), p.changeStyle(c.Value)}}
			}
			label := segment{render.DisplayText(f.Label), p.styles.CardLabel}
			full := append(row{label, sp}, tail...)
			second = firstFit(vw, full, p.cutLabel(label, tail, vw), tail, row{value})
		}
		if indent != "" {
			second = append(row{plain(indent)}, second...)
		}
		entries = append(entries, entry{first, second})
		parts = append(parts, i)
	}
	return entries, parts
}

// cutLabel is label cut to leave room for tail, or nil when that would leave less than
// labelMinWidth of it.
func (p figuresPanel) cutLabel(label segment, tail row, w int) row {
	avail := w - tail.width() - 1
	if avail < labelMinWidth {
		return nil
	}
	label.text = render.Cut(label.text, avail)
	return append(row{label, plain(" ")}, tail...)
}

// titleLine is the pane's title with, at the right, the number of figures, or the selected card's
// position while focused; ↑ says the body is scrolled.
func (p figuresPanel) titleLine() string {
	var right string
	if n := len(p.current().Figures); !p.overview() && n > 0 {
		right = p.countText(n)
		if p.focused && p.cursor >= 0 {
			right = of(p.cursor+1, n)
		}
	}
	if p.offset > 0 {
		right = strings.TrimSpace("↑ " + right)
	}
	r := spread(row{{p.words.KeyFigures, p.styles.PaneTitle}}, row{{right, p.styles.Muted}}, p.contentWidth(), labelMinWidth)
	return p.renderRow(r, 0, false)
}

// moreLine says how many entries are below the window.
func (p figuresPanel) moreLine() string {
	rows, _ := p.window()
	hidden := 0
	for _, s := range p.items {
		if s.end > p.offset+rows {
			hidden++
		}
	}
	text := p.words.More
	if hidden > 0 {
		text = p.words.MoreBelow.N(hidden)
	}
	gutter := p.gutter()
	return p.renderRow(truncateRow(row{{text, p.styles.Muted}}, p.contentWidth()-gutter), gutter, false)
}

// countText is "6 项", "1 figure" or "6 figures".
func (p figuresPanel) countText(n int) string { return p.words.FigureCount.N(n) }
