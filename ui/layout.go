package ui

// Sizes of the layout, in cells.
const (
	minWidth, minHeight = 40, 12 // below this only "terminal too small" is drawn
	wideWidth           = 120    // from here the outline is shown beside the text
	narrowWidth         = 80     // below this there is one column
	outlineWidth        = 26     // the outline beside the text
	figuresWidth        = 36     // the figures panel beside the text
	figuresWidthMedium  = 32     // the figures panel between 80 and 119 columns
	figuresBelowMin     = 6      // the least height of the figures panel under the text
)

// rect is a pane's place on the screen.
type rect struct{ X, Y, W, H int }

func (r rect) contains(x, y int) bool { return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H }

// layout says where each pane goes for a terminal size and the panes the user asked for. A pane
// with zero width or height is not drawn.
type layout struct {
	TooSmall                 bool
	Width, Height            int
	Outline, Reader, Figures rect
	FiguresBelow             bool // one column: the figures panel is under the text
}

// panes is which optional panes are shown; the user toggles them with t and d.
type panes struct {
	Outline, Figures bool
}

// defaultPanes is what a terminal shows before the user toggles anything: everything from 120
// columns, the figures but not the outline from 80, and below that the figures under the text when
// there are lines enough for both.
func defaultPanes(w, h int) panes {
	return panes{Outline: w >= wideWidth, Figures: w >= narrowWidth || h >= 20}
}

// computeLayout places the panes: a header line on top and a footer line at the bottom, the body
// between. Separators between side-by-side panes take one column each.
func computeLayout(w, h int, shown panes) layout {
	l := layout{Width: max(w, 0), Height: max(h, 0)}
	if w < minWidth || h < minHeight {
		l.TooSmall = true
		return l
	}
	bodyY, bodyH := 1, h-2
	switch {
	case w >= narrowWidth:
		x, right := 0, w
		if shown.Outline {
			ow := outlineWidth
			if w < wideWidth {
				ow = 24
			}
			l.Outline = rect{0, bodyY, ow, bodyH}
			x = ow + 1
		}
		if shown.Figures {
			fw := figuresWidth
			if w < wideWidth {
				fw = figuresWidthMedium
			}
			l.Figures = rect{w - fw, bodyY, fw, bodyH}
			right = w - fw - 1
		}
		l.Reader = rect{x, bodyY, right - x, bodyH}
	case shown.Outline:
		// One column: the outline takes the body's place while it is open.
		l.Outline = rect{0, bodyY, w, bodyH}
	default:
		readerH := bodyH
		if shown.Figures {
			fh := max(bodyH*2/5, figuresBelowMin)
			readerH = bodyH - fh - 1
			l.Figures = rect{0, bodyY + readerH + 1, w, fh}
			l.FiguresBelow = true
		}
		l.Reader = rect{0, bodyY, w, readerH}
	}
	return l
}
