package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestLayoutEverySize: for every terminal from 0×0 to 220×60 and every choice of panes, the panes lie
// inside the body (between the header and the footer line), never overlap, and follow the rules.
func TestLayoutEverySize(t *testing.T) {
	choices := []panes{{}, {Outline: true}, {Figures: true}, {Outline: true, Figures: true}}
	for w := 0; w <= 220; w++ {
		for h := 0; h <= 60; h++ {
			for _, shown := range append(choices, defaultPanes(w, h)) {
				if err := checkLayout(computeLayout(w, h, shown), w, h, shown); err != nil {
					t.Fatalf("%dx%d %+v: %v\n%+v", w, h, shown, err, computeLayout(w, h, shown))
				}
			}
		}
	}
}

func checkLayout(l layout, w, h int, shown panes) error {
	rects := map[string]rect{"outline": l.Outline, "reader": l.Reader, "figures": l.Figures}
	if w < minWidth || h < minHeight {
		if !l.TooSmall {
			return fmt.Errorf("below %dx%d and not too small", minWidth, minHeight)
		}
		for name, r := range rects {
			if r != (rect{}) {
				return fmt.Errorf("too small, yet the %s has %+v", name, r)
			}
		}
		return nil
	}
	if l.TooSmall {
		return fmt.Errorf("too small at %dx%d", w, h)
	}
	if l.Width != w || l.Height != h {
		return fmt.Errorf("layout for %dx%d", l.Width, l.Height)
	}
	drawn := map[string]rect{}
	for name, r := range rects {
		if r.W < 0 || r.H < 0 {
			return fmt.Errorf("%s has a negative size %+v", name, r)
		}
		if r.W == 0 || r.H == 0 {
			continue
		}
		drawn[name] = r
		// The body is every line but the header (0) and the footer (h-1).
		if r.X < 0 || r.Y < 1 || r.X+r.W > w || r.Y+r.H > h-1 {
			return fmt.Errorf("%s %+v leaves the body of %dx%d", name, r, w, h)
		}
	}
	for a, ra := range drawn {
		for b, rb := range drawn {
			if a < b && ra.X < rb.X+rb.W && rb.X < ra.X+ra.W && ra.Y < rb.Y+rb.H && rb.Y < ra.Y+ra.H {
				return fmt.Errorf("%s %+v overlaps %s %+v", a, ra, b, rb)
			}
		}
	}
	_, hasOutline := drawn["outline"]
	_, hasReader := drawn["reader"]
	_, hasFigures := drawn["figures"]
	bodyH := h - 2
	switch {
	case w >= narrowWidth:
		// Side by side, each pane the body's full height, a one-column separator between neighbours,
		// and together they fill the width.
		if hasOutline != shown.Outline || hasFigures != shown.Figures || !hasReader {
			return fmt.Errorf("panes drawn: outline %v reader %v figures %v, asked %+v", hasOutline, hasReader, hasFigures, shown)
		}
		if l.FiguresBelow {
			return fmt.Errorf("figures below the text at %d columns", w)
		}
		used, x := 0, 0
		for _, name := range []string{"outline", "reader", "figures"} {
			r, ok := drawn[name]
			if !ok {
				continue
			}
			if r.H != bodyH || r.Y != 1 {
				return fmt.Errorf("%s %+v is not the body's height %d", name, r, bodyH)
			}
			if used > 0 && r.X != x+1 {
				return fmt.Errorf("%s starts at %d, want %d (one separator after %d)", name, r.X, x+1, x)
			}
			if used == 0 && r.X != 0 {
				return fmt.Errorf("%s starts at %d, want 0", name, r.X)
			}
			x = r.X + r.W
			used++
		}
		if x != w {
			return fmt.Errorf("the panes end at column %d of %d", x, w)
		}
		if l.Reader.W < 20 {
			return fmt.Errorf("the reader is only %d columns", l.Reader.W)
		}
		if hasOutline && l.Outline.W > 26 || hasFigures && l.Figures.W > 36 {
			return fmt.Errorf("a side pane is wider than its design: outline %d, figures %d", l.Outline.W, l.Figures.W)
		}
	case shown.Outline:
		// One column with the outline open: it takes the whole body.
		if l.Outline != (rect{0, 1, w, bodyH}) || hasReader || hasFigures {
			return fmt.Errorf("one column with the outline: %+v", l)
		}
	default:
		// One column: the reader the full width, the figures (if shown) under it past a rule line.
		if !hasReader || l.Reader.X != 0 || l.Reader.W != w || l.Reader.Y != 1 {
			return fmt.Errorf("one column: reader %+v", l.Reader)
		}
		if hasOutline {
			return fmt.Errorf("one column: outline %+v without asking", l.Outline)
		}
		if !shown.Figures {
			if hasFigures || l.FiguresBelow || l.Reader.H != bodyH {
				return fmt.Errorf("one column without figures: %+v", l)
			}
			break
		}
		if !hasFigures || !l.FiguresBelow {
			return fmt.Errorf("one column: figures %+v, below %v", l.Figures, l.FiguresBelow)
		}
		if l.Figures.X != 0 || l.Figures.W != w || l.Figures.Y != l.Reader.Y+l.Reader.H+1 || l.Reader.H+1+l.Figures.H != bodyH {
			return fmt.Errorf("one column: reader %+v, rule, figures %+v do not fill the body of %d lines", l.Reader, l.Figures, bodyH)
		}
		if l.Figures.H < figuresBelowMin {
			return fmt.Errorf("figures under the text only %d lines", l.Figures.H)
		}
	}
	return nil
}

