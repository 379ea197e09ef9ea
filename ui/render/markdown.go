package render

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content"
	"briefing/content/cjk"
)

// sectionMarkdown renders section i of b as markdown for the reader: the section's heading, its preface, each
// sub-point under a heading of its own, and every figure in strong emphasis; a section that is
// nothing but its heading says so under it. Half-width punctuation
// between Chinese characters is shown full-width (，；：（）); the parsed text keeps the original.
// Speaker notes are left out: they are for the presenter's console only.
func sectionMarkdown(b *content.Briefing, i int) string {
	if i < 0 || i >= len(b.Sections) {
		return ""
	}
	s := &b.Sections[i]
	if b.Format == content.FormatMarkdown {
		return markdownSection(s)
	}
	var out strings.Builder
	out.WriteString("## ")
	out.WriteString(escapeMarkdown(fullWidthPunctuation(s.Title)))
	out.WriteString("\n\n")
	writeProse(&out, s, s.Preface)
	if len(s.Points) == 0 && strings.TrimSpace(s.Preface.Of(s.Text)) == "" {
		// A heading with nothing under it: say so, rather than leave the reader wondering.
		out.WriteString("*" + escapeMarkdown(b.Language.Words().NoText) + "*\n\n")
	}
	for _, p := range s.Points {
		out.WriteString("### ")
		out.WriteString(escapeMarkdown(fullWidthPunctuation(p.Title)))
		out.WriteString("\n\n")
		writeProse(&out, s, p.Body)
	}
	return strings.TrimRight(out.String(), "\n") + "\n"
}

// headerMarkdown renders the title, subtitle and byline that open the document.
func headerMarkdown(b *content.Briefing) string {
	var out strings.Builder
	if b.Title != "" {
		out.WriteString("# " + escapeMarkdown(b.Title) + "\n\n")
	}
	if b.Subtitle != "" {
		out.WriteString("*" + escapeMarkdown(fullWidthPunctuation(b.Subtitle)) + "*\n\n")
	}
	if b.Byline != "" {
		out.WriteString(escapeMarkdown(b.Byline) + "\n")
	}
	return out.String()
}

// writeProse writes the text of span as paragraphs: a line that ends a sentence ends a paragraph,
// and a credit line (来源：…) is one; other line breaks are soft (a hard-wrapped copy) and are joined,
// without a space between Chinese characters.
func writeProse(out *strings.Builder, s *content.Section, span content.Span) {
	if span.Len() <= 0 {
		return
	}
	text := s.Text
	var para strings.Builder
	flush := func() {
		if p := strings.TrimSpace(para.String()); p != "" {
			out.WriteString(p)
			out.WriteString("\n\n")
		}
		para.Reset()
	}
	marks := emphasisMarks(text, span, s.Figures)
	for i := span.Start; i < span.End; {
		if m, ok := marks[i]; ok {
			para.WriteString(m)
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			line := strings.TrimSpace(text[lineStartBefore(text, i):i])
			switch {
			case line == "" || content.EndsSentence(line) || i+1 < len(text) && text[i+1] == '\n':
				flush()
			case content.IsCreditLine(line) || content.IsCreditLine(lineAfter(text, i)):
				flush()
			case joinsWithoutSpace(text, i):
			default:
				para.WriteByte(' ')
			}
			i += size
			continue
		}
		para.WriteString(markdownRune(text, i, r))
		i += size
	}
	if m, ok := marks[span.End]; ok {
		para.WriteString(m)
	}
	flush()
}

func lineStartBefore(text string, i int) int { return strings.LastIndexByte(text[:i], '\n') + 1 }

// lineAfter is the line that starts after the line break at i.
func lineAfter(text string, i int) string {
	next := text[i+1:]
	if end := strings.IndexByte(next, '\n'); end >= 0 {
		next = next[:end]
	}
	return next
}

// joinsWithoutSpace: a line break between two Chinese characters disappears when lines are joined.
func joinsWithoutSpace(text string, at int) bool {
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:at], " "))
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[at+1:], " "))
	return (cjk.IsCJK(before) || before > 0x2E80) && (cjk.IsCJK(after) || after > 0x2E80)
}

// markdownRune writes one character of prose: escaped if markdown would read it as syntax, and
// full-width if it is half-width punctuation between Chinese characters.
func markdownRune(text string, i int, r rune) string {
	if full, ok := fullWidthAt(text, i, r); ok {
		return string(full)
	}
	if strings.ContainsRune("\\`*_[]<>#|~", r) {
		return "\\" + string(r)
	}
	return string(r)
}

