package content_test

import (
	"fmt"
	"testing"

	"briefing/content"
	"briefing/content/contenttest"
)

// wantFigure is what a test expects of one figure. change and baseline are written the way
// changeString and baselineString print them, "" when the figure has none.
type wantFigure struct {
	section   int
	text      string // the figure as written; it identifies the figure within its section
	label     string
	value     float64
	unit      string
	qualifier string
	period    string
	change    string // "yoy +13.34 %"
	baseline  string // "2020年 7.6 亿元"
}

func changeString(c *content.Change) string {
	if c == nil {
		return ""
	}
	return fmt.Sprintf("%s %+g %s", c.Kind, c.Value, c.Unit)
}

func baselineString(b *content.Baseline) string {
	if b == nil {
		return ""
	}
	return fmt.Sprintf("%s %g %s", b.Period, b.Value, b.Unit)
}

// checkFigures compares each expected figure with the one of the same text in its section; the
// document must have no figure beyond those expected.
func checkFigures(t *testing.T, b *content.Briefing, wants []wantFigure) {
	t.Helper()
	for _, w := range wants {
		f := figureAt(t, b, w.section, w.text)
		got := wantFigure{w.section, f.Text, f.Label, f.Value, f.Unit, f.Qualifier, f.Period, changeString(f.Change), baselineString(f.Baseline)}
		if got != w {
			t.Errorf("figure %q of section %d:\n got %+v\nwant %+v", w.text, w.section, got, w)
		}
	}
	if n := len(allFigures(b)); n != len(wants) {
		t.Errorf("%s has %d figures, want %d:%s", b.Name, n, len(wants), describeFigures(b))
	}
}

// TestSeedKeyFigures asserts every figure of the seed, so that refreshing the golden files cannot
// change one unnoticed.
func TestSeedKeyFigures(t *testing.T) {
	const q3, sinceJan = "2024年前三季度", "今年以来"
	checkFigures(t, contenttest.Seed(t), []wantFigure{
		{1, "109.19亿元", "工业总产值", 109.19, "亿元", "", q3, "yoy +13.34 %", ""},
		{1, "27.62亿元", "工业增加值", 27.62, "亿元", "", q3, "yoy +19.2 %", ""},
		{1, "33个", "签约", 33, "个", "", sinceJan, "", ""},
		{1, "146.5亿元", "投资总额", 146.5, "亿元", "", sinceJan, "", ""},
		{1, "10.6亿元", "全社会研发经费投入", 10.6, "亿元", "", "2023年", "", "2020年 7.6 亿元"},
		{2, "6个", "等级景区", 6, "个", "", "", "", ""},
		{2, "2个", "省级乡村旅游重点村", 2, "个", "", "", "", ""},
		{2, "20家", "星级乡村旅游区(点)", 20, "家", "", "", "", ""},
		{2, "1家", "省级工业旅游示范点", 1, "家", "", "", "", ""},
		{2, "317.59万人次", "接待游客", 317.59, "万人次", "", q3, "yoy +12.1 %", ""},
		{2, "31.91亿元", "旅游收入", 31.91, "亿元", "", q3, "yoy +13.95 %", ""},
		// 同比增幅达5.9% names no amount it changes: a rate of its own, without a change.
		{2, "5.9%", "农村居民人均可支配收入增幅", 5.9, "%", "", "", "", ""},
		{3, "15分钟", "医保服务圈", 15, "分钟", "", "", "", ""},
		{3, "2053个", "屋场党小组", 2053, "个", "", "", "", ""},
		{3, "5年", "获评全省信访工作示范县", 5, "年", "", "", "", ""},
		{3, "12年", "未发生较大及以上道路交通事故", 12, "年", "", "", "", ""},
		{4, "12条", "减负赋能措施", 12, "条", "", "", "", ""},
	})
}

// TestSeedAsides: the seed's numbers that are no figures, and why. “八个严禁”, “八个免责” and
// “三个区分开来” name policies (each a slogan in quotation marks, as 八项规定 or “四个不摘” are), they
// measure nothing; 收入10万元以下的村 is a threshold that names a group of villages, not an income.
func TestSeedAsides(t *testing.T) {
	b := contenttest.Seed(t)
	want := map[string]content.AsideKind{"八个": content.AsideSlogan, "三个": content.AsideSlogan, "10万元以下": content.AsideThreshold}
	found := map[string]int{}
	for _, s := range b.Sections {
		for _, a := range s.Asides {
			if kind, ok := want[a.Text]; ok {
				found[a.Text]++
				if a.Kind != kind {
					t.Errorf("section %d: %q is an aside of kind %s, want %s", s.Index, a.Text, a.Kind, kind)
				}
			}
		}
	}
	for text, n := range map[string]int{"八个": 2, "三个": 1, "10万元以下": 1} {
		if found[text] != n {
			t.Errorf("%d asides %q, want %d", found[text], text, n)
		}
	}
}
