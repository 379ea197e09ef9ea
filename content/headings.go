package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content/locale"
)

// Heading levels: a smaller level is an outer heading. Markdown headings use their own level (1–6);
// the others sit after them so that one document never mixes the two ranges in practice.
const (
	levelHeadingLine = 9  // a short line of its own, no number, no full stop
	levelMarkerBase  = 10 // numbered headings: levelMarkerBase + markerKind
	levelLead        = 50 // a short lead sentence opening a paragraph
)

// maxTitleRunes bounds what the rules call a title; longer text is a sentence. A numbered heading on
// a line of its own, with no full stop, is a title up to maxHeadingLineRunes (一、回顾过去，成绩斐然，
// 在克难奋进中我们收获了高质量发展的坚实信心).
const (
	maxTitleRunes       = 30
	maxHeadingLineRunes = 60
)

// heading is what makes a paragraph open a section or a sub-point.
type heading struct {
	level     int
	title     Span // absolute offsets in the source
	bodyStart int  // where the text after the heading starts (absolute)
}

// classify says whether paragraph i is a heading, and of which level.
func classify(src string, paras []paragraph, i int, lang locale.Language) (heading, bool) {
	p := paras[i]
	if p.note || p.credit {
		return heading{}, false // a credit line (来源：红星云) says who made the text, not what comes next
	}
	if p.atxLevel == 0 && (isSalutation(p.text, lang) || opensWithGreeting(p.text, lang)) {
		return heading{}, false // 各位代表： and 大家上午好！ address the audience; they title nothing
	}
	if p.atxLevel > 0 {
		text, offset := headingText(p)
		start := p.start + offset
		return heading{level: p.atxLevel, title: Span{start, start + len(text)}, bodyStart: p.end}, text != ""
	}
	if m, ok := matchMarker(p.text); ok {
		start := p.start + m.size
		title := titleSpan(src, start, p.end)
		return heading{level: levelMarkerBase + int(m.kind), title: title, bodyStart: skipSentenceEnd(src, title.End, p.end)}, title.Len() > 0
	}
	if standaloneHeading(paras, i, lang) {
		text := strings.TrimSpace(p.text)
		return heading{level: levelHeadingLine, title: Span{p.start, p.start + len(text)}, bodyStart: p.end}, true
	}
	if end, ok := leadSentence(p.text, lang); ok {
		lead := trimSentenceEnd(p.text[:end])
		dash := len(lead) - len(strings.TrimLeft(lead, "—–- ")) // ——发展质效更优。 is titled without its dash
		title := Span{p.start + dash, p.start + len(lead)}
		return heading{level: levelLead, title: title, bodyStart: p.start + end}, true
	}
	return heading{}, false
}

// titleSpan is the heading text from start: the first sentence if it is short, the whole line if it
// has no full stop and is not long, else the first clause.
func titleSpan(src string, start, end int) Span {
	text := src[start:end]
	if i := indexFunc(text, func(r rune) bool { return sentenceEnd(r) || r == '\n' }); i >= 0 && runeLen(text[:i]) <= maxTitleRunes {
		return Span{start, start + len(strings.TrimSpace(text[:i]))}
	}
	if runeLen(text) <= maxHeadingLineRunes && !strings.Contains(text, "\n") && indexFunc(text, sentenceEnd) < 0 {
		return Span{start, start + len(trimSentenceEnd(text))}
	}
	if i := indexFunc(text, clausePunct); i >= 0 {
		return Span{start, start + len(strings.TrimSpace(text[:i]))}
	}
	return Span{start, start + len(trimSentenceEnd(text))}
}

// skipSentenceEnd moves past the punctuation and spaces that close a title.
func skipSentenceEnd(src string, at, end int) int {
	for at < end {
		r, size := utf8.DecodeRuneInString(src[at:])
		if !(sentenceEnd(r) || r == '.' || r == '：' || r == ':' || r == '；' || unicode.IsSpace(r) || r == '\u3000') {
			break
		}
		at += size
	}
	return at
}

func indexFunc(s string, f func(rune) bool) int {
	return strings.IndexFunc(s, f)
}

