package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"briefing/content/locale"
)

// Read-only patterns for changes and baselines, matched against the folded text.
var (
	// chineseChangePrefix ends right before a rate: 同比增长13.34%, 分别增长21%, 同比增幅达5.9%,
	// 分别比上年低0.7个, 比上年实际增加512万元, 年增1.87%, 较111年增加4.6%, 比封关前缩短60%, 增长近一倍,
	// 五年年均增长6.8% (a span of years before the comparison belongs to it).
	// The comparison is a known one anywhere (同比, 比上年 …) or 比/较 and a few words at the start
	// of a clause (较预算数, 比封关前).
	chineseChangePrefix = regexp.MustCompile(`(?P<span>(?:近|过去)?[一二三四五六七八九十两]{1,2}年)?(?:(?P<known>` + knownComparisons + `)|(?:^|[，,；;：:。\n])(?P<other>(?:比|较|与)[^，,；;：:。\n]{1,10}?))?` +
		`(?P<resp>分别)?(?P<known2>` + knownComparisons + `)?(?:实际)?` +
		`(?P<verb>` + chineseChangeVerbs + `)了?(?:为|达到|达|约|近)?\s*$`)
	englishChangePrefix = regexp.MustCompile(`(?i)\b(?P<verb>` + englishChangeVerbs + `)(?:\s+by)?(?:\s+(?:about|nearly|almost|some|roughly))?\s+$`)
	englishYearOnYear   = regexp.MustCompile(`(?i)^\s*,?\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|from a year (?:earlier|ago)|y/y)\b`)
	// forwardTarget follows a change that precedes its figure: rose 12% to $4.2 billion.
	forwardTarget = regexp.MustCompile(`(?i)^\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year)\s*)?,?\s*(?:to|达到|达|至|到)\s*$`)
	// listJoin separates the rates of a 分别 list: 分别增长21%和9.4%.
	listJoin = regexp.MustCompile(`(?i)^\s*(?:和|、|及|与|,|，|and|, and)\s*$`)
	// baselineOpen precedes the earlier value of a comparison: 由2020年的7.6亿元, from $3.1 billion.
	baselineOpen = regexp.MustCompile(`(?i)(?:由|从|\bfrom)\s*$`)
	// baselineTo joins the earlier value to the later one: …增长到…, … to …
	baselineTo = regexp.MustCompile(`(?i)^\s*(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|缩小|跃升|发展|调整|优化|拓展|压缩|缩短|增|降)?\s*(?:到|至|为|\bto)\s*$`)
)

// The words of changes, as alternatives of the patterns above.
const (
	knownComparisons   = `同比|环比|比上年同期|比上年末|比上年度|比上年|较上年同期|较上年末|较上年度|较上年|比去年同期|比去年|较去年同期|较去年|年均`
	chineseChangeVerbs = `年增|新增|净增|净减|增长|增加|提高|提升|上升|上涨|增|下降|减少|降低|下滑|下跌|回落|减|缩短|缩小|压缩|低|高|增幅|降幅|增速|涨幅|跌幅|减幅`
	englishChangeVerbs = `rose|rising|risen|grew|growing|grown|increased|increasing|climbed|climbing|jumped|leaped|leapt|surged|advanced|gained|up|` +
		`fell|falling|fallen|dropped|declined|declining|decreased|down|slipped|slid|dipped|eased|tumbled|plunged|sank`
)

// negativeVerbs are the verbs of a change that make it a fall; read-only.
var negativeVerbs = []string{"下降", "减少", "降低", "下滑", "下跌", "回落", "减", "净减", "缩短", "缩小", "压缩", "低", "降幅", "跌幅", "减幅",
	"fell", "falling", "fallen", "dropped", "declined", "declining", "decreased", "down", "slipped", "slid", "dipped", "eased", "tumbled",
	"plunged", "sank"}

// rateNouns are the verbs of a change that are nouns: a rate that stands alone (增幅达5.9%) is named
// by them; read-only.
var rateNouns = []string{"增幅", "降幅", "增速", "涨幅", "跌幅", "减幅"}

// changePrefix is the wording of a change found right before a rate.
type changePrefix struct {
	start        int
	verb         string
	yearOnYear   bool
	compared     bool // the text says what it compares with: 同比, 比上年, 较预算数
	respectively bool // 分别: one rate for each of the figures before
}

// findChangePrefix reads the words before the rate at `at` that make it a change; ok is false for a
// rate that no verb of change precedes (占比45%).
func findChangePrefix(text string, from, at int, lang locale.Language) (changePrefix, bool) {
	if !mayEndChangeWording(text[from:at], lang) {
		return changePrefix{}, false
	}
	from = changeWindowStart(text, from, at)
	return matchChangePrefix(text, from, at, lang)
}

// matchChangePrefix matches the wording of a change against text[from:at] and reads it.
func matchChangePrefix(text string, from, at int, lang locale.Language) (changePrefix, bool) {
	before := text[from:at]
	if lang == locale.English {
		m := englishChangePrefix.FindStringSubmatchIndex(before)
		if m == nil {
			return changePrefix{}, false
		}
		verb := englishChangePrefix.SubexpIndex("verb")
		return changePrefix{start: from + m[0], verb: strings.ToLower(before[m[2*verb]:m[2*verb+1]])}, true
	}
	m := chineseChangePrefix.FindStringSubmatchIndex(before)
	if m == nil {
		return changePrefix{}, false
	}
	group := func(name string) (string, int) {
		i := chineseChangePrefix.SubexpIndex(name)
		if m[2*i] < 0 {
			return "", -1
		}
		return before[m[2*i]:m[2*i+1]], m[2*i]
	}
	known, _ := group("known")
	known2, _ := group("known2")
	other, otherAt := group("other")
	resp, _ := group("resp")
	verb, _ := group("verb")
	p := changePrefix{start: from + m[0], verb: verb, respectively: resp != ""}
	if span, spanAt := group("span"); span != "" {
		p.start = from + spanAt
	} else if otherAt >= 0 { // the match began at the punctuation before 比
		p.start = from + otherAt
	}
	p.compared = known != "" || known2 != "" || other != ""
	p.yearOnYear = known != "" && known != "年均" || known2 != "" && known2 != "年均" || strings.HasSuffix(other, "年") || strings.HasSuffix(other, "年度") || verb == "年增"
	if (verb == "低" || verb == "高") && !p.compared {
		return changePrefix{}, false // 低 and 高 make a change only as a comparison: 比上年低0.7个百分点
	}
	return p, true
}

// absoluteVerbs are the verbs whose amount is the change of the figure before it without saying what
// it compares with: 总数达到3.92万户，新增1380户.
var absoluteVerbs = []string{"新增", "净增", "净减"}

// barePercentVerbs are the verbs after which a number written without a unit is a percentage:
// 分别比上年增长 17 和 6.3.
var barePercentVerbs = []string{"增长", "下降", "下滑", "上涨", "下跌", "年增", "增幅", "降幅", "增速", "涨幅", "跌幅", "减幅"}

// Read-only word lists of mayEndChangeWording: the verbs of chineseChangePrefix, and the words it
// allows after them.
var (
	changeVerbs     = strings.Split(chineseChangeVerbs, "|")
	changeVerbLinks = []string{"为", "达到", "达", "约", "近"}
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
// a span of years (过去十二年), a clause mark, 比 and ten characters, 分别, 比上年同期, 实际, 增长, 了 and 达到 are 111; "increasing
// by almost" 18 (54 if every letter were a three-byte case fold such as the Kelvin sign). Only white
// space may stretch it.
const maxChangeWording = 112

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
