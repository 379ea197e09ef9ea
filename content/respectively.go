package content

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// Read-only word lists and patterns of "respectively" lists.
var (
	// chineseListJoins join the names of a subject and the values of a list, longest first.
	chineseListJoins = []string{"以及", "和", "、", "及", "与"}
	// englishListJoin joins the names and the values of an English list: A, B and C.
	englishListJoin     = regexp.MustCompile(`^(?:\s*,\s*and\s+|\s+and\s+|\s*,\s*)`)
	englishRespectively = regexp.MustCompile(`(?i)^\s*,?\s*respectively\b`)
)

// attachRespectively handles "A、B分别增长21%和9.4%": the listed rates go, in order, to the figures
// before them. A rate written without its unit takes the last one's (分别低0.7个和0.2个百分点), and
// one written with none at all after 增长 is a percentage (分别比上年增长 17 和 6.3). With no figures
// before them, the rates stand alone, each named by its own name in the subject
// (规模以上工业增加值、固定资产投资分别增长7.8%和5.2% → 规模以上工业增加值增速, 固定资产投资增速).
func (r figureRules) attachRespectively(text string, drafts []*draft, i int, prefix changePrefix) {
	rates := []*draft{drafts[i]}
	for j := i + 1; j < len(drafts) && drafts[j].sentence == drafts[i].sentence && listJoin.MatchString(text[drafts[j-1].q.afterEnd:drafts[j].q.beforeStart]); j++ {
		next := drafts[j]
		if next.q.unit == "" && prefix.takesBarePercent() {
			next.makePercent()
		}
		rates = append(rates, next)
	}
	shareLastUnit(rates)
	for len(rates) > 1 && !rates[len(rates)-1].rate {
		rates = rates[:len(rates)-1]
	}
	if !rates[0].rate && !prefix.compared {
		return // amounts after 分别 and a verb are changes only when the text compares: 分别比上年增加
	}
	points := rates[0].q.kind == cjk.Rate && rates[0].q.unit != "%"
	var targets []*draft
	for j := i - 1; j >= 0 && len(targets) < len(rates); j-- {
		d := drafts[j]
		if d.sentence != drafts[i].sentence {
			break
		}
		if !d.consumed && d.change == nil && (!d.rate || points && d.ratePrefix == nil) {
			targets = append([]*draft{d}, targets...)
		}
	}
	if len(targets) != len(rates) {
		r.nameRespectiveRates(text, drafts, rates, prefix)
		return
	}
	for k, rate := range rates {
		start := rate.q.start
		if k == 0 {
			start = prefix.start
		}
		targets[k].change = &draftChange{prefix: prefix, rate: rate, start: start, end: rate.q.end, yoy: prefix.yearOnYear}
		rate.consumed = true
	}
}

// nameRespectiveRates makes each rate of a "respectively" list a figure of its own, named by its own
// name in the subject before 分别 and, for a percentage, 增速.
func (r figureRules) nameRespectiveRates(text string, drafts []*draft, rates []*draft, prefix changePrefix) {
	barriers := collectBarriers(drafts, nil)
	names := r.listNames(text, prefix.start, barriers, len(rates))
	for k, d := range rates {
		p := prefix
		d.ratePrefix = &p
		d.constructFrom = prefix.start
		if names != nil {
			d.listLabel = slices.Concat(names[k], r.rateName(d))
		}
	}
}

// shareLastUnit gives the values of a list written without their whole unit the last one's:
// 0.7个和0.2个百分点, 120和85亿元.
func shareLastUnit(list []*draft) {
	last := list[len(list)-1].q
	for _, d := range list[:len(list)-1] {
		if d.q.unit != last.unit && strings.HasPrefix(last.unit, d.q.unit) {
			d.q.unit, d.q.kind = last.unit, last.kind
			d.rate = last.kind == cjk.Rate
		}
	}
}

// nameListedValues gives each value of a "respectively" list the name its subject lists in the same
// place: 规模以上工业增加值和社会消费品零售总额分别为120亿元和85亿元, "Revenue and exports were
// $4.2 billion and $1.3 billion respectively". Read as one clause, the second value would be named by
// the first value and everything before it. A measure named between 分别 and the values is every
// name's: 临江经开区、滨湖高新区分别实现产值… → 临江经开区产值, 滨湖高新区产值.
func (r figureRules) nameListedValues(text string, drafts []*draft, barriers []int) {
	for i := 0; i < len(drafts); i++ {
		values := r.listedValues(text, drafts, i)
		if len(values) < 2 {
			continue
		}
		subjectEnd, measure, ok := r.respectiveSubject(text, values, barriers)
		if !ok {
			continue
		}
		names := r.listNames(text, subjectEnd, barriers, len(values))
		if names == nil {
			// One name for every value: Net sales were $1.86 billion and $1.71 billion in 2024 and
			// 2023, respectively.
			if one := r.listNames(text, subjectEnd, barriers, 1); one != nil {
				for range values {
					names = append(names, one[0])
				}
			}
		}
		for k, d := range values {
			if names != nil {
				d.listLabel = slices.Concat(names[k], measure)
			}
		}
		i += len(values) - 1
	}
}

