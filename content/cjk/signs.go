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
	r = FoldWidth(r)
	for _, symbol := range Currencies() {
		if first, size := utf8.DecodeRuneInString(symbol); size == len(symbol) && first == r {
			return true
		}
	}
	return false
}

// IsSign reports whether r belongs to the number after it: a plus or minus sign in any width,
// ±, or a currency symbol.
func IsSign(r rune) bool {
	switch FoldWidth(r) {
	case '+', '-', '±':
		return true
	}
	return IsCurrency(r)
}

// IsTrailingSign reports whether r is a sign that belongs to the number before it: percent,
// per mille, degrees.
func IsTrailingSign(r rune) bool {
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
