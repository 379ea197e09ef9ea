package content

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"briefing/content/locale"
)

// period is a phrase that dates figures: 2024年前三季度, 今年以来, in the first half of 2024.
type period struct {
	start, end int // in the folded text
	// local is set when the phrase dates only the number right after it (2023年的10.6亿元) or, in
	// English, right before it ($3.1 billion in 2022); otherwise it dates the rest of its sentence.
	local bool
	// date is set for a day (12月1日, 12月10日前): it names when something happened, not the span a
	// figure covers, so it dates nothing.
	date bool
}

// The years of a Chinese period: Gregorian, and in traditional text the years of the Republic of
// China too (112年 is 2023), which date figures as Gregorian ones do.
const (
	chineseMonths = `\d{1,2}(?:[-—–~至到]\d{1,2})?月份?(?:\d{1,2}日|底|末|初|上旬|中旬|下旬)?`
	chineseYear   = `(?:19|20)\d{2}`
	rocYear       = `(?:(?:19|20)\d{2}|1[0-4]\d)`
)

// Read-only patterns for periods. Arabic numbers inside a period (years, months) belong to it.
var (
	chinesePeriodPattern = regexp.MustCompile(chineseYear + `年度?(?:(?:前|第)?[一二三四1-4]季度|上半年|下半年|全年|年底|年末|底|末|初|以来|前[一二三四五六七八九十\d]{1,2}个月|` + chineseMonths + `)?` +
		`|(?:^|[^\d.])(` + chineseMonths + `)` +
		`|(?:今年|去年|上年|明年)(?:以来|前三季度|上半年|下半年|底|末|初|(?:前|第)?[一二三四]季度|` + chineseMonths + `)?` +
		`|过去一年|近年来|近[两二三四五六七八九十]年来?|过去[两二三四五六七八九十]年|前三季度|上半年|下半年|全年|年末|年底|第?[一二三四]季度`)
	rocPeriodPattern     = regexp.MustCompile(strings.Replace(chinesePeriodPattern.String(), chineseYear, rocYear, 1))
	englishPeriodPattern = regexp.MustCompile(`(?i)\b(?:(?:the )?(?:first|second|third|fourth|last) (?:quarter|half) of |(?:the )?first (?:three|six|nine) months of |fiscal (?:year )?|FY ?)?(?:19|20)\d{2}\b|\b(?:this|last) year\b|\byear to date\b`)
)

// findPeriods finds the periods of the folded text. The patterns run only over the stretches around
// the words every period holds (see periodWindows), which finds what one run over the whole text
// would at a fraction of the cost.
func findPeriods(text string, lang locale.Language, traditional bool) []period {
	pattern := chinesePeriodPattern
	if traditional {
		pattern = rocPeriodPattern
	}
	if lang == locale.English {
		pattern = englishPeriodPattern
	}
	var out []period
	for _, w := range periodWindows(text, lang) {
		for _, m := range pattern.FindAllStringSubmatchIndex(text[w.Start:w.End], -1) {
			start, end := w.Start+m[0], w.Start+m[1]
			if len(m) > 3 && m[2] >= 0 { // a bare month: the match began one character early
				start = w.Start + m[2]
			}
			if lang == locale.English && !englishYearContext(text, start, end) {
				continue
			}
			if comparedWith(text, start) {
				continue // 比上年增加: the year compared with, not the period of a figure
			}
			out = append(out, period{start: start, end: end, local: strings.HasPrefix(text[end:], "的"), date: strings.HasSuffix(text[start:end], "日")})
		}
	}
	return out
}

// periodMargins bound where a match of the period patterns lies around the first anchor it holds — 年,
// 月 or 季 in Chinese; a year's digits or the word "year" in English: it begins at most before bytes
// ahead of the anchor (今3-12月: 11; the first three months of 2024: 26, 28 with a case fold such as ſ)
// and ends at most after bytes past the anchor's start (2024年度10-12月份31日: 24; year to date: 12).
func periodMargins(lang locale.Language) (before, after int) {
	if lang == locale.English {
		return 40, 16
	}
	return 16, 28
}

