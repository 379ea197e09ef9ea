package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
)

// markerKind is a style of heading number. Chinese documents nest them in a fixed order:
// 第一部分 > 壹、 > 一、 > （一） > 1. > （1）. English ones use Part One, I., 1.
type markerKind int

// Marker kinds, outermost first; the order is the nesting order.
const (
	markerChapter       markerKind = iota + 1 // 第一部分, 第一章, Part One
	markerRoman                               // I. II.
	markerFormalNumeral                       // 壹、 贰、 (貳、): the formal numerals number the outer parts
	markerHanNumeral                          // 一、 二、
	markerParenHan                            // （一） (二)
	markerArabic                              // 1. 2、 １．
	markerParenArabic                         // （1） (2)
)

// marker is a heading number at the start of a paragraph.
type marker struct {
	kind markerKind
	size int // bytes of the marker and the spaces after it
}

// markerPattern is the pattern of one kind of heading number, and the characters a match can open
// with.
type markerPattern struct {
	kind    markerKind
	pattern *regexp.Regexp
	firsts  string
}

// markerPatterns lists each kind's pattern, in the order they are tried; the letters of part,
// chapter and section come with their case folds (ſ is the long s that (?i) folds to s). Read-only.
var markerPatterns = []markerPattern{
	{markerChapter, regexp.MustCompile(`^(?:第[一二三四五六七八九十百零〇两]+(?:部分|章|篇|节)|(?i:part|chapter|section)\s+(?:[0-9]+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\b[.:]?)[\s　]*`), "第PpCcSsſ"},
	{markerRoman, regexp.MustCompile(`^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.[\s　]+`), "IVX"},
	{markerFormalNumeral, regexp.MustCompile(`^[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}[、．][\s　]*`), "壹贰貳叁參肆伍陆陸柒捌玖拾"},
	{markerHanNumeral, regexp.MustCompile(`^[一二三四五六七八九十]{1,3}[、．][\s　]*`), "一二三四五六七八九十"},
	{markerParenHan, regexp.MustCompile(`^[（(][一二三四五六七八九十]{1,3}[）)][\s　]*`), "（("},
	{markerArabic, regexp.MustCompile(`^[0-9０-９]{1,2}[.、．][\s　]*`), "0123456789０１２３４５６７８９"},
	{markerParenArabic, regexp.MustCompile(`^[（(][0-9０-９]{1,2}[）)][\s　]*`), "（("},
}

// matchMarker finds a heading number at the start of line.
func matchMarker(line string) (marker, bool) {
	// Most lines open with none of the characters a heading number opens with, and one that opens
	// with a digit can hold no chapter's or numeral's marker: the patterns are costly to run on a long
	// line only to fail at its first character. Skipping those that cannot match finds what trying
	// each in turn does.
	first, _ := utf8.DecodeRuneInString(line)
	for _, mp := range markerPatterns {
		if !strings.ContainsRune(mp.firsts, first) {
			continue
		}
		if m, ok, decided := mp.match(line); decided {
			return m, ok
		}
	}
	return marker{}, false
}

// matchMarkerPatterns tries each kind of heading number in turn.
func matchMarkerPatterns(line string) (marker, bool) {
	for _, mp := range markerPatterns {
		if m, ok, decided := mp.match(line); decided {
			return m, ok
		}
	}
	return marker{}, false
}

// match reads a heading number of its kind at the start of line; decided is false when the line is
// left to the next kind.
func (mp markerPattern) match(line string) (m marker, ok, decided bool) {
	loc := mp.pattern.FindStringIndex(line)
	if loc == nil {
		return marker{}, false, false
	}
	size := loc[1]
	if mp.kind == markerArabic && size == len(strings.TrimRight(line[:size], " \t　")) && startsWithDigit(line[size:]) {
		return marker{}, false, false // 1.5亿元 is a number, not a heading
	}
	if size >= len(strings.TrimRight(line, " \t")) && mp.kind != markerChapter {
		return marker{}, false, true // a bare number is not a heading
	}
	return marker{kind: mp.kind, size: size}, true, true
}

// enumerationPattern finds inline enumerations: 一是……二是……, 第一，……第二，……, First, … Second, …
var enumerationPattern = regexp.MustCompile(`(?:^|[。；;：:！？!?\n]\s*|\.\s+|[，,]\s*)((?:[一二三四五六七八九十]是)|(?:第[一二三四五六七八九十][，,、])|(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Firstly|Secondly|Thirdly)[,:]\s*))`)

// enumerationOrdinal is the position an inline enumeration marker gives (一是 is 1), 0 for "finally".
func enumerationOrdinal(m string) int {
	m = strings.TrimSpace(strings.TrimRight(m, ",:，、 "))
	for i, words := range [][]string{
		{"一是", "第一", "First", "Firstly"},
		{"二是", "第二", "Second", "Secondly"},
		{"三是", "第三", "Third", "Thirdly"},
		{"四是", "第四", "Fourth"},
		{"五是", "第五", "Fifth"},
		{"六是", "第六", "Sixth"},
		{"七是", "第七"}, {"八是", "第八"}, {"九是", "第九"}, {"十是", "第十"},
	} {
		for _, w := range words {
			if m == w {
				return i + 1
			}
		}
	}
	return 0
}

func startsWithDigit(s string) bool {
	for _, r := range s {
		return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
	}
	return false
}

// markerOrdinal is the position a heading number gives (三、 is 3, （12） is 12, IV. is 4, 第二部分 is 2,
// 貳、 is 2), or 0 when it cannot be read.
func markerOrdinal(number string) int {
	number = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(number), "、．.:：)）"))
	number = strings.TrimLeft(number, "（(第")
	if fields := strings.Fields(number); len(fields) == 2 { // Part Two, Chapter 3
		number = fields[1]
	}
	for _, suffix := range []string{"部分", "章", "篇", "节"} {
		number = strings.TrimSuffix(number, suffix)
	}
	if n := arabicOrdinal(number); n > 0 {
		return n
	}
	if n, ok := romanOrdinals[strings.ToUpper(number)]; ok {
		return n
	}
	if n, ok := englishOrdinals[strings.ToLower(number)]; ok {
		return n
	}
	return cjk.Number(strings.Map(plainNumeral, number))
}

// arabicOrdinal reads one or two digits, full-width too; 0 for anything else.
func arabicOrdinal(s string) int {
	n, digits := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return 0
		}
		digits++
	}
	if digits == 0 || digits > 2 {
		return 0
	}
	return n
}

// Read-only tables of the ordinals English headings are numbered with.
var (
	romanOrdinals   = map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
	englishOrdinals = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// plainNumeral maps a formal numeral (壹 贰 貳 叁 參 …) to the plain one it stands for.
func plainNumeral(r rune) rune {
	if i := strings.IndexRune(formalNumerals, r); i >= 0 {
		return []rune(plainNumerals)[utf8.RuneCountInString(formalNumerals[:i])]
	}
	return r
}

// formalNumerals and plainNumerals pair each formal numeral with its plain form, rune by rune.
const (
	formalNumerals = "壹贰貳叁參肆伍陆陸柒捌玖拾"
	plainNumerals  = "一二二三三四五六六七八九十"
)
