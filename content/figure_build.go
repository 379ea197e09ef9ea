package content

import (
	"slices"
	"unicode/utf8"

	"briefing/content/locale"
)

// sentenceIndex numbers the sentences of a text, so the rules can ask whether two numbers share one.
type sentenceIndex struct {
	ends []int // the offset after each sentence's closing punctuation
}

func newSentenceIndex(text string, lang locale.Language) sentenceIndex {
	var ends []int
	for i, r := range text {
		switch {
		case sentenceEnd(r) || r == '\n':
			ends = append(ends, i+utf8.RuneLen(r))
		case r == '.' && lang == locale.English && (i+1 == len(text) || text[i+1] == ' '):
			ends = append(ends, i+1)
		}
	}
	return sentenceIndex{ends: ends}
}

// of is the number of the sentence holding offset at.
func (s sentenceIndex) of(at int) int {
	i, _ := slices.BinarySearch(s.ends, at+1)
	return i
}

// startOf is the offset where the sentence holding `at` starts.
func (s sentenceIndex) startOf(at int) int {
	if i := s.of(at); i > 0 {
		return s.ends[i-1]
	}
	return 0
}

// collectBarriers lists where the wording of numbers and periods ends; a label never reaches back
// past one, so no phrase is read for two figures.
func collectBarriers(drafts []*draft, periods []period) []int {
	var barriers []int
	for _, d := range drafts {
		// Both ends count: a change written after later figures (分别增长21%和9.4%) must not let their
		// labels reach back over the figure it belongs to.
		barriers = append(barriers, d.q.afterEnd)
		if d.change != nil && d.change.end != d.q.afterEnd {
			barriers = append(barriers, d.change.end)
		}
	}
	for _, p := range periods {
		if !p.local {
			barriers = append(barriers, p.end)
		}
	}
	slices.Sort(barriers)
	return barriers
}

// figure turns a draft into a Figure, with its label and its offsets in the original text.
func (r figureRules) figure(f folded, original string, d *draft, barriers []int) Figure {
	span := f.originalSpan(d.q.start, d.q.end)
	value := d.q.value
	if p := d.ratePrefix; p != nil && p.rateNoun() == "" {
		value = p.signed(value) // 下降2.1% standing alone is a fall: the verb's sign is the value's
	}
	fig := Figure{
		Value:     value,
		Unit:      d.q.unit,
		Text:      span.Of(original),
		Offset:    span.Start,
		Qualifier: d.q.qualifier,
		Label:     originalLabel(f, original, r.label(f.text, d, barriers)),
	}
	if d.period != nil {
		fig.PeriodSpan = f.originalSpan(d.period.start, d.period.end)
		fig.Period = fig.PeriodSpan.Of(original)
	}
	if c := d.change; c != nil {
		cs := f.originalSpan(c.start, c.end)
		kind := ChangePlain
		if c.yoy {
			kind = ChangeYearOnYear
		}
		fig.Change = &Change{Kind: kind, Value: c.prefix.signed(c.rate.q.value), Unit: c.rate.q.unit, Text: cs.Of(original), Offset: cs.Start}
	}
	if b := d.baseline; b != nil {
		bs := f.originalSpan(b.q.start, b.q.end)
		unit := b.q.unit
		if unit == "" {
			unit = d.q.unit
		}
		fig.Baseline = &Baseline{Value: b.q.value, Unit: unit, Text: bs.Of(original), Offset: bs.Start}
		if b.period != nil {
			fig.Baseline.Period = f.originalSpan(b.period.start, b.period.end).Of(original)
		}
	}
	return fig
}

// clauseBefore is the clause that ends at `at`: back to the nearest clause punctuation, English
// full stop or barrier. The enumeration comma 、 joins nouns inside a clause (新增绿色食品、有机农产品认证)
// and does not end one. boundary is the punctuation found, 0 for a barrier or the text's start.
func clauseBefore(text string, at int, barriers []int) (start int, boundary rune) {
	limit := 0
	if i, _ := slices.BinarySearch(barriers, at+1); i > 0 {
		limit = barriers[i-1]
	}
	for i := at; i > limit; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if clausePunct(r) && r != '、' || r == '.' && i < len(text) && text[i] == ' ' {
			return i, r
		}
		i -= size
	}
	return limit, 0
}
