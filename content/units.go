package content

import (
	"strings"

	"briefing/content/cjk"
)

// matchChineseUnit finds the unit at the start of s: an optional scale and a base unit, or a scale on
// its own (109.19亿). Kilo-units (千瓦, 千克) are base units, not 千 times 瓦, and 兆瓦 is a unit while
// 兆元 is 10^12 元. Dates (3月) are no unit: they date figures, the period rules read them.
func matchChineseUnit(s string) (unit string, kind cjk.Kind) {
	if base, size := cjk.UnitAt(s, false); size > 0 {
		return s[:size], base.Kind
	}
	for _, scale := range cjk.Scales() {
		if !strings.HasPrefix(s, scale) {
			continue
		}
		if base, size := cjk.UnitAt(s[len(scale):], false); size > 0 && base.Kind != cjk.Rate {
			if scale == "兆" && !cjk.IsCurrencyUnit(s[len(scale):len(scale)+size]) {
				continue
			}
			return s[:len(scale)+size], base.Kind
		}
		switch scale {
		case "千", "百":
			continue // 千 or 百 alone after a number is a word (百姓), not a scale
		case "兆":
			if rest := s[len(scale):]; rest == "" || !isDigit(rest[0]) {
				continue // 兆 alone is a scale only inside a compound amount: 5兆1,260亿元
			}
		}
		return scale, cjk.Amount
	}
	return "", cjk.None
}

// splitScale splits a Chinese unit into its scale and its base unit: 亿元 → 亿, 元; 万 → 万, "".
func splitScale(unit string) (scale, base string) {
	for _, sc := range cjk.Scales() {
		if rest, ok := strings.CutPrefix(unit, sc); ok {
			if rest == "" {
				return sc, ""
			}
			if u, size := cjk.UnitAt(rest, false); size == len(rest) && u.Kind != cjk.None {
				return sc, rest
			}
		}
	}
	return "", unit
}

// matchLatinUnit finds a unit of cjk.LatinUnits written right after a number (14.5GW), ending at a
// word boundary, and returns it, or "".
func matchLatinUnit(s string) string {
	for _, u := range cjk.LatinUnits() {
		if matchWord(s, u) {
			return u
		}
	}
	return ""
}

// matchEnglishUnit finds the word that follows a number in English at the start of s: one optional
// space, then a scale or a rate from cjk.EnglishUnits ending at a word boundary. It returns how many
// bytes it spans, or 0.
func matchEnglishUnit(s string) (unit cjk.EnglishUnit, size int) {
	gap := 0
	if s != "" && isASCIISpace(s[0]) {
		gap = 1
	}
	for _, u := range cjk.EnglishUnits() {
		if matchWord(s[gap:], u.Text) {
			return u, gap + len(u.Text)
		}
	}
	return cjk.EnglishUnit{}, 0
}

// matchWord reports whether s starts with word followed by anything but a letter, digit or _.
func matchWord(s, word string) bool {
	if !strings.HasPrefix(s, word) {
		return false
	}
	return len(s) == len(word) || !isASCIIWord(s[len(word)])
}

// isASCIISpace reports whether b is whitespace as \s of package regexp sees it.
func isASCIISpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// currencyBefore returns the currency symbol of cjk.Currencies that text[:start] ends with, or "".
func currencyBefore(text string, start int) string {
	for _, symbol := range cjk.Currencies() {
		if strings.HasSuffix(text[:start], symbol) {
			return symbol
		}
	}
	return ""
}
