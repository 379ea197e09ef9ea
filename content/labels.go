package content

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// maxLabelRunes bounds a label that no rule has cut to its noun phrase, read back from its end.
const maxLabelRunes = 32

// labelPart is a piece of a label and the stretch of folded text it was read from, so that the label
// can be quoted from the text as written (traditional characters and all).
type labelPart struct {
	text     string
	from, to int
}

// label names what a figure measures: the noun after a count (2053个屋场党小组) or a span of time
// (连续12年未发生…), else the phrase before the number (总产值109.19亿元), reaching back one clause
// when the number's own clause names nothing (研发经费投入，由…到10.6亿元).
func (r figureRules) label(text string, d *draft, barriers []int) []labelPart {
	if d.listLabel != nil {
		return d.listLabel
	}
	if d.restates != nil {
		return r.label(text, d.restates, barriers)
	}
	after := r.afterLabel(text, d)
	afterParts := []labelPart{{after, d.q.afterEnd, len(text)}}
	if after != "" && (d.prefersAfter(r.lang) || r.lang == locale.English && d.q.kind != cjk.Rate) {
		return afterParts
	}
	at := d.constructFrom
	if d.localPeriod != nil && d.localPeriod.start < at {
		at = d.localPeriod.start
	}
	start, boundary := clauseBefore(text, at, barriers)
	parts := r.cleanBefore(text[start:at])
	if len(parts) == 0 && (boundary == '，' || boundary == ',') && start > 0 {
		prev := start - utf8.RuneLen(boundary)
		prevStart, _ := clauseBefore(text, prev, barriers)
		start, at = prevStart, prev
		parts = r.cleanBefore(text[start:at])
	}
	var label []labelPart
	for _, p := range parts {
		label = append(label, labelPart{p, start, at})
	}
	if d.previous != nil && r.lang == locale.English && (len(label) == 0 || len(label) == 1 && isEnglishJoin(label[0].text)) &&
		isEnglishJoin(strings.TrimSpace(text[d.previous.q.afterEnd:d.q.beforeStart])) {
		return r.label(text, d.previous, barriers) // between $3.1 billion and $3.3 billion: one measure
	}
	if len(label) == 1 && d.previous != nil && isRelationalMeasure(label[0].text) {
		// 民生支出37.2亿元，占比76.1%: the share is of what the figure before measures.
		label = slices.Concat(r.label(text, d.previous, barriers), label)
	}
	label = append(label, r.rateName(d)...)
	if len(label) == 0 {
		return afterParts
	}
	return label
}

// originalLabel quotes each part of a label from the text as written.
func originalLabel(f folded, original string, parts []labelPart) string {
	var b strings.Builder
	for _, p := range parts {
		if p.text == "" {
			continue
		}
		i := strings.LastIndex(f.text[p.from:p.to], p.text)
		if i < 0 {
			b.WriteString(p.text) // the rules removed something inside it, such as quotes
			continue
		}
		b.WriteString(f.originalSpan(p.from+i, p.from+i+len(p.text)).Of(original))
	}
	return b.String()
}

// prefersAfter: counts and spans of time are named by what follows them.
func (d *draft) prefersAfter(lang locale.Language) bool {
	if d.q.chineseCount || d.q.kind == cjk.Count || d.q.kind == cjk.Duration {
		return true
	}
	return lang == locale.English && d.q.unit == ""
}

func (r figureRules) afterLabel(text string, d *draft) string {
	rest := text[d.q.afterEnd:]
	if r.lang == locale.English {
		return englishAfterLabel(rest, d.q.unit == "")
	}
	var b strings.Builder
	for i, ch := range rest {
		if ch == '的' && b.Len() >= 6 || !cjk.IsHan(ch) || b.Len() > 0 && verbAt(rest[:i], rest, i) != "" {
			break
		}
		b.WriteRune(ch)
	}
	label := trimTrailingChinese(trimPrefixes(strings.TrimPrefix(b.String(), "的"), leadingAdjectives))
	if runeLen(label) < 2 {
		return ""
	}
	return headRunes(label, maxLabelRunes)
}

// cleanBefore turns the clause before a number into a label, in one or two parts taken from the
// clause: 工业 + 总产值 from 全县工业企业累计实现总产值.
func (r figureRules) cleanBefore(clause string) []string {
	if r.lang == locale.English {
		return nonEmpty(cleanEnglish(clause))
	}
	clause = strings.Map(func(ch rune) rune {
		if unicode.IsSpace(ch) {
			return -1
		}
		return ch
	}, clause)
	clause = trimUnpairedQuotes(strings.TrimLeft(clause, "、"))
	for changed := true; changed; {
		before := clause
		clause = r.trimLeading(clause)
		clause = trimTrailingChinese(clause)
		changed = clause != before
	}
	clause = strings.ReplaceAll(clause, "同比", "")
	clause = removeInnerAdverbs(clause)
	if i, verb := lastWord(clause, linkingVerbs); i >= 0 {
		subject := trimTrailingChinese(r.trimLeading(clause[:i]))
		object := clause[i+len(verb):]
		switch {
		case object == "":
			clause = subject
		case isGenericMeasure(object) && subject != "":
			qualifier := trimSuffixes(subject, genericHeads)
			if qualifier != "" && !strings.HasPrefix(object, qualifier) {
				return []string{tailRunes(qualifier, maxLabelRunes/2), object}
			}
			clause = object
		default:
			clause = object
		}
	} else {
		clause = r.trimLeading(readVerbs(clause))
	}
	return nonEmpty(tailRunes(trimUnpairedQuotes(clause), maxLabelRunes))
}

