package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"briefing/content/locale"
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
func findChangePrefix(text string, from, at int, lang locale.Language) (changePrefix, bool) {
	if !mayEndChangeWording(text[from:at], lang) {
		return changePrefix{}, false
	}
	from = changeWindowStart(text, from, at)
	before := text[from:at]
	if lang == locale.English {
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

// Read-only word lists of mayEndChangeWording: the verbs of chineseChangePrefix, and the words it
// allows after them.
var (
	changeVerbs = []string{"增长", "增加", "提高", "提升", "上升", "上涨", "增", "下降", "减少", "降低", "下滑", "回落", "减",
		"增幅", "降幅", "增速", "涨幅", "跌幅", "减幅"}
	changeVerbLinks = []string{"为", "达到", "达", "约"}
)

// mayEndChangeWording is a cheap test that most numbers fail: whether before could end with the
// wording of a change at all. A Chinese one ends with a verb, then perhaps 了, then perhaps 为, 达到,
// 达 or 约, then white space. An English one ends with a word and white space (rose 12%); none of its
// words ends in a letter with a non-ASCII case fold (ſ, K).
func mayEndChangeWording(before string, lang locale.Language) bool {
	end := len(before)
	for end > 0 && isRegexpSpace(before[end-1]) {
		end--
	}
	if lang == locale.English {
		return end > 0 && end < len(before) && isASCIILetter(before[end-1])
	}
	words := before[:end]
	for _, link := range changeVerbLinks {
		if rest, ok := strings.CutSuffix(words, link); ok && endsWithChangeVerb(rest) {
			return true
		}
	}
	return endsWithChangeVerb(words)
}

func endsWithChangeVerb(s string) bool {
	s = strings.TrimSuffix(s, "了")
	for _, verb := range changeVerbs {
		if strings.HasSuffix(s, verb) {
			return true
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// maxChangeWording bounds the bytes other than white space that the wording of a change can hold:
// 比上年同期分别增长了达到 is 36, "increasing by almost" 18 (54 if every letter were a three-byte
// case fold such as the Kelvin sign). Only white space may stretch it.
const maxChangeWording = 64

// changeWindowStart is where the text before a rate can start to hold its wording, on a character's
// first byte. The change patterns end at the rate, and none of their matches can begin at or before
// this point (it would hold too much), so searching from here finds what a search of the whole
// stretch between two numbers would, and a word boundary is never read at the window's edge.
func changeWindowStart(text string, from, at int) int {
	wording := 0
	i := at
	for ; i > from; i-- {
		if !isRegexpSpace(text[i-1]) {
			if wording++; wording > maxChangeWording {
				break
			}
		}
	}
	for i > from && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// isRegexpSpace is \s of package regexp: ASCII white space without the vertical tab.
func isRegexpSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
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

// growthRate names a rate in percent that a verb of change introduces; the text has the verb, not the
// noun, so the word is added rather than quoted.
const growthRate = "增速"

// rateName is what a rate standing alone adds to its subject: the noun of its wording (增幅达5.9% →
// …增幅), or after a verb of change 增速 (出口总额同比下降2.1% → 出口总额增速). A change in percentage
// points (失业率下降0.4个百分点) is named by its subject alone: it is not a growth rate.
func (r figureRules) rateName(d *draft) []labelPart {
	p := d.ratePrefix
	switch {
	case p == nil:
		return nil
	case p.rateNoun() != "":
		return []labelPart{{p.rateNoun(), p.start, d.q.start}}
	case r.lang == locale.Chinese && d.q.unit == "%":
		return []labelPart{{growthRate, d.q.start, d.q.start}}
	}
	return nil
}
