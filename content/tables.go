package content

import (
	"math"
	"regexp"
	"strings"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// A markdown table (as written, or as a Word table is read) holds its figures in cells: each
// numeric cell is a figure named by its row's header, dated by its column's header when that is a
// period (2024年, 2023) and bounded by it otherwise (计划, 完成, Target). A unit in brackets after
// the row header (地区生产总值（亿元）, Bulk ($ million)) is the unit of the row's bare numbers.

// table is a markdown table found in the folded text of a section.
type table struct {
	start, end int      // the table's lines, from the header row to the last body row
	header     []Span   // the header row's cells, without the pipes and spaces
	rows       [][]Span // the body rows' cells
}

// delimiterRow matches the row under a table's header: | --- | ---: | :---: |
var delimiterRow = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$`)

// findTables lists the markdown tables of the folded text.
func findTables(text string) []table {
	if !strings.Contains(text, "|") {
		return nil
	}
	lines := splitLines(text)
	var tables []table
	for i := 1; i < len(lines); i++ {
		if !delimiterRow.MatchString(lines[i].text) || !strings.Contains(lines[i-1].text, "|") {
			continue
		}
		header := lines[i-1]
		t := table{start: header.start, header: tableCells(header.start, header.text)}
		t.end = lines[i].start + len(lines[i].text)
		j := i + 1
		for ; j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j].text), "|"); j++ {
			t.rows = append(t.rows, tableCells(lines[j].start, lines[j].text))
			t.end = lines[j].start + len(lines[j].text)
		}
		tables = append(tables, t)
		i = j
	}
	return tables
}

// tableCells splits a table row into its cells, each without the pipes and the spaces around it.
func tableCells(start int, row string) []Span {
	trimmed := strings.TrimSpace(row)
	offset := start + strings.Index(row, trimmed)
	trimmed = strings.TrimPrefix(trimmed, "|")
	if len(trimmed) < len(strings.TrimSpace(row)) {
		offset++
	}
	trimmed = strings.TrimSuffix(trimmed, "|")
	split := strings.Split(trimmed, "|")
	cells := make([]Span, 0, len(split))
	for _, cell := range split {
		lead := len(cell) - len(strings.TrimLeft(cell, " \t"))
		body := strings.TrimSpace(cell)
		cells = append(cells, Span{offset + lead, offset + lead + len(body)})
		offset += len(cell) + 1
	}
	return cells
}

// rowUnit splits a row header into its name and the unit written in brackets after it:
// 地区生产总值（亿元） → 地区生产总值, 亿元; Bulk ($ million) → Bulk, $ million.
func rowUnit(header string) (name, unit string) {
	for _, brackets := range [][2]string{{"（", "）"}, {"(", ")"}} {
		open := strings.LastIndex(header, brackets[0])
		if open < 0 || !strings.HasSuffix(header, brackets[1]) {
			continue
		}
		inside := strings.TrimSpace(header[open+len(brackets[0]) : len(header)-len(brackets[1])])
		if inside == "" || strings.ContainsAny(inside, "0123456789") {
			continue
		}
		return strings.TrimSpace(header[:open]), normalUnit(inside)
	}
	return header, ""
}

// normalUnit writes a unit from a table header as the figure rules write units: 亿元 as it is,
// $ million with a space, % alone.
func normalUnit(unit string) string {
	if u, kind := matchChineseUnit(unit); kind != cjk.None && u == unit {
		return unit
	}
	fields := strings.Fields(unit)
	if len(fields) > 0 && strings.HasPrefix(fields[0], "$") && len(fields[0]) > 1 {
		fields = append([]string{"$", fields[0][1:]}, fields[1:]...)
	}
	return strings.Join(fields, " ")
}

// tableFigures reads the figures of the tables of a section and blanks the tables out of text, so
// that the rules for sentences do not read them again.
func (r figureRules) tableFigures(f folded, original string, text []byte, asides *asideList) []Figure {
	var figures []Figure
	for _, t := range findTables(f.text) {
		periods := make([]*period, len(t.header))
		dating := make([]bool, len(t.header))
		for c, cell := range t.header {
			periods[c] = wholePeriod(f.text, cell, r.lang, f.traditional)
			if periods[c] == nil {
				r.headerAsides(f, cell, asides)
			}
		}
		for _, row := range t.rows {
			if len(row) < 2 {
				continue
			}
			name, unit := rowUnit(f.text[row[0].Start:row[0].End])
			r.headerAsides(f, row[0], asides)
			label := labelPart{name, row[0].Start, row[0].End}
			for c, cell := range row[1:] {
				column := c + 1
				for _, q := range scanQuantities(f.slice(cell), r.lang) {
					q.start, q.end = q.start+cell.Start, q.end+cell.Start
					if math.IsInf(q.value, 0) {
						asides.add(AsideIdentifier, q.start, q.end) // as in a sentence: a code, not a value
						continue
					}
					if q.unit == "" {
						q.unit = unit
					}
					fig := Figure{Value: q.value, Unit: q.unit, Qualifier: q.qualifier, Label: originalLabel(f, original, []labelPart{label})}
					span := f.originalSpan(q.start, q.end)
					fig.Text, fig.Offset = span.Of(original), span.Start
					if column < len(t.header) {
						if p := periods[column]; p != nil {
							fig.PeriodSpan = f.originalSpan(p.start, p.end)
							fig.Period = fig.PeriodSpan.Of(original)
							dating[column] = true
						} else if h := t.header[column]; fig.Qualifier == "" && h.Len() > 0 {
							fig.Qualifier = f.originalSpan(h.Start, h.End).Of(original)
						}
					}
					figures = append(figures, fig)
				}
			}
		}
		for c, p := range periods {
			if p != nil && !dating[c] {
				asides.add(AsideDate, p.start, p.end)
			}
		}
		for i := t.start; i < t.end; i++ {
			if text[i] != '\n' {
				text[i] = ' '
			}
		}
	}
	return figures
}

// slice is the folded text of a span, with offsets from the span's start.
func (f folded) slice(s Span) folded {
	out := folded{text: f.text[s.Start:s.End], traditional: f.traditional}
	if f.origin != nil {
		out.origin = f.origin[s.Start : s.End+1]
	}
	return out
}

// headerAsides accounts for the numbers in a header cell that is no period: they name a row or a
// column (5G基站), they measure nothing.
func (r figureRules) headerAsides(f folded, cell Span, asides *asideList) {
	for _, loc := range arabicNumbers(f.text[cell.Start:cell.End]) {
		asides.add(AsideHeader, cell.Start+loc[0], cell.Start+loc[1])
	}
}

// wholePeriod is the period a header cell is, when the cell holds nothing else: 2024年, 2023.
func wholePeriod(text string, cell Span, lang locale.Language, traditional bool) *period {
	body := text[cell.Start:cell.End]
	if body == "" {
		return nil
	}
	if lang == locale.English || isASCIIDigits(body) {
		if len(body) == 4 && isASCIIDigits(body) && (body[:2] == "19" || body[:2] == "20") {
			return &period{start: cell.Start, end: cell.End}
		}
	}
	for _, p := range findPeriods(body, locale.Chinese, traditional) {
		if p.start == 0 && p.end == len(body) {
			return &period{start: cell.Start, end: cell.End}
		}
	}
	return nil
}

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
