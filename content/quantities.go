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
	year         bool   // a calendar year (2024年, in 2023): it dates figures, it is not one
	chineseCount bool   // written in Chinese numerals with a measure word: 八个严禁
}

// scanQuantities finds every number of the folded text in order.
func scanQuantities(text string, lang locale.Language) []quantity {
	var out []quantity
	for _, loc := range arabicNumbers(text) {
		start, end := loc[0], loc[1]
		if start > 0 && (isASCIIAlnum(text[start-1]) || text[start-1] == '.') {
			continue // part of a word or a version, such as G20 or 5G's neighbour
		}
		if text[start] == '+' || text[start] == '-' {
			if start > 0 && isASCIIAlnum(text[start-1]) {
				start++
			}
		}
		out = append(out, readQuantity(text, start, end, lang))
	}
	for _, loc := range chineseCounts(text) {
		if q, ok := readChineseCount(text, loc[0], loc[1]); ok {
			out = append(out, q)
		}
	}
	sortQuantities(out)
	return out
}

func isASCIIAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// readQuantity reads the number at [start, end) and the currency, scale, unit and qualifiers around it.
func readQuantity(text string, start, end int, lang locale.Language) quantity {
	value, _ := strconv.ParseFloat(strings.ReplaceAll(text[start:end], ",", ""), 64)
	q := quantity{start: start, end: end, value: value}
	numberText := text[start:end]
	if symbol := currencyBefore(text, start); symbol != "" {
		q.start -= len(symbol)
		q.unit = strings.TrimSpace(symbol)
		q.kind = cjk.Amount
	}
	rest := text[end:]
	// Chinese: 300多家, 30余个, 53.85 亿斤 (a space from a PDF copy), 109.19亿元.
	if r, size := utf8.DecodeRuneInString(rest); cjk.IsApproximate(r) {
		if unit, _ := matchChineseUnit(rest[size:]); unit != "" {
			q.qualifier = string(r)
			rest = rest[size:]
			q.end += size
		}
	}
	gap := len(rest) - len(strings.TrimLeft(rest, " \t"))
	if unit, kind := matchChineseUnit(rest[gap:]); unit != "" && (gap == 0 || lang == locale.Chinese) {
		q.end += gap + len(unit)
		q.unit, q.kind = unit, kind
	} else if rest != "" && rest[0] == '%' {
		q.end++
		q.unit, q.kind = "%", cjk.Rate
	} else {
		q.readEnglishUnit(text)
	}
	q.afterEnd = q.end
	for _, after := range []string{"以上", "以下", "以内", "左右", "余"} {
		if strings.HasPrefix(text[q.end:], after) {
			q.qualifier = after
			q.afterEnd = q.end + len(after)
			break
		}
	}
	q.year = isYear(text, q, numberText)
	return q
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

// isYear tells a calendar year from a quantity: four digits from 1900 to 2100, followed by 年 (and
// not 年 as a span of time of so many years) or, in English, standing alone.
func isYear(text string, q quantity, numberText string) bool {
	if len(numberText) != 4 || q.value < 1900 || q.value > 2100 || strings.ContainsAny(numberText, ".,+-") {
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
	return quantity{start: start, end: end, afterEnd: end, value: float64(value), unit: measure, kind: cjk.Count, chineseCount: true}, true
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
