package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"

	"briefing/content"
	"briefing/content/format"
)

// WriteSections writes the outline as text, in the words of the document's language: the header,
// then each section with its number (0 is the opening, 1… the parts: content.Briefing.Number), its
// sub-points and how many figures it holds.
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
	for i, s := range b.Sections {
		fmt.Fprintf(&out, "%2d  %s  %s\n", b.Number(i), pad(cond, s.Title, titleWidth), words.SectionFigures.N(len(s.Figures)))
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
// document's language: section number, label, value with its unit, change, period and baseline.
// section is an index into the sections; < 0 means every section.
func WriteFigures(w io.Writer, b *content.Briefing, section int) error {
	words := b.Language.Words()
	rows := [][]string{{words.SectionColumn, words.LabelColumn, words.ValueColumn, words.ChangeColumn, words.PeriodColumn, words.BaselineColumn}}
	for i, s := range b.Sections {
		if section >= 0 && s.Index != section {
			continue
		}
		for _, f := range s.Figures {
			rows = append(rows, []string{strconv.Itoa(b.Number(i)), f.Label, format.Figure(f), format.ChangeIn(f.Change, words), f.Period, format.Baseline(f.Baseline)})
		}
	}
	if len(rows) == 1 {
		_, err := io.WriteString(w, words.NoFiguresAtAll+"\n")
		return err
	}
	_, err := io.WriteString(w, alignColumns(newCondition(), rows))
	return err
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
