package content

import (
	"strings"
	"unicode/utf8"

	"briefing/content/locale"
)

// A text copied from a PDF or a document site may have lost its line breaks: the whole speech on one
// line, its title, salutation and numbered headings run together with the prose.
const (
	runOnRunes      = 300 // a paragraph at least this long …
	runOnParagraphs = 3   // … in a text of at most this many may be a run-on copy
)

// splitRunOn cuts the run-on paragraphs of a text of few paragraphs into the paragraphs they run
// together: before a numbered heading that follows a space or a full stop and continues the numbering
// of its kind (一、 then 二、; （一） again under each), before a salutation that follows one, and
// before a ——lead sentence; after a heading's title or a salutation where a space ends it; and, in
// the first paragraph, after the title where a space ends it.
func splitRunOn(src string, paras []paragraph, lang locale.Language) []paragraph {
	if len(paras) > runOnParagraphs {
		return paras
	}
	var out []paragraph
	for i, p := range paras {
		if p.atxLevel > 0 || p.note || len(p.text) < runOnRunes || runeLen(p.text) < runOnRunes {
			out = append(out, p)
			continue
		}
		cuts := runOnCuts(p.text, lang)
		if i == 0 {
			cuts = append(titleCut(p.text, cuts, lang), cuts...)
		}
		from := 0
		for _, cut := range append(cuts, len(p.text)) {
			if cut <= from {
				continue
			}
			if q := newParagraph(src, p.start+from, p.start+cut); q.text != "" {
				out = append(out, q)
			}
			from = cut
		}
	}
	return out
}

// runOnCuts finds where the paragraphs run together in text start, in order.
func runOnCuts(text string, lang locale.Language) []int {
	var cuts []int
	numbering := headingNumbering{}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if i == 0 || !runOnBoundary(text[:i]) || r == ' ' || r == '\u3000' {
			i += size
			continue
		}
		if m, ok := matchMarker(text[i:]); ok && numbering.continues(m.kind, markerOrdinal(text[i:i+m.size])) {
			cuts = append(cuts, i)
			if end := spaceEndsTitle(text, i+m.size); end > 0 {
				cuts = append(cuts, end)
				i = end
				continue
			}
		} else if n := salutationAt(text[i:], lang); n > 0 {
			cuts = append(cuts, i)
			if after := i + n; after < len(text) && (text[after] == ' ' || strings.HasPrefix(text[after:], "\u3000")) {
				cuts = append(cuts, after)
			}
			i += n
			continue
		} else if strings.HasPrefix(text[i:], "——") && !strings.HasSuffix(strings.TrimRight(text[:i], " \u3000"), "——") {
			cuts = append(cuts, i)
		}
		i += size
	}
	return cuts
}

// runOnBoundary reports whether a paragraph may start after before: after a space or the mark that
// ends a sentence (。！？；), with any closing quotes.
func runOnBoundary(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	if r == ' ' || r == '\u3000' {
		return true
	}
	trimmed := strings.TrimRightFunc(before, closingQuote)
	r, _ = utf8.DecodeLastRuneInString(trimmed)
	return sentenceEnd(r) || r == '；' || r == ';'
}

// headingNumbering follows the numbering of the headings of each kind: a heading continues it when
// it is the next number of its kind — the first of a kind is 1, save the very first heading of an
// excerpt — and a heading starts the numbering of the kinds inside it afresh.
type headingNumbering struct {
	nextOf map[markerKind]int
}

// continues reports whether a heading of kind numbered ordinal continues the numbering, and follows it.
func (h *headingNumbering) continues(kind markerKind, ordinal int) bool {
	if ordinal <= 0 {
		return false
	}
	if h.nextOf == nil {
		h.nextOf = map[markerKind]int{}
	}
	want, seen := h.nextOf[kind]
	if seen && ordinal != want || !seen && ordinal != 1 && len(h.nextOf) > 0 {
		return false
	}
	h.nextOf[kind] = ordinal + 1
	for inner := range h.nextOf {
		if inner > kind {
			delete(h.nextOf, inner)
		}
	}
	return true
}

// spaceEndsTitle is where a space ends a heading's title that starts at from (一、要准确把握当前形势
// 20xx年，……), or 0 when a full stop or a clause mark comes first or the title is long.
func spaceEndsTitle(text string, from int) int {
	n := 0
	for i, r := range text[from:] {
		switch {
		case r == ' ' || r == '\u3000':
			if n < 2 {
				return 0
			}
			return from + i
		case clausePunct(r) || n >= maxTitleRunes:
			return 0
		}
		n++
	}
	return 0
}

// salutationAt is the length of the salutation text starts with (同志们：, 各位代表，), or 0.
func salutationAt(text string, lang locale.Language) int {
	limit := min(len(text), maxSalutationRunes*utf8.UTFMax)
	for _, marks := range []string{"：:！!", "，,"} {
		if i := strings.IndexAny(text[:limit], marks); i > 0 {
			_, size := utf8.DecodeRuneInString(text[i:])
			if isSalutation(text[:i+size], lang) {
				return i + size
			}
		}
	}
	return 0
}

// titleCut is where a space ends the title that opens a run-on text (某县政府工作报告 各位代表：……),
// when the text before its first cut opens with a short line of its own; none otherwise.
func titleCut(text string, cuts []int, lang locale.Language) []int {
	head := text
	if len(cuts) > 0 {
		head = text[:cuts[0]]
	}
	space := strings.IndexAny(head, " \u3000")
	if space <= 0 || !headerLine(paragraph{text: head[:space]}, lang) || strings.IndexFunc(head[:space], sentenceEnd) >= 0 {
		return nil
	}
	return []int{space}
}
