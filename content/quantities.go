package content

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// quantity is a number found in the folded text, with what is written around it.
type quantity struct {
	start, end   int // the number with its currency and unit: 109.19亿元, $4.2 billion
	value        float64
	unit         string
	kind         cjk.Kind
	qualifier    string // 以上, 以下, 左右, 多, 余, more than …
	afterEnd     int    // end including a qualifier written after the unit
	beforeStart  int    // start including a bound written before the number (近, about)
	year         bool   // a calendar year (2024年, in 2023): it dates figures, it is not one
	chineseCount bool   // written in Chinese numerals with a measure word: 八个严禁
	glued        bool   // written onto a letter, digit or point before it: G20, the 2 of 1+2+N
	ratio        bool   // a structure of parts, 8.2:45.1:46.7, one figure with no value of its own
}

// scanQuantities finds every number of the folded text in order.
func scanQuantities(f folded, lang locale.Language) []quantity {
	text := f.text
	var out []quantity
	for _, loc := range joinWideGroups(f, arabicNumbers(text)) {
		start, end := loc[0], loc[1]
		if start > 0 && (isASCIIAlnum(text[start-1]) || text[start-1] == '.') {
			// Part of a word, a formula or a version (G20, 1+2+N, v1.2): no figure, but a number
			// the section's accounting names.
			if text[start] == '+' || text[start] == '-' {
				start++ // the sign joins the number to what is before it: 1+3+N
			}
			out = append(out, quantity{start: start, end: end, beforeStart: start, afterEnd: end, glued: true})
			continue
		}
		out = append(out, readQuantity(text, start, end, lang, f.traditional))
	}
	out = joinCompounds(joinRatios(text, out))
	for _, loc := range chineseCounts(text) {
		if q, ok := readChineseCount(text, loc[0], loc[1]); ok {
			out = append(out, q)
		}
	}
	out = append(out, chineseMultiples(text)...)
	sortQuantities(out)
	return out
}

// joinWideGroups joins the groups of a number written in full-width digits with full-width commas
// (１，８６５ as a PDF copy has it): the comma is a thousands separator only between full-width
// digits, a first group of one to three and groups of exactly three. Elsewhere ， separates clauses.
func joinWideGroups(f folded, locs [][2]int) [][2]int {
	if f.origin == nil {
		return locs // no full-width digit anywhere
	}
	wide := func(i int) bool {
		return i >= 0 && i < len(f.text) && isDigit(f.text[i]) && f.origin[i+1]-f.origin[i] == 3
	}
	const comma = "，"
	out := locs[:0:0]
	for i := 0; i < len(locs); i++ {
		loc := locs[i]
		first := loc[0] + signLen(f.text[loc[0]])
		if n := digitRun(f.text, first); n <= 3 && first+n == loc[1] {
			// A first group of one to three digits without decimals: join the groups that follow.
			for i+1 < len(locs) {
				end, next := loc[1], locs[i+1]
				if next[0] != end+len(comma) || f.text[end:next[0]] != comma || !wide(end-1) || !wide(next[0]) ||
					digitRun(f.text, next[0]) != 3 {
					break
				}
				loc = [2]int{loc[0], next[1]}
				i++
				if next[1] != next[0]+3 {
					break // decimals close the number
				}
			}
		}
		out = append(out, loc)
	}
	return out
}

func signLen(b byte) int {
	if b == '+' || b == '-' {
		return 1
	}
	return 0
}

// ratioUnit is the unit of a ratio, which has no value of its own.
const ratioUnit = "ratio"

// joinRatios makes one quantity of a ratio, 8.2:45.1:46.7 (with ： or ︰ too): bare numbers joined
// by colons alone. Two parts make a ratio only when one has decimals (2.3:1) or the text names a ratio
// before them (之比为3:1); a time of day (10:30) is no ratio.
func joinRatios(text string, qs []quantity) []quantity {
	out := qs[:0]
	for i := 0; i < len(qs); i++ {
		j := i
		for j+1 < len(qs) && qs[j].unit == "" && qs[j+1].unit == "" && qs[j+1].qualifier == "" && isRatioColon(text[qs[j].end:qs[j+1].start]) {
			j++
		}
		if j > i && qs[i].qualifier == "" && (j-i >= 2 || hasDecimals(text, qs[i:j+1]) || namesRatio(text[:qs[i].start])) {
			r := qs[j]
			r.start, r.beforeStart = qs[i].start, qs[i].beforeStart
			r.value, r.unit, r.kind, r.ratio, r.year = 0, ratioUnit, cjk.Amount, true, false
			out = append(out, r)
			i = j
			continue
		}
		out = append(out, qs[i])
	}
	return out
}

func isRatioColon(s string) bool { return s == ":" || s == "：" || s == "︰" }

func hasDecimals(text string, qs []quantity) bool {
	for _, q := range qs {
		if strings.Contains(text[q.start:q.end], ".") {
			return true
		}
	}
	return false
}

