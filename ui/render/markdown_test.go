package render

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/seeds"
)

// halfWidthInChinese finds half-width punctuation that touches a Chinese character.
var halfWidthInChinese = regexp.MustCompile(`\p{Han}[,;:()!?]|[,;:()!?]\p{Han}`)

func TestSeedMarkdown(t *testing.T) {
	b := contenttest.Seed(t)
	md := sectionMarkdown(b, 1)
	for _, want := range []string{"## 以工业强支撑县域强\n", "### 突出产业集聚\n", "**109.19亿元**", "坚持突出工业为先，树牢", "13.34%；实现"} {
		if !strings.Contains(md, want) {
			t.Errorf("section 1 lacks %q:\n%s", want, md)
		}
	}
	if md2 := sectionMarkdown(b, 2); !strings.Contains(md2, "星级乡村旅游区（点）") {
		t.Errorf("section 2 lacks the full-width （点）:\n%s", md2)
	}
	for _, s := range b.Sections {
		md := sectionMarkdown(b, s.Index)
		if m := halfWidthInChinese.FindString(md); m != "" {
			t.Errorf("section %d keeps half-width punctuation in %q", s.Index, m)
		}
		if !strings.HasPrefix(md, "## "+s.Title+"\n\n") {
			t.Errorf("section %d does not open with its heading: %q", s.Index, md[:min(len(md), 60)])
		}
		for _, p := range s.Points {
			if !strings.Contains(md, "\n### "+p.Title+"\n\n") {
				t.Errorf("section %d lacks the point heading %q", s.Index, p.Title)
			}
		}
		for _, f := range s.Figures {
			if !strings.Contains(md, "**"+f.Text+"**") {
				t.Errorf("section %d does not emphasise %q", s.Index, f.Text)
			}
		}
	}
	for _, i := range []int{-1, len(b.Sections)} {
		if md := sectionMarkdown(b, i); md != "" {
			t.Errorf("section %d = %q, want empty", i, md)
		}
	}
	if got, want := headerMarkdown(b), "# 守正创新 笃行致远\n\n*推动衡南高质量发展*\n\n衡南县委书记 许达\n"; got != want {
		t.Errorf("headerMarkdown = %q, want %q", got, want)
	}
}

// TestSpeakerNotesNotRendered: a note is for the presenter; it is never rendered.
func TestSpeakerNotesNotRendered(t *testing.T) {
	b := contenttest.ParseFile(t, filepath.Join("..", "..", "content", "testdata", "documents", "grain-report.md"))
	if len(b.Sections) == 0 || len(b.Sections[0].Notes) == 0 {
		t.Fatal("the document has no speaker notes to leave out")
	}
	rendered := headerMarkdown(b)
	for i := range b.Sections {
		rendered += sectionMarkdown(b, i)
	}
	for _, leak := range append([]string{"<!--", "-->", "note:"}, b.Sections[0].Notes...) {
		if strings.Contains(rendered, leak) {
			t.Errorf("the rendered document shows %q", leak)
		}
	}
	md := sectionMarkdown(b, 0)
	for _, want := range []string{"## 概况", "**53.85 亿斤**", "**８５．６万亩**"} {
		if !strings.Contains(md, want) {
			t.Errorf("section 0 lacks %q:\n%s", want, md)
		}
	}
}

// emphasisDoc has sub-points whose titles open with a count (三项), which starts exactly where the
// text before ends.
const emphasisDoc = "县委工作报告\n\n一、深化改革\n\n今年全县改革取得新进展。三项改革落地见效。全年完成投资12亿元，同比增长5%。三项机制持续完善。全年新增企业300家。\n\n二、改善民生\n\n民生持续改善，城镇新增就业3000人。\n"

// TestEmphasisStaysInItsParagraph: a figure marks only the paragraph that holds it; the count that
// opens a sub-point's title must not leave a ** open at the end of the text before.
func TestEmphasisStaysInItsParagraph(t *testing.T) {
	b := contenttest.Parse(t, "inline", []byte(emphasisDoc))
	s := b.Sections[0]
	opens := func(p content.Point) bool {
		return slices.ContainsFunc(s.Figures, func(f content.Figure) bool { return f.Offset == p.TitleSpan.Start })
	}
	if len(s.Points) != 2 || s.Points[1].TitleSpan.Start != s.Points[0].Body.End || !opens(s.Points[1]) {
		t.Fatalf("the document no longer has a figure opening a sub-point right after the text before: %+v", s.Points)
	}
	md := sectionMarkdown(b, 0)
	checkBalancedEmphasis(t, md)
	if !strings.Contains(md, "**12亿元**") || !strings.Contains(md, "**300家**") {
		t.Errorf("figures of the sub-points not emphasised:\n%s", md)
	}
}

// checkBalancedEmphasis: every paragraph of md opens as many ** as it closes. Escaped characters
// (\* and \\) are not marks.
func checkBalancedEmphasis(t *testing.T, md string) {
	t.Helper()
	unescaped := strings.NewReplacer(`\\`, "", `\*`, "").Replace(md)
	for _, paragraph := range strings.Split(unescaped, "\n\n") {
		if strings.Count(paragraph, "**")%2 != 0 {
			t.Errorf("unbalanced emphasis in %q of\n%s", paragraph, md)
		}
	}
}

// FuzzMarkdown renders the sections of any text the parser reads: valid UTF-8, and in plain-text
// documents (where every * of the text is escaped) balanced emphasis in every paragraph.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{emphasisDoc, string(seeds.Default()), "# T\n\n<!-- note: x -->\n\n## A\n\n增长**5%**。", "a*b*c 12亿元\\*"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := content.Parse("fuzz", data)
		if err != nil {
			return
		}
		md := headerMarkdown(b)
		for i := range b.Sections {
			section := sectionMarkdown(b, i)
			if b.Format == content.FormatText {
				checkBalancedEmphasis(t, section)
			}
			md += section
		}
		if !utf8.ValidString(md) {
			t.Errorf("the markdown is not valid UTF-8: %q", md)
		}
	})
}

// TestCreditLineIsAParagraph: a credit line inside a section's text (来源：…) is a paragraph of its
// own, joined neither to the line before it nor to the one after, as a hard-wrapped line would be.
func TestCreditLineIsAParagraph(t *testing.T) {
	b := contenttest.Parse(t, "inline", []byte("春耕情况汇报\n\n一、进展情况\n全镇已完成春播八成，进度快于往年\n数据来源：镇农业服务中心\n各村正在抓紧补种，力争月底前全部完成。\n二、下一步打算\n抓好田间管理，确保夏粮丰收。\n"))
	md := sectionMarkdown(b, 0)
	if want := "进度快于往年\n\n数据来源：镇农业服务中心\n\n各村正在抓紧补种"; !strings.Contains(md, want) {
		t.Errorf("section 0 = %q, want the credit line as a paragraph of its own: %q", md, want)
	}
}
