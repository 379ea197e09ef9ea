package ui

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/format"
	"briefing/content/locale"
	"briefing/ui/render"
)

// The panel's drawing: every line is a row of styled segments, fitted to the width as plain text
// first (display cells, a Chinese character is two) and styled last, so no escape code is ever cut.
// Here are the rows, the way numbers are written and coloured, and the two small charts: a figure
// against its baseline, and the bars of a section's changes.

const (
	maxPairBar     = 10 // cells of the longer bar of a baseline comparison
	minPairBar     = 3  // below this the comparison drops its bars
	maxChartBar    = 20 // cells of the longest bar of the changes chart
	minChartBar    = 3  // below this the chart drops its bars
	chartLabelMin  = 4  // cells the chart's label column keeps at least
	baselineBlock  = "▆"
	currentBlock   = "▇"
	pairSeparator  = " → "
	chartFullBlock = "█"
	partialBlocks  = "▏▎▍▌▋▊▉" // the left eighths of a cell, one to seven
)

// segment is a run of text in one style.
type segment struct {
	text  string
	style lipgloss.Style
}

// row is one line of the panel before it is rendered.
type row []segment

func plain(text string) segment { return segment{text: text} }

func (r row) width() int {
	w := 0
	for _, s := range r {
		w += ansi.StringWidth(s.text)
	}
	return w
}

// truncateRow cuts r to at most w cells where a word ends, with … where it cuts.
func truncateRow(r row, w int) row {
	out := make(row, 0, len(r))
	used := 0
	for _, s := range r {
		sw := ansi.StringWidth(s.text)
		if used+sw <= w {
			out = append(out, s)
			used += sw
			continue
		}
		if s.text = render.Cut(s.text, w-used); s.text != "" {
			out = append(out, s)
		}
		break
	}
	return out
}

// firstFit is the first candidate no wider than w, or the last one cut to w. Empty candidates
// (alternatives that do not apply) are skipped.
func firstFit(w int, candidates ...row) row {
	for _, c := range candidates {
		if len(c) > 0 && c.width() <= w {
			return c
		}
	}
	if len(candidates) == 0 {
		return nil
	}
	return truncateRow(candidates[len(candidates)-1], w)
}

// spread puts left at the start of w cells and right at the end. Left is cut (down to minLeft
// cells) to keep right; below that right is dropped.
func spread(left, right row, w, minLeft int) row {
	lw, rw := left.width(), right.width()
	if rw == 0 || rw+1 > w {
		return truncateRow(left, w)
	}
	if lw+1+rw > w {
		avail := w - rw - 1
		if avail < min(lw, minLeft) {
			return truncateRow(left, w)
		}
		left = truncateRow(left, avail)
		lw = left.width()
	}
	out := make(row, 0, len(left)+len(right)+1)
	out = append(out, left...)
	out = append(out, plain(strings.Repeat(" ", w-lw-rw)))
	return append(out, right...)
}

// changeText is a change with an arrow for its sign: ▲13.34%, ▼2.1%.
func changeText(c *content.Change) string {
	s := format.Change(c)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "+"), "−")
	return changeArrow(c.Value) + s
}

func changeArrow(v float64) string {
	switch {
	case v > 0:
		return "▲"
	case v < 0:
		return "▼"
	}
	return ""
}

// changeStyle colours a change by its sign, by the document's convention: red for a rise in a
// Chinese document, green in others.
func (p figuresPanel) changeStyle(v float64) lipgloss.Style {
	return p.styles.change(v, p.briefing.Language == locale.Chinese)
}

