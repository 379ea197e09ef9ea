package content

import (
	"strings"
	"unicode/utf8"
)

// looksLikeMarkdown reports whether the text uses markdown: a heading and one mark of markdown, or two
// marks — headings, lists, quotes, fences, strong emphasis, links or comments. A plain speech has none
// of these, and a lone "- " or "**" in prose does not make it markdown.
//
// The marks are those of the pattern
//
//	(?m)^ {0,3}(#{1,6}[ \t]|```|~~~|[-*+][ \t]+\S|>[ \t])|\*\*[^\s*]|__[^\s_]|\]\([^)]*\)|<!--
//
// counted as FindAll counts them, without overlapping; one scan of the text finds them.
func looksLikeMarkdown(src string) bool {
	first := nextMarkdownMark(src, 0)
	if first < 0 {
		return false
	}
	return hasATXHeadingLine(src) || nextMarkdownMark(src, first) >= 0
}

// nextMarkdownMark finds the first mark of markdown that starts at or after from and returns where it
// ends, or -1.
func nextMarkdownMark(src string, from int) int {
	closingParen := true // whether a ')' may still follow: once none does, no link can
	for p := from; p < len(src); p++ {
		if p == 0 || src[p-1] == '\n' {
			if end := lineMarkEnd(src, p); end > 0 {
				return end
			}
		}
		switch src[p] {
		case '*', '_':
			// **x and __x open strong emphasis; a run of the mark (*****) is a rule drawn in plain text.
			if p+2 < len(src) && src[p+1] == src[p] && src[p+2] != src[p] {
				if end := afterNonSpace(src, p+2); end > 0 {
					return end
				}
			}
		case ']':
			if closingParen && strings.HasPrefix(src[p:], "](") {
				if i := strings.IndexByte(src[p+2:], ')'); i >= 0 {
					return p + 2 + i + 1
				}
				closingParen = false
			}
		case '<':
			if strings.HasPrefix(src[p:], "<!--") {
				return p + len("<!--")
			}
		}
	}
	return -1
}

// lineMarkEnd reads the marks that open a line (up to three spaces, then a heading's #s and a space, a
// fence, a list item or a quote) and returns where the mark ends, or -1.
func lineMarkEnd(src string, p int) int {
	for i := 0; i < 3 && p < len(src) && src[p] == ' '; i++ {
		p++
	}
	rest := src[p:]
	switch {
	case rest == "":
		return -1
	case rest[0] == '#':
		n := 0
		for n < len(rest) && rest[n] == '#' {
			n++
		}
		if n <= 6 && n < len(rest) && isSpaceOrTab(rest[n]) {
			return p + n + 1
		}
	case strings.HasPrefix(rest, "```"), strings.HasPrefix(rest, "~~~"):
		return p + 3
	case rest[0] == '-' || rest[0] == '*' || rest[0] == '+':
		n := 1
		for n < len(rest) && isSpaceOrTab(rest[n]) {
			n++
		}
		if n > 1 {
			return afterNonSpace(src, p+n)
		}
	case rest[0] == '>' && len(rest) > 1 && isSpaceOrTab(rest[1]):
		return p + 2
	}
	return -1
}

// afterNonSpace is the end of the character at src[p] when it is not white space (\S), or -1.
func afterNonSpace(src string, p int) int {
	if p >= len(src) || isRegexpSpace(src[p]) {
		return -1
	}
	_, size := utf8.DecodeRuneInString(src[p:])
	return p + size
}

func isSpaceOrTab(b byte) bool { return b == ' ' || b == '\t' }

// hasATXHeadingLine reports whether any line of src is a markdown heading.
func hasATXHeadingLine(src string) bool {
	for line := range strings.Lines(src) {
		if isATXHeading(strings.TrimSuffix(line, "\n")) {
			return true
		}
	}
	return false
}

// atxHeading reads the marks of a markdown heading that opens line — up to three spaces, one to six #s,
// then spaces or the end of the line — and returns the heading's level and where its text starts.
func atxHeading(line string) (level, textStart int, ok bool) {
	i := 0
	for i < 3 && i < len(line) && line[i] == ' ' {
		i++
	}
	j := i
	for j < len(line) && line[j] == '#' {
		j++
	}
	level = j - i
	if level < 1 || level > 6 || j < len(line) && !isSpaceOrTab(line[j]) {
		return 0, 0, false
	}
	for j < len(line) && isSpaceOrTab(line[j]) {
		j++
	}
	return level, j, true
}

func isATXHeading(line string) bool {
	_, _, ok := atxHeading(line)
	return ok
}