// namesRatio reports whether the text before a two-part ratio says it is one: 之比为, 比例, ratio of.
func namesRatio(before string) bool {
	before = strings.TrimRight(before, " 为是达到")
	return strings.HasSuffix(before, "比") || strings.HasSuffix(before, "比例") || strings.HasSuffix(strings.ToLower(before), "ratio") ||
		strings.HasSuffix(strings.ToLower(before), "ratio of")
}

// joinCompounds sums an amount written in two scales into its smaller unit: 2万1,456美元 is 21456 美元,
// 5兆1,260亿元 is 51260 亿元. The first part is a number and a scale alone, the second follows at once
// in a smaller scale and is less than one of the first part's scale.
func joinCompounds(qs []quantity) []quantity {
	out := qs[:0]
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if i+1 < len(qs) {
			if joined, ok := compound(q, qs[i+1]); ok {
				out = append(out, joined)
				i++
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

func compound(first, second quantity) (quantity, bool) {
	bigScale := cjk.ScaleValue(first.unit)
	if bigScale == 0 || first.end != first.afterEnd || first.end != second.beforeStart || second.year {
		return quantity{}, false
	}
	scale, base := splitScale(second.unit)
	small := 1.0
	if scale != "" {
		small = cjk.ScaleValue(scale)
	}
	ratio := bigScale / small
	if base == "" && scale == "" || ratio <= 1 || second.value >= ratio || first.value != float64(int64(first.value)) {
		return quantity{}, false
	}
	joined := second
	joined.start, joined.beforeStart = first.start, first.beforeStart
	joined.value = first.value*ratio + second.value
	if first.qualifier != "" {
		joined.qualifier = first.qualifier // a bound before the whole amount: 近2万1千元
	}
	return joined, true
}

func isASCIIAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// withoutGroupSeparators drops the commas that group a number's digits (1,052 and 1，052).
func withoutGroupSeparators(number string) string {
	if !strings.ContainsAny(number, ",，") {
		return number
	}
	return strings.ReplaceAll(strings.ReplaceAll(number, ",", ""), "，", "")
}

// readQuantity reads the number at [start, end) and the currency, scale, unit and qualifiers around it.
func readQuantity(text string, start, end int, lang locale.Language, traditional bool) quantity {
	value, _ := strconv.ParseFloat(withoutGroupSeparators(text[start:end]), 64)
	q := quantity{start: start, end: end, beforeStart: start, value: value}
	numberText := text[start:end]
	if symbol := currencyBefore(text, start); symbol != "" {
		q.start -= len(symbol)
		q.unit = strings.TrimSpace(symbol)
		q.kind = cjk.Amount
	}
	q.qualifier, q.beforeStart = qualifierBefore(text, q.start, lang)
	rest := text[end:]
	gap := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if gap > 0 && lang != locale.Chinese {
		gap = 0
	}
	// Chinese: 300多家, 30余个, 3000 多万元 and 53.85 亿斤 (spaces from a PDF copy), 109.19亿元.
	if r, size := utf8.DecodeRuneInString(rest[gap:]); cjk.IsApproximate(r) {
		if unit, _ := matchChineseUnit(rest[gap+size:]); unit != "" {
			q.qualifier = string(r)
			rest = rest[gap+size:]
			q.end += gap + size
			gap = 0
		}
	}
	if unit, kind := matchChineseUnit(rest[gap:]); unit != "" && (gap == 0 || lang == locale.Chinese) {
		q.end += gap + len(unit)
		q.unit, q.kind = unit, kind
	} else if rest != "" && rest[0] == '%' {
		q.end++
		q.unit, q.kind = "%", cjk.Rate
	} else if unit := matchLatinUnit(rest); unit != "" && q.unit == "" {
		q.end += len(unit)
		q.unit, q.kind = unit, cjk.Amount
	} else {
		q.readEnglishUnit(text)
		q.readEnglishRate(text)
	}
	q.afterEnd = q.end
	for _, after := range cjk.BoundsAfter() {
		if strings.HasPrefix(text[q.end:], after) {
			q.qualifier = after
			q.afterEnd = q.end + len(after)
			break
		}
	}
	q.year = isYear(q, numberText, traditional)
	return q
}

// Read-only lists of the bounds written before a number: 近3千亿美元, about $9.7 billion.
var (
	chineseBoundsBefore = []string{"超过", "将近", "大约", "近", "约", "逾"}
	englishBoundsBefore = []string{"about", "nearly", "almost", "roughly", "approximately", "more than", "less than"}
)

// boundInWord reports whether a one-character bound ends a word rather than bounding the number:
// the 约 of 签约, 节约, the 近 of 最近, 附近.
func boundInWord(before, bound string) bool {
	prev, _ := utf8.DecodeLastRuneInString(before)
	switch bound {
	case "约":
		return strings.ContainsRune("签节合预制公条特邀履违缔集简相赴如践誓", prev)
	case "近":
		return strings.ContainsRune("最附就邻贴亲临靠", prev)
	}
	return false
}

// qualifierBefore reads a bound written right before a number (近, 约, 超过; about, nearly), and
// where it starts; "" and start when there is none.
func qualifierBefore(text string, start int, lang locale.Language) (string, int) {
	before := text[:start]
	if lang == locale.English {
		trimmed := strings.TrimRight(before, " ")
		if len(trimmed) == len(before) {
			return "", start
		}
		for _, bound := range englishBoundsBefore {
			if n := len(trimmed) - len(bound); n >= 0 && strings.EqualFold(trimmed[n:], bound) && (n == 0 || !isASCIIWord(trimmed[n-1])) {
				return strings.ToLower(bound), n
			}
		}
		return "", start
	}
	for _, bound := range chineseBoundsBefore {
		if rest, ok := strings.CutSuffix(before, bound); ok && !boundInWord(rest, bound) {
			return bound, len(rest)
		}
	}
	return "", start
}

// readEnglishUnit reads the word that follows a number in English: a scale, percent or points. A
// scale joins the currency before the number ($ billion); a rate is the whole unit.
func (q *quantity) readEnglishUnit(text string) {
	unit, size := matchEnglishUnit(text[q.end:])
	if size == 0 {
		return
	}
	q.end += size
	if unit.Kind == cjk.Rate {
		q.unit, q.kind = unit.Unit, cjk.Rate
		return
	}
	q.unit = strings.TrimSpace(q.unit + " " + unit.Unit)
	q.kind = cjk.Amount
}

// readEnglishRate reads what an amount is per, after its unit: 38 cents a share, $410 a month,
// $14 million a year.
func (q *quantity) readEnglishRate(text string) {
	if q.unit == "" || q.kind == cjk.Rate {
		return
	}
	for _, per := range cjk.EnglishRates() {
		if rest := text[q.end:]; len(rest) > len(per) && rest[0] == ' ' && matchWord(rest[1:], per) {
			q.end += 1 + len(per)
			q.unit += " " + per
			return
		}
	}
}

// isYear tells a calendar year from a quantity: four digits from 1900 to 2100, followed by 年 (and
// not 年 as a span of time of so many years) or, in English, standing alone. In traditional text a
// year of the Republic of China (100 to 149, 112年 is 2023) followed by 年 is one too.
func isYear(q quantity, numberText string, traditional bool) bool {
	if strings.ContainsAny(numberText, ".,+-") {
		return false
	}
	if traditional && len(numberText) == 3 && q.value >= 100 && q.value < 150 && q.unit == "年" {
		return true
	}
	if len(numberText) != 4 || q.value < 1900 || q.value > 2100 {
		return false
	}
	if q.unit == "年" {
		return true
	}
	return q.unit == "" && q.qualifier == ""
}

// readChineseCount reads 八个严禁: a Chinese numeral of two or more, a measure word, and the noun it
// counts. One (一个, 一张蓝图) is an article rather than a count; ordinals (第三个) and numerals inside
// larger numbers are not counts.
func readChineseCount(text string, start, end int) (quantity, bool) {
	if prev, _ := utf8.DecodeLastRuneInString(text[:start]); strings.ContainsRune("第一二三四五六七八九十百千万零〇两几每各这那", prev) {
		return quantity{}, false
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	if !cjk.IsHan(next) && next != '“' && next != '"' {
		return quantity{}, false
	}
	numeral, measure := splitNumeral(text[start:end])
	value := cjk.Number(numeral)
	if value < 2 {
		return quantity{}, false
	}
	return quantity{start: start, end: end, beforeStart: start, afterEnd: end, value: float64(value), unit: measure, kind: cjk.Count, chineseCount: true}, true
}

// chineseMultiples reads the multiples written in Chinese numerals after a verb of change: 增长近一倍
// is a change of 1 倍. Elsewhere (一倍的努力) such a numeral is a phrase, not a figure.
func chineseMultiples(text string) []quantity {
	var out []quantity
	for at := 0; ; {
		i := strings.Index(text[at:], "倍")
		if i < 0 {
			return out
		}
		end := at + i + len("倍")
		start := at + i
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !cjk.IsNumeral(r) {
				break
			}
			start -= size
		}
		at = end
		value := cjk.Number(text[start : end-len("倍")])
		if value == 0 {
			continue
		}
		if qualifier, qStart := qualifierBefore(text, start, locale.Chinese); endsWithChangeVerb(text[:qStart]) {
			out = append(out, quantity{start: start, end: end, beforeStart: qStart, afterEnd: end, value: float64(value), unit: "倍",
				kind: cjk.Rate, qualifier: qualifier, chineseCount: false})
		}
	}
}

// splitNumeral splits a count into its numerals and its measure word: 八个 → 八, 个.
func splitNumeral(s string) (numeral, measure string) {
	for i, r := range s {
		if !cjk.IsNumeral(r) {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

func sortQuantities(qs []quantity) {
	slices.SortFunc(qs, func(a, b quantity) int { return a.start - b.start })
}
