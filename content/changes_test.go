package content_test

import (
	"strings"
	"testing"
)

// TestInlineChanges covers the wordings of change the seed does not use.
func TestInlineChanges(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		wants []wantFigure
	}{
		{
			name: "分别 gives each figure its own rate",
			text: "今年以来，全县工业总产值120亿元、税收8.5亿元，分别增长21%和9.4%。",
			wants: []wantFigure{
				{0, "120亿元", "工业总产值", 120, "亿元", "", "今年以来", "change +21 %", ""},
				{0, "8.5亿元", "税收", 8.5, "亿元", "", "今年以来", "change +9.4 %", ""},
			},
		},
		{
			name: "分别 over three figures",
			text: "全县工业总产值120亿元、税收8.5亿元、社会消费品零售总额85亿元，同比分别增长21%、9.4%和6%。",
			wants: []wantFigure{
				{0, "120亿元", "工业总产值", 120, "亿元", "", "", "yoy +21 %", ""},
				{0, "8.5亿元", "税收", 8.5, "亿元", "", "", "yoy +9.4 %", ""},
				{0, "85亿元", "社会消费品零售总额", 85, "亿元", "", "", "yoy +6 %", ""},
			},
		},
		{
			name: "分别为 A和B then 分别增长",
			text: "全县规模以上工业增加值和社会消费品零售总额分别为120亿元和85亿元，分别增长21%和9.4%。",
			wants: []wantFigure{
				{0, "120亿元", "规模以上工业增加值", 120, "亿元", "", "", "change +21 %", ""},
				{0, "85亿元", "社会消费品零售总额", 85, "亿元", "", "", "change +9.4 %", ""},
			},
		},
		{
			name: "分别为 over three values joined by 、 and 和",
			text: "今年以来，全县工业总产值、税收和社会消费品零售总额分别为120亿元、8.5亿元和85亿元。",
			wants: []wantFigure{
				{0, "120亿元", "工业总产值", 120, "亿元", "", "今年以来", "", ""},
				{0, "8.5亿元", "税收", 8.5, "亿元", "", "今年以来", "", ""},
				{0, "85亿元", "社会消费品零售总额", 85, "亿元", "", "今年以来", "", ""},
			},
		},
		{
			name: "were … and … respectively",
			text: "In 2024, revenue, exports and imports were $4.2 billion, $1.3 billion and $2 billion, respectively.",
			wants: []wantFigure{
				{0, "$4.2 billion", "revenue", 4.2, "$ billion", "", "2024", "", ""},
				{0, "$1.3 billion", "exports", 1.3, "$ billion", "", "2024", "", ""},
				{0, "$2 billion", "imports", 2, "$ billion", "", "2024", "", ""},
			},
		},
		{
			name:  "下降 after a figure is negative",
			text:  "全县出口总额12亿元，同比下降2.1%。",
			wants: []wantFigure{{0, "12亿元", "出口总额", 12, "亿元", "", "", "yoy -2.1 %", ""}},
		},
		{
			name:  "减少 of an amount after a figure",
			text:  "全县耕地面积85万亩，比上年减少0.3万亩。",
			wants: []wantFigure{{0, "85万亩", "耕地面积", 85, "万亩", "", "", "yoy -0.3 万亩", ""}},
		},
		{
			name:  "增长 in 个百分点 after an amount",
			text:  "全县粮食产量50万吨，同比增长1.2个百分点。",
			wants: []wantFigure{{0, "50万吨", "粮食产量", 50, "万吨", "", "", "yoy +1.2 个百分点", ""}},
		},
		{
			name:  "下降 standing alone is a negative growth rate",
			text:  "全县出口总额同比下降2.1%。",
			wants: []wantFigure{{0, "2.1%", "出口总额增速", -2.1, "%", "", "", "", ""}},
		},
		{
			name:  "下降 in 个百分点 standing alone",
			text:  "全县城镇登记失业率下降0.4个百分点。",
			wants: []wantFigure{{0, "0.4个百分点", "城镇登记失业率", -0.4, "个百分点", "", "", "", ""}},
		},
		{
			name:  "a rate that is a level takes the change after it",
			text:  "全县城镇化率58.3%，同比增长1.2个百分点。",
			wants: []wantFigure{{0, "58.3%", "城镇化率", 58.3, "%", "", "", "yoy +1.2 个百分点", ""}},
		},
		{
			name:  "a fall of a level rate",
			text:  "城镇登记失业率为3.1%，下降0.4个百分点",
			wants: []wantFigure{{0, "3.1%", "城镇登记失业率", 3.1, "%", "", "", "change -0.4 个百分点", ""}},
		},
		{
			name:  "a level rate after 达到, compared with last year",
			text:  "全县城镇化率达到58.3%，比上年提高1.2个百分点。",
			wants: []wantFigure{{0, "58.3%", "城镇化率", 58.3, "%", "", "", "yoy +1.2 个百分点", ""}},
		},
		{
			name: "a level rate takes no amount as its change",
			text: "全县城镇化率58.3%，比上年增加3万人。",
			wants: []wantFigure{
				{0, "58.3%", "城镇化率", 58.3, "%", "", "", "", ""},
				{0, "3万人", "", 3, "万人", "", "", "", ""},
			},
		},
		{
			name:  "提高 in 个百分点 standing alone",
			text:  "全县研发投入强度同比提高0.3个百分点。",
			wants: []wantFigure{{0, "0.3个百分点", "研发投入强度", 0.3, "个百分点", "", "", "", ""}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			for i := range tc.wants {
				if tc.wants[i].label == "" { // the label is checked by TestInlineLabels
					tc.wants[i].label = figureAt(t, b, 0, tc.wants[i].text).Label
				}
			}
			checkFigures(t, b, tc.wants)
		})
	}
}

