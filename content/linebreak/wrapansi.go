package linebreak

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapANSI breaks one line that may contain ANSI escape sequences (SGR colours, OSC 8 links),
// measuring only visible text. Continuation lines start with indent spaces, and each output
// line, indent included, fits opts.Width; the indent is cut to opts.Width-1 so a continuation
// line always has room for text. The active SGR state is closed ("\x1b[m") at the end of each
// broken line and re-opened at the start of the next, and so is an open OSC 8 hyperlink, so each
// returned line renders correctly on its own.
//
// A line that fits is returned unchanged. A '\n' in line is a hard break; the line after it is
// not a continuation and gets no indent. As with [Lines], a grapheme cluster wider than the
// room on a line goes alone on its own line.
func WrapANSI(line string, indent int, opts Options) []string {
	width := opts.columns()
	indent = min(max(indent, 0), width-1)
	visible, escapes := line, []escape(nil)
	if strings.IndexByte(line, ansi.ESC) >= 0 {
		text, found := splitEscapes(line, make([]byte, 0, len(line)), nil)
		visible, escapes = string(text), found
	}
	b := newBreaker(opts)
	if strings.IndexByte(visible, '\n') < 0 &&
		(b.fits(visible, width) || textWidth(visible, b.cond, b.graphemes) <= width) {
		return []string{line}
	}
	spans := b.breakText(visible, width, width-indent, nil)
	return rebuild(visible, escapes, spans, strings.Repeat(" ", indent))
}

// rebuild puts the escape sequences back into the broken lines. Sequences inside a line are
// written where they were. Those between two lines — in the whitespace dropped at a break, or
// right at it — are not written where they were: the state they leave is re-opened at the
// start of the next line, after the indent, followed by any that are not SGR or OSC 8. The last
// line also gets everything after its text.
func rebuild(visible string, escapes []escape, spans []span, indent string) []string {
	lines := make([]string, 0, len(spans))
	var state styleState
	next := 0 // the first escape not yet written or applied
	for i, line := range spans {
		var out strings.Builder
		out.Grow(len(indent) + line.end - line.start + 16)
		if line.continuation {
			out.WriteString(indent)
		}
		if i == 0 {
			for ; next < len(escapes) && escapes[next].at <= line.start; next++ {
				out.WriteString(escapes[next].seq)
				state.apply(escapes[next].seq)
			}
		} else {
			between := next
			for ; next < len(escapes) && escapes[next].at <= line.start; next++ {
				state.apply(escapes[next].seq)
			}
			state.open(&out)
			for _, e := range escapes[between:next] {
				if _, ok := sgrParams(e.seq); !ok {
					if _, ok := hyperlinkURI(e.seq); !ok {
						out.WriteString(e.seq)
					}
				}
			}
		}
		last := i == len(spans)-1
		written := line.start
		for ; next < len(escapes) && (escapes[next].at < line.end || last); next++ {
			if at := min(escapes[next].at, line.end); at > written {
				out.WriteString(visible[written:at])
				written = at
			}
			out.WriteString(escapes[next].seq)
			state.apply(escapes[next].seq)
		}
		out.WriteString(visible[written:line.end])
		state.close(&out)
		lines = append(lines, out.String())
	}
	return lines
}
