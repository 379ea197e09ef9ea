package content

import (
	"slices"
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
		r.leading = append([]string{r.locality + "县", r.locality + "市", r.locality + "区"}, leadingChinese...)
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
	restates      *draft        // the value it gives again in another unit: $412 million, or 38 cents a share
	previous      *draft        // the figure before it in its sentence, once changes and baselines are known
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

// extract finds the figures of one section, and the numbers that are no figure with why.
// masked is the section's text with heading numbers and any markdown syntax blanked out; original is
// the text as parsed, which offsets and quoted text refer to. title is where the section's title
// stands: a count in a title (重点抓好三项工作) names the part's plan rather than measuring anything.
func (r figureRules) extract(masked, original string, title Span) ([]Figure, []Aside) {
	f := fold(masked)
	asides := asideList{f: f, original: original}
	var figures []Figure
	if strings.Contains(f.text, "|") {
		blanked := []byte(f.text)
		figures = r.tableFigures(f, original, blanked, &asides)
		f.text = string(blanked)
	}
	text := f.text
	periods := findPeriods(text, r.lang, isTraditional(f))
	sentences := newSentenceIndex(text, r.lang)
	var drafts []*draft
	for _, q := range scanQuantities(f, r.lang) {
		if insidePeriod(periods, q) {
			continue // a date inside a period: the period accounts for it
		}
		if kind := r.asideKind(f, q, title, sentences); kind != "" {
			end := q.afterEnd
			if kind == AsideAnniversary {
				end = q.end + strings.Index(f.text[q.end:], "年") + len("年") // 70周年
			}
			asides.add(kind, q.start, end)
			continue
		}
		d := &draft{q: q, rate: q.kind == cjk.Rate, sentence: sentences.of(q.start), constructFrom: q.beforeStart}
		drafts = append(drafts, d)
	}
	if r.lang == locale.English {
		markAppositions(text, drafts)
	}
	r.assignPeriods(text, drafts, periods, sentences)
	r.findBaselines(text, drafts)
	r.findChanges(text, drafts)
	var previous *draft
	for _, d := range drafts {
		if d.consumed {
			continue
		}
		if previous != nil && previous.sentence == d.sentence {
			d.previous = previous
		}
		previous = d
	}
	barriers := collectBarriers(drafts, periods)
	r.nameListedValues(text, drafts, barriers)
	dating := map[*period]bool{}
	var claimed []Span
	for _, d := range drafts {
		if d.consumed {
			continue
		}
		fig := r.figure(f, original, d, barriers)
		if strings.TrimSpace(fig.Label) == "" {
			// Nothing in the text names it: the section's title says what it is about, so a figure
			// is never a value under nothing.
			fig.Label = trimSentenceEnd(title.Of(original))
		}
		figures = append(figures, fig)
		dating[d.period] = true
		claimed = append(claimed, Span{d.q.start, d.q.end})
		if c := d.change; c != nil {
			claimed = append(claimed, Span{c.start, c.end})
		}
		if b := d.baseline; b != nil {
			dating[b.period] = true
			claimed = append(claimed, Span{b.q.start, b.q.end})
		}
	}
	asides.dropClaimed(claimed)
	for i := range periods {
		if p := &periods[i]; !dating[p] && strings.ContainsAny(text[p.start:p.end], "0123456789") {
			asides.add(AsideDate, p.start, p.end)
		}
	}
	asides.addMasked(masked)
	slices.SortStableFunc(figures, func(a, b Figure) int { return a.Offset - b.Offset })
	return figures, asides.sorted()
}

// asideKind says why a number is no figure, or "" when it is one.
func (r figureRules) asideKind(f folded, q quantity, title Span, sentences sentenceIndex) AsideKind {
	switch {
	case q.year:
		return AsideDate
	case q.chineseCount:
		if kind := countAside(f.text, q, sentences.startOf(q.start)); kind != "" {
			return kind
		}
		if f.originalSpan(q.start, q.end).within(title) {
			return AsideSignpost
		}
		return ""
	}
	return asideOf(f.text, q, r.lang)
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
	if r.lang == locale.English {
		r.respectivePeriods(text, drafts, periods)
	}
	for i := range periods {
		p := &periods[i]
		if p.date {
			continue
		}
		for _, d := range drafts {
			switch {
			case d.localPeriod != nil:
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
			if !p.local && !p.date && p.end <= d.q.start && sentences.of(p.start) == d.sentence {
				d.period = p
			}
		}
	}
}