// baselineRows are the value lines of a figure with a baseline, most detailed first:
// 7.6 ▆▆▆▆▆▆▆ → 10.6 ▇▇▇▇▇▇▇▇▇▇ 亿元, then without the bars: 7.6亿元 → 10.6亿元.
func (p figuresPanel) baselineRows(f content.Figure, w int) []row {
	bl := f.Baseline
	unit := bl.Unit
	if unit == "" {
		unit = f.Unit
	}
	base := segment{format.Value(bl.Value, unit), p.styles.Muted}
	value := segment{format.Figure(f), p.styles.CardValue}
	arrow := segment{pairSeparator, p.styles.Muted}
	plainPair := row{base, arrow, value}
	if unit != f.Unit || bl.Value < 0 || f.Value <= 0 {
		return []row{plainPair}
	}

	// Bars compare numbers in one unit, so a Chinese unit is said once, at the end.
	trailing := row{}
	if !isASCII(unit) && f.Qualifier == "" {
		base.text = format.Value(bl.Value, "")
		value.text = format.Value(f.Value, "")
		trailing = row{plain(" "), {unit, p.styles.CardValue}}
	}
	sp := plain(" ")
	text := row{base, sp, arrow, value, sp}.width() + trailing.width()
	hi, lo := max(f.Value, bl.Value), min(f.Value, bl.Value)
	long := min(maxPairBar, int(float64(w-text)/(1+lo/hi)))
	if long < minPairBar {
		return []row{plainPair}
	}
	short := max(int(math.Round(float64(long)*lo/hi)), 1)
	baseCells, valueCells := short, long
	if bl.Value > f.Value {
		baseCells, valueCells = long, short
	}
	bars := make(row, 0, 7+len(trailing))
	bars = append(bars, base, sp, segment{strings.Repeat(baselineBlock, baseCells), p.styles.BarBaseline}, arrow, value, sp,
		segment{strings.Repeat(currentBlock, valueCells), p.styles.Bar})
	return []row{append(bars, trailing...), plainPair}
}

// chartFigures are the figures whose changes the chart compares: those sharing the unit most of
// the section's changes have, when at least two do.
func chartFigures(s content.Section) []content.Figure {
	count := map[string]int{}
	best := ""
	for _, f := range s.Figures {
		if f.Change == nil {
			continue
		}
		count[f.Change.Unit]++
		if count[f.Change.Unit] > count[best] || best == "" {
			best = f.Change.Unit
		}
	}
	if count[best] < 2 {
		return nil
	}
	var out []content.Figure
	for _, f := range s.Figures {
		if f.Change != nil && f.Change.Unit == best {
			out = append(out, f)
		}
	}
	return out
}

// chart is the bar chart under the cards: a title, then a line per change with its label, a bar
// as long as the change is large, and the signed change. Nil when the section has fewer than two
// comparable changes.
func (p figuresPanel) chart(s content.Section, w int) []row {
	figures := chartFigures(s)
	if len(figures) == 0 || w <= 0 {
		return nil
	}
	labelW, valueW, largest := 0, 0, 0.0
	for _, f := range figures {
		labelW = max(labelW, ansi.StringWidth(render.DisplayText(f.Label)))
		valueW = max(valueW, ansi.StringWidth(format.Change(f.Change)))
		largest = max(largest, math.Abs(f.Change.Value))
	}
	labelW = min(labelW, max(chartLabelMin, w*2/5))
	barW := min(w-labelW-valueW-2, maxChartBar)
	withBars := barW >= minChartBar && largest > 0

	rows := []row{truncateRow(row{{p.words.Changes, p.styles.CardLabel.Bold(true)}}, w)}
	for _, f := range figures {
		style := p.changeStyle(f.Change.Value)
		value := format.Change(f.Change)
		label := ansi.Truncate(render.DisplayText(f.Label), labelW, "…")
		if !withBars {
			rows = append(rows, spread(row{{render.DisplayText(f.Label), p.styles.CardLabel}}, row{{value, style}}, w, chartLabelMin))
			continue
		}
		bar := horizontalBar(math.Abs(f.Change.Value)/largest, barW)
		rows = append(rows, row{
			{label, p.styles.CardLabel},
			plain(strings.Repeat(" ", labelW-ansi.StringWidth(label)+1)),
			{bar, style},
			plain(strings.Repeat(" ", barW-ansi.StringWidth(bar)+1+valueW-ansi.StringWidth(value))),
			{value, style},
		})
	}
	return rows
}

// horizontalBar is a bar of fraction (0–1) of cells, drawn to an eighth of a cell; never empty
// for a fraction above zero.
func horizontalBar(fraction float64, cells int) string {
	eighths := int(math.Round(fraction * float64(cells*8)))
	eighths = min(max(eighths, 0), cells*8)
	if fraction > 0 && eighths == 0 {
		eighths = 1
	}
	bar := strings.Repeat(chartFullBlock, eighths/8)
	if rest := eighths % 8; rest > 0 {
		bar += string([]rune(partialBlocks)[rest-1])
	}
	return bar
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
