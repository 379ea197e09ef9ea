package library_test

import (
	"context"
	"strings"
	"testing"

	"briefing/content/library"
	"briefing/content/linebreak"
)

// quarterBrief is a county's quarterly brief, written for this test: its first part is one long
// paragraph of figures, as the genre writes them.
const quarterBrief = "关于全县一季度经济运行情况的汇报\n\n一、主要指标完成情况\n\n" +
	"一季度，全县地区生产总值完成86.4亿元，同比增长5.9%。规模以上工业增加值增长7.2%，固定资产投资完成31.6亿元，同比增长8.5%。" +
	"社会消费品零售总额29.3亿元，增长6.1%。城镇、农村居民人均可支配收入分别达到1.18万元和0.62万元，分别增长5.2%和6.8%。" +
	"一般公共预算支出安排47.5亿元，下降2.3%。Revenue rose 4.1% to $1.2 billion, up 12 percent.\n\n二、存在的问题\n\n需求仍然不足，增长动能有待增强。\n"

// TestExcerptKeepsNumbersWhole: at every width from 10 to 160 columns, a hit's excerpt fits the
// width, never cuts a number from its decimals or unit nor a Latin word, marks the match, and fills
// the width as far as the text allows; it starts at a clause when one is near.
func TestExcerptKeepsNumbersWhole(t *testing.T) {
	dir := writeFiles(t, map[string]string{"brief.txt": quarterBrief})
	files, _ := library.Scan([]string{dir})
	idx := library.NewIndex(library.ReadAll(context.Background(), files))
	whole := []string{"86.4亿元", "5.9%", "7.2%", "31.6亿元", "8.5%", "29.3亿元", "6.1%", "1.18万元", "0.62万元",
		"5.2%", "6.8%", "47.5亿元", "2.3%", "Revenue", "4.1%", "$1.2 billion", "12 percent"}
	for _, query := range []string{"增长", "达到", "下降", "总值", "rose", "动能"} {
		hits := idx.Search(query, 0)
		if len(hits) == 0 {
			t.Fatalf("%s: no hits", query)
		}
		for _, h := range hits {
			text := strings.Join(strings.Fields(h.Entry.Briefing.Sections[h.Section].Text), " ")
			for width := 10; width <= 160; width += 3 {
				e := h.Excerpt(width)
				columns := linebreak.Width(e.Text, linebreak.Options{})
				if columns > width {
					t.Errorf("%s at %d: %d columns: %q", query, width, columns, e.Text)
				}
				if got := e.Text[e.Mark.Start:e.Mark.End]; got != query {
					t.Errorf("%s at %d: marks %q in %q", query, width, got, e.Text)
				}
				body := strings.TrimSuffix(strings.TrimPrefix(e.Text, "…"), "…")
				at := strings.Index(text, body)
				if at < 0 {
					t.Errorf("%s at %d: %q is not the text's", query, width, body)
					continue
				}
				for _, w := range whole {
					for from := 0; ; {
						i := strings.Index(text[from:], w)
						if i < 0 {
							break
						}
						i += from
						from = i + len(w)
						starts, ends := at > i && at < i+len(w), at+len(body) > i && at+len(body) < i+len(w)
						if starts || ends {
							t.Errorf("%s at %d: %q cuts %q", query, width, e.Text, w)
						}
					}
				}
				// The text goes on past both ends of the excerpt: it should fill the width but
				// for what a whole number or word needs.
				if width >= 40 && at > 0 && at+len(body) < len(text)-1 && columns < width-12 {
					t.Errorf("%s at %d: only %d columns: %q", query, width, columns, e.Text)
				}
			}
		}
	}
	// Narrower than a number and its ellipses: no panic, the mark inside the text.
	for _, h := range idx.Search("增长", 0) {
		for width := -1; width < 10; width++ {
			if e := h.Excerpt(width); e.Mark.Start > e.Mark.End || e.Mark.End > len(e.Text) {
				t.Errorf("at %d: mark %v in %q", width, e.Mark, e.Text)
			}
		}
	}
	h := idx.Search("达到", 0)[0]
	if e := h.Excerpt(116); !strings.HasPrefix(e.Text, "…城镇、农村居民人均可支配收入分别达到1.18万元") {
		t.Errorf("does not start at the clause: %q", e.Text)
	}
}
