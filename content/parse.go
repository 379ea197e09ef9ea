package content

import (
	"io"
	"strings"

	"briefing/content/sanitize"
)

// Parse reads a document, plain text or markdown, into a Briefing. name is what messages call the
// document. The only errors are *InputError values for data that is not text; any text parses, if
// need be into one section per paragraph.
func Parse(name string, data []byte) (*Briefing, error) {
	if err := CheckText(name, data); err != nil {
		return nil, err
	}
	return parseText(name, data), nil
}

// parseText parses data already checked to be text.
func parseText(name string, data []byte) *Briefing {
	src := normalizeSource(data)
	b := &Briefing{Name: sanitize.Line(name), Language: detectLanguage(src)}
	markdown := looksLikeMarkdown(src)
	b.Format = FormatText
	if markdown {
		b.Format = FormatMarkdown
	}
	// The rules read a copy in which line breaks inside a paragraph are spaces, byte for byte, so
	// every offset found in it is an offset in the source.
	flow := src
	var paras []paragraph
	if markdown {
		flow = joinSoftBreaks(src)
		paras = markdownParagraphs(flow)
	} else {
		wrapped := hardWrapped(splitLines(src))
		if wrapped {
			flow = joinSoftBreaks(src)
			wrapped = hardWrapped(splitLines(flow)) // what is left of the wrapping once lines are joined
		}
		paras = splitRunOn(flow, plainParagraphs(flow, wrapped), b.Language)
	}
	paras = takeHeader(b, paras, markdown)
	paras = takeCredits(b, paras)
	paras = takeClosingByline(b, paras)
	markCredits(paras)
	outline := outlineRules{lang: b.Language, lenient: isShort(src) || isExcerpt(b.Title, paras)}
	sections, headed := buildSections(flow, paras, outline)
	b.Sections = sections
	if b.Title == "" {
		b.Title = untitled(b, headed)
	}
	rules := newFigureRules(b)
	for i := range b.Sections {
		s := &b.Sections[i]
		s.Preface = trimProse(s.Text, s.Preface, markdown)
		for j := range s.Points {
			p := &s.Points[j]
			p.Title = trimSentenceEnd(p.TitleSpan.Of(s.Text))
			p.Body = trimProse(s.Text, p.Body, markdown)
		}
		figureText := maskMarkers(s.Text)
		if markdown {
			figureText = maskMarkdown(figureText)
		}
		s.Text = src[s.sourceStart : s.sourceStart+len(s.Text)]
		s.Figures, s.Asides = rules.extract(figureText, s.Text, s.TitleSpan)
	}
	return b
}

// joinSoftBreaks turns each line break inside a paragraph into a space, unless the next line opens
// a heading, a list item, a quote or a note, which markdown and numbered text keep on their own line.
func joinSoftBreaks(src string) string {
	b := []byte(src)
	for i := 1; i+1 < len(b); i++ {
		if b[i] != '\n' || b[i-1] == '\n' || b[i+1] == '\n' {
			continue
		}
		lineStart := strings.LastIndexByte(src[:i], '\n') + 1
		if line := src[lineStart:i]; isATXHeading(line) || startsHeading(line) && runeLen(line) <= maxTitleRunes+4 {
			continue // a heading stays on its own line
		}
		next := src[i+1:]
		if end := strings.IndexByte(next, '\n'); end >= 0 {
			next = next[:end]
		}
		if !opensBlock(next) {
			b[i] = ' '
		}
	}
	return string(b)
}

func opensBlock(line string) bool {
	trimmed := strings.TrimLeft(line, " \t　")
	if trimmed == "" || startsHeading(trimmed) || isATXHeading(line) {
		return true
	}
	for _, prefix := range []string{"- ", "* ", "+ ", "> ", "<!--", "```", "~~~", "|"} {
		if strings.HasPrefix(trimmed, prefix) {
			return true
		}
	}
	return false
}

// trimSpan narrows a span to the text inside it, without the spaces and blank lines around.
func trimSpan(text string, s Span) Span {
	if s.Start >= s.End {
		return Span{s.Start, s.Start}
	}
	inner := text[s.Start:s.End]
	start := s.Start + len(inner) - len(strings.TrimLeft(inner, " \t\n\u3000"))
	end := s.Start + len(strings.TrimRight(inner, " \t\n\u3000"))
	if end < start {
		end = start
	}
	return Span{start, end}
}

// trimProse narrows a span to its prose: without the spaces around it and, in markdown, without the
// speaker notes that open or close it, which are for the presenter and not part of what is said.
func trimProse(text string, s Span, markdown bool) Span {
	for {
		s = trimSpan(text, s)
		inner := s.Of(text)
		if !markdown || !strings.Contains(inner, "<!--") {
			return s
		}
		if end := strings.Index(inner, "-->") + len("-->"); strings.HasPrefix(inner, "<!--") && end > len("-->") && notePattern.MatchString(inner[:end]) {
			s.Start += end
			continue
		}
		if start := strings.LastIndex(inner, "<!--"); strings.HasSuffix(inner, "-->") && notePattern.MatchString(inner[start:]) {
			s.End = s.Start + start
			continue
		}
		return s
	}
}

// maskMarkers blanks the heading numbers that open lines (一、 1. （二）), which number the text's parts
// rather than measure anything.
func maskMarkers(text string) string {
	var b []byte
	for _, line := range splitLines(text) {
		indent := leadingSpace(line.text)
		if m, ok := matchMarker(line.text[indent:]); ok {
			if b == nil {
				b = []byte(text)
			}
			for i := line.start + indent; i < line.start+indent+m.size; i++ {
				b[i] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// Load reads the document at path ("-" for stdin) and parses it; the text is decoded and checked
// once, by ReadDocument.
func Load(path string, stdin io.Reader) (*Briefing, error) {
	doc, err := ReadDocument(path, stdin)
	if err != nil {
		return nil, err
	}
	b := parseText(path, doc.Text)
	b.Encoding = doc.Encoding
	return b, nil
}

// FigureCount is the number of figures in all sections.
func (b *Briefing) FigureCount() int {
	n := 0
	for _, s := range b.Sections {
		n += len(s.Figures)
	}
	return n
}

// Locality is the place a speech speaks for, as its byline names it (衡南县委书记 → 衡南); labels drop
// it, since every figure of the speech is that place's.
func (b *Briefing) locality() string {
	byline := strings.Fields(b.Byline)
	if len(byline) == 0 {
		return ""
	}
	office := []rune(byline[0])
	for i, r := range office {
		if r == '县' || r == '市' || r == '区' || r == '省' || r == '州' || r == '镇' || r == '乡' || r == '縣' || r == '區' {
			if i >= 2 {
				return string(office[:i])
			}
		}
	}
	return ""
}
