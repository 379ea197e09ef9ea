package content

import (
	"strings"
	"unicode/utf8"

	"briefing/content/locale"
)

// classified is a body paragraph with its heading, if it is one.
type classified struct {
	paragraph
	heading   heading
	isHeading bool
}

// minimumCount is how many headings of a level a document needs before that level splits it: one
// markdown heading is a deliberate act, one short line or one lead sentence is not yet a pattern.
func minimumCount(level int) int {
	if level <= 6 {
		return 1
	}
	return 2
}

// partLevel picks the outermost heading level that appears often enough to split the document.
func partLevel(blocks []classified) (int, bool) {
	counts := map[int]int{}
	for _, b := range blocks {
		if b.isHeading {
			counts[b.heading.level]++
		}
	}
	best, found := 0, false
	for level, n := range counts {
		if n >= minimumCount(level) && (!found || level < best) {
			best, found = level, true
		}
	}
	return best, found
}

// buildSections groups the body paragraphs into the opening and the parts, and finds each part's
// sub-points.
func buildSections(src string, paras []paragraph, lang locale.Language) []Section {
	blocks := make([]classified, len(paras))
	for i, p := range paras {
		h, ok := classify(src, paras, i, lang)
		blocks[i] = classified{paragraph: p, heading: h, isHeading: ok}
	}
	level, structured := partLevel(blocks)
	if !structured {
		return unstructuredSections(src, blocks, lang)
	}
	var sections []Section
	var opening []classified
	var part []classified
	flush := func() {
		if len(part) > 0 {
			sections = append(sections, newPart(src, part, level, lang))
			part = nil
		}
	}
	for _, b := range blocks {
		switch {
		case b.isHeading && b.heading.level == level:
			flush()
			part = []classified{b}
		case part == nil:
			opening = append(opening, b)
		default:
			part = append(part, b)
		}
	}
	flush()
	switch {
	case hasBody(opening):
		sections = append([]Section{newOpening(src, opening, lang)}, sections...)
	case len(opening) > 0:
		// Notes before the first part are the presenter's for that part: the outline has no opening.
		sections[0].Notes = append(notesOf(opening), sections[0].Notes...)
	}
	for i := range sections {
		sections[i].Index = i
	}
	return sections
}

// notesOf is the text of the speaker notes among blocks.
func notesOf(blocks []classified) []string {
	var notes []string
	for _, b := range blocks {
		if b.note {
			notes = append(notes, noteText(b.paragraph))
		}
	}
	return notes
}

func hasBody(blocks []classified) bool {
	for _, b := range blocks {
		if !b.note {
			return true
		}
	}
	return false
}

// sectionText cuts the source a section covers and gathers its speaker notes.
func sectionText(src string, blocks []classified) (start int, text string, notes []string) {
	start = blocks[0].start
	end := blocks[len(blocks)-1].end
	return start, src[start:end], notesOf(blocks)
}

func newOpening(src string, blocks []classified, lang locale.Language) Section {
	start, text, notes := sectionText(src, blocks)
	return Section{Kind: Opening, Title: lang.Words().Opening, Text: text, Preface: Span{0, len(text)}, Notes: notes, sourceStart: start}
}

// newPart builds a part from its heading paragraph and the paragraphs up to the next part.
func newPart(src string, blocks []classified, level int, lang locale.Language) Section {
	start, text, notes := sectionText(src, blocks)
	h := blocks[0].heading
	s := Section{
		Kind:      Part,
		Title:     trimSentenceEnd(src[h.title.Start:h.title.End]),
		Text:      text,
		TitleSpan: Span{h.title.Start - start, h.title.End - start},
		Notes:     notes,

		sourceStart: start,
	}
	bodyStart := h.bodyStart - start
	s.Points = headingPoints(blocks[1:], level, start, len(text))
	if len(s.Points) == 0 {
		s.Points = inlinePoints(text, bodyStart, lang)
	}
	s.Preface = Span{bodyStart, len(text)}
	if len(s.Points) > 0 {
		s.Preface.End = pointStart(text, s.Points[0])
	}
	return s
}

