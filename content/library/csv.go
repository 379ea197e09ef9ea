package library

import (
	"encoding/csv"
	"io"
	"strconv"
)

// WriteCSV writes the comparison as CSV: a header, then one line per row and document, the rows in
// the comparison's order and each row's documents oldest first. The change columns are empty where
// no change is computed (the first document, unlike periods or another unit).
func WriteCSV(w io.Writer, c Comparison) error {
	out := csv.NewWriter(w)
	header := []string{"label", "documents", "file", "title", "period", "value", "unit", "text", "change", "change_percent"}
	if err := out.Write(header); err != nil {
		return err
	}
	for _, row := range c.Rows {
		for _, cell := range row.Cells {
			doc := c.Documents[cell.Document]
			f := cell.Figure
			change, percent := "", ""
			if d := cell.Change; d != nil {
				change = number(d.Value)
				if d.HasPercent {
					percent = strconv.FormatFloat(d.Percent, 'f', 2, 64)
				}
			}
			line := []string{row.Label, strconv.Itoa(len(row.Cells)), doc.Name, doc.Title(), f.Period, number(f.Value), f.Unit, f.Text, change, percent}
			if err := out.Write(line); err != nil {
				return err
			}
		}
	}
	out.Flush()
	return out.Error()
}

// number writes a value without float noise: 109.19 - 96.3 is 12.89, not 12.889999999999986.
func number(v float64) string {
	rounded, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 6, 64), 64)
	if err != nil {
		rounded = v
	}
	return strconv.FormatFloat(rounded, 'f', -1, 64)
}
