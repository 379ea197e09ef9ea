package render

import (
	"bytes"
	"strings"
	"testing"

	"briefing/content"
	"briefing/content/contenttest"
)

// linksAndTables is a markdown document with a link, a table and two figures that touch.
const linksAndTables = "# 临江市经济运行情况\n\n## 总体情况\n\n全市人均收入达到2万1,456美元，详见[统计局网站](https://stats.example.org/2024)。三次产业结构为8.2:45.1:46.7。\n\n" +
	"| 指标 | 2023年 | 2024年 |\n| --- | ---: | ---: |\n| 地区生产总值（亿元） | 2856.4 | 3032.6 |\n| 常住人口（万人） | 484.9 | 486.2 |\n\n## 下一步\n\n继续努力。\n"

// TestPlainLinksAndTables: piped output has no escape code, shows a link's text once and not its
// address, and draws a table as a table where it fits and as lines of its cells where it does not.
func TestPlainLinksAndTables(t *testing.T) {
	r := New(contenttest.Parse(t, "tables.md", []byte(linksAndTables)))
	for _, width := range []int{80, 30} {
		var out bytes.Buffer
		if err := r.WriteDocument(&out, width, Plain); err != nil {
			t.Fatal(err)
		}
		text := out.String()
		if strings.ContainsRune(text, '\x1b') || strings.ContainsRune(text, '\a') {
			t.Errorf("width %d: escape codes in plain output:\n%q", width, text)
		}
		if strings.Contains(text, "https://") || strings.Count(text, "统计局网站") != 1 {
			t.Errorf("width %d: the link is not its text alone:\n%s", width, text)
		}
		if strings.Contains(text, "****") {
			t.Errorf("width %d: touching emphasis marks printed:\n%s", width, text)
		}
		for _, line := range strings.Split(text, "\n") {
			if w := len([]rune(line)); w > width*2 {
				t.Errorf("width %d: line too long: %q", width, line)
			}
		}
		table := strings.Contains(text, "| 2023年")
		lines := strings.Contains(text, "地区生产总值（亿元） —") && strings.Contains(text, "2023年：2856.4")
		if width == 80 && (!table || lines) || width == 30 && (table || !lines) {
			t.Errorf("width %d: table drawn as table %v, as lines %v:\n%s", width, table, lines, text)
		}
	}
}

// TestTouchingFiguresShareTheirEmphasis: figures that touch in the text (2万 and 1,456美元 read as two)
// are one stretch of emphasis, never **** inside the text.
func TestTouchingFiguresShareTheirEmphasis(t *testing.T) {
	text := "人均收入达到2万1,456美元。"
	at := strings.Index(text, "2万")
	mid := at + len("2万")
	end := mid + len("1,456美元")
	figures := []content.Figure{{Text: "2万", Offset: at}, {Text: "1,456美元", Offset: mid}}
	marks := emphasisMarks(text, spanAll(text), figures)
	if marks[at] != "**" || marks[end] != "**" || marks[mid] != "" {
		t.Errorf("marks %v, want ** at %d and %d only", marks, at, end)
	}
}

func spanAll(text string) content.Span { return content.Span{Start: 0, End: len(text)} }
