package content

import (
	"strings"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// figureRules extracts the key figures of a section. It knows the document's language and the
// place it speaks for, nothing about any particular document.
type figureRules struct {
	lang     locale.Language
	locality string
	// leading are the words a label never opens with: leadingChinese, after the locality's names.
	leading []string
}

func newFigureRules(b *Briefing) figureRules {
	r := figureRules{lang: b.Language, locality: b.locality(), leading: leadingChinese}
	if r.locality != "" {
		r.leading = append([]string{r.locality + "县", r.locality + "市", r.locality + "区", r.locality}, leadingChinese...)
	}
	return r
}

// draft is a number on its way to becoming a figure, a change or a baseline.
type draft struct {
	q             quantity
	rate          bool
	consumed      bool // it became another figure's change or baseline
	change        *draftChange
	baseline      *draft
	localPeriod   *period
	period        *period
	ratePrefix    *changePrefix // the wording of a rate that stands alone (同比增幅达5.9%)
	listLabel     []labelPart   // its own name from a "respectively" list: A和B分别为1和2
	sentence      int
	constructFrom int // where the figure's wording starts: 由…, a change before it, a period before it
}

type draftChange struct {
	prefix changePrefix
	rate   *draft
	start  int // where the change's text starts in the folded text
	end    int
	yoy    bool
}

// extract finds the figures of one section. masked is the section's text with any markdown syntax
// blanked out; original is the text as parsed, which offsets and quoted text refer to.
// title is where the section's title stands: a count in a title (重点抓好三项工作) names the part's
// plan rather than measuring anything, so it is left out.
func (r figureRules) extract(masked, original string, title Span) []Figure {
	f := fold(masked)
	text := f.text
	periods := findPeriods(text, r.lang)
	sentences := newSentenceIndex(text, r.lang)
	var drafts []*draft
	for _, q := range scanQuantities(text, r.lang) {
		if q.year || insidePeriod(periods, q) || q.chineseCount && f.originalSpan(q.start, q.end).within(title) {
			continue
		}
		d := &draft{q: q, rate: q.kind == cjk.Rate, sentence: sentences.of(q.start), constructFrom: q.start}
		drafts = append(drafts, d)
	}
	r.assignPeriods(text, drafts, periods, sentences)
	r.findBaselines(text, drafts, periods)
	r.findChanges(text, drafts)
	barriers := collectBarriers(drafts, periods)
	r.nameListedValues(text, drafts, barriers)
	var figures []Figure
	for _, d := range drafts {
		if d.consumed {
			continue
		}
		figures = append(figures, r.figure(f, original, d, barriers))
	}
	return figures
}

func insidePeriod(periods []period, q quantity) bool {
	for _, p := range periods {
		if p.contains(q.start, q.end) {
			return true
		}
	}
	return false
}

// assignPeriods dates each number: a period right before it with 的 (or, in English, right after it
// with "in") dates it alone; otherwise the latest period earlier in its sentence dates it.
func (r figureRules) assignPeriods(text string, drafts []*draft, periods []period, sentences sentenceIndex) {
	for i := range periods {
		p := &periods[i]
		for _, d := range drafts {
			switch {
			case p.local && d.q.start >= p.end && strings.TrimSpace(text[p.end:d.q.start]) == "的":
				d.localPeriod = p
			case r.lang == locale.English && p.start >= d.q.afterEnd && text[d.q.afterEnd:p.start] == " in ":
				p.local = true
				d.localPeriod = p
			}
		}
	}
	for _, d := range drafts {
		if d.localPeriod != nil {
			d.period = d.localPeriod
			continue
		}
		for i := range periods {
			p := &periods[i]
			if !p.local && p.end <= d.q.start && sentences.of(p.start) == d.sentence {
				d.period = p
			}
		}
	}
}

// findBaselines joins "由A增长到B" (from A to B) into one figure, B with the baseline A.
func (r figureRules) findBaselines(text string, drafts []*draft, periods []period) {
	for i, earlier := range drafts {
		if earlier.rate || earlier.consumed {
			continue
		}
		openAt := earlier.q.start
		if earlier.localPeriod != nil && earlier.localPeriod.end <= earlier.q.start {
			openAt = earlier.localPeriod.start
		}
		loc := baselineOpen.FindStringIndex(text[max(0, openAt-12):openAt])
		if loc == nil || i+1 >= len(drafts) {
			continue
		}
		later := drafts[i+1]
		if later.rate || later.sentence != earlier.sentence {
			continue
		}
		between := text[earlier.q.afterEnd:later.q.start]
		for _, p := range []*period{earlier.localPeriod, later.localPeriod} {
			if p != nil && p.start >= earlier.q.afterEnd && p.end <= later.q.start {
				between = strings.Replace(between, text[p.start:p.end], "", 1)
			}
		}
		between = strings.TrimSuffix(strings.TrimSpace(strings.Replace(between, " in ", " ", 1)), "的")
		if !baselineTo.MatchString(between) {
			continue
		}
		earlier.consumed = true
		later.baseline = earlier
		later.constructFrom = max(0, openAt-12) + loc[0]
	}
}

// findChanges gives each rate to the figure it describes, or leaves it a figure of its own.
func (r figureRules) findChanges(text string, drafts []*draft) {
	for i, d := range drafts {
		if d.consumed || d.change != nil {
			continue
		}
		from := 0
		if i > 0 {
			from = drafts[i-1].q.afterEnd
		}
		prefix, ok := findChangePrefix(text, from, d.q.start, r.lang)
		if !ok || !d.rate && !r.absoluteChange(text, drafts, i, prefix) {
			continue
		}
		if prefix.respectively {
			r.attachRespectively(text, drafts, i, prefix)
			continue
		}
		change := &draftChange{prefix: prefix, rate: d, start: prefix.start, end: d.q.end, yoy: prefix.yearOnYear}
		if m := englishYearOnYear.FindStringIndex(text[d.q.end:]); r.lang == locale.English && m != nil {
			change.yoy = true
			change.end = d.q.end + m[1]
		}
		if target := previousOpen(drafts, i); target != nil && onlySeparators(text[target.q.afterEnd:prefix.start]) {
			target.change, d.consumed = change, true
			continue
		}
		if i+1 < len(drafts) {
			next := drafts[i+1]
			if next.sentence == d.sentence && next.change == nil && forwardTarget.MatchString(text[d.q.end:next.q.start]) {
				next.change, d.consumed = change, true
				next.constructFrom = prefix.start
				continue
			}
		}
		d.constructFrom = prefix.start
		d.ratePrefix = &prefix
	}
}

// absoluteChange reports whether an amount is the change of the figure before it, as in
// "总产量53.85亿斤，比上年增加1.2亿斤": only when the text compares (比上年, 同比) and nothing but a
// separator stands between the two.
func (r figureRules) absoluteChange(text string, drafts []*draft, i int, prefix changePrefix) bool {
	target := previousOpen(drafts, i)
	return prefix.yearOnYear && !prefix.respectively && target != nil && onlySeparators(text[target.q.afterEnd:prefix.start])
}

// previousOpen is the figure right before drafts[i] in the same sentence, if it has no change yet.
// A rate qualifies when it is a level (城镇化率58.3%) rather than a change of its own (增长5.4%), and
// then only for a change that is a rate too: 58.3%，同比增长1.2个百分点.
func previousOpen(drafts []*draft, i int) *draft {
	for j := i - 1; j >= 0; j-- {
		d := drafts[j]
		if d.sentence != drafts[i].sentence {
			return nil
		}
		if d.consumed {
			continue
		}
		if d.change != nil || d.rate && (d.ratePrefix != nil || !drafts[i].rate) {
			return nil
		}
		return d
	}
	return nil
}
