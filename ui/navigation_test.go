package ui

import "testing"

func TestNavigate(t *testing.T) {
	// A section of 100 lines shown 20 at a time (the last top line is 80), sub-points on lines 10, 30,
	// 50 and 90 (the last one is on the final screen, so it never reaches the top).
	doc := navContext{Sections: 5, Lines: 100, Height: 20, PointLines: []int{10, 30, 50, 90}}
	short := navContext{Sections: 5, Lines: 12, Height: 20, PointLines: []int{3, 7}} // fits on one screen
	bare := navContext{Sections: 5, Lines: 100, Height: 20}                          // no sub-points
	one := navContext{Sections: 1, Lines: 100, Height: 20, PointLines: []int{10}}
	empty := navContext{}
	at := func(section, line int) navState { return navState{Section: section, Line: line} }
	for _, tc := range []struct {
		name string
		from navState
		ctx  navContext
		a    action
		want navState
	}{
		{"next section from the middle", at(1, 40), doc, action{kind: nextSection}, at(2, 0)},
		{"next section from the first", at(0, 0), doc, action{kind: nextSection}, at(1, 0)},
		{"next section at the last goes to its bottom", at(4, 10), doc, action{kind: nextSection}, at(4, 80)},
		{"next section at the last bottom stays", at(4, 80), doc, action{kind: nextSection}, at(4, 80)},
		{"next section at the last, short", at(4, 0), short, action{kind: nextSection}, at(4, 0)},
		{"next section of a single-section briefing", at(0, 0), one, action{kind: nextSection}, at(0, 80)},
		{"previous section from the middle", at(2, 40), doc, action{kind: prevSection}, at(1, 0)},
		{"previous section at the first goes to its top", at(0, 40), doc, action{kind: prevSection}, at(0, 0)},
		{"previous section at the first top stays", at(0, 0), doc, action{kind: prevSection}, at(0, 0)},

		{"jump to 0", at(3, 40), doc, action{kind: jumpTo, n: 0}, at(0, 0)},
		{"jump to 4", at(0, 40), doc, action{kind: jumpTo, n: 4}, at(4, 0)},
		{"jump to the current section goes to its top", at(2, 40), doc, action{kind: jumpTo, n: 2}, at(2, 0)},
		{"jump past the last does nothing", at(2, 40), doc, action{kind: jumpTo, n: 5}, at(2, 40)},
		{"jump to 9 of 5 does nothing", at(2, 40), doc, action{kind: jumpTo, n: 9}, at(2, 40)},
		{"jump to a negative does nothing", at(2, 40), doc, action{kind: jumpTo, n: -1}, at(2, 40)},
		{"jump in an empty briefing does nothing", at(0, 0), empty, action{kind: jumpTo, n: 0}, at(0, 0)},

		{"next point from the top", at(1, 0), doc, action{kind: nextPoint}, at(1, 10)},
		{"next point from a point", at(1, 10), doc, action{kind: nextPoint}, at(1, 30)},
		{"next point from between points", at(1, 31), doc, action{kind: nextPoint}, at(1, 50)},
		{"next point on the last screen is clamped", at(1, 50), doc, action{kind: nextPoint}, at(1, 80)},
		// At the bottom every remaining heading is on screen; ] has nowhere to scroll, so it opens
		// the next section.
		{"next point at the bottom opens the next section", at(1, 80), doc, action{kind: nextPoint}, at(2, 0)},
		// The same for a section that fits on one screen.
		{"next point in a short section opens the next section", at(1, 0), short, action{kind: nextPoint}, at(2, 0)},
		{"next point without points opens the next section", at(1, 40), bare, action{kind: nextPoint}, at(2, 0)},
		{"next point past the last point in the last section stays at its bottom", at(0, 80), one, action{kind: nextPoint}, at(0, 80)},

		{"previous point from the bottom", at(1, 80), doc, action{kind: prevPoint}, at(1, 50)},
		{"previous point from a point", at(1, 30), doc, action{kind: prevPoint}, at(1, 10)},
		{"previous point from between points", at(1, 45), doc, action{kind: prevPoint}, at(1, 30)},
		{"previous point above the first goes to the top", at(1, 10), doc, action{kind: prevPoint}, at(1, 0)},
		{"previous point at the top opens the previous section", at(1, 0), doc, action{kind: prevPoint}, at(0, 0)},
		{"previous point at the very top stays", at(0, 0), doc, action{kind: prevPoint}, at(0, 0)},
		{"previous point without points goes to the top", at(1, 40), bare, action{kind: prevPoint}, at(1, 0)},

		{"scroll down", at(1, 10), doc, action{kind: scrollBy, n: 1}, at(1, 11)},
		{"scroll up", at(1, 10), doc, action{kind: scrollBy, n: -3}, at(1, 7)},
		{"scroll up past the top is clamped", at(1, 1), doc, action{kind: scrollBy, n: -3}, at(1, 0)},
		{"scroll down past the bottom is clamped", at(1, 79), doc, action{kind: scrollBy, n: 3}, at(1, 80)},
		{"scroll a short section", at(1, 0), short, action{kind: scrollBy, n: 3}, at(1, 0)},
		{"scroll to a line", at(1, 0), doc, action{kind: scrollTo, n: 42}, at(1, 42)},
		{"scroll to below the bottom", at(1, 0), doc, action{kind: scrollTo, n: 99}, at(1, 80)},
		{"scroll to a negative line", at(1, 30), doc, action{kind: scrollTo, n: -5}, at(1, 0)},
		{"page down keeps a line of context", at(1, 0), doc, action{kind: pageDown}, at(1, 19)},
		{"page down at the bottom", at(1, 75), doc, action{kind: pageDown}, at(1, 80)},
		{"page up keeps a line of context", at(1, 40), doc, action{kind: pageUp}, at(1, 21)},
		{"page up at the top", at(1, 5), doc, action{kind: pageUp}, at(1, 0)},
		{"page down with a one-line reader", at(1, 5), navContext{Sections: 5, Lines: 100, Height: 1}, action{kind: pageDown}, at(1, 6)},
		{"page down with no reader", at(1, 5), navContext{Sections: 5, Lines: 100}, action{kind: pageDown}, at(1, 6)},
		{"top", at(1, 40), doc, action{kind: toTop}, at(1, 0)},
		{"bottom", at(1, 40), doc, action{kind: toBottom}, at(1, 80)},
		{"bottom of a short section", at(1, 0), short, action{kind: toBottom}, at(1, 0)},
		{"a line beyond the end is brought back", at(1, 500), doc, action{kind: scrollBy}, at(1, 80)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := navigate(tc.from, tc.ctx, tc.a); got != tc.want {
				t.Errorf("navigate(%+v, %+v, %+v) = %+v, want %+v", tc.from, tc.ctx, tc.a, got, tc.want)
			}
		})
	}
}

