package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content/locale"
)

// classified is a body paragraph with its heading, if it is one.
type classified struct {
	paragraph
	heading   heading
	isHeading bool
}

// outlineRules is what the outline rules know of the document as a whole.
type outlineRules struct {
	lang locale.Language
	// lenient is set for a short document (under shortDocumentRunes characters) or an excerpt: one
	// heading of a kind is enough to make a part there, since the text is too short to repeat it.
	lenient bool
}

// shortDocumentRunes is the length under which a document is short.
const shortDocumentRunes = 3000

// minimumCount is how many headings of a level a document needs before that level splits it: one
// markdown heading is a deliberate act, one short line or one lead sentence is not yet a pattern. In
// a short document or an excerpt one numbered heading or heading line is enough; a lead sentence
// still needs a second.
func (o outlineRules) minimumCount(level int) int {
	if level <= 6 || o.lenient && level < levelLead {
		return 1
	}
	return 2
}

// pointMinimum is how many headings of a level inside a part make sub-points: two, but one numbered
// heading or heading line where one makes a part.
func (o outlineRules) pointMinimum(level int) int {
	if o.lenient && level > 6 && level < levelLead {
		return 1
	}
	return 2
}

// partLevel picks the outermost heading level that appears often enough to split the document.
func (o outlineRules) partLevel(blocks []classified) (int, bool) {
	counts := map[int]int{}
	for _, b := range blocks {
		if b.isHeading {
			counts[b.heading.level]++
		}
	}
	numbered := false
	for level := range counts {
		numbered = numbered || level >= levelMarkerBase && level < levelLead
	}
	best, found := 0, false
	for level, n := range counts {
		if level == levelHeadingLine && n == 1 && numbered {
			continue // one heading line does not outrank the numbered headings: it is more likely a title
		}
		if n >= o.minimumCount(level) && (!found || level < best) {
			best, found = level, true
		}
	}
	return best, found
}

