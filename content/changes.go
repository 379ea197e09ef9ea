package content

import (
	"regexp"
	"strings"
)

// Read-only patterns for changes and baselines, matched against the folded text.
var (
	// chineseChangePrefix ends right before a rate: 同比增长13.34%, 分别增长21%, 同比增幅达5.9%.
	chineseChangePrefix = regexp.MustCompile(`(同比|比上年同期|比上年|较上年同期|较上年|比去年同期|较去年同期|比去年|较去年|年均)?(分别)?(增长|增加|提高|提升|上升|上涨|增|下降|减少|降低|下滑|回落|减|增幅|降幅|增速|涨幅|跌幅|减幅)了?(?:为|达到|达|约)?\s*$`)
	englishChangePrefix = regexp.MustCompile(`(?i)\b(rose|rising|risen|grew|growing|grown|increased|increasing|climbed|jumped|gained|up|fell|falling|fallen|dropped|declined|declining|decreased|down|slipped)(?:\s+by)?(?:\s+(?:about|nearly|almost|some))?\s+$`)
	englishYearOnYear   = regexp.MustCompile(`(?i)^\s*,?\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|from a year (?:earlier|ago)|y/y)\b`)
	// forwardTarget follows a change that precedes its figure: rose 12% to $4.2 billion.
	forwardTarget = regexp.MustCompile(`(?i)^\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year)\s*)?,?\s*(?:to|达到|达|至|到)\s*$`)
	// listJoin separates the rates of a 分别 list: 分别增长21%和9.4%.
	listJoin = regexp.MustCompile(`(?i)^\s*(?:和|、|及|与|,|，|and|, and)\s*$`)
	// baselineOpen precedes the earlier value of a comparison: 由2020年的7.6亿元, from $3.1 billion.
	baselineOpen = regexp.MustCompile(`(?i)(?:由|从|\bfrom)\s*$`)
	// baselineTo joins the earlier value to the later one: …增长到…, … to …
	baselineTo = regexp.MustCompile(`(?i)^\s*(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|缩小|跃升|发展)?\s*(?:到|至|为|\bto)\s*$`)
)

// negativeVerbs are the verbs of a change that make it a fall; read-only.
var negativeVerbs = []string{"下降", "减少", "降低", "下滑", "回落", "减", "降幅", "跌幅", "减幅",
	"fell", "falling", "fallen", "dropped", "declined", "declining", "decreased", "down", "slipped"}

// rateNouns are the verbs of a change that are nouns: a rate that stands alone (增幅达5.9%) is named
// by them; read-only.
var rateNouns = []string{"增幅", "降幅", "增速", "涨幅", "跌幅", "减幅"}

// changePrefix is the wording of a change found right before a rate.
type changePrefix struct {
	start        int
	verb         string
	yearOnYear   bool
	respectively bool // 分别: one rate for each of the figures before
}

// findChangePrefix reads the words before the rate at `at` that make it a change; ok is false for a
// rate that no verb of change precedes (占比45%).
func findChangePrefix(text string, from, at int, lang Language) (changePrefix, bool) {
	before := text[from:at]
	if lang == English {
		m := englishChangePrefix.FindStringSubmatchIndex(before)
		if m == nil {
			return changePrefix{}, false
		}
		return changePrefix{start: from + m[0], verb: strings.ToLower(before[m[2]:m[3]])}, true
	}
	m := chineseChangePrefix.FindStringSubmatchIndex(before)
	if m == nil {
		return changePrefix{}, false
	}
	return changePrefix{
		start:        from + m[0],
		verb:         before[m[6]:m[7]],
		yearOnYear:   m[2] >= 0 && before[m[2]:m[3]] != "年均",
		respectively: m[4] >= 0,
	}, true
}

// signed applies the direction of the verb to a rate as written.
func (c changePrefix) signed(value float64) float64 {
	for _, v := range negativeVerbs {
		if c.verb == v && value > 0 {
			return -value
		}
	}
	return value
}

// rateNoun is the noun that names a standalone rate, if the change was worded with one.
func (c changePrefix) rateNoun() string {
	for _, n := range rateNouns {
		if c.verb == n {
			return n
		}
	}
	return ""
}

// onlySeparators reports whether s holds nothing but spaces and clause punctuation, so that what is
// on either side of it belongs together.
func onlySeparators(s string) bool {
	return strings.Trim(s, " \t,，、;；") == ""
}
