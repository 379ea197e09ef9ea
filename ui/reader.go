package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/ui/render"
)

// highlight is a stretch of the rendered section to draw in a style: a search match, or the sentence
// of a figure the user opened.
type highlight struct {
	match render.Match
	style lipgloss.Style
}

// reader shows one rendered section in a scrolling window, with highlights drawn over it. It keeps
// the lines' widths from the rendering, so drawing a frame measures nothing.
type reader struct {
	renderer *render.Renderer
	theme    render.Theme
	section  int
	rendered *render.Section
	lines    []string // the rendered lines with the highlights drawn in
	// highlighted says which highlights lines has (SetHighlights), nil for none yet.
	highlighted any
	decorated   bool     // lines are not the rendering's own
	offset      int      // the first visible line
	mark        lineSpan // the lines of the current sub-point, marked by a bar in the left margin
	markBar     string   // the bar, styled
	width       int      // the text's width, without the margins
	height      int
	margin      int
}

// readerMargin is the blank column kept on each side of the text when the pane is wide enough.
const readerMargin = 1

func newReader(r *render.Renderer, theme render.Theme) reader {
	return reader{renderer: r, theme: theme}
}

// SetSize gives the reader its pane; the section is wrapped again for the new width (less a margin
// on each side), and the reader keeps its place in proportion.
func (r reader) SetSize(w, h int) reader {
	w, h = max(w, 0), max(h, 0)
	margin := 0
	if w >= 20 {
		margin = readerMargin
		w -= 2 * readerMargin
	}
	if w == r.width && h == r.height && r.rendered != nil {
		return r
	}
	fraction := r.fraction()
	r.width, r.height, r.margin = w, h, margin
	r = r.rerender()
	return r.ScrollTo(r.lineAt(fraction))
}

// SetTheme renders the section again in another theme.
func (r reader) SetTheme(t render.Theme) reader {
	if t == r.theme {
		return r
	}
	r.theme = t
	return r.rerender().ScrollTo(r.offset)
}

// SetSection shows section i from its top, without highlights.
func (r reader) SetSection(i int) reader {
	if i == r.section && r.rendered != nil {
		return r
	}
	r.section = i
	r = r.rerender()
	r.offset = 0
	return r
}

// SetMark marks sub-point point (none for -1) with bar beside its lines, in the left margin.
func (r reader) SetMark(point int, bar string) reader {
	r.mark, r.markBar = lineSpan{}, bar
	if r.rendered == nil || point < 0 || point >= len(r.rendered.PointLines) {
		return r
	}
	start, end := pointSpan(r.rendered.PointLines, point, len(r.rendered.Lines))
	for end > start+1 && r.rendered.Widths[end-1] == 0 {
		end-- // not the blank lines before the next heading
	}
	r.mark = lineSpan{start, end}
	return r
}

// SetHighlights draws the stretches highlights() gives over the section, unless those of key are
// drawn already: key says everything they depend on (the search, the opened figure, the styles), so
// scrolling, which changes none of them, draws nothing again.
func (r reader) SetHighlights(key any, highlights func() []highlight) reader {
	if r.rendered != nil && r.highlighted == key {
		return r
	}
	hs := highlights()
	r.lines, r.decorated, r.highlighted = r.decorate(hs), len(hs) > 0, key
	return r
}

func (r reader) rerender() reader {
	r.highlighted, r.decorated = nil, false
	if r.width <= 0 {
		r.rendered, r.lines = nil, nil
		return r
	}
	r.rendered = r.renderer.Section(r.section, r.width, r.theme)
	r.lines = r.rendered.Lines
	return r
}

// Rendered is the section as currently drawn, or nil before the reader has a size.
func (r reader) Rendered() *render.Section { return r.rendered }

// Line is the first visible line.
func (r reader) Line() int { return r.offset }

// ScrollTo puts line at the top, as far as the section allows.
func (r reader) ScrollTo(line int) reader {
	r.offset = clamp(line, 0, max(r.Lines()-r.height, 0))
	return r
}

// Lines is how many lines the section has at this width.
func (r reader) Lines() int {
	if r.rendered == nil {
		return 0
	}
	return len(r.rendered.Lines)
}

// fraction is how far down the section the reader is, from 0 at the top to 1 at the bottom.
func (r reader) fraction() float64 {
	last := r.Lines() - r.height
	if last <= 0 {
		return 0
	}
	return float64(r.offset) / float64(last)
}

func (r reader) lineAt(fraction float64) int {
	last := r.Lines() - r.height
	if last <= 0 {
		return 0
	}
	return int(fraction*float64(last) + 0.5)
}

// Percent is the scroll position for the status line.
func (r reader) Percent() int { return int(r.fraction()*100 + 0.5) }

// readerView is everything an undecorated reader's view depends on: one drawing serves every session
// showing the same lines of the same rendering.
type readerView struct {
	rendered              *render.Section
	offset, width, height int
	margin                int
	mark                  lineSpan
	markBar               string
}

// View draws exactly the pane: height lines of width plus margins, padded with spaces. Without
// highlights it is drawn once for every session that shows the same lines.
func (r reader) View() string {
	if r.width <= 0 || r.height <= 0 {
		return ""
	}
	if r.rendered != nil && !r.decorated {
		return render.Memo(r.renderer, readerView{r.rendered, r.offset, r.width, r.height, r.margin, r.mark, r.markBar}, r.draw)
	}
	return r.draw()
}

func (r reader) draw() string {
	full := r.width + 2*r.margin
	margin := strings.Repeat(" ", r.margin)
	var b strings.Builder
	b.Grow(r.height * (full + 16))
	for row := 0; row < r.height; row++ {
		if row > 0 {
			b.WriteByte('\n')
		}
		i := r.offset + row
		if i >= len(r.lines) {
			b.WriteString(strings.Repeat(" ", full))
			continue
		}
		if r.margin > 0 && i >= r.mark.start && i < r.mark.end {
			b.WriteString(r.markBar)
			b.WriteString(margin[1:])
		} else {
			b.WriteString(margin)
		}
		b.WriteString(r.lines[i])
		b.WriteString(strings.Repeat(" ", max(r.width-r.rendered.Widths[i], 0)+r.margin))
	}
	return b.String()
}

// decorate draws the highlights into a copy of the rendered lines.
func (r reader) decorate(hs []highlight) []string {
	if r.rendered == nil {
		return nil
	}
	if len(hs) == 0 {
		return r.rendered.Lines
	}
	lines := append([]string(nil), r.rendered.Lines...)
	for _, h := range hs {
		for line := h.match.StartLine; line <= h.match.EndLine && line < len(lines); line++ {
			from, to := 0, r.rendered.Widths[line]
			if line == h.match.StartLine {
				from = h.match.StartCol
			}
			if line == h.match.EndLine {
				to = h.match.EndCol
			}
			lines[line] = paint(lines[line], from, to, h.style)
		}
	}
	return lines
}

// paint redraws the cells [from, to) of a styled line in style, leaving the rest as it was.
func paint(line string, from, to int, style lipgloss.Style) string {
	if to <= from {
		return line
	}
	width := ansi.StringWidth(line)
	var b strings.Builder
	b.WriteString(ansi.Cut(line, 0, from))
	b.WriteString("\x1b[m")
	b.WriteString(style.Render(ansi.Strip(ansi.Cut(line, from, to))))
	b.WriteString(ansi.Cut(line, to, width))
	return b.String()
}