// TestDefaultPanes: the outline beside the text from 120 columns, hidden by default from 80 to 119;
// the figures beside the text from 80 columns, under it below 80 when there are 20 lines.
func TestDefaultPanes(t *testing.T) {
	for w := 0; w <= 220; w++ {
		for h := 0; h <= 60; h++ {
			want := panes{Outline: w >= 120, Figures: w >= 80 || h >= 20}
			if got := defaultPanes(w, h); got != want {
				t.Fatalf("defaultPanes(%d, %d) = %+v, want %+v", w, h, got, want)
			}
			l := computeLayout(w, h, defaultPanes(w, h))
			if l.TooSmall {
				continue
			}
			if got := l.Outline.W > 0; got != (w >= 120) {
				t.Fatalf("%dx%d: outline shown %v", w, h, got)
			}
			if w < 80 && l.Figures.W > 0 && !l.FiguresBelow {
				t.Fatalf("%dx%d: figures beside the text in one column", w, h)
			}
		}
	}
	for _, tc := range []struct {
		w, h             int
		outline, figures int // widths, 0 for hidden
		below            bool
	}{
		{160, 48, 26, 36, false},
		{120, 40, 26, 36, false},
		{119, 40, 0, 32, false},
		{100, 30, 0, 32, false},
		{80, 24, 0, 32, false},
		{79, 24, 0, 79, true},
		{72, 24, 0, 72, true},
		{72, 19, 0, 0, false},
		{40, 12, 0, 0, false},
	} {
		l := computeLayout(tc.w, tc.h, defaultPanes(tc.w, tc.h))
		if l.Outline.W != tc.outline || l.Figures.W != tc.figures || l.FiguresBelow != tc.below {
			t.Errorf("%dx%d: outline %d, figures %d, below %v; want %d, %d, %v", tc.w, tc.h, l.Outline.W, l.Figures.W, l.FiguresBelow, tc.outline, tc.figures, tc.below)
		}
	}
}

// TestLayoutMatchesView: the view draws the panes where the layout says: the outline's title, the
// reader's first line and the figures' title at their rectangles.
func TestLayoutMatchesView(t *testing.T) {
	for _, size := range [][2]int{{160, 48}, {120, 40}, {100, 30}, {72, 24}} {
		m := sized(t, 1, size[0], size[1])
		lines := splitLines(screen(m))
		l := m.layout
		if l.Outline.W > 0 && !hasAt(lines[l.Outline.Y], l.Outline.X, " "+seedWords(t).Outline) {
			t.Errorf("%v: the outline's title is not at %+v:\n%s", size, l.Outline, screen(m))
		}
		if !hasAt(lines[l.Reader.Y], l.Reader.X, " 以工业强支撑县域强") {
			t.Errorf("%v: the reader's heading is not at %+v:\n%s", size, l.Reader, screen(m))
		}
		if l.Figures.W > 0 && !hasAt(lines[l.Figures.Y], l.Figures.X, seedWords(t).KeyFigures) {
			t.Errorf("%v: the figures' title is not at %+v:\n%s", size, l.Figures, screen(m))
		}
	}
}

func splitLines(s string) []string { return strings.Split(s, "\n") }

// hasAt reports whether the plain line shows s from display column x.
func hasAt(line string, x int, s string) bool {
	return strings.HasPrefix(ansi.Cut(line, x, ansi.StringWidth(line)), s)
}