// listedValues is the run of values from drafts[i] joined by 和, 、, 及, 与 (and, commas in English).
func (r figureRules) listedValues(text string, drafts []*draft, i int) []*draft {
	if drafts[i].consumed {
		return nil
	}
	j := i + 1
	for j < len(drafts) && !drafts[j].consumed && drafts[j].sentence == drafts[i].sentence && r.onlyListJoin(text[drafts[j-1].q.afterEnd:drafts[j].q.start]) {
		j++
	}
	return drafts[i:j]
}

// onlyListJoin reports whether s is nothing but a word or mark that joins the items of a list.
func (r figureRules) onlyListJoin(s string) bool {
	if r.lang == locale.English {
		m := englishListJoin.FindStringIndex(s)
		return m != nil && m[1] == len(s)
	}
	s = strings.TrimSpace(s)
	for _, join := range chineseListJoins {
		if s == join {
			return true
		}
	}
	return false
}

// respectiveSubject finds where the subject of a list of values ends and the measure every name
// shares: in Chinese, the subject ends at 分别 and the measure is what stands between it and the values
// without its linking verb (分别实现产值); in English the subject ends where the values start, when
// "respectively" follows them (the verb is trimmed as a label's closing word is).
func (r figureRules) respectiveSubject(text string, values []*draft, barriers []int) (end int, measure []labelPart, ok bool) {
	first := values[0]
	if r.lang == locale.English {
		after := values[len(values)-1].q.afterEnd
		if p := values[len(values)-1].localPeriod; p != nil && p.start >= after {
			after = p.end // $1.86 billion and $1.71 billion in 2024 and 2023, respectively
			for _, d := range values {
				if d.localPeriod != nil {
					after = max(after, d.localPeriod.end)
				}
			}
		}
		return first.q.beforeStart, nil, englishRespectively.MatchString(text[after:])
	}
	at := first.constructFrom
	if p := first.localPeriod; p != nil && p.start < at {
		at = p.start
	}
	clauseStart, _ := clauseBefore(text, at, barriers)
	i := strings.LastIndex(text[clauseStart:at], "分别")
	if i < 0 {
		return 0, nil, false
	}
	end = clauseStart + i
	rest := strings.TrimSpace(text[end+len("分别") : at])
	for _, verb := range respectiveLinks {
		rest = strings.TrimPrefix(rest, verb)
	}
	if rest != "" && isAllHan(rest) {
		measure = []labelPart{{rest, end, at}}
	}
	return end, measure, true
}

// respectiveLinks join 分别 to its values without naming anything; read-only.
var respectiveLinks = []string{"为", "是", "达到", "达", "实现", "完成", "有"}

func isAllHan(s string) bool {
	for _, r := range s {
		if !cjk.IsHan(r) {
			return false
		}
	}
	return true
}

// listNames reads the subject that ends at end and splits it into k names, each a label quoted from
// its own stretch of text; nil unless there are exactly k. The subject may run back over the marks
// that separate its names (、, or commas in English).
func (r figureRules) listNames(text string, end int, barriers []int, k int) [][]labelPart {
	start, boundary := clauseBefore(text, end, barriers)
	for {
		names := r.splitNames(text, start, end)
		if len(names) == k {
			return names
		}
		if len(names) > k || boundary == 0 || !(boundary == '、' || r.lang == locale.English && boundary == ',') {
			return nil
		}
		start, boundary = clauseBefore(text, start-utf8.RuneLen(boundary), barriers)
	}
}

