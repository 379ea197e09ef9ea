package content

import (
	"regexp"
	"strings"
)

// notePattern reads a speaker note, <!-- note: … -->; read-only.
var notePattern = regexp.MustCompile(`(?s)^<!--\s*(?:note|notes|speaker notes?)\s*[:：]\s*(.*?)\s*-->$`)

// markdownParagraphs splits markdown into blocks: headings and speaker notes stand alone; other blocks
// run to the next blank line, heading or note.
func markdownParagraphs(src string) []paragraph {
	lines := splitLines(src)
	var paras []paragraph
	for i := 0; i < len(lines); i++ {
		text := lines[i].text
		switch {
		case blank(text):
			continue
		case isATXHeading(text):
			p := newParagraph(src, lines[i].start, lines[i].start+len(text))
			p.atxLevel, _, _ = atxHeading(text)
			paras = append(paras, p)
			continue
		case strings.HasPrefix(strings.TrimSpace(text), "<!--"):
			last := i
			for last < len(lines)-1 && !strings.Contains(lines[last].text, "-->") {
				last++
			}
			p := newParagraph(src, lines[i].start, lines[last].start+len(lines[last].text))
			p.note = notePattern.MatchString(p.text)
			paras = append(paras, p)
			i = last
			continue
		}
		last := i
		for last+1 < len(lines) {
			next := lines[last+1].text
			if blank(next) || isATXHeading(next) || strings.HasPrefix(strings.TrimSpace(next), "<!--") {
				break
			}
			last++
		}
		paras = append(paras, newParagraph(src, lines[i].start, lines[last].start+len(lines[last].text)))
		i = last
	}
	return paras
}

// noteText is the text of a speaker note paragraph.
func noteText(p paragraph) string {
	m := notePattern.FindStringSubmatch(p.text)
	if m == nil {
		return ""
	}
	return m[1]
}

// headingText is a markdown heading's text without its #s and closing #s.
func headingText(p paragraph) (text string, offset int) {
	_, start, ok := atxHeading(p.text)
	if !ok {
		return p.text, 0
	}
	text = p.text[start:]
	trimmed := strings.TrimRight(strings.TrimRight(text, " \t"), "#")
	if trimmed != text && (trimmed == "" || strings.HasSuffix(trimmed, " ")) {
		text = trimmed
	}
	return strings.TrimSpace(text), start
}

// maskMarkdown hides markdown syntax from the figure rules without moving any byte: emphasis marks,
// heading marks, link targets, code and comments become spaces, so offsets found in the mask are
// offsets in the text.
func maskMarkdown(text string) string {
	b := []byte(text)
	blankRange := func(start, end int) {
		for i := start; i < end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for _, m := range markdownMaskPattern.FindAllStringSubmatchIndex(text, -1) {
		switch {
		case m[2] >= 0: // comment or code span: hide all of it
			blankRange(m[2], m[3])
		case m[4] >= 0: // link target
			blankRange(m[4], m[5])
		case m[6] >= 0: // marks
			blankRange(m[6], m[7])
		}
	}
	return string(b)
}

var markdownMaskPattern = regexp.MustCompile("(?s)(<!--.*?-->|`[^`\n]*`)|(\\]\\([^)\n]*\\))|(\\*\\*|__|(?m:^ {0,3}#{1,6}[ \\t]|^ {0,3}[-*+>][ \\t])|[\\[*])")