// TestInlineLabels: a label names what is measured; it is never empty and never quotes another
// figure, since no phrase of the text may be read for two figures.
func TestInlineLabels(t *testing.T) {
	for _, text := range []string{
		"全县规模以上工业增加值和社会消费品零售总额分别为120亿元和85亿元，分别增长21%和9.4%。",
		"全县城镇化率达到58.3%，比上年提高1.2个百分点。",
		"今年以来，全县工业总产值120亿元、税收8.5亿元，分别增长21%和9.4%。",
	} {
		b := parseText(t, text)
		figures := allFigures(b)
		for _, f := range figures {
			if f.Label == "" {
				t.Errorf("%q: figure %q has no label", text, f.Text)
			}
			for _, other := range figures {
				if other.Offset != f.Offset && strings.Contains(f.Label, other.Text) {
					t.Errorf("%q: the label %q of %q quotes the figure %q", text, f.Label, f.Text, other.Text)
				}
			}
		}
	}
}

// TestRateChanges: a change in percentage points belongs to the rate before it, as it does in
// English ("fell 0.4 percentage points to 3.1%"), and a fall stays negative when the rate stands alone.
func TestRateChanges(t *testing.T) {
	for _, tc := range []struct {
		text   string
		figure string // the figure that must carry the change
		value  float64
		unit   string
	}{
		{"全县城镇化率58.3%，同比增长1.2个百分点。", "58.3%", 1.2, "个百分点"},
		{"全县城镇登记失业率为3.1%，下降0.4个百分点。", "3.1%", -0.4, "个百分点"},
		{"全县出口总额同比下降2.1%。", "2.1%", -2.1, "%"},
		{"全县城镇登记失业率下降0.4个百分点。", "0.4个百分点", -0.4, "个百分点"},
	} {
		b := parseText(t, tc.text)
		f := figureAt(t, b, 0, tc.figure)
		// A rate that stands alone may carry the change as its own value.
		got, unit := f.Value, f.Unit
		if f.Change != nil {
			got, unit = f.Change.Value, f.Change.Unit
		}
		if got != tc.value || unit != tc.unit {
			t.Errorf("%q: %q carries %v %s, want %v %s; figures:%s", tc.text, tc.figure, got, unit, tc.value, tc.unit, describeFigures(b))
		}
	}
}

// TestUnstructuredText: plain paragraphs without headings are one section each, with their figures;
// that is a reading of the text, not an error.
func TestUnstructuredText(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string
		sections []string // the text of each section
		figures  []int    // how many figures each section holds
	}{
		{
			name: "three paragraphs",
			text: "今年全县新增就业1200人，城镇登记失业率控制在4.5%以内。\n\n全县共有中小学86所，在校学生5.2万人。\n\n下一步，我们将继续努力，把各项工作做得更好。\n",
			sections: []string{
				"今年全县新增就业1200人，城镇登记失业率控制在4.5%以内。",
				"全县共有中小学86所，在校学生5.2万人。",
				"下一步，我们将继续努力，把各项工作做得更好。",
			},
			figures: []int{2, 2, 0},
		},
		{
			name:     "one paragraph",
			text:     "全县新增就业1200人，城镇登记失业率控制在4.5%以内。",
			sections: []string{"全县新增就业1200人，城镇登记失业率控制在4.5%以内。"},
			figures:  []int{2},
		},
		{
			name:     "English, one line per paragraph",
			text:     "We hired 40 teachers this year.\nThe county built 3 new bridges.\n",
			sections: []string{"We hired 40 teachers this year.", "The county built 3 new bridges."},
			figures:  []int{1, 1},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			if len(b.Sections) != len(tc.sections) {
				t.Fatalf("%d sections, want %d: %q", len(b.Sections), len(tc.sections), outlineOf(b))
			}
			for i, s := range b.Sections {
				if s.Text != tc.sections[i] || len(s.Figures) != tc.figures[i] {
					t.Errorf("section %d = %q with %d figures, want %q with %d", i, s.Text, len(s.Figures), tc.sections[i], tc.figures[i])
				}
				if s.Title == "" || len(s.Points) != 0 {
					t.Errorf("section %d: title %q, %d points; want a title and no points", i, s.Title, len(s.Points))
				}
			}
		})
	}
}
