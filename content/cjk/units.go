package cjk

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// Kind tells what a unit measures, which decides how the figure rules read the number's label.
type Kind uint8

const (
	// None is no unit.
	None Kind = iota
	// Amount is money or a physical quantity; the label is the phrase before (总产值109.19亿元).
	Amount
	// Count is a measure word; the label is the noun after (2053个屋场党小组) when there is one.
	Count
	// Duration is a span of time; the label is what follows (连续12年未发生…).
	Duration
	// Rate is % or percentage points: a change, or a rate of its own.
	Rate
	// Calendar is a date (3月, 15日). It stays on the line with its number, but dates a figure
	// rather than measuring it, so the figure rules do not read it as a unit.
	Calendar
)

// Unit is a unit or measure word that may follow a number in Chinese text.
type Unit struct {
	Text string
	Kind Kind
}

// Units lists the units and measure words that may follow a number, longest first where one is
// the start of another (个百分点 before 个, 千瓦时 before 千瓦, 日元 before 日). Scale characters
// (万, 亿 …) are not units: they combine with these (see [Scales]).
func Units() []Unit {
	table := unitTable()
	return table[:]
}

// unitTable is the table of [Units] as an array, which the matchers copy onto their stack: a slice
// would be allocated on every call, an array variable could be changed by anyone in the package.
func unitTable() [unitCount]Unit {
	return [unitCount]Unit{
		// four characters
		{"个百分点", Rate}, {"平方公里", Amount},
		// three characters
		{"百分点", Rate}, {"平方米", Amount}, {"立方米", Amount}, {"千瓦时", Amount}, {"标准箱", Amount},
		// two characters
		{"个月", Duration}, {"人次", Amount}, {"家次", Count}, {"千瓦", Amount}, {"千克", Amount}, {"公斤", Amount},
		{"公里", Amount}, {"千米", Amount}, {"公顷", Amount}, {"兆瓦", Amount}, {"美元", Amount},
		{"欧元", Amount}, {"日元", Amount}, {"港元", Amount}, {"英镑", Amount}, {"小时", Duration},
		{"分钟", Duration}, {"周岁", Amount},
		// one character
		{"元", Amount}, {"人", Amount}, {"户", Count}, {"吨", Amount}, {"斤", Amount}, {"亩", Amount},
		{"米", Amount}, {"克", Amount}, {"度", Amount}, {"倍", Rate}, {"岁", Amount},
		{"个", Count}, {"项", Count}, {"条", Count}, {"家", Count}, {"所", Count}, {"座", Count},
		{"处", Count}, {"件", Count}, {"套", Count}, {"台", Count}, {"辆", Count}, {"艘", Count},
		{"架", Count}, {"批", Count}, {"场", Count}, {"次", Count}, {"篇", Count}, {"部", Count},
		{"张", Count}, {"块", Count}, {"株", Count}, {"棵", Count}, {"头", Count}, {"只", Count},
		{"间", Count}, {"栋", Count}, {"床", Count}, {"名", Count}, {"位", Count}, {"支", Count},
		{"种", Count}, {"类", Count}, {"届", Count}, {"期", Count}, {"份", Count},
		{"起", Count}, {"轮", Count}, {"列", Count}, {"格", Count}, {"例", Count}, {"笔", Count},
		{"字", Count},
		{"年", Duration}, {"天", Duration}, {"周", Duration}, {"秒", Duration},
		{"月", Calendar}, {"日", Calendar},
	}
}

// unitCount is the number of entries of [Units].
const unitCount = 84

// UnitAt returns the first unit of [Units] that s starts with, after [Fold] (so 億元's 元 and
// 萬人次's 人次 are read as written in traditional text), and how many bytes of s it spans.
// Calendar units are skipped unless withCalendar is set.
func UnitAt(s string, withCalendar bool) (unit Unit, size int) {
	for u, n := range UnitsAt(s) {
		if u.Kind != Calendar || withCalendar {
			return u, n
		}
	}
	return Unit{}, 0
}