// periodWindows lists the stretches of text around the anchors of periods, in order and apart. Each
// match lies inside the window of its first anchor, and a window's edges read as the whole text does:
// a Chinese window never starts at a digit (where ^ would let a bare month match) and an English one
// starts and ends between words (where \b holds as it does in the text).
func periodWindows(text string, lang locale.Language) []Span {
	before, after := periodMargins(lang)
	var windows []Span
	for _, anchor := range periodAnchors(text, lang) {
		w := widenPeriodWindow(text, Span{max(0, anchor-before), min(len(text), anchor+after)}, lang)
		if n := len(windows); n > 0 && w.Start <= windows[n-1].End {
			windows[n-1] = Span{min(w.Start, windows[n-1].Start), max(w.End, windows[n-1].End)}
			continue
		}
		windows = append(windows, w)
	}
	return windows
}

// periodAnchors lists, in order, where the anchors of periods start. Chinese ones are found with
// strings.Index, which is many times faster than a loop over the bytes.
func periodAnchors(text string, lang locale.Language) []int {
	var anchors []int
	if lang == locale.English {
		for i := range len(text) {
			if periodAnchor(text, i) {
				anchors = append(anchors, i)
			}
		}
		return anchors
	}
	for _, anchor := range []string{"年", "月", "季"} {
		for at := 0; ; {
			i := strings.Index(text[at:], anchor)
			if i < 0 {
				break
			}
			anchors = append(anchors, at+i)
			at += i + len(anchor)
		}
	}
	slices.Sort(anchors)
	return anchors
}

// periodAnchor reports whether an English period's anchor starts at text[i]. It runs on every byte,
// so it looks at the first byte before anything else.
func periodAnchor(text string, i int) bool {
	switch text[i] {
	case '1', '2':
		return i+4 <= len(text) && (text[i:i+2] == "19" || text[i:i+2] == "20") && isDigit(text[i+2]) && isDigit(text[i+3])
	case 'y', 'Y':
		return i+4 <= len(text) && strings.EqualFold(text[i:i+4], "year")
	}
	return false
}

// widenPeriodWindow moves a window's edges to character starts where the patterns read the window as
// they read the whole text.
func widenPeriodWindow(text string, w Span, lang locale.Language) Span {
	for w.Start > 0 && (!utf8.RuneStart(text[w.Start]) || lang == locale.Chinese && isDigit(text[w.Start]) || lang == locale.English && isASCIIWord(text[w.Start-1])) {
		w.Start--
	}
	for w.End < len(text) && (!utf8.RuneStart(text[w.End]) || lang == locale.English && isASCIIWord(text[w.End])) {
		w.End++
	}
	return w
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isASCIIWord is a character of a word as \b of package regexp sees it.
func isASCIIWord(b byte) bool { return isASCIIAlnum(b) || b == '_' }

// englishYearContext keeps a four-digit number a year only when nothing makes it an amount:
// no currency before it and no unit after it.
func englishYearContext(text string, start, end int) bool {
	if currencyBefore(text, start) != "" {
		return false
	}
	rest := strings.TrimLeft(text[end:], " ")
	_, unit := matchEnglishUnit(" " + rest)
	return unit == 0 && !strings.HasPrefix(rest, "%")
}

// contains reports whether the period covers [start, end).
func (p period) contains(start, end int) bool { return start >= p.start && end <= p.end }

// comparedWith reports whether the period at start follows 比, 较 or 与: the base of a comparison.
func comparedWith(text string, start int) bool {
	for _, word := range []string{"比", "较", "与"} {
		if strings.HasSuffix(text[:start], word) {
			return true
		}
	}
	return false
}

// isTraditional reports whether the folded text was written in traditional characters, where years
// may be counted from 1912 (112年).
func isTraditional(f folded) bool {
	return f.traditional
}
