package content

import (
	"strings"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// findBaselines joins "由A增长到B" (from A to B) into one figure, B with the baseline A, and "to B
// from A" as well. A list compared with a list (分别从2017年的A1和A2增至2022年的B1和B2) pairs them in
// order.
func (r figureRules) findBaselines(text string, drafts []*draft) {
	for i := 0; i < len(drafts); i++ {
		earlier := drafts[i]
		if earlier.rate || earlier.consumed || earlier.baseline != nil {
			continue
		}
		openAt := earlier.q.beforeStart
		if earlier.localPeriod != nil && earlier.localPeriod.end <= earlier.q.start {
			openAt = earlier.localPeriod.start
		}
		loc := baselineOpen.FindStringIndex(text[max(0, openAt-12):openAt])
		if loc == nil {
			continue
		}
		opened := max(0, openAt-12) + loc[0]
		if n := r.pairLists(text, drafts, i, opened); n > 0 {
			i += 2*n - 1
			continue
		}
		if r.lang == locale.English && r.baselineOfEarlier(text, drafts, i) {
			continue
		}
	}
}

// pairLists pairs the values from drafts[i] on with those after the verb that joins them: one value
// (由A增长到B) or a list of as many (分别从A1和A2增至B1和B2). It returns how many pairs it made.
func (r figureRules) pairLists(text string, drafts []*draft, i int, opened int) int {
	from := r.listRun(text, drafts, i)
	if len(from) == 0 || i+len(from) >= len(drafts) {
		return 0
	}
	to := r.listRun(text, drafts, i+len(from))
	if len(to) < len(from) {
		return 0
	}
	to = to[:len(from)]
	last, next := from[len(from)-1], to[0]
	if next.rate || next.sentence != last.sentence {
		return 0
	}
	between := text[last.q.afterEnd:next.q.beforeStart]
	for _, p := range []*period{last.localPeriod, next.localPeriod} {
		if p != nil && p.start >= last.q.afterEnd && p.end <= next.q.start {
			between = strings.Replace(between, text[p.start:p.end], "", 1)
		}
	}
	between = strings.TrimSuffix(strings.TrimSpace(strings.Replace(between, " in ", " ", 1)), "的")
	if !baselineTo.MatchString(between) {
		return 0
	}
	sharePeriod(from)
	sharePeriod(to)
	for k := range from {
		from[k].consumed = true
		to[k].baseline = from[k]
		to[k].constructFrom = opened
	}
	return len(from)
}

// listRun is drafts[i] and the values joined to it as a list (A1和A2, A1、A2), none a rate.
func (r figureRules) listRun(text string, drafts []*draft, i int) []*draft {
	run := []*draft{drafts[i]}
	for j := i + 1; j < len(drafts); j++ {
		d, prev := drafts[j], drafts[j-1]
		if d.rate || d.consumed || d.sentence != prev.sentence || !r.onlyListJoin(text[prev.q.afterEnd:d.q.beforeStart]) {
			break
		}
		run = append(run, d)
	}
	return run
}

// sharePeriod dates a whole list by the period written before its first value with 的:
// 2017年的2.65万元和9800元.
func sharePeriod(list []*draft) {
	first := list[0].localPeriod
	if first == nil {
		return
	}
	for _, d := range list[1:] {
		if d.localPeriod == nil {
			d.localPeriod, d.period = first, first
		}
	}
}

// baselineOfEarlier reads "rose 9% to $412 million … from $378 million": the value after "from" is
// the baseline of the nearest value before it in the same unit. A value given in apposition to each
// (", or 38 cents a share") is paired the same way.
func (r figureRules) baselineOfEarlier(text string, drafts []*draft, i int) bool {
	base := drafts[i]
	for j := i - 1; j >= 0; j-- {
		target := drafts[j]
		if target.sentence != base.sentence {
			return false
		}
		if target.consumed || target.rate || target.baseline != nil || target.q.unit != base.q.unit {
			continue
		}
		base.consumed = true
		target.baseline = base
		if altBase, altTarget := apposition(text, drafts, i), apposition(text, drafts, j); altBase != nil && altTarget != nil &&
			altBase.q.unit == altTarget.q.unit && altTarget.baseline == nil {
			altBase.consumed = true
			altTarget.baseline = altBase
		}
		return true
	}
	return false
}

// apposition is the value that restates drafts[i] right after it: $378 million, or 34 cents a share.
func apposition(text string, drafts []*draft, i int) *draft {
	if i+1 >= len(drafts) {
		return nil
	}
	next := drafts[i+1]
	between := strings.TrimSpace(text[drafts[i].q.afterEnd:next.q.beforeStart])
	if next.sentence != drafts[i].sentence || next.consumed || between != ", or" && between != ",or" {
		return nil
	}
	return next
}

// markAppositions links each value written as another form of the value before it ($412 million, or
// 38 cents a share) to that value: it measures the same thing, so it is named the same.
func markAppositions(text string, drafts []*draft) {
	for i := range drafts {
		if next := apposition(text, drafts, i); next != nil {
			next.restates = drafts[i]
		}
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
		prefix, ok := findChangePrefix(text, from, d.q.beforeStart, r.lang)
		if !ok {
			continue
		}
		if d.q.unit == "" && prefix.takesBarePercent() {
			d.makePercent()
		}
		if prefix.respectively {
			r.attachRespectively(text, drafts, i, prefix)
			continue
		}
		if !d.rate && !r.absoluteChange(text, drafts, i, prefix) {
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
			if next.sentence == d.sentence && next.change == nil && forwardTarget.MatchString(text[d.q.end:next.q.beforeStart]) {
				next.change, d.consumed = change, true
				next.constructFrom = prefix.start
				if r.lang == locale.English && englishYearEarlier(text, next, drafts) {
					change.yoy = true
				}
				continue
			}
		}
		d.constructFrom = prefix.start
		d.ratePrefix = &prefix
	}
}

// englishYearEarlier reports whether the sentence of d says, after it, that it compares with a year
// before: … from $378 million, a year earlier.
func englishYearEarlier(text string, d *draft, drafts []*draft) bool {
	end := len(text)
	for _, other := range drafts {
		if other.sentence > d.sentence {
			end = other.q.start
			break
		}
	}
	rest := strings.ToLower(text[d.q.end:end])
	if i := strings.IndexAny(rest, ".!?"); i >= 0 && (i+1 == len(rest) || rest[i+1] == ' ' || rest[i+1] == '\n') {
		rest = rest[:i]
	}
	return strings.Contains(rest, "a year earlier") || strings.Contains(rest, "a year ago")
}

// takesBarePercent reports whether a number written without a unit after this wording is a
// percentage: 比上年增长 17.
func (c changePrefix) takesBarePercent() bool {
	for _, v := range barePercentVerbs {
		if c.verb == v {
			return true
		}
	}
	return false
}

// makePercent reads a number written without a unit as a percentage.
func (d *draft) makePercent() {
	d.q.unit, d.q.kind, d.rate = "%", cjk.Rate, true
}

// absoluteChange reports whether an amount is the change of the figure before it, as in
// "总产量53.85亿斤，比上年增加1.2亿斤" or "总数达到3.92万户，新增1380户": only when the text compares
// (比上年, 同比, 较预算数) or says it is new (新增, 净增), nothing but a separator stands between the
// two, and both are counted in the same unit.
func (r figureRules) absoluteChange(text string, drafts []*draft, i int, prefix changePrefix) bool {
	target := previousOpen(drafts, i)
	if prefix.respectively || target == nil || !onlySeparators(text[target.q.afterEnd:prefix.start]) {
		return false
	}
	if !prefix.compared && !isAbsoluteVerb(prefix.verb) {
		return false
	}
	return baseUnit(target.q.unit) != "" && baseUnit(target.q.unit) == baseUnit(drafts[i].q.unit)
}

func isAbsoluteVerb(verb string) bool {
	for _, v := range absoluteVerbs {
		if verb == v {
			return true
		}
	}
	return false
}

// baseUnit is a unit without its scale: 亿元 and 万元 are both 元, $ billion and $ million both $.
func baseUnit(unit string) string {
	if _, base := splitScale(unit); base != "" && base != unit {
		return base
	}
	for _, scale := range []string{" trillion", " billion", " million", " thousand", " bn"} {
		unit = strings.Replace(unit, scale, "", 1)
	}
	return unit
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