// UnitsAt yields every unit of [Units] that s starts with, after [Fold], longest first, with how
// many bytes of s it spans: a caller that cannot end a unit where the longest one ends (the line
// breaker, inside a grapheme cluster) takes the next.
func UnitsAt(s string) iter.Seq2[Unit, int] {
	return func(yield func(Unit, int) bool) {
		if s == "" {
			return
		}
		// Only the entries that start with s's first character, folded, are compared in full.
		r, _ := utf8.DecodeRuneInString(s)
		var buf [utf8.UTFMax]byte
		first := utf8.AppendRune(buf[:0], Fold(r))
		last := first[len(first)-1]
		table := unitTable()
		for i := range table {
			u := &table[i]
			// The last byte of a character tells most apart, and is cheaper to compare than a string.
			if len(u.Text) < len(first) || u.Text[len(first)-1] != last || u.Text[:len(first)] != string(first) {
				continue
			}
			if n := FoldedPrefix(s, u.Text); n > 0 && !yield(*u, n) {
				return
			}
		}
	}
}

// FoldedPrefix reports how many bytes of s spell word once each character is folded with [Fold],
// or 0 when s does not start with word.
func FoldedPrefix(s, word string) int {
	if strings.HasPrefix(s, word) {
		return len(word) // the common case: text written as the table is
	}
	n := 0
	for _, want := range word {
		got, size := utf8.DecodeRuneInString(s[n:])
		if size == 0 || Fold(got) != want {
			return 0
		}
		n += size
	}
	return n
}

// Scales lists the multipliers that may stand between a number and its unit, or end it on their
// own (109.19亿), longest first. 兆 is a scale (10^12, Taiwan usage) only before a currency (兆元)
// or inside a compound amount (5兆1,260億元); before other units it is the SI prefix of 兆瓦.
func Scales() []string {
	return []string{"万亿", "千亿", "百亿", "十亿", "十万", "百万", "千万", "万", "亿", "兆", "千", "百"}
}

// ScaleValue is the multiplier a scale of [Scales] stands for (万 is 10^4, 千亿 10^11), or 0 for
// anything else.
func ScaleValue(scale string) float64 {
	value := 1.0
	for _, r := range scale {
		switch r {
		case '十':
			value *= 1e1
		case '百':
			value *= 1e2
		case '千':
			value *= 1e3
		case '万':
			value *= 1e4
		case '亿':
			value *= 1e8
		case '兆':
			value *= 1e12
		default:
			return 0
		}
	}
	if scale == "" {
		return 0
	}
	return value
}

// IsCurrencyUnit reports whether a base unit of [Units] is money (元, 美元 …): 兆 before it is a
// scale, not a prefix.
func IsCurrencyUnit(unit string) bool {
	switch unit {
	case "元", "美元", "欧元", "日元", "港元", "英镑":
		return true
	}
	return false
}

// LatinUnits lists the units written in Latin letters right after a number in Chinese text (14.5GW,
// 1200PFlops), longest first where one is the start of another. A letter alone (5G) is no unit.
func LatinUnits() []string {
	return []string{"PFlops", "EFlops", "GWh", "TWh", "kWh", "MWh", "GW", "MW", "kW", "km", "kg", "TB", "PB", "Gbps", "Mbps"}
}

// IsScale reports whether r is one of the characters [Scales] are written with: 十 百 千 万 亿.
func IsScale(r rune) bool {
	r = Fold(r)
	for _, scale := range Scales() {
		if strings.ContainsRune(scale, r) {
			return true
		}
	}
	return false
}

// BoundsAfter are the bounds written after a number and its unit: 10万元以下, 6%左右, 3万余. Every
// other bound of a figure (超过, 近, 约, 逾; a table's column heading such as 计划) stands before it.
func BoundsAfter() []string { return []string{"以上", "以下", "以内", "左右", "余"} }

// IsBoundAfter reports whether a figure's bound is written after its number: one of [BoundsAfter],
// or an approximate marker (3万多).
func IsBoundAfter(bound string) bool {
	r, size := utf8.DecodeRuneInString(bound)
	return slices.Contains(BoundsAfter(), bound) || size == len(bound) && IsApproximate(r)
}

// IsApproximate reports whether r marks a number as approximate and stands between it and its
// unit: 100多家, 30余人, 3万多人.
func IsApproximate(r rune) bool {
	return r == '多' || r == '余'
}