// buildSections groups the body paragraphs into the opening and the parts, and finds each part's
// sub-points. headed says whether the parts are titled by headings, rather than by lead sentences or
// by their paragraphs' first sentences.
func buildSections(src string, paras []paragraph, o outlineRules) (sections []Section, headed bool) {
	lang := o.lang
	blocks := make([]classified, len(paras))
	for i, p := range paras {
		h, ok := classify(src, paras, i, lang)
		blocks[i] = classified{paragraph: p, heading: h, isHeading: ok}
	}
	level, structured := o.partLevel(blocks)
	if !structured {
		return unstructuredSections(src, blocks, lang), false
	}
	var opening []classified
	var part []classified
	flush := func() {
		if len(part) > 0 {
			sections = append(sections, o.newPart(src, part, level))
			part = nil
		}
	}
	grouped := false // whether the part is titled by a heading that titles the headings after it
	for i, b := range blocks {
		switch {
		case b.isHeading && b.heading.level == level && titlesHeadings(blocks, i, level):
			flush()
			part, grouped = []classified{b}, true
		case b.isHeading && b.heading.level == level && !grouped:
			flush()
			part = []classified{b} //nolint:prealloc // nil until the first heading: what comes before it is the opening
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
	return sections, level < levelLead
}

// titlesHeadings reports whether block i is a heading of the part level followed at once by another:
// it titles the headings of its level that follow it, up to the next such heading, which are its
// sub-points rather than parts (更加清晰地看到县域的重要性 / 从历史维度看 / … / 从现实维度看 / …).
func titlesHeadings(blocks []classified, i, level int) bool {
	return i+1 < len(blocks) && blocks[i+1].isHeading && blocks[i+1].heading.level == level && level == levelHeadingLine
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
func (o outlineRules) newPart(src string, blocks []classified, level int) Section {
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
	s.Points = o.headingPoints(blocks[1:], level, start, len(text))
	if len(blocks) > 1 && blocks[1].isHeading && blocks[1].heading.level == level {
		s.Points = pointsAt(blocks[1:], level, start, len(text)) // the headings this one titles
	}
	if len(s.Points) == 0 {
		s.Points = inlinePoints(text, bodyStart)
	}
	s.Preface = Span{bodyStart, len(text)}
	if len(s.Points) > 0 {
		s.Preface.End = pointStart(text, s.Points[0])
	}
	return s
}

// headingPoints makes sub-points of the part's inner headings: the outermost level inside the part
// that occurs often enough — twice, or once where one heading makes a part (a short document, an
// excerpt).
func (o outlineRules) headingPoints(blocks []classified, partLevel, sectionStart, sectionEnd int) []Point {
	inner := 0
	counts := map[int]int{}
	for _, b := range blocks {
		if b.isHeading && b.heading.level > partLevel {
			counts[b.heading.level]++
		}
	}
	for level, n := range counts {
		if n >= o.pointMinimum(level) && (inner == 0 || level < inner) {
			inner = level
		}
	}
	if inner == 0 {
		return nil
	}
	return pointsAt(blocks, inner, sectionStart, sectionEnd)
}

// pointsAt makes a sub-point of each heading of level among blocks.
func pointsAt(blocks []classified, inner, sectionStart, sectionEnd int) []Point {
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
// titled by its first sentence. The salutations, greeting, lone 现在，… sentence and credit lines that
// open the text are its opening, and a salutation later on opens the section of the paragraph after
// it: none of them is a section of its own. A note or a credit line later on belongs to the paragraph
// before it (a note before every paragraph to the first; a credit line after a salutation to the
// paragraph the salutation addresses); a text of nothing but notes is one opening that holds them, so
// no document lacks a section.
func unstructuredSections(src string, blocks []classified, lang locale.Language) []Section {
	var sections []Section
	opens := 0
	for opens < len(blocks) && (blocks[opens].note || blocks[opens].credit || opensSpeech(blocks[opens].text, lang)) {
		opens++
	}
	if hasBody(blocks[:opens]) {
		sections = append(sections, newOpening(src, blocks[:opens], lang))
		blocks = blocks[opens:]
	}
	var leadingNotes []string
	pending := -1           // a salutation or a credit line waiting for the paragraph after it
	first, titled := -1, -1 // the blocks of the last paragraph's section start at first; titled titles it
	for i, b := range blocks {
		switch {
		case b.note && len(sections) > 0:
			sections[len(sections)-1].Notes = append(sections[len(sections)-1].Notes, noteText(b.paragraph))
			continue
		case b.note:
			leadingNotes = append(leadingNotes, noteText(b.paragraph))
			continue
		case b.credit && titled >= 0 && pending < 0:
			sections[len(sections)-1] = paragraphSection(src, blocks[first:i+1], blocks[titled], lang)
			continue
		case b.credit || (isSalutation(b.text, lang) && i+1 < len(blocks)):
			if pending < 0 {
				pending = i
			}
			continue
		}
		first, titled = i, i
		if pending >= 0 {
			first, pending = pending, -1
		}
		sections = append(sections, paragraphSection(src, blocks[first:i+1], b, lang))
	}
	switch {
	case len(sections) == 0:
		return []Section{newOpening(src, blocks, lang)}
	case pending >= 0 && titled >= 0: // credit lines close the text: they belong to its last paragraph
		sections[len(sections)-1] = paragraphSection(src, blocks[first:], blocks[titled], lang)
	}
	sections[0].Notes = append(leadingNotes, sections[0].Notes...)
	for i := range sections {
		sections[i].Index = i
	}
	return sections
}

// opensSpeech reports whether a paragraph belongs to the opening of a text without parts: a
// salutation, a paragraph that opens with a greeting, the lone 现在，… sentence, or a line that
// introduces the text after it with a colon (以下是……致辞全文：).
func opensSpeech(text string, lang locale.Language) bool {
	return isSalutation(text, lang) || opensWithGreeting(text, lang) || isLoneNow(text) || introducesText(text)
}

// introducesText reports whether a paragraph is one sentence closed by a colon, which introduces
// what follows rather than saying anything itself.
func introducesText(text string) bool {
	text = strings.TrimSpace(text)
	r, _ := utf8.DecodeLastRuneInString(text)
	return (r == '：' || r == ':') && strings.IndexFunc(text, sentenceEnd) < 0 && !strings.Contains(text, "\n")
}

// paragraphSection is the section of the paragraph titled with the blocks around it (a salutation
// that addresses it, the credit lines after it), titled by the paragraph's first sentence, cut short
// where a word ends when it is long.
func paragraphSection(src string, blocks []classified, titled classified, lang locale.Language) Section {
	start, text, notes := sectionText(src, blocks)
	sentence := firstSentence(titled.text, lang)
	kept, cut := cutTitle(trimSentenceEnd(sentence))
	titleStart := titled.start - start + leadingSpace(sentence)
	title := kept
	preface := Span{0, len(text)}
	if cut {
		title += "…"
	} else if titled.start == start {
		// The title says the first sentence whole: the preface goes on after it and its stop, as after
		// a lead sentence, so a reader does not see it twice.
		preface.Start = afterSentence(text, len(sentence))
	}
	return Section{
		Kind:      Part,
		Title:     title,
		Text:      text,
		TitleSpan: Span{titleStart, titleStart + len(kept)},
		Preface:   preface,
		Notes:     notes,

		sourceStart: start,
	}
}

// afterSentence is where the text after a sentence ending at end starts: past its stop, any closing
// quotes and spaces.
func afterSentence(text string, end int) int {
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !(sentenceEnd(r) || r == '.' || closingQuote(r) || unicode.IsSpace(r) || r == '\u3000') {
			break
		}
		end += size
	}
	return end
}

// firstSentence is the text of a paragraph's first sentence, without its full stop.
func firstSentence(text string, lang locale.Language) string {
	end := indexFunc(text, func(r rune) bool { return sentenceEnd(r) || r == '\n' })
	if lang == locale.English {
		end = englishSentenceEnd(text)
	}
	if end < 0 {
		return text
	}
	return text[:end]
}

// Bounds of a title cut short, in characters: a Chinese one and an English one.
const (
	shortTitleRunes        = maxTitleRunes
	shortEnglishTitleRunes = 48
)

// cutTitle keeps an outline entry readable when the only title a paragraph has is a long sentence.
// It is cut where a word ends: at a space in English; in Chinese, which has no spaces, at the last
// clause mark in the second half of the bound, else at the bound. cut says whether it was.
func cutTitle(s string) (kept string, cut bool) {
	limit := shortTitleRunes
	if latinText(s) {
		limit = shortEnglishTitleRunes
	}
	if runeLen(s) <= limit {
		return s, false
	}
	runes := []rune(s)
	end := limit - 1
	for i := end; i >= limit/2; i-- {
		if runes[i] == ' ' || clausePunct(runes[i]) || runes[i] == '　' {
			end = i
			break
		}
	}
	return strings.TrimRight(string(runes[:end]), " ，,、；;：:　"), true
}

// latinText reports whether s is written in Latin letters rather than Chinese characters.
func latinText(s string) bool {
	han, latin := countScripts(s)
	return latin > han
}