// trimLeading drops the words that open a clause without naming anything: scope words (全县), the
// place the byline speaks for, adverbs (累计, 力争) and adjectives (各类).
func (r figureRules) trimLeading(s string) string {
	s = trimPrefixes(s, r.leading)
	if r.locality != "" {
		// The place's bare name goes only before a scope word (衡南全社会…); before anything else it
		// names a place of its own (河西物流园).
		if rest, ok := strings.CutPrefix(s, r.locality); ok && strings.HasPrefix(rest, "全") {
			s = rest
		}
	}
	return s
}

// readVerbs reads what a clause with verbs names. After the last verb that says what was done
// (建成, 组建, 开展), the thing counted names the figure; a verb that says what is measured stays with
// the verbs of its kind right before it (改造提升高标准农田, 走访企业), whoever did it being left out.
// A verb that closes the clause (中欧班列开行, 一般公共预算支出安排) leaves its subject. Verbs inside a
// phrase before 的 describe the noun after it, and are read as part of it.
func readVerbs(clause string) string {
	from := 0
	if i := strings.LastIndex(clause, "的"); i >= 0 {
		from = i + len("的")
	}
	at, verb := lastVerb(clause, from)
	if at < 0 {
		return clause
	}
	object := clause[at+len(verb):]
	if isMeasuredVerb(verb) {
		return clause[at:]
	}
	switch {
	case object == "" && at > 0:
		return clause[:at]
	case runeLen(object) >= 3:
		return object
	}
	return verb + object
}

// lastVerb finds the verb of doneVerbs or measuredVerbs in s at or after from that ends last (the
// longest of those, so 改造提升 is one verb), where it is a verb: not inside a noun (建成区, 服务业) nor
// a word of something new (新引进, 新签约).
func lastVerb(s string, from int) (int, string) {
	best, found := -1, ""
	for i := from; i < len(s); {
		if verb := verbAt(s[:i], s, i); verb != "" && (best < 0 || i+len(verb) > best+len(found)) {
			best, found = i, verb
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return best, found
}

// verbAt is the verb that starts at s[i], or "". A verb that is also a noun (投入, 发展, 组织) is a verb
// only where its clause opens (投入产业创新研发经费); elsewhere it is part of a noun (研发经费投入强度,
// 数字经济发展专项资金).
func verbAt(clauseBefore, s string, i int) string {
	for _, list := range [][]string{measuredVerbs, doneVerbs} {
		for _, verb := range list {
			if !strings.HasPrefix(s[i:], verb) {
				continue
			}
			rest := s[i+len(verb):]
			next, _ := utf8.DecodeRuneInString(rest)
			if strings.ContainsRune(nounEndings, next) && !strings.HasPrefix(rest, "区域") || strings.HasSuffix(clauseBefore, "新") {
				continue
			}
			if isNounVerb(verb) && clauseBefore != "" {
				continue
			}
			return verb
		}
	}
	return ""
}

func isNounVerb(verb string) bool {
	for _, v := range nounVerbs {
		if v == verb {
			return true
		}
	}
	return false
}

func isMeasuredVerb(verb string) bool {
	for _, v := range measuredVerbs {
		if v == verb {
			return true
		}
	}
	return false
}

// removeInnerAdverbs drops the adverbs between a subject and its verb: 市领导累计走访企业 →
// 市领导走访企业.
func removeInnerAdverbs(s string) string {
	for _, adverb := range innerAdverbs {
		if i := strings.Index(s, adverb); i > 0 {
			if rest := s[i+len(adverb):]; startsWithAny(rest, linkingVerbs) || verbAt("", rest, 0) != "" {
				s = s[:i] + rest
			}
		}
	}
	return s
}

// trimUnpairedQuotes drops quotation marks and brackets at the edges of a label that lost their
// partner to the clause's edges: 营商环境“八个严禁 → 营商环境八个严禁; “一件事一次办”事项 stays.
func trimUnpairedQuotes(s string) string {
	pairs := [][2]string{{"“", "”"}, {"‘", "’"}, {"《", "》"}, {"「", "」"}, {"『", "』"}, {"（", "）"}, {"(", ")"}}
	for _, p := range pairs {
		if strings.Count(s, p[0]) != strings.Count(s, p[1]) {
			s = strings.ReplaceAll(strings.ReplaceAll(s, p[0], ""), p[1], "")
		}
	}
	return strings.Trim(s, "\"'")
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// trimTrailingChinese drops the words that close a clause before its number (达, 为, 约, 提高到),
// but never the end of a verb: 签约 keeps its 约.
func trimTrailingChinese(s string) string {
	for changed := true; changed; {
		changed = false
		// Only a clause that ends with some verb can end with the last one it holds.
		if endsWithAny(s, doneVerbs) || endsWithAny(s, measuredVerbs) || strings.HasSuffix(s, "签约") {
			return s
		}
		for _, to := range []string{"到", "至", "为"} {
			if rest, ok := strings.CutSuffix(s, to); ok && endsWithAny(rest, levelVerbs) {
				for _, verb := range levelVerbs {
					if r, ok := strings.CutSuffix(rest, verb); ok {
						s, changed = r, true
						break
					}
				}
			}
		}
		for _, word := range trailingChinese {
			if rest, ok := strings.CutSuffix(s, word); ok {
				s, changed = rest, true
			}
		}
	}
	return s
}

func isEnglishJoin(s string) bool {
	switch strings.ToLower(s) {
	case "and", "to", "-", "–", "or":
		return true
	}
	return false
}

func isRelationalMeasure(s string) bool {
	for _, m := range relationalMeasures {
		if s == m {
			return true
		}
	}
	return false
}

func isGenericMeasure(s string) bool {
	for _, m := range genericMeasures {
		if s == m {
			return true
		}
	}
	return false
}
