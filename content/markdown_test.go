package content_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"briefing/content"
)

// halfWidthInChinese finds half-width punctuation that touches a Chinese character.
var halfWidthInChinese = regexp.MustCompile(`\p{Han}[,;:()!?]|[,;:()!?]\p{Han}`)

func TestSeedMarkdown(t *testing.T) {
	b := parseSeed(t)
	md := b.Markdown(1)
	for _, want := range []string{"## 以工业强支撑县域强\n", "### 突出产业集聚\n", "**109.19亿元**", "坚持突出工业为先，树牢", "13.34%；实现"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown(1) lacks %q:\n%s", want, md)
		}
	}
	if md2 := b.Markdown(2); !strings.Contains(md2, "星级乡村旅游区（点）") {
		t.Errorf("Markdown(2) lacks the full-width （点）:\n%s", md2)
	}
	// The parsed text keeps the punctuation as published.
	for section, original := range map[int]string{1: "坚持突出工业为先,树牢", 2: "星级乡村旅游区(点)"} {
		if !strings.Contains(b.Sections[section].Text, original) {
			t.Errorf("section %d text lost the original %q", section, original)
		}
	}
	if !strings.Contains(b.Sections[1].Text, "13.34%;实现") {
		t.Errorf("section 1 text lost the original half-width semicolon")
	}
	for _, s := range b.Sections {
		md := b.Markdown(s.Index)
		if m := halfWidthInChinese.FindString(md); m != "" {
			t.Errorf("Markdown(%d) keeps half-width punctuation in %q", s.Index, m)
		}
		if !strings.HasPrefix(md, "## "+s.Title+"\n\n") {
			t.Errorf("Markdown(%d) does not open with its heading: %q", s.Index, head(md))
		}
		for _, p := range s.Points {
			if !strings.Contains(md, "\n### "+p.Title+"\n\n") {
				t.Errorf("Markdown(%d) lacks the point heading %q", s.Index, p.Title)
			}
		}
		for _, f := range s.Figures {
			if !strings.Contains(md, "**"+f.Text+"**") {
				t.Errorf("Markdown(%d) does not emphasise %q", s.Index, f.Text)
			}
		}
	}
	for _, i := range []int{-1, len(b.Sections)} {
		if md := b.Markdown(i); md != "" {
			t.Errorf("Markdown(%d) = %q, want empty", i, md)
		}
	}
	if got, want := b.HeaderMarkdown(), "# 守正创新 笃行致远\n\n*推动衡南高质量发展*\n\n衡南县委书记 许达\n"; got != want {
		t.Errorf("HeaderMarkdown() = %q, want %q", got, want)
	}
}

// TestSpeakerNotes: a note is for the presenter; it is kept in Notes and never rendered.
func TestSpeakerNotes(t *testing.T) {
	b := parseDocument(t, "grain-report.md")
	const note = "先讲总量，再讲结构，数据以统计局口径为准"
	if len(b.Sections) == 0 || len(b.Sections[0].Notes) != 1 || b.Sections[0].Notes[0] != note {
		t.Fatalf("section 0 notes = %q, want [%q]", b.Sections[0].Notes, note)
	}
	for _, s := range b.Sections[1:] {
		if len(s.Notes) != 0 {
			t.Errorf("section %d has notes %q", s.Index, s.Notes)
		}
	}
	rendered := b.HeaderMarkdown()
	for i := range b.Sections {
		rendered += b.Markdown(i)
	}
	for _, leak := range []string{"先讲总量", "统计局口径", "<!--", "-->", "note:"} {
		if strings.Contains(rendered, leak) {
			t.Errorf("the rendered document shows %q", leak)
		}
	}
	for _, s := range b.Sections {
		if preface := s.Preface.Of(s.Text); strings.Contains(preface, "<!--") {
			t.Errorf("section %d preface holds a note: %q", s.Index, preface)
		}
	}
	md := b.Markdown(0)
	for _, want := range []string{"## 概况", "**53.85 亿斤**", "**８５．６万亩**"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown(0) lacks %q:\n%s", want, md)
		}
	}
}

// TestNotesWithoutBody: notes are never lost, and every document has a section, even one that is
// nothing but a title and notes.
func TestNotesWithoutBody(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		title      string   // the document's title
		sections   []string // the outline
		notes      [][]string
	}{
		{"title and a note", "# T\n\n<!-- note: x -->", "T", []string{"opening Opening: "}, [][]string{{"x"}}},
		{"notes only", "<!-- note: a -->\n<!-- note: b -->", "", []string{"opening Opening: "}, [][]string{{"a", "b"}}},
		{"a lone heading", "# T", "", []string{"part T: "}, [][]string{nil}},
		{"a note before the first part", "# T\n\n<!-- note: x -->\n\n## A\n\nbody text.", "T", []string{"part A: "}, [][]string{{"x"}}},
		{"a note before the first paragraph", "<!-- note: x -->\n\n**one** paragraph.\n\nanother paragraph.", "", []string{"part **one** paragraph: ", "part another paragraph: "}, [][]string{{"x"}, nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			if got := outlineOf(b); b.Title != tc.title || !slices.Equal(got, tc.sections) {
				t.Fatalf("title %q, outline %q; want %q, %q", b.Title, got, tc.title, tc.sections)
			}
			for i, s := range b.Sections {
				if !slices.Equal(s.Notes, tc.notes[i]) {
					t.Errorf("section %d notes = %q, want %q", i, s.Notes, tc.notes[i])
				}
				if preface := s.Preface.Of(s.Text); strings.Contains(preface, "<!--") {
					t.Errorf("section %d preface holds a note: %q", i, preface)
				}
			}
		})
	}
}

// TestEmphasisStaysInItsParagraph: a figure marks only the paragraph that holds it. Here the sub-points'
// titles open with a count (三项), which starts exactly where the text before ends; its ** must not
// be left open at the end of that text.
func TestEmphasisStaysInItsParagraph(t *testing.T) {
	b := parseText(t, "县委工作报告\n\n一、深化改革\n\n今年全县改革取得新进展。三项改革落地见效。全年完成投资12亿元，同比增长5%。三项机制持续完善。全年新增企业300家。\n\n二、改善民生\n\n民生持续改善，城镇新增就业3000人。\n")
	s := b.Sections[0]
	opens := func(p content.Point) bool {
		return slices.ContainsFunc(s.Figures, func(f content.Figure) bool { return f.Offset == p.TitleSpan.Start })
	}
	if len(s.Points) != 2 || s.Points[1].TitleSpan.Start != s.Points[0].Body.End || !opens(s.Points[1]) {
		t.Fatalf("the document no longer has a figure opening a sub-point right after the text before: %+v", s.Points)
	}
	md := b.Markdown(0)
	for _, paragraph := range strings.Split(md, "\n\n") {
		if strings.Count(paragraph, "**")%2 != 0 {
			t.Errorf("unbalanced emphasis in %q of\n%s", paragraph, md)
		}
	}
	if !strings.Contains(md, "**12亿元**") || !strings.Contains(md, "**300家**") {
		t.Errorf("figures of the sub-points not emphasised:\n%s", md)
	}
}