// TestNavigateStaysInside: from anywhere, any action lands on an existing section and a line the
// reader can show.
func TestNavigateStaysInside(t *testing.T) {
	kinds := []actionKind{nextSection, prevSection, nextPoint, prevPoint, jumpTo, scrollBy, scrollTo, pageDown, pageUp, toTop, toBottom}
	for _, ctx := range []navContext{
		{Sections: 5, Lines: 100, Height: 20, PointLines: []int{10, 30, 50, 90}},
		{Sections: 5, Lines: 12, Height: 20, PointLines: []int{3, 7}},
		{Sections: 1, Lines: 1, Height: 1},
		{Sections: 3, Lines: 0, Height: 0},
	} {
		last := max(ctx.Lines-ctx.Height, 0)
		for section := range ctx.Sections {
			for line := 0; line <= last; line++ {
				for _, kind := range kinds {
					for _, n := range []int{-7, -1, 0, 1, 2, 7, 1000} {
						from := navState{Section: section, Line: line}
						got := navigate(from, ctx, action{kind: kind, n: n})
						if got.Section < 0 || got.Section >= ctx.Sections || got.Line < 0 || got.Line > last {
							t.Fatalf("navigate(%+v, %+v, %v %d) = %+v: outside the document", from, ctx, kind, n, got)
						}
					}
				}
			}
		}
	}
}

func TestCurrentPoint(t *testing.T) {
	points := []int{10, 30, 50}
	for line, want := range map[int]int{0: -1, 9: -1, 10: 0, 29: 0, 30: 1, 49: 1, 50: 2, 500: 2} {
		if got := currentPoint(points, line); got != want {
			t.Errorf("currentPoint(%v, %d) = %d, want %d", points, line, got, want)
		}
	}
	if got := currentPoint(nil, 5); got != -1 {
		t.Errorf("currentPoint(nil, 5) = %d", got)
	}
}

func TestClamp(t *testing.T) {
	for _, tc := range [][4]int{{5, 0, 10, 5}, {-1, 0, 10, 0}, {11, 0, 10, 10}, {3, 0, 0, 0}, {3, 0, -1, 0}} {
		if got := clamp(tc[0], tc[1], tc[2]); got != tc[3] {
			t.Errorf("clamp(%d, %d, %d) = %d, want %d", tc[0], tc[1], tc[2], got, tc[3])
		}
	}
}
