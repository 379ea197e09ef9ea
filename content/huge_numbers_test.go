package content_test

import (
	"io"
	"strings"
	"testing"

	"briefing/content/report"
)

// TestNumbersTooLongToMeasure: a run of digits longer than any measure (beyond what a float64 holds)
// is an identifier, in a sentence or in a table, whatever role its place would give it: every
// number is still accounted for, and the figures still write as JSON.
func TestNumbersTooLongToMeasure(t *testing.T) {
	long := strings.Repeat("4", 400)
	for _, text := range []string{
		"全县生产总值" + long + "亿元，同比增长" + long + "%。",
		"全县生产总值5亿元，同比增长" + long + "%。",
		"研发投入由" + long + "亿元增长到5亿元。",
		"甲、乙分别增长" + long + "%和5%。",
		"Revenue rose " + long + "% to $" + long + " billion.",
		"收入" + long + "万1,000元。",
		"新增" + long + "户，比上年增加" + long + "户。",
		"# 产值\n\n| 指标 | 2024年 |\n|---|---|\n| 产值（亿元） | " + long + " |\n",
	} {
		b := parseText(t, text)
		checkSpans(t, b)
		checkAccounting(t, text[:20], b)
		if err := report.WriteJSON(io.Discard, report.NewFigures(b, -1)); err != nil {
			t.Errorf("%.40q: %v", text, err)
		}
	}
}
