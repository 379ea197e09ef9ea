package render

import (
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
)

// escapeMarkdown escapes the characters markdown would read as syntax.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// fullWidthPunctuation shows the half-width punctuation of Chinese text full-width.
func fullWidthPunctuation(s string) string {
	var b strings.Builder
	for i, r := range s {
		if full, ok := fullWidthAt(s, i, r); ok {
			b.WriteRune(full)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fullWidthAt decides whether the half-width punctuation r at i stands in Chinese text: a neighbour
// (past any spaces) is a Chinese character or Chinese punctuation.
func fullWidthAt(text string, i int, r rune) (rune, bool) {
	full, ok := fullWidthForms(r)
	if !ok {
		return r, false
	}
	const skipped = " “”‘’\"'"
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:i], skipped))
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i+utf8.RuneLen(r):], skipped))
	if cjk.IsCJK(before) || cjk.IsCJK(after) {
		return full, true
	}
	return r, false
}

func fullWidthForms(r rune) (rune, bool) {
	i := strings.IndexRune(",;:()!?", r)
	if i < 0 {
		return r, false
	}
	return []rune("，；：（）！？")[i], true
}

// DisplayText is text as the reader shows it: half-width punctuation between Chinese characters
// full-width, and line breaks inside a sentence gone (joined by a space between Latin words).
func DisplayText(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && joinsWithoutSpace(text, i):
		case r == '\n':
			b.WriteByte(' ')
		default:
			if full, ok := fullWidthAt(text, i, r); ok {
				r = full
			}
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}
