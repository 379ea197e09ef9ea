package cjk

import "unicode"

// IsHan reports whether r is a Chinese character. The rules ask it of most characters they read, so
// the common cases are answered before the table is searched.
func IsHan(r rune) bool {
	switch {
	case r < 0x2E80: // below the CJK radicals: Latin, punctuation, symbols
		return false
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs, all of them Han
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// IsCJK reports whether r belongs to East Asian text: Han, kana, hangul, or CJK and full-width
// punctuation. Quotation marks, the ellipsis and the dash are shared with Latin text and are not.
func IsCJK(r rune) bool {
	switch {
	case IsHan(r), unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation
		return true
	case r >= 0xFF01 && r <= 0xFF60: // full-width forms
		return true
	}
	return false
}