// emphasisMarks places ** around each figure inside span; a figure outside it, even one that starts
// where span ends, belongs to another paragraph. Markdown only honours emphasis whose marks touch
// letters on the inside or spaces and punctuation on the outside, so a mark moves inward past
// punctuation that would otherwise face a Chinese character (5.9%进一步 becomes **5.9**%进一步).
func emphasisMarks(text string, span content.Span, figures []content.Figure) map[int]string {
	marks := map[int]string{}
	for _, figure := range emphasised(figures) {
		start, end := figure.Start, figure.End
		if start < span.Start || end > span.End {
			continue
		}
		for start < end {
			r, size := utf8.DecodeRuneInString(text[start:])
			if !isMarkdownPunct(r) || start == 0 || !letterBefore(text, start) {
				break
			}
			start += size
		}
		for end > start {
			r, size := utf8.DecodeLastRuneInString(text[:end])
			if !isMarkdownPunct(r) || !letterAfter(text, end) {
				break
			}
			end -= size
		}
		if end > start {
			marks[start] += "**"
			marks[end] = "**" + marks[end]
		}
	}
	for at, m := range marks {
		// Two figures that touch are one stretch of emphasis: ** closing one and ** opening the next
		// would print **** inside the text.
		if m == "****" {
			delete(marks, at)
		}
	}
	return marks
}

func isMarkdownPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func letterBefore(text string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:at])
	return !unicode.IsSpace(r) && !isMarkdownPunct(r)
}

func letterAfter(text string, at int) bool {
	r, size := utf8.DecodeRuneInString(text[at:])
	return size > 0 && !unicode.IsSpace(r) && !isMarkdownPunct(r)
}

// emphasised lists what stands out in the text: each figure and the earlier value it is compared with.
func emphasised(figures []content.Figure) []content.Span {
	spans := make([]content.Span, 0, len(figures))
	for _, f := range figures {
		spans = append(spans, content.Span{Start: f.Offset, End: f.Offset + len(f.Text)})
		if f.Baseline != nil {
			spans = append(spans, content.Span{Start: f.Baseline.Offset, End: f.Baseline.Offset + len(f.Baseline.Text)})
		}
	}
	return spans
}

// markdownSection is the section of a markdown document as written, with notes left out and figures
// emphasised where the author has not done it already.
func markdownSection(s *content.Section) string {
	text := s.Text
	var out strings.Builder
	marks := emphasisMarks(text, content.Span{Start: 0, End: len(text)}, s.Figures)
	positions := make([]int, 0, len(marks))
	for at := range marks {
		positions = append(positions, at)
	}
	slices.Sort(positions)
	last := 0
	for _, at := range positions {
		if insideCodeOrStrong(text, at) {
			continue
		}
		out.WriteString(fullWidthOutsideCode(text[last:at]))
		out.WriteString(marks[at])
		last = at
	}
	out.WriteString(fullWidthOutsideCode(text[last:]))
	return strings.TrimSpace(linksAsText(stripNotes(out.String()))) + "\n"
}

// linksAsText writes each markdown link as its text alone: [统计局网站](https://…) is 统计局网站. A
// terminal reader cannot follow it, and glamour would repeat the address after the text.
func linksAsText(md string) string {
	var out strings.Builder
	for {
		open := strings.Index(md, "](")
		if open < 0 {
			break
		}
		closeAt := strings.IndexByte(md[open:], ')')
		start := strings.LastIndexByte(md[:open], '[')
		if closeAt < 0 || start < 0 || strings.ContainsAny(md[start:open], "\n") {
			out.WriteString(md[:open+2])
			md = md[open+2:]
			continue
		}
		text := md[start+1 : open]
		if start > 0 && md[start-1] == '!' {
			start-- // an image is its description
		}
		out.WriteString(md[:start])
		out.WriteString(text)
		md = md[open+closeAt+1:]
	}
	out.WriteString(md)
	return out.String()
}

// insideCodeOrStrong reports whether a position is inside a code span or next to existing emphasis.
func insideCodeOrStrong(text string, at int) bool {
	line := text[lineStartBefore(text, at):at]
	return strings.Count(line, "`")%2 == 1 || strings.HasSuffix(text[:at], "*") || strings.HasPrefix(text[at:], "*")
}

func fullWidthOutsideCode(s string) string {
	if strings.ContainsRune(s, '`') || strings.Contains(s, "](") {
		return s
	}
	return fullWidthPunctuation(s)
}

func stripNotes(s string) string {
	for {
		start := strings.Index(s, "<!--")
		if start < 0 {
			return s
		}
		end := strings.Index(s[start:], "-->")
		if end < 0 {
			return s[:start]
		}
		s = s[:start] + s[start+end+len("-->"):]
	}
}
