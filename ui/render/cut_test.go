package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/locale"
)

// TestCut: a title too long for its room is cut where a word ends, never inside an English word or a
// number with its unit, and never wider than the room.
func TestCut(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  string
	}{
		{"Economic Outlook", 20, "Economic Outlook"},
		{"Economic Outlook", 12, "Economic…"},
		{"The Budget by numbers", 15, "The Budget by…"},
		{"地区生产总值达到109.19亿元", 22, "地区生产总值达到…"}, // not 地区生产总值达到109.1…
		{"以工业强支撑县域强", 10, "以工业强…"},
		{"Supercalifragilistic", 8, "Superca…"}, // a word wider than the room is cut where it must
		{"任何标题", 1, "…"},
		{"任何标题", 0, ""},
	} {
		got := Cut(tc.in, tc.width)
		if got != tc.want {
			t.Errorf("Cut(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
		if w := ansi.StringWidth(got); w > tc.width {
			t.Errorf("Cut(%q, %d) is %d columns wide", tc.in, tc.width, w)
		}
	}
}

// TestDocumentTitle: a briefing is never shown under a blank title.
func TestDocumentTitle(t *testing.T) {
	for _, tc := range []struct {
		b    content.Briefing
		want string
	}{
		{content.Briefing{Title: "政府工作报告", Name: "report.txt"}, "政府工作报告"},
		{content.Briefing{Title: " ", Name: "reports/village-notes.txt"}, "village-notes"},
		{content.Briefing{Name: "-", Language: locale.English}, locale.English.Words().Untitled},
	} {
		if got := DocumentTitle(&tc.b); got != tc.want {
			t.Errorf("DocumentTitle(%q, %q) = %q, want %q", tc.b.Title, tc.b.Name, got, tc.want)
		}
	}
}

// TestSectionsWithoutBody: a section is never shown as its heading repeated. A paragraph titled by
// its only sentence shows that sentence once, as its heading; a heading with nothing under it says so.
func TestSectionsWithoutBody(t *testing.T) {
	b := contenttest.Parse(t, "notes.txt", []byte("村里开会研究了春耕的事情，大家发言踊跃。\n会议决定明天开始统一采购种子。余下的事项下次再议。\n"))
	first := sectionMarkdown(b, 0)
	if strings.Count(first, "村里开会研究了春耕的事情") != 1 || !strings.Contains(first, b.Language.Words().NoText) {
		t.Errorf("a one-sentence paragraph shows its sentence more than once, or no note:\n%s", first)
	}
	second := sectionMarkdown(b, 1)
	if strings.Count(second, "会议决定明天开始统一采购种子") != 1 || !strings.Contains(second, "余下的事项下次再议") || strings.Contains(second, b.Language.Words().NoText) {
		t.Errorf("a paragraph's heading is repeated in its body, or its body is lost:\n%s", second)
	}
	report := contenttest.Parse(t, "report.txt", []byte("工作报告\n\n一、过去一年\n二、今年安排\n全年要抓好项目建设，力争新开工项目十个。\n"))
	if md := sectionMarkdown(report, 0); !strings.Contains(md, "## 过去一年") || !strings.Contains(md, report.Language.Words().NoText) {
		t.Errorf("an empty part does not say it is empty:\n%s", md)
	}
}
