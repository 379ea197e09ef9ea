package format

import (
	"testing"

	"briefing/content"
	"briefing/content/locale"
)

func TestValue(t *testing.T) {
	for _, tc := range []struct {
		value float64
		unit  string
		want  string
	}{
		{109.19, "亿元", "109.19亿元"},
		{12, "%", "12%"},
		{4.2, "$ billion", "$4.2 billion"},
		{4.2, "$", "$4.2"},
		{4.2, "US$ billion", "US$4.2 billion"},
		{300, "RMB", "RMB 300"},
		{300, "RMB million", "RMB 300 million"},
		{3.1, "€ billion", "€3.1 billion"},
		{5, "¥", "¥5"},
		{2300, "", "2300"},
		{1.2, "percentage points", "1.2 percentage points"},
		{317.59, "万人次", "317.59万人次"},
		{1e21, "元", "1000000000000000000000元"},
	} {
		if got := Value(tc.value, tc.unit); got != tc.want {
			t.Errorf("Value(%v, %q) = %q, want %q", tc.value, tc.unit, got, tc.want)
		}
	}
}

func TestFigure(t *testing.T) {
	for _, tc := range []struct {
		f    content.Figure
		want string
	}{
		{content.Figure{Value: 109.19, Unit: "亿元"}, "109.19亿元"},
		{content.Figure{Value: 10, Unit: "万元", Qualifier: "以下"}, "10万元以下"},
		{content.Figure{Value: 300, Unit: "家", Qualifier: "多", Text: "300多家"}, "300多家"},
		{content.Figure{Value: 30, Unit: "个", Qualifier: "余", Text: "３０余個"}, "30余个"},
		{content.Figure{Value: 3, Unit: "万", Qualifier: "余", Text: "3万余"}, "3万余"},
		{content.Figure{Value: 5, Unit: "", Qualifier: "多", Text: "5多"}, "5多"},
		{content.Figure{Value: 5, Unit: "percent", Qualifier: "more than"}, "more than 5 percent"},
		{content.Figure{Value: 4.2, Unit: "$ billion", Qualifier: "左右"}, "$4.2 billion左右"},
		{content.Figure{Value: 4000, Unit: "亿元", Qualifier: "超过", Text: "4000亿元"}, "超过4000亿元"},
		{content.Figure{Value: 1.2, Unit: "万人", Qualifier: "近", Text: "1.2万人"}, "近1.2万人"},
		{content.Figure{Value: 920, Unit: "亿元", Qualifier: "计划", Text: "920亿元"}, "计划920亿元"},
		{content.Figure{Value: 6, Unit: "%", Qualifier: "左右", Text: "6%"}, "6%左右"},
	} {
		if got := Figure(tc.f); got != tc.want {
			t.Errorf("Figure(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestChange(t *testing.T) {
	zh, en := locale.Chinese.Words(), locale.English.Words()
	for _, tc := range []struct {
		got, want string
	}{
		{Change(&content.Change{Value: 13.34, Unit: "%"}), "+13.34%"},
		{Change(&content.Change{Value: -2.1, Unit: "%"}), "−2.1%"},
		{Change(&content.Change{Value: 1.2, Unit: "个百分点"}), "+1.2个百分点"},
		{Change(&content.Change{Value: -0.4, Unit: "percentage points"}), "−0.4 percentage points"},
		{Change(&content.Change{Value: 5}), "+5"},
		{Change(nil), ""},
		{ChangeIn(&content.Change{Kind: content.ChangeYearOnYear, Value: 13.34, Unit: "%"}, zh), "同比 +13.34%"},
		{ChangeIn(&content.Change{Kind: content.ChangeYearOnYear, Value: 12, Unit: "%"}, en), "y/y +12%"},
		{ChangeIn(&content.Change{Kind: content.ChangePlain, Value: -1, Unit: "%"}, zh), "−1%"},
		{ChangeIn(nil, zh), ""},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestBaselineAndPeriods(t *testing.T) {
	bl := &content.Baseline{Value: 7.6, Unit: "亿元", Period: "2020年"}
	if got := Baseline(bl); got != "2020年 7.6亿元" {
		t.Errorf("Baseline = %q", got)
	}
	if got := Baseline(&content.Baseline{Value: 3.1, Unit: "$ billion"}); got != "$3.1 billion" {
		t.Errorf("Baseline without a period = %q", got)
	}
	if got := Baseline(nil); got != "" {
		t.Errorf("Baseline(nil) = %q", got)
	}
	if got := Periods(content.Figure{Period: "2024年", Baseline: bl}); got != "2020年→2024年" {
		t.Errorf("Periods = %q", got)
	}
	if got := Periods(content.Figure{Period: "2024年", Baseline: &content.Baseline{Value: 1}}); got != "2024年" {
		t.Errorf("Periods without the baseline's = %q", got)
	}
}

// TestFigureWrittenForm: a figure's number is shown as the text writes it.
func TestFigureWrittenForm(t *testing.T) {
	for _, tc := range []struct {
		figure content.Figure
		want   string
	}{
		{content.Figure{Value: 2.4, Unit: "$ billion", Text: "$2.40 billion"}, "$2.40 billion"},
		{content.Figure{Value: 15300, Unit: "个", Text: "15,300个"}, "15,300个"},
		{content.Figure{Value: 21456, Unit: "美元", Text: "2万1,456美元"}, "21,456美元"},
		{content.Figure{Value: 1865, Unit: "亿元", Text: "１，８６５億元"}, "1,865亿元"},
		{content.Figure{Value: 109.19, Unit: "亿元", Text: "109.19亿元"}, "109.19亿元"},
		{content.Figure{Value: 3000, Unit: "万元", Qualifier: "多", Text: "3000多万元"}, "3000多万元"},
		{content.Figure{Value: 0, Unit: "ratio", Text: "8.2:45.1:46.7"}, "8.2:45.1:46.7"},
		{content.Figure{Value: 68.5, Unit: "%", Text: "６８．５％"}, "68.5%"},
	} {
		if got := Figure(tc.figure); got != tc.want {
			t.Errorf("Figure(%q) = %q, want %q", tc.figure.Text, got, tc.want)
		}
	}
}