// splitNames cuts text[start:end] at the words that join a list and cleans each piece into a label;
// nil when a piece names nothing. A category closing the list (保税维修、跨境电商等新业态) is left out,
// and a measure that only the last name spells out is every name's (城镇、农村居民人均可支配收入).
func (r figureRules) splitNames(text string, start, end int) [][]labelPart {
	var pieces []Span
	for from := start; from <= end; {
		at, size := r.nextListJoin(text[from:end])
		to := end
		if at >= 0 {
			to = from + at
		}
		pieces = append(pieces, Span{from, to})
		if at < 0 {
			break
		}
		from = to + size
	}
	if last := &pieces[len(pieces)-1]; r.lang == locale.Chinese && len(pieces) > 1 {
		if i := strings.Index(text[last.Start:last.End], "等"); i > 0 {
			last.End = last.Start + i
		}
	}
	if r.lang == locale.Chinese {
		// A verb opening the first name is the whole list's (接待国内游客和入境游客): no name's own.
		first := &pieces[0]
		name := text[first.Start:first.End]
		skip := len(name) - len(r.trimLeading(name))
		if at, verb := lastVerb(name[skip:], 0); at == 0 && len(name) > skip+len(verb) {
			first.Start += skip + len(verb)
		}
	}
	var names [][]labelPart
	for _, piece := range pieces {
		var name []labelPart
		for _, part := range r.cleanBefore(text[piece.Start:piece.End]) {
			name = append(name, labelPart{part, piece.Start, piece.End})
		}
		if name == nil {
			return nil
		}
		names = append(names, name)
	}
	if r.lang == locale.Chinese {
		shareHead(names)
	}
	return names
}

// endsWithMeasure reports whether a name already says what is measured: 利润总额, 失业率, 人数.
func endsWithMeasure(name string) bool {
	if endsWithAny(name, measureHeads) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune("率数额量值价比", r)
}

// measureHeads are the measures a list of names may share, written once after its last name:
// 城镇和农村居民人均可支配收入; longest first; read-only.
var measureHeads = []string{"人均可支配收入", "可支配收入", "营业收入", "增加值", "总产值", "营业额", "销售额", "零售额", "交易额", "产值", "收入", "总额", "投资",
	"产量", "利润", "面积", "人口"}

// shareHead gives every name of a list the measure its last name ends with, when none of the others
// names a measure of its own: 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入. The words of the last name between the
// part parallel to the first name and the measure are shared too (居民), when they make a word of two
// characters or more.
func shareHead(names [][]labelPart) {
	last := names[len(names)-1]
	lastText := last[len(last)-1].text
	head := ""
	for _, m := range measureHeads {
		if strings.HasSuffix(lastText, m) && lastText != m {
			head = m
			break
		}
	}
	if head == "" {
		return
	}
	for _, name := range names[:len(names)-1] {
		if endsWithMeasure(name[len(name)-1].text) {
			return // the names are whole (工业总产值、税收和社会消费品零售总额): nothing is shared
		}
	}
	modifier := []rune(strings.TrimSuffix(lastText, head))
	if n := runeLen(names[0][len(names[0])-1].text); len(modifier)-n >= 2 {
		head = string(modifier[n:]) + head
	}
	part := last[len(last)-1]
	for k, name := range names[:len(names)-1] {
		names[k] = append(name[:len(name):len(name)], labelPart{head, part.from, part.to})
	}
}

// nextListJoin finds the first word that joins two names in s: where it starts and its length.
func (r figureRules) nextListJoin(s string) (at, size int) {
	if r.lang == locale.English {
		for i := 0; i < len(s); i++ {
			if s[i] == ',' || s[i] == ' ' {
				if m := englishListJoin.FindStringIndex(s[i:]); m != nil && m[0] == 0 {
					return i, m[1]
				}
			}
		}
		return -1, 0
	}
	at = -1
	for _, join := range chineseListJoins {
		if i := strings.Index(s, join); i >= 0 && (at < 0 || i < at) {
			at, size = i, len(join)
		}
	}
	return at, size
}

// respectivePeriods dates a list of values by a list of periods after it, in order: $1.86 billion and
// $1.71 billion in 2024 and 2023, respectively.
func (r figureRules) respectivePeriods(text string, drafts []*draft, periods []period) {
	for i := 0; i < len(drafts); i++ {
		values := r.listedValues(text, drafts, i)
		if len(values) < 2 {
			continue
		}
		i += len(values) - 1
		at := values[len(values)-1].q.afterEnd
		if !strings.HasPrefix(text[at:], " in ") {
			continue
		}
		at += len(" in ")
		var dating []*period
		for k := range periods {
			p := &periods[k]
			if p.start != at || len(dating) == len(values) {
				continue
			}
			dating = append(dating, p)
			m := englishListJoin.FindStringIndex(text[p.end:])
			if m == nil {
				at = p.end
				break
			}
			at = p.end + m[1]
		}
		if len(dating) != len(values) || !englishRespectively.MatchString(text[at:]) {
			continue
		}
		for k, d := range values {
			dating[k].local = true
			d.localPeriod = dating[k]
		}
	}
}
