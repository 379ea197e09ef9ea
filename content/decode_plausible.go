package content

import (
	"unicode/utf8"

	"briefing/content/cjk"
)

// plausiblyChinese reports whether text decoded from a legacy Chinese encoding reads as Chinese. Any
// byte pair a Big5 file holds is also a GB18030 character, so a Big5 file read as GB18030 decodes
// without fault, into kana, Greek, Cyrillic, private-use and rare characters; a Latin-1 file read as
// GB18030 may too. Chinese text is different on both counts: nearly every character outside ASCII is
// Han or the punctuation and symbols Chinese documents use (allowing one in twenty for the odd
// Greek letter or pinyin), and Han characters are not a small minority among the letters.
func plausiblyChinese(text []byte) bool {
	var han, letters, beyondASCII, foreign int
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		i += size
		switch {
		case r < utf8.RuneSelf:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
				letters++
			}
			continue
		case cjk.IsHan(r):
			han++
			letters++
		case !chineseSymbol(r):
			foreign++
			letters++
		}
		beyondASCII++
	}
	return han > 0 && foreign*20 <= beyondASCII && han*10 >= letters
}

// chineseSymbol reports whether r is punctuation or a symbol that Chinese documents use: the
// character sets of GB2312 and Big5 outside Han, except letters of other scripts and box drawing.
func chineseSymbol(r rune) bool {
	switch {
	case r >= 0x00A0 && r <= 0x00BF, r == '×', r == '÷': // ° ± · § ×
		return true
	case r >= 0x2000 && r <= 0x22FF: // general punctuation, letterlike (℃ №), number forms (Ⅳ), arrows, maths
		return true
	case r >= 0x2460 && r <= 0x24FF: // ① ⑴ ⒈
		return true
	case r >= 0x25A0 && r <= 0x26FF: // ■ □ ▲ ● ○ ◆ ★ ☆
		return true
	case r >= 0x3000 && r <= 0x303F: // CJK punctuation: 、。〈〉《》「」【】
		return true
	case r >= 0x3200 && r <= 0x33FF: // ㈠ ㊣ ㎡ ㎏
		return true
	case r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFFEF: // vertical forms (︰), full-width forms
		return true
	case r == 0xFFFD: // only ever here when the text wrote it, as GB18030 can
		return true
	}
	return false
}