// standaloneHeading reports whether paragraph i is a short line of its own that titles what follows:
// no full stop, not a question, and followed by a longer paragraph that is no salutation, or by another
// such heading (Economic Outlook / Global Outlook / …), whose headings it then titles. A line with a
// sentence inside (会议开幕。县委宣传部供图) is a caption or a note, not a heading.
func standaloneHeading(paras []paragraph, i int, lang locale.Language) bool {
	if i+1 >= len(paras) || !headingShaped(paras[i], lang) {
		return false
	}
	if titlesBody(paras[i], paras[i+1], lang) {
		return true
	}
	return i+2 < len(paras) && headingShaped(paras[i+1], lang) && titlesBody(paras[i+1], paras[i+2], lang)
}

// headingShaped reports whether a paragraph has the shape of a heading line: one short line with no
// sentence in it and no clause mark.
func headingShaped(p paragraph, lang locale.Language) bool {
	text := strings.TrimSpace(p.text)
	if p.note || p.credit || p.atxLevel > 0 || strings.Contains(text, "\n") || EndsSentence(text) {
		return false
	}
	if lang == locale.English {
		return len(strings.Fields(text)) <= 10 && !strings.ContainsAny(text, ",;")
	}
	return runeLen(text) <= maxTitleRunes && !strings.ContainsAny(text, "，,；;") && strings.IndexFunc(text, sentenceEnd) < 0
}

// titlesBody reports whether next is the body a heading line p titles: a longer paragraph, not a
// salutation (a title line above 各位代表： titles the speech, not a part of it).
func titlesBody(p, next paragraph, lang locale.Language) bool {
	if next.atxLevel > 0 || next.note || next.credit || isSalutation(next.text, lang) {
		return false
	}
	return runeLen(strings.TrimSpace(next.text)) > runeLen(strings.TrimSpace(p.text))
}

// leadSentence reports whether a paragraph opens with a short lead sentence closed by a full stop
// (以工业强支撑县域强。) and goes on after it; end is where the lead's punctuation ends. An exclamation
// (各位代表！) or a question leads nothing.
func leadSentence(text string, lang locale.Language) (end int, ok bool) {
	i := indexFunc(text, func(r rune) bool { return sentenceEnd(r) || r == '\n' })
	if lang == locale.English {
		i = englishSentenceEnd(text)
	}
	if i <= 0 || i >= len(text) {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); r != '。' && r != '｡' && r != '.' {
		return 0, false
	}
	lead := text[:i]
	// A lead may pair two phrases with 、 (荣誉表彰鼓舞干劲、振奋人心。), no other mark or digit.
	if strings.IndexFunc(lead, func(r rune) bool { return r != '、' && innerPunct(r) }) >= 0 || strings.IndexFunc(lead, unicode.IsDigit) >= 0 {
		return 0, false
	}
	if lang == locale.English {
		if words := len(strings.Fields(lead)); words < 2 || words > 8 {
			return 0, false
		}
	} else if n := runeLen(lead); n < 4 || n > 20 {
		return 0, false
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == '\n' {
		return 0, false
	}
	end = i + size
	if strings.TrimSpace(text[end:]) == "" {
		return 0, false
	}
	return end, true
}

// englishSentenceEnd finds the full stop that ends the first English sentence: a '.', '!' or '?'
// followed by a space, or the end of the text. The dot of an abbreviation (Mr., Inc., U.S.) ends no
// sentence.
func englishSentenceEnd(text string) int {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
				continue
			}
			if text[i] == '.' && i+1 < len(text) && abbreviationBefore(text[:i]) {
				continue
			}
			return i
		case '\n':
			return -1
		}
	}
	return -1
}

// englishAbbreviations are the words written with a dot that ends no sentence; read-only.
var englishAbbreviations = []string{"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "No", "vs", "etc", "Gov", "Sen", "Rep", "Gen", "Hon"}

// abbreviationBefore reports whether before ends with an abbreviation that takes a dot: one of
// englishAbbreviations, or a single capital letter (U.S, J).
func abbreviationBefore(before string) bool {
	word := before[strings.LastIndexAny(before, " (\n\"")+1:]
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' || len(word) >= 2 && word[len(word)-2] == '.' {
		return true
	}
	for _, a := range englishAbbreviations {
		if word == a {
			return true
		}
	}
	return false
}
