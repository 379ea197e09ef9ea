package content

import (
	"regexp"
	"strings"
)

// period is a phrase that dates figures: 2024年前三季度, 今年以来, in the first half of 2024.
type period struct {
	start, end int // in the folded text
	// local is set when the phrase dates only the number right after it (2023年的10.6亿元) or, in
	// English, right before it ($3.1 billion in 2022); otherwise it dates the rest of its sentence.
	local bool
}

// Read-only patterns for periods. Arabic numbers inside a period (years, months) belong to it.
var (
	chinesePeriodPattern = regexp.MustCompile(`(?:19|20)\d{2}年度?(?:(?:前|第)?[一二三四1-4]季度|上半年|下半年|全年|年底|年末|底|末|初|以来|前[一二三四五六七八九十\d]{1,2}个月|\d{1,2}(?:[-—–~至到]\d{1,2})?月份?(?:\d{1,2}日)?)?|(?:^|[^\d.])(\d{1,2}(?:[-—–~至到]\d{1,2})?月份?(?:\d{1,2}日)?)|今年以来|过去一年|今年前三季度|今年上半年|今年|去年|上年|近年来|近[两二三四五六七八九十]年来?|过去[两二三四五六七八九十]年|前三季度|上半年|下半年`)
	englishPeriodPattern = regexp.MustCompile(`(?i)\b(?:(?:the )?(?:first|second|third|fourth|last) (?:quarter|half) of |(?:the )?first (?:three|six|nine) months of |fiscal (?:year )?|FY ?)?(?:19|20)\d{2}\b|\b(?:this|last) year\b|\byear to date\b`)
)

// findPeriods finds the periods of the folded text.
func findPeriods(text string, lang Language) []period {
	pattern := chinesePeriodPattern
	if lang == English {
		pattern = englishPeriodPattern
	}
	var out []period
	for _, m := range pattern.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[0], m[1]
		if len(m) > 3 && m[2] >= 0 { // a bare month: the match began one character early
			start = m[2]
		}
		if lang == English && !englishYearContext(text, start, end) {
			continue
		}
		if comparedWith(text, start) {
			continue // 比上年增加: the year compared with, not the period of a figure
		}
		p := period{start: start, end: end, local: strings.HasPrefix(text[end:], "的")}
		out = append(out, p)
	}
	return out
}

// englishYearContext keeps a four-digit number a year only when nothing makes it an amount:
// no currency before it and no unit after it.
func englishYearContext(text string, start, end int) bool {
	if start > 0 && strings.ContainsAny(text[start-1:start], "$€£¥") {
		return false
	}
	rest := strings.TrimLeft(text[end:], " ")
	return !englishUnitPattern.MatchString(" "+rest) && !strings.HasPrefix(rest, "%")
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
