package format

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"briefing/content"
	"briefing/content/cjk"
	"briefing/content/locale"
)

// Number writes a number in the shortest form that reads back the same: 109.19, 2300, 0.4.
func Number(value float64) string { return strconv.FormatFloat(value, 'f', -1, 64) }

// Value writes a value with its unit: a currency before the number ($4.2 billion, RMB 300), a unit
// that starts with a Latin letter after a space (1.2 percentage points), any other joined to it
// (109.19亿元, 12%).
func Value(value float64, unit string) string {
	number := Number(value)
	if symbol, scale, ok := currency(unit); ok {
		return strings.TrimSpace(symbol + number + " " + scale)
	}
	return number + unitAfter(unit)
}

// unitAfter is a unit as it follows a number: after a space when it starts with a Latin letter, as
// English units do, joined otherwise (亿元, %).
func unitAfter(unit string) string {
	if unit != "" && unit != "%" && unit[0] < utf8.RuneSelf {
		return " " + unit
	}
	return unit
}

// currency splits a unit that opens with a currency symbol of cjk.Currencies ($ billion, RMB, US$)
// into the symbol as it is written before a number and the rest.
func currency(unit string) (symbol, rest string, ok bool) {
	for _, written := range cjk.Currencies() {
		bare := strings.TrimSpace(written)
		if after, found := strings.CutPrefix(unit, bare); found && (after == "" || after[0] == ' ') {
			return written, strings.TrimSpace(after), true
		}
	}
	return "", "", false
}

// Figure writes a figure's value with its unit and qualifier as the text has them: 109.19亿元,
// 10万元以下, 300多家 and 3万余 (多 and 余 stand where the text puts them), 超过4000亿元 and 近1.2万人
// (a bound other than cjk.BoundsAfter goes first, as the text writes it), more than 5 (an English
// qualifier goes first).
//
// The number is written as the text writes it: with its decimals ($2.40 billion stays 2.40) and its
// thousands separators (15,300个; a compound amount 2万1,456美元 is 21,456美元). A ratio is its text.
func Figure(f content.Figure) string {
	if f.Unit == "ratio" {
		return f.Text
	}
	number := writtenNumber(f.Value, f.Text)
	value := writtenValue(number, f.Unit)
	q := f.Qualifier
	switch r, size := utf8.DecodeRuneInString(q); {
	case q == "":
		return value
	case isLatin(q):
		return q + " " + value
	case size == len(q) && cjk.IsApproximate(r) && afterDigit(f.Text, q):
		return number + q + unitAfter(f.Unit)
	case cjk.IsBoundAfter(q):
		return value + q
	}
	return q + value // 超过4000亿元, 近1.2万人, 计划920亿元
}

// writtenValue is Value with the number already written.
func writtenValue(number, unit string) string {
	if symbol, scale, ok := currency(unit); ok {
		return strings.TrimSpace(symbol + number + " " + scale)
	}
	return number + unitAfter(unit)
}

// writtenNumber writes value with as many decimals as the last number of text has (the number of a
// compound amount, 2万1,456, is its last part), grouped by thousands when text groups them.
func writtenNumber(value float64, text string) string {
	if !strings.ContainsAny(text, "0123456789０１２３４５６７８９") {
		return Number(value) // no number written: the shortest form
	}
	decimals, grouped, inNumber := 0, false, false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		r = cjk.FoldWidth(r)
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		next = cjk.FoldWidth(next)
		switch {
		case r >= '0' && r <= '9':
			if !inNumber {
				decimals, inNumber = 0, true
			} else if decimals > 0 {
				decimals++
			}
		case inNumber && r == '.' && next >= '0' && next <= '9':
			decimals = 1
			i += size
			continue
		case inNumber && (r == ',' || r == '，') && next >= '0' && next <= '9':
			grouped = true
		default:
			inNumber = false
		}
		i += size
	}
	if decimals > 0 {
		decimals-- // counted from the point, which is not a decimal
	}
	return groupThousands(strconv.FormatFloat(value, 'f', decimals, 64), grouped)
}

// groupThousands puts a comma between the thousands of a number's integer part when grouped.
func groupThousands(number string, grouped bool) string {
	if !grouped {
		return number
	}
	sign := ""
	if strings.HasPrefix(number, "-") {
		sign, number = "-", number[1:]
	}
	integer, fraction, _ := strings.Cut(number, ".")
	var b strings.Builder
	for i, d := range integer {
		if i > 0 && (len(integer)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if fraction != "" {
		b.WriteString("." + fraction)
	}
	return sign + b.String()
}

// Change writes a change signed, with its unit: +13.34%, −2.1%, +1.2个百分点, −0.4 percentage
// points. The minus sign is U+2212, as typeset text has it. A nil change is "".
func Change(c *content.Change) string {
	if c == nil {
		return ""
	}
	sign := "+"
	if c.Value < 0 {
		sign = "−"
	}
	return sign + Number(math.Abs(c.Value)) + unitAfter(c.Unit)
}

// ChangeIn writes a change as Change does, after the words' 同比 or y/y when it compares with the
// year before: 同比 +13.34%, y/y +12%.
func ChangeIn(c *content.Change, words *locale.Words) string {
	if c != nil && c.Kind == content.ChangeYearOnYear {
		return words.YearOnYear + " " + Change(c)
	}
	return Change(c)
}

// Baseline writes the earlier value of a comparison with its period: 2020年 7.6亿元, or the value
// alone when the text gives no period. A nil baseline is "".
func Baseline(b *content.Baseline) string {
	if b == nil {
		return ""
	}
	return strings.TrimSpace(b.Period + " " + Value(b.Value, b.Unit))
}

// Periods writes the periods a figure spans: 2020年→2024年 when its baseline has a period too, its
// own period otherwise.
func Periods(f content.Figure) string {
	if b := f.Baseline; b != nil && b.Period != "" && f.Period != "" {
		return b.Period + "→" + f.Period
	}
	return f.Period
}

// afterDigit reports whether the qualifier q follows a digit in text, as 多 does in 300多家.
func afterDigit(text, q string) bool {
	i := strings.Index(text, q)
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	r = cjk.FoldWidth(r)
	return r >= '0' && r <= '9'
}

// isLatin reports whether s is written in ASCII, as English qualifiers are.
func isLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
