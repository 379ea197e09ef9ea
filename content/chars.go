package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content/locale"
)

// isHan reports whether r is a Chinese character. The rules ask it of most characters they read, so
// the common cases are answered before the table is searched.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80: // below the CJK radicals: Latin, punctuation, symbols
		return false
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs, all of them Han
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// isCJK reports whether r belongs to East Asian text: Han, kana, hangul, or CJK and full-width
// punctuation. Half-width punctuation next to such a rune is shown full-width.
func isCJK(r rune) bool {
	switch {
	case isHan(r), unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation
		return true
	case r >= 0xFF01 && r <= 0xFF60: // full-width forms
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—':
		return false // shared with Latin text; they do not make a neighbour CJK
	}
	return false
}

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
		case isHan(r):
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
