package content

import (
	"strings"
	"unicode/utf8"

	"briefing/content/sanitize"
)

// paragraph is one block of the document: a line of a one-line-per-paragraph text, a run of lines of a
// hard-wrapped one, or a markdown block. start and end are byte offsets in the parsed source.
type paragraph struct {
	start, end int
	text       string
	atxLevel   int  // markdown heading level (1–6), 0 if the block is not a markdown heading
	note       bool // a speaker note, <!-- note: … -->
	credit     bool // a credit line (来源：…, 责任编辑：…), which titles nothing: set by markCredits
}

// normalizeSource makes line ends uniform, drops a byte order mark, and removes what a terminal would
// obey (escape sequences, control characters but tab and newline: sanitize.Text), once, so that no
// output path can pass them on and every offset refers to the cleaned text; everything else, the
// punctuation included, stays as written.
func normalizeSource(data []byte) string {
	s := strings.TrimPrefix(string(data), byteOrderMark)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return sanitize.Text(s)
}

// hasText reports whether data holds anything to read once normalizeSource has cleaned it: more
// than white space, a byte order mark and control sequences.
func hasText(data []byte) bool {
	return strings.TrimSpace(normalizeSource(data)) != ""
}

// sourceLine is one line of the source and where it starts.
type sourceLine struct {
	start int
	text  string
}

func splitLines(src string) []sourceLine {
	var lines []sourceLine
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		lines = append(lines, sourceLine{start: start, text: src[start:end]})
		start = end + 1
	}
	return lines
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// hardWrapped reports whether the text wraps paragraphs over several lines (as text copied from a
// PDF or an e-mail does) rather than writing one paragraph per line. It does when most of the long
// lines that another line follows stop mid-sentence. Short lines (headings, a signature) say nothing
// either way.
func hardWrapped(lines []sourceLine) bool {
	widths := make([]int, len(lines))
	widest := 0
	for i, l := range lines {
		widths[i] = runeLen(l.text)
		widest = max(widest, widths[i])
	}
	long, midSentence := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if widths[i]*10 < widest*6 || blank(lines[i].text) || blank(lines[i+1].text) || startsHeading(lines[i].text) {
			continue
		}
		long++
		if !EndsSentence(lines[i].text) {
			midSentence++
		}
	}
	return midSentence >= 2 && midSentence*2 > long
}

// EndsSentence reports whether a line ends a sentence: a full stop, question or exclamation mark,
// semicolon or colon, in either width, before any closing quotes.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, " \t")
	r, _ := utf8.DecodeLastRuneInString(s)
	for closingQuote(r) && len(s) > 0 {
		s = s[:len(s)-utf8.RuneLen(r)]
		r, _ = utf8.DecodeLastRuneInString(s)
	}
	return sentenceEnd(r) || r == '.' || r == '；' || r == ';' || r == '：' || r == ':'
}

// plainParagraphs splits plain text into paragraphs: one per line, or one per block of lines when
// the text is hard-wrapped.
func plainParagraphs(src string, wrapped bool) []paragraph {
	lines := splitLines(src)
	// A hard-wrapped text has been joined by joinSoftBreaks already; what remains are blocks.
	var paras []paragraph
	for i := 0; i < len(lines); i++ {
		if blank(lines[i].text) {
			continue
		}
		first, last := i, i
		for wrapped && last+1 < len(lines) && !blank(lines[last+1].text) && !startsHeading(lines[last+1].text) {
			last++
		}
		paras = append(paras, newParagraph(src, lines[first].start, lines[last].start+len(lines[last].text)))
		i = last
	}
	return paras
}

// startsHeading reports whether a line opens a numbered heading, which begins a new paragraph even in
// hard-wrapped text.
func startsHeading(line string) bool {
	_, ok := matchMarker(strings.TrimSpace(line))
	return ok
}

// newParagraph trims the range [start, end) of src to its text.
func newParagraph(src string, start, end int) paragraph {
	for start < end && isSpaceByte(src[start]) {
		start++
	}
	for end > start && isSpaceByte(src[end-1]) {
		end--
	}
	for start < end && strings.HasPrefix(src[start:end], "\u3000") { // ideographic space indents CJK paragraphs
		start += len("\u3000")
	}
	return paragraph{start: start, end: end, text: src[start:end]}
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' }