// headingPoints makes sub-points of the part's inner headings: the outermost level inside the part
// that occurs at least twice.
func headingPoints(blocks []classified, partLevel, sectionStart, sectionEnd int) []Point {
	inner := 0
	counts := map[int]int{}
	for _, b := range blocks {
		if b.isHeading && b.heading.level > partLevel {
			counts[b.heading.level]++
		}
	}
	for level, n := range counts {
		if n >= 2 && (inner == 0 || level < inner) {
			inner = level
		}
	}
	if inner == 0 {
		return nil
	}
	var points []Point
	for _, b := range blocks {
		if !b.isHeading || b.heading.level != inner {
			continue
		}
		if n := len(points); n > 0 {
			points[n-1].Body.End = b.start - sectionStart
		}
		title := Span{b.heading.title.Start - sectionStart, b.heading.title.End - sectionStart}
		points = append(points, Point{TitleSpan: title, Body: Span{b.heading.bodyStart - sectionStart, sectionEnd}})
	}
	for i := range points {
		points[i].Body.End = trimmedEnd(points[i].Body, sectionEnd)
	}
	return points
}

func trimmedEnd(s Span, limit int) int {
	if s.End > limit {
		return limit
	}
	return s.End
}

// pointStart is where a point begins in the text: its marker if it has one, else its title.
func pointStart(text string, p Point) int {
	start := p.TitleSpan.Start
	line := strings.LastIndexByte(text[:start], '\n') + 1
	if m, ok := matchMarker(text[line:]); ok && line+m.size == start {
		return line
	}
	if i := strings.LastIndexByte(text[:start], '#'); i >= line && strings.TrimLeft(text[line:start], "# \t") == "" {
		return line
	}
	if !mayEndEnumerationMarker(text[:start]) {
		return start // after a full stop, as parallel points are: no marker ends here
	}
	for _, prefix := range enumerationPattern.FindAllStringSubmatchIndex(text[:start], -1) {
		if prefix[3] == start {
			return prefix[2]
		}
	}
	return start
}

// mayEndEnumerationMarker is a cheap test of whether an inline enumeration marker (一是, 第一，,
// First,) can end where before ends: only after 是, a comma, a colon or white space.
func mayEndEnumerationMarker(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '是' || r == '，' || r == ',' || r == '、' || r == ':' || r < utf8.RuneSelf && isRegexpSpace(byte(r))
}

// unstructuredSections makes one section per paragraph of a text with no recognisable parts, each
// titled by its first sentence. A note belongs to the paragraph before it, or the first paragraph when
// none is; a text of nothing but notes is one opening that holds them, so no document lacks a section.
func unstructuredSections(src string, blocks []classified, lang locale.Language) []Section {
	var sections []Section
	var leadingNotes []string
	for _, b := range blocks {
		if b.note {
			if n := len(sections); n > 0 {
				sections[n-1].Notes = append(sections[n-1].Notes, noteText(b.paragraph))
			} else {
				leadingNotes = append(leadingNotes, noteText(b.paragraph))
			}
			continue
		}
		title := titleSpan(src, b.start, b.end, true)
		rel := Span{title.Start - b.start, title.End - b.start}
		sections = append(sections, Section{
			Index:     len(sections),
			Kind:      Part,
			Title:     shortTitle(trimSentenceEnd(src[title.Start:title.End])),
			Text:      b.text,
			TitleSpan: rel,
			Preface:   Span{0, len(b.text)},

			sourceStart: b.start,
		})
	}
	if len(sections) == 0 {
		return []Section{newOpening(src, blocks, lang)}
	}
	sections[0].Notes = append(leadingNotes, sections[0].Notes...)
	return sections
}

// shortTitle keeps an outline entry readable when the only title a paragraph has is a long clause.
func shortTitle(s string) string {
	const limit = 24
	if runeLen(s) <= limit {
		return s
	}
	return string([]rune(s)[:limit-1]) + "…"
}
