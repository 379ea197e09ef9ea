package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"

	"briefing/content"
	"briefing/content/locale"
)

// WriteSections writes the outline as text, in the words of the document's language: the header,
// then each section with its index (0 is the opening), its sub-points and how many figures it holds.
func WriteSections(w io.Writer, b *content.Briefing) error {
	words := b.Language.Words()
	cond := newCondition()
	var out strings.Builder
	for _, line := range []string{b.Title, b.Subtitle, b.Byline} {
		if line != "" {
			out.WriteString(line + "\n")
		}
	}
	if out.Len() > 0 {
		out.WriteString("\n")
	}
	titleWidth := 0
	for _, s := range b.Sections {
		titleWidth = max(titleWidth, cond.StringWidth(s.Title))
	}
	for _, s := range b.Sections {
		fmt.Fprintf(&out, "%2d  %s  %s\n", s.Index, pad(cond, s.Title, titleWidth), words.SectionFigures.N(len(s.Figures)))
		for _, p := range s.Points {
			out.WriteString("      · " + p.Title + "\n")
		}
	}
	if b.Source != "" {
		out.WriteString("\n" + words.Source + b.Source + "\n")
	}
	_, err := io.WriteString(w, out.String())
	return err
}

// WriteFigures writes the figures as a table aligned by display width, headed in the words of the
// document's language: section, label, value with its unit, change, period and baseline. section < 0
// means every section.
func WriteFigures(w io.Writer, b *content.Briefing, section int) error {
	words := b.Language.Words()
	rows := [][]string{{words.SectionColumn, words.LabelColumn, words.ValueColumn, words.ChangeColumn, words.PeriodColumn, words.BaselineColumn}}
	for _, f := range NewFigures(b, section) {
		rows = append(rows, []string{strconv.Itoa(f.Section), f.Label, FormatValue(f.Value, f.Unit) + f.Bound, formatChange(f.Change, words), f.Period, formatBaseline(f.Baseline)})
	}
	if len(rows) == 1 {
		_, err := io.WriteString(w, words.NoFiguresAtAll+"\n")
		return err
	}
	_, err := io.WriteString(w, alignColumns(newCondition(), rows))
	return err
}

// FormatValue writes a value with its unit as a reader expects it: 109.19亿元, 12%, $4.2 billion.
func FormatValue(value float64, unit string) string {
	number := strconv.FormatFloat(value, 'f', -1, 64)
	switch {
	case unit == "":
		return number
	case strings.HasPrefix(unit, "$") || strings.HasPrefix(unit, "€") || strings.HasPrefix(unit, "£") || strings.HasPrefix(unit, "¥"):
		symbol, scale, _ := strings.Cut(unit, " ")
		return strings.TrimSpace(symbol + number + " " + scale)
	case unit[0] < 0x80 && unit != "%":
		return number + " " + unit
	}
	return number + unit
}

// FormatChange writes a change as signed number and unit: +13.34%, −0.4 percentage points.
func FormatChange(c *Change) string {
	if c == nil {
		return ""
	}
	sign := "+"
	if c.Value < 0 {
		sign = "−"
	}
	number := strconv.FormatFloat(math.Abs(c.Value), 'f', -1, 64)
	if c.Unit == "%" {
		return sign + number + "%"
	}
	if c.Unit != "" && c.Unit[0] < 0x80 {
		return sign + number + " " + c.Unit
	}
	return sign + number + c.Unit
}

func formatChange(c *Change, words *locale.Words) string {
	if c == nil {
		return ""
	}
	if c.Kind == content.ChangeYearOnYear {
		return words.YearOnYear + " " + FormatChange(c)
	}
	return FormatChange(c)
}

func formatBaseline(bl *Baseline) string {
	if bl == nil {
		return ""
	}
	value := FormatValue(bl.Value, bl.Unit)
	if bl.Period != "" {
		return bl.Period + " " + value
	}
	return value
}

// newCondition measures display width with East Asian ambiguous characters narrow, as most
// terminals draw them; each call has its own setting, never the process-wide default.
func newCondition() *runewidth.Condition {
	cond := runewidth.NewCondition()
	cond.EastAsianWidth = false
	return cond
}

func pad(cond *runewidth.Condition, s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-cond.StringWidth(s)))
}

// alignColumns pads every cell to its column's widest cell, two spaces apart, trailing space dropped.
func alignColumns(cond *runewidth.Condition, rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], cond.StringWidth(cell))
		}
	}
	var out strings.Builder
	for _, row := range rows {
		var line strings.Builder
		for i, cell := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			line.WriteString(pad(cond, cell, widths[i]))
		}
		out.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	return out.String()
}
