package render

import (
	"strings"
	"unicode/utf8"

	"briefing/content/linebreak"
	"briefing/content/simplify"
)

// Match is where a piece of text appears on the rendered lines: from (StartLine, StartCol) to
// (EndLine, EndCol), columns in display cells, the end exclusive. A match may run over a line break.
type Match struct {
	StartLine, StartCol int
	EndLine, EndCol     int
}

// stream is the text of the rendered lines read as one run, so that a phrase broken over two lines
// is still found: indentation is dropped, and Latin words on either side of a break are joined by a
// space, Chinese characters by nothing.
type stream struct {
	text   string
	folded simplify.Folded // text as a search compares it, folded once for every search
	starts []int           // where each line's text starts in text
	lines  []string
	indent []int // bytes of indentation dropped from each line
	opts   linebreak.Options
}

func newStream(plain []string, opts linebreak.Options) stream {
	var b strings.Builder
	s := stream{lines: plain, opts: opts, starts: make([]int, len(plain)), indent: make([]int, len(plain))}
	for i, line := range plain {
		trimmed := strings.TrimLeft(line, " ▌•│")
		s.indent[i] = len(line) - len(trimmed)
		if b.Len() > 0 && needsSpace(b.String(), trimmed) {
			b.WriteByte(' ')
		}
		s.starts[i] = b.Len()
		b.WriteString(trimmed)
	}
	s.text = b.String()
	s.folded = simplify.ForSearch(s.text)
	return s
}

func needsSpace(before, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(after)
	return last < 0x2E80 && first < 0x2E80 && last != ' ' && first != 0
}

// Find returns every place needle appears, in order. Latin letters match regardless of case, digits
// regardless of width, and traditional characters their simplified forms (see simplify.ForSearch).
func (s *Section) Find(needle string) []Match {
	needle = strings.TrimSpace(needle)
	if needle == "" {
		return nil
	}
	st := s.stream()
	haystack, folded := st.folded, simplify.ForSearch(needle).Text
	var matches []Match
	for from := 0; ; {
		i := strings.Index(haystack.Text[from:], folded)
		if i < 0 {
			return matches
		}
		start := from + i
		end := start + len(folded)
		m := Match{}
		m.StartLine, m.StartCol = st.position(haystack.Original(start))
		m.EndLine, m.EndCol = st.position(haystack.Original(end))
		matches = append(matches, m)
		from = end
	}
}

// position turns an offset in the stream into a line and a display column on that line.
func (s stream) position(offset int) (line, col int) {
	line = 0
	for line+1 < len(s.starts) && s.starts[line+1] <= offset {
		line++
	}
	if len(s.lines) == 0 {
		return 0, 0
	}
	within := min(max(offset-s.starts[line], 0), len(s.lines[line])-s.indent[line])
	text := s.lines[line][:s.indent[line]+within]
	return line, linebreak.Width(text, s.opts)
}
