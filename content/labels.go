package content

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// Word lists of the label rules; read-only. They describe the genre's grammar, not any document.
var (
	// leadingChinese are scope words and adverbs that open a clause but name nothing: 全县, 累计 …
	leadingChinese = []string{"全县", "全市", "全省", "全区", "全镇", "全乡", "全州", "全国", "本市", "本县", "本区", "本镇", "本部", "其中", "同时", "并且", "并", "还",
		"已经", "已", "共计", "累计", "合计", "总计", "目前", "截至目前", "此外", "另外", "分别", "今年", "全年", "年内"}
	// trailingChinese close a clause before its number without naming anything: 达, 为, 约 …
	trailingChinese = []string{"同比", "达到", "达", "为", "约", "近", "超过", "突破", "逾", "超", "共计", "共", "累计", "分别", "是", "有", "的",
		"控制在", "保持在", "稳定在", "维持在", "提高到", "提升到", "降至", "降到", "压缩至", "压缩到", "缩短至", "缩短到"}
	// linkingVerbs join what is measured to its amount: 工业企业累计实现总产值…
	linkingVerbs = []string{"实现", "完成", "达到"}
	// contentVerbs say what was done: 接待游客, 签约, 创建等级景区 …
	contentVerbs = []string{"接待", "签约", "引进", "新增", "创建", "培育", "建成", "招引", "吸引", "带动", "吸纳", "培训",
		"发放", "举办", "开展", "打造", "建设", "建立", "出台", "制定", "落实", "发挥", "新建", "改造", "帮扶", "服务", "安排", "实施", "组织"}
	// genericMeasures are amounts that need their subject to mean anything: 总产值 of what?
	genericMeasures = []string{"产值", "总产值", "增加值", "收入", "营业收入", "营收", "利润", "税收", "总额", "总量", "规模", "产量", "销售额"}
	// genericHeads are the heads of subjects that add nothing to a measure: 工业企业 → 工业.
	genericHeads = []string{"企业", "单位", "部门", "行业", "机构", "公司"}
	// leadingAdjectives are dropped from a label read after the number: 12条具体减负赋能措施.
	leadingAdjectives = []string{"具体", "各类", "各项", "主要"}

	englishLeading  = regexp.MustCompile(`(?i)^(?:the|a|an|our|its|their|this|that|and|while|but|with|total|overall|in (?:19|20)\d\d,?)\s+`)
	englishTrailing = regexp.MustCompile(`(?i)\s*\b(?:rose|fell|grew|increased|decreased|reached|hit|totaled|totalled|came to|stood at|was|were|is|are|of|to|at|by|about|nearly|almost|some|more than|over|up|down|worth|valued at|amounted to|a|an|the|some)$`)
	englishAfter    = regexp.MustCompile(`^\s+((?:[a-z][a-z-]*)(?:\s+[a-z][a-z-]*){0,3})`)
	englishStop     = regexp.MustCompile(`(?i)\s+\b(?:in|at|for|across|to|from|with|and|was|were|by|since|this|last|of|on|per|than|that|which|who)\b.*$`)
)

// maxLabelRunes keeps a label to what fits on a figure card.
const maxLabelRunes = 16

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
	if after != "" && d.prefersAfter(r.lang) {
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
		m := englishAfter.FindStringSubmatch(rest)
		if m == nil {
			return ""
		}
		return englishStop.ReplaceAllString(m[1], "")
	}
	var b strings.Builder
	for _, ch := range rest {
		if ch == '的' && b.Len() >= 6 || !cjk.IsHan(ch) {
			break
		}
		b.WriteRune(ch)
	}
	label := trimPrefixes(b.String(), leadingAdjectives)
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
		if unicode.IsSpace(ch) || strings.ContainsRune("“”‘’\"'《》「」『』", ch) {
			return -1
		}
		return ch
	}, clause)
	leading := r.leading
	clause = trimPrefixes(clause, leading)
	clause = trimCommonVerbPrefix(clause)
	clause = trimTrailingChinese(clause)
	clause = strings.ReplaceAll(clause, "同比", "")
	if i, verb := lastWord(clause, linkingVerbs); i >= 0 {
		subject := trimTrailingChinese(trimPrefixes(clause[:i], leading))
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
	} else if i, verb := lastWord(clause, contentVerbs); i >= 0 {
		object := clause[i+len(verb):]
		if runeLen(object) >= 3 {
			clause = object
		} else {
			clause = verb + object
		}
	}
	return nonEmpty(tailRunes(clause, maxLabelRunes))
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// trimTrailingChinese drops the words that close a clause before its number (达, 为, 约), but never
// the end of a verb: 签约 keeps its 约.
func trimTrailingChinese(s string) string {
	for changed := true; changed; {
		changed = false
		// Only a clause that ends with some content verb can end with the last one it holds.
		if endsWithAny(s, contentVerbs) {
			if _, verb := lastWord(s, contentVerbs); verb != "" && strings.HasSuffix(s, verb) {
				return s
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

// trimCommonVerbPrefix drops 共 before a verb (共接待游客), where it means "in all".
func trimCommonVerbPrefix(s string) string {
	rest, ok := strings.CutPrefix(s, "共")
	if !ok {
		return s
	}
	if startsWithAny(rest, contentVerbs) || startsWithAny(rest, linkingVerbs) {
		return rest
	}
	return s
}

func cleanEnglish(clause string) string {
	clause = strings.Trim(clause, " \t\"“”'")
	for {
		next := englishTrailing.ReplaceAllString(englishLeading.ReplaceAllString(clause, ""), "")
		next = strings.TrimSpace(next)
		if next == clause {
			break
		}
		clause = next
	}
	words := strings.Fields(clause)
	if len(words) > 5 {
		words = words[len(words)-5:]
	}
	return strings.Join(words, " ")
}

func isGenericMeasure(s string) bool {
	for _, m := range genericMeasures {
		if s == m {
			return true
		}
	}
	return false
}
