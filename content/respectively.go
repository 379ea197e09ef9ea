package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"briefing/content/locale"
)

// Read-only word lists and patterns of "respectively" lists.
var (
	// respectiveVerbs close the clause before a list of values that its subject names one by one:
	// 工业增加值和零售总额分别为120亿元和85亿元.
	respectiveVerbs = []string{"分别为", "分别是", "分别达到", "分别达", "分别实现"}
	// chineseListJoins join the names of a subject and the values of a list, longest first.
	chineseListJoins = []string{"以及", "和", "、", "及", "与"}
	// englishListJoin joins the names and the values of an English list: A, B and C.
	englishListJoin     = regexp.MustCompile(`^(?:\s*,\s*and\s+|\s+and\s+|\s*,\s*)`)
	englishRespectively = regexp.MustCompile(`(?i)^\s*,?\s*respectively\b`)
)

// attachRespectively handles "A、B分别增长21%和9.4%": the listed rates go, in order, to the figures
// before them.
func (r figureRules) attachRespectively(text string, drafts []*draft, i int, prefix changePrefix) {
	rates := []*draft{drafts[i]}
	for j := i + 1; j < len(drafts) && drafts[j].rate && listJoin.MatchString(text[drafts[j-1].q.end:drafts[j].q.start]); j++ {
		rates = append(rates, drafts[j])
	}
	var targets []*draft
	for j := i - 1; j >= 0 && len(targets) < len(rates); j-- {
		d := drafts[j]
		if d.sentence != drafts[i].sentence {
			break
		}
		if !d.consumed && !d.rate && d.change == nil {
			targets = append([]*draft{d}, targets...)
		}
	}
	if len(targets) != len(rates) {
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

// nameListedValues gives each value of a "respectively" list the name its subject lists in the same
// place: 规模以上工业增加值和社会消费品零售总额分别为120亿元和85亿元, "Revenue and exports were
// $4.2 billion and $1.3 billion respectively". Read as one clause, the second value would be named by
// the first value and everything before it.
func (r figureRules) nameListedValues(text string, drafts []*draft, barriers []int) {
	for i := 0; i < len(drafts); i++ {
		values := r.listedValues(text, drafts, i)
		if len(values) < 2 {
			continue
		}
		subjectEnd, ok := r.respectiveSubjectEnd(text, values)
		if !ok {
			continue
		}
		names := r.listNames(text, subjectEnd, barriers, len(values))
		for k, d := range values {
			if names != nil {
				d.listLabel = names[k]
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

// respectiveSubjectEnd finds where the subject of a list of values ends: before 分别为 in Chinese; in
// English, where the values start, when "respectively" follows them (the verb is trimmed as a label's
// closing word is).
func (r figureRules) respectiveSubjectEnd(text string, values []*draft) (int, bool) {
	first := values[0].q.start
	if r.lang == locale.English {
		return first, englishRespectively.MatchString(text[values[len(values)-1].q.afterEnd:])
	}
	before := strings.TrimRight(text[:first], " \t")
	for _, verb := range respectiveVerbs {
		if strings.HasSuffix(before, verb) {
			return len(before) - len(verb), true
		}
	}
	return 0, false
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
// nil when a piece names nothing.
func (r figureRules) splitNames(text string, start, end int) [][]labelPart {
	var names [][]labelPart
	for from := start; from <= end; {
		at, size := r.nextListJoin(text[from:end])
		to := end
		if at >= 0 {
			to = from + at
		}
		var name []labelPart
		for _, part := range r.cleanBefore(text[from:to]) {
			name = append(name, labelPart{part, from, to})
		}
		if name == nil {
			return nil
		}
		names = append(names, name)
		if at < 0 {
			break
		}
		from = to + size
	}
	return names
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
