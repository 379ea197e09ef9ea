package cjk

import "unicode/utf8"

// Currencies lists the symbols that open an amount of money, written right before the number
// ($4.2, RMB 300), longest first where one ends another (US$ before $). Full-width forms fold
// to these (see [FoldWidth]).
func Currencies() []string {
	return []string{"US$", "RMB ", "$", "€", "£", "¥", "₩"}
}

// IsCurrency reports whether r, after [FoldWidth], is a currency symbol of one character.
func IsCurrency(r rune) bool {
	if inCJKBlocks(r) {
		return false
	}
	var buf [utf8.UTFMax]byte
	folded := utf8.AppendRune(buf[:0], FoldWidth(r))
	for _, symbol := range Currencies() {
		if symbol == string(folded) { // compares lengths first: cheap for most runes
			return true
		}
	}
	return false
}

// IsSign reports whether r belongs to the number after it: a plus or minus sign in any width,
// ±, or a currency symbol.
func IsSign(r rune) bool {
	if inCJKBlocks(r) {
		return false
	}
	switch FoldWidth(r) {
	case '+', '-', '±':
		return true
	}
	return IsCurrency(r)
}

// IsTrailingSign reports whether r is a sign that belongs to the number before it: percent,
// per mille, degrees.
func IsTrailingSign(r rune) bool {
	if inCJKBlocks(r) {
		return false
	}
	switch FoldWidth(r) {
	case '%', '‰', '‱', '℃', '℉', '°':
		return true
	}
	return false
}

// IsDecimalPoint reports whether r separates a number's integer part from its fraction.
func IsDecimalPoint(r rune) bool {
	return FoldWidth(r) == '.'
}

// IsFullWidthDigit reports whether r is one of ０–９.
func IsFullWidthDigit(r rune) bool {
	return '０' <= r && r <= '９'
}

// inCJKBlocks reports whether r lies between the CJK radicals and the small and full-width forms:
// Han, kana, hangul and CJK punctuation, which hold no sign of a number. The line breaker asks the
// predicates above of every character, most of them Han, so they answer those first.
func inCJKBlocks(r rune) bool { return r >= 0x2E80 && r < 0xFE00 }
