package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content/cjk"
)

// sentence is a sentence of a section's text: [start, end) holds the words, end..stop the closing
// punctuation.
type sentence struct {
	start, end, stop int
}

// SentenceAt is the sentence of the section's text that holds offset: from after the previous full
// stop (or line end) to its own full stop.
func (s *Section) SentenceAt(offset int) Span {
	offset = max(0, min(offset, len(s.Text)))
	for _, sent := range splitSentences(s.Text, 0) {
		if offset >= sent.start && offset < sent.stop {
			return trimSpan(s.Text, Span{sent.start, sent.stop})
		}
	}
	return Span{offset, offset}
}

// splitSentences cuts text[from:] into sentences at full stops, question and exclamation marks and
// line ends; closing quotes after the stop stay with the sentence.
func splitSentences(text string, from int) []sentence {
	var out []sentence
	start := from
	for i := from; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(sentenceEnd(r) || r == '\n') {
			i += size
			continue
		}
		end := i
		stop := i + size
		for stop < len(text) {
			q, qs := utf8.DecodeRuneInString(text[stop:])
			if !closingQuote(q) && !sentenceEnd(q) {
				break
			}
			stop += qs
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, sentence{start: start, end: end, stop: stop})
		}
		start, i = stop, stop
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, sentence{start: start, end: len(text), stop: len(text)})
	}
	return out
}

// inlinePoints finds a part's sub-points inside its running text: a run of parallel short sentences
// (排比: 突出产业集聚。……突出原地倍增。……) or an enumeration (一是……二是……, First, … Second, …).
func inlinePoints(text string, from int) []Point {
	if points := parallelPoints(text, from); len(points) >= 2 {
		return points
	}
	return enumerationPoints(text, from)
}

// parallelCandidate reports whether a sentence could be a sub-point heading: 2–12 Chinese characters
// and nothing else, closed by a full stop (各位代表！ is an exclamation, not a point).
func parallelCandidate(text string, s sentence) bool {
	words := strings.TrimSpace(text[s.start:s.end])
	if len(words) > 12*utf8.UTFMax {
		return false // more than twelve characters, counted without reading them
	}
	n := runeLen(words)
	if n < 2 || n > 12 || s.end >= len(text) {
		return false
	}
	if stop, _ := utf8.DecodeRuneInString(text[s.end:]); stop != '。' && stop != '｡' {
		return false
	}
	for _, r := range words {
		if !cjk.IsHan(r) {
			return false
		}
	}
	return true
}

// parallelPoints finds the largest group of candidate sentences that share their first character or
// their last two (突出…, 聚焦…, 让…更有…度, …并重) and are of similar length.
func parallelPoints(text string, from int) []Point {
	var candidates []sentence
	for _, s := range splitSentences(text, from) {
		if parallelCandidate(text, s) {
			candidates = append(candidates, s)
		}
	}
	if len(candidates) < 2 {
		return nil
	}
	groups := map[string][]sentence{}
	var order []string
	for _, s := range candidates {
		words := []rune(strings.TrimSpace(text[s.start:s.end]))
		for _, key := range []string{"^" + string(words[0]), "$" + string(words[len(words)-2:])} {
			if _, seen := groups[key]; !seen {
				order = append(order, key)
			}
			groups[key] = append(groups[key], s)
		}
	}
	var best []sentence
	for _, key := range order {
		if g := similarLength(text, groups[key]); len(g) > len(best) {
			best = g
		}
	}
	if len(best) < 2 {
		return nil
	}
	points := make([]Point, len(best))
	for i, s := range best {
		start := s.start + leadingSpace(text[s.start:s.end])
		points[i] = Point{TitleSpan: Span{start, s.end}, Body: Span{s.stop, len(text)}}
		if i > 0 {
			points[i-1].Body.End = start
		}
	}
	return points
}

// similarLength keeps the sentences whose length is within three characters of the group's first.
func similarLength(text string, group []sentence) []sentence {
	if len(group) == 0 {
		return nil
	}
	base := runeLen(text[group[0].start:group[0].end])
	var out []sentence
	for _, s := range group {
		if d := runeLen(text[s.start:s.end]) - base; d >= -3 && d <= 3 {
			out = append(out, s)
		}
	}
	return out
}

func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }))
}

// enumerationPoints finds 一是/二是…, 第一，/第二，… or First,/Second,… markers in order, each opening a
// point titled by the clause that follows it.
func enumerationPoints(text string, from int) []Point {
	var points []Point
	next := 1
	for _, m := range enumerationPattern.FindAllStringSubmatchIndex(text[from:], -1) {
		markerStart, markerEnd := from+m[2], from+m[3]
		ordinal := enumerationOrdinal(text[markerStart:markerEnd])
		if ordinal != next && !(ordinal == 0 && next > 2) {
			continue
		}
		next++
		titleEnd := clauseEnd(text, markerEnd)
		if n := len(points); n > 0 {
			points[n-1].Body.End = markerStart
		}
		points = append(points, Point{
			TitleSpan: Span{markerEnd, titleEnd},
			Body:      Span{afterClause(text, titleEnd), len(text)},
		})
		if ordinal == 0 {
			break
		}
	}
	if len(points) < 2 {
		return nil
	}
	return points
}

// afterClause moves past the punctuation that closes a clause and the spaces after it.
func afterClause(text string, at int) int {
	if r, size := utf8.DecodeRuneInString(text[at:]); size > 0 && (clausePunct(r) || r == '.') && r != '\n' {
		at += size
	}
	return at + leadingSpace(text[at:])
}

// clauseEnd finds where the clause starting at `from` ends: at clause punctuation, or at an English
// full stop (a '.' before a space, not a decimal point).
func clauseEnd(text string, from int) int {
	for i, r := range text[from:] {
		at := from + i
		englishStop := (r == '.' || r == ',') && (at+1 == len(text) || text[at+1] == ' ' || text[at+1] == '\n')
		if englishStop || r != ',' && r != '.' && clausePunct(r) {
			return at
		}
	}
	return len(text)
}
