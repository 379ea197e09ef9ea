package render

import (
	"strings"

	"briefing/content/linebreak"
)

// minTableColumn is the narrowest a table column may be drawn. A table wider than its width would
// squeeze some column below it, so it is written as lines instead, one per cell: "row header — column
// header：value".
const minTableColumn = 6

// tablesToFit writes each markdown table of md that does not fit width as lines of its cells. A
// table that fits stays a table. Emphasis marks around figures in its cells are kept.
func tablesToFit(md string, width int, opts linebreak.Options) string {
	if !strings.Contains(md, "|") {
		return md
	}
	lines := strings.Split(md, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if i+1 >= len(lines) || !isTableRow(lines[i]) || !isDelimiterRow(lines[i+1]) {
			out = append(out, lines[i])
			continue
		}
		header := tableRowCells(lines[i])
		end := i + 2
		var rows [][]string
		for end < len(lines) && isTableRow(lines[end]) {
			rows = append(rows, tableRowCells(lines[end]))
			end++
		}
		if tableWidth(header, rows, opts) <= width {
			out = append(out, lines[i:end]...)
		} else {
			out = append(out, tableLines(header, rows)...)
		}
		i = end - 1
	}
	return strings.Join(out, "\n")
}

func isTableRow(line string) bool { return strings.HasPrefix(strings.TrimSpace(line), "|") }

func isDelimiterRow(line string) bool {
	t := strings.Trim(strings.TrimSpace(line), "|")
	return t != "" && strings.Trim(t, "-:| ") == "" && strings.Contains(t, "---")
}

func tableRowCells(line string) []string {
	t := strings.TrimSpace(line)
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	cells := strings.Split(t, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// tableWidth is how wide the table is drawn with no column squeezed: its widest cells, a separator
// of three cells between columns and a space on each side. A column narrower than minTableColumn is
// counted at that width.
func tableWidth(header []string, rows [][]string, opts linebreak.Options) int {
	widths := make([]int, len(header))
	for _, row := range append([][]string{header}, rows...) {
		for c, cell := range row {
			if c < len(widths) {
				widths[c] = max(widths[c], linebreak.Width(strings.ReplaceAll(cell, "**", ""), opts), minTableColumn)
			}
		}
	}
	total := 2 + 3*(len(widths)-1)
	for _, w := range widths {
		total += w
	}
	return total
}

// tableLines writes a table as a list of its cells: row header — column header：value.
func tableLines(header []string, rows [][]string) []string {
	var out []string
	for _, row := range rows {
		for c := 1; c < len(row); c++ {
			if row[c] == "" {
				continue
			}
			column := ""
			if c < len(header) {
				column = header[c]
			}
			out = append(out, "- "+row[0]+" — "+column+colon(column)+row[c])
		}
	}
	return append(out, "")
}

// colon is the colon after a header: full-width after Chinese, half-width with a space otherwise.
func colon(header string) string {
	for _, r := range header {
		if r > 0x2E80 {
			return "："
		}
	}
	return ": "
}
