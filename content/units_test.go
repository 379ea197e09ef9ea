package content_test

import "testing"

// TestUnitsOfTheSharedTable: the figure rules read the units the line breaker keeps whole (package
// cjk), including those only the breaker knew before (日元, 千瓦时, 标准箱), while dates stay periods.
func TestUnitsOfTheSharedTable(t *testing.T) {
	tests := []struct{ text, figure, unit string }{
		{"港口集装箱吞吐量达12.5万标准箱。", "12.5万标准箱", "万标准箱"},
		{"全社会用电量达3.2亿千瓦时。", "3.2亿千瓦时", "亿千瓦时"},
		{"对日出口额达1.2亿日元。", "1.2亿日元", "亿日元"},
		{"全县地区生产总值達109.19億元。", "109.19億元", "亿元"},
	}
	for _, test := range tests {
		b := parseText(t, "标题\n\n"+test.text)
		f := figureAt(t, b, 0, test.figure)
		if f.Unit != test.unit {
			t.Errorf("%s: unit %q, want %q", test.text, f.Unit, test.unit)
		}
	}
	b := parseText(t, "标题\n\n9月接待游客317.59万人次。")
	for _, f := range allFigures(b) {
		if f.Unit == "月" {
			t.Errorf("9月 is a date, not a figure: %+v", f.Figure)
		}
	}
}
