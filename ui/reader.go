package ui

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
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

// reader shows one rendered section in a scrolling viewport, with highlights drawn over it.
type reader struct {
	renderer   *render.Renderer
	theme      render.Theme
	section    int
	rendered   *render.Section
	highlights []highlight
	viewport   viewport.Model
	width      int
	height     int
	margin     int
}

func newReader(r *render.Renderer, theme render.Theme) reader {
	vp := viewport.New()
	vp.KeyMap = viewport.KeyMap{} // the root's KeyMap moves the reader; no key means two things
	vp.MouseWheelEnabled = true
	vp.MouseWheelDelta = 3
	return reader{renderer: r, theme: theme, viewport: vp}
}

// readerMargin is the blank column kept on each side of the text when the pane is wide enough.
const readerMargin = 1

// SetSize gives the reader its pane; the section is wrapped again for the new width (less a margin
// on each side), and the reader keeps its place in proportion.
func (r reader) SetSize(w, h int) reader {
	w, h = max(w, 0), max(h, 0)
	if w >= 20 {
		r.margin = readerMargin
		w -= 2 * readerMargin
	} else {
		r.margin = 0
	}
	if w == r.width && h == r.height && r.rendered != nil {
		return r
	}
	fraction := r.fraction()
	r.width, r.height = w, h
	r.viewport.SetWidth(w)
	r.viewport.SetHeight(h)
	r = r.rerender()
	r.viewport.SetYOffset(r.lineAt(fraction))
	return r
}

// SetTheme renders the section again in another theme.
func (r reader) SetTheme(t render.Theme) reader {
	if t == r.theme {
		return r
	}
	r.theme = t
	line := r.Line()
	r = r.rerender()
	r.viewport.SetYOffset(line)
	return r
}

// SetSection shows section i from its top, without highlights.
func (r reader) SetSection(i int) reader {
	if i == r.section && r.rendered != nil {
		return r
	}
	r.section = i
	r.highlights = nil
	r = r.rerender()
	r.viewport.SetYOffset(0)
	return r
}

// SetHighlights draws the given stretches over the section.
func (r reader) SetHighlights(h []highlight) reader {
	r.highlights = h
	line := r.Line()
	r.viewport.SetContentLines(r.decoratedLines())
	r.viewport.SetYOffset(line)
	return r
}

func (r reader) rerender() reader {
	if r.width <= 0 {
		r.rendered = nil
		r.viewport.SetContentLines(nil)
		return r
	}
	r.rendered = r.renderer.Section(r.section, r.width, r.theme)
	r.viewport.SetContentLines(r.decoratedLines())
	return r
}

// Rendered is the section as currently drawn, or nil before the reader has a size.
func (r reader) Rendered() *render.Section { return r.rendered }

// Line is the first visible line.
func (r reader) Line() int { return r.viewport.YOffset() }

// ScrollTo puts line at the top, as far as the section allows.
func (r reader) ScrollTo(line int) reader {
	r.viewport.SetYOffset(line)
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
	return float64(r.Line()) / float64(last)
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

// Update lets the mouse wheel scroll the section.
func (r reader) Update(msg tea.Msg) (reader, tea.Cmd) {
	if _, ok := msg.(tea.MouseWheelMsg); ok {
		var cmd tea.Cmd
		r.viewport, cmd = r.viewport.Update(msg)
		return r, cmd
	}
	return r, nil
}

func (r reader) View() string {
	if r.width == 0 || r.height == 0 {
		return ""
	}
	view := r.viewport.View()
	if r.margin == 0 {
		return view
	}
	pad := strings.Repeat(" ", r.margin)
	return pad + strings.ReplaceAll(view, "\n", pad+"\n"+pad) + pad
}

// decoratedLines is the rendered section with the highlights drawn in.
func (r reader) decoratedLines() []string {
	if r.rendered == nil {
		return nil
	}
	if len(r.highlights) == 0 {
		return r.rendered.Lines
	}
	lines := append([]string(nil), r.rendered.Lines...)
	for _, h := range r.highlights {
		for line := h.match.StartLine; line <= h.match.EndLine && line < len(lines); line++ {
			from, to := 0, ansi.StringWidth(r.rendered.Plain[line])
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
