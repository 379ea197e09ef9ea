package content

import (
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// sentenceEnd reports whether r ends a sentence.
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '｡':
		return true
	}
	return false
}

// clausePunct reports whether r separates clauses inside a sentence.
func clausePunct(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '、', '。', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// closingQuote reports whether r closes a quotation or bracket; such a rune after a sentence's full
// stop still belongs to that sentence.
func closingQuote(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '"', '\'':
		return true
	}
	return false
}

// innerPunct reports whether r is punctuation that makes a sentence more than a short heading.
func innerPunct(r rune) bool {
	if clausePunct(r) {
		return true
	}
	switch r {
	case '“', '”', '"', '（', '(', '）', ')', '《', '》', '「', '」':
		return true
	}
	return false
}

// runeLen is the number of characters in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// trimSentenceEnd drops the full stop (and any spaces) that close a title.
func trimSentenceEnd(s string) string {
	s = strings.TrimSpace(s)
	for {
		r, size := utf8.DecodeLastRuneInString(s)
		if size == 0 || !(sentenceEnd(r) || r == '.' || r == '；' || r == ';' || r == '：' || r == ':') {
			return strings.TrimSpace(s)
		}
		s = s[:len(s)-size]
	}
}

// countScripts counts the Chinese characters and the Latin letters of s.
func countScripts(s string) (han, latin int) {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if isASCIILetter(byte(r)) {
				latin++
			}
		case cjk.IsHan(r):
			han++
		}
	}
	return han, latin
}

// detectLanguage says whether s reads as Chinese or English. One Chinese character carries about as
// much as a short English word, so Chinese wins when it has at least a fifth as many characters as
// there are Latin letters.
func detectLanguage(s string) locale.Language {
	han, latin := countScripts(s)
	if han > 0 && han*5 >= latin {
		return locale.Chinese
	}
	return locale.English
}
