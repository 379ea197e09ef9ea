package cjk

import "strings"

// NumeralValue is the value of the Chinese numeral r from 零 to 十 (两 is 2, 〇 is 0), and
// whether r is one.
func NumeralValue(r rune) (int, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	case '十':
		return 10, true
	}
	return 0, false
}

// IsNumeral reports whether r is a Chinese numeral from 一 to 十, or 两: the numerals a count is
// written with (八个严禁, 十二项).
func IsNumeral(r rune) bool {
	value, ok := NumeralValue(r)
	return ok && value > 0
}

// Number reads a number in Chinese numerals up to 99: 八, 十二, 二十, 三十五; 两 is 2. It
// returns 0 for anything else.
func Number(s string) int {
	var digits [3]int
	n := 0
	for _, r := range s {
		value, ok := NumeralValue(r)
		if !ok || n == len(digits) {
			return 0
		}
		digits[n] = value
		n++
	}
	switch {
	case n == 1:
		return digits[0]
	case n == 2 && digits[0] == 10 && digits[1] < 10:
		return 10 + digits[1]
	case n == 2 && digits[1] == 10 && digits[0] < 10:
		return 10 * digits[0]
	case n == 3 && digits[1] == 10 && digits[0] < 10 && digits[2] < 10:
		return 10*digits[0] + digits[2]
	}
	return 0
}

// CountMeasures lists the measure words that make a count of Chinese numerals a figure
// (八个严禁, 三项制度, 五个方面). It is narrower than the count units of [Units]: after a numeral
// most other measure words (一张蓝图, 两只手) make a phrase, not a figure.
func CountMeasures() []string {
	return []string{"个", "项", "条", "家", "所", "座", "处", "件", "批", "名", "支", "类", "种", "方面"}
}

// CountAt returns the measure word of [CountMeasures] that s starts with, or "".
func CountAt(s string) string {
	for _, measure := range CountMeasures() {
		if strings.HasPrefix(s, measure) {
			return measure
		}
	}
	return ""
}
