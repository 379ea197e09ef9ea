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
	at := func(section, line, point int) navState { return navState{Section: section, Line: line, Point: point} }
	top := func(section int) navState { return at(section, 0, -1) }
	for _, tc := range []struct {
		name string
		from navState
		ctx  navContext
		a    action
		want navState
	}{
		{"next section from the middle", at(1, 40, 1), doc, action{kind: nextSection}, top(2)},
		{"next section from the first", top(0), doc, action{kind: nextSection}, top(1)},
		{"next section at the last goes to its bottom", at(4, 10, 0), doc, action{kind: nextSection}, at(4, 80, 2)},
		{"next section at the last bottom stays", at(4, 80, 2), doc, action{kind: nextSection}, at(4, 80, 2)},
		{"next section at the last, short", top(4), short, action{kind: nextSection}, top(4)},
		{"next section of a single-section briefing", top(0), one, action{kind: nextSection}, at(0, 80, 0)},
		{"previous section from the middle", at(2, 40, 1), doc, action{kind: prevSection}, top(1)},
		{"previous section at the first goes to its top", at(0, 40, 1), doc, action{kind: prevSection}, top(0)},
		{"previous section at the first top stays", top(0), doc, action{kind: prevSection}, top(0)},

		{"jump to 0", at(3, 40, 1), doc, action{kind: jumpTo, n: 0}, top(0)},
		{"jump to 4", at(0, 40, 1), doc, action{kind: jumpTo, n: 4}, top(4)},
		{"jump to the current section goes to its top", at(2, 40, 1), doc, action{kind: jumpTo, n: 2}, top(2)},
		{"jump past the last does nothing", at(2, 40, 1), doc, action{kind: jumpTo, n: 5}, at(2, 40, 1)},
		{"jump to 9 of 5 does nothing", at(2, 40, 1), doc, action{kind: jumpTo, n: 9}, at(2, 40, 1)},
		{"jump to a negative does nothing", at(2, 40, 1), doc, action{kind: jumpTo, n: -1}, at(2, 40, 1)},
		{"jump in an empty briefing does nothing", top(0), empty, action{kind: jumpTo, n: 0}, top(0)},

		{"next point from the top", top(1), doc, action{kind: nextPoint}, at(1, 10, 0)},
		{"next point from a point", at(1, 10, 0), doc, action{kind: nextPoint}, at(1, 30, 1)},
		{"next point after scrolling inside a point", at(1, 31, 1), doc, action{kind: nextPoint}, at(1, 50, 2)},
		// The last heading never reaches the top: the reader scrolls as far as it can, and the point
		// is the current one all the same.
		{"next point on the last screen is clamped", at(1, 50, 2), doc, action{kind: nextPoint}, at(1, 80, 3)},
		{"next point past the last opens the next section", at(1, 80, 3), doc, action{kind: nextPoint}, top(2)},
		// A section that fits on one screen steps through its points all the same: nothing scrolls.
		{"next point in a short section", top(1), short, action{kind: nextPoint}, at(1, 0, 0)},
		{"next point in a short section, again", at(1, 0, 0), short, action{kind: nextPoint}, at(1, 0, 1)},
		{"next point past the last of a short section", at(1, 0, 1), short, action{kind: nextPoint}, top(2)},
		{"next point without points opens the next section", at(1, 40, -1), bare, action{kind: nextPoint}, top(2)},
		{"next point past the last point in the last section stays", at(0, 80, 0), one, action{kind: nextPoint}, at(0, 80, 0)},

		{"previous point from the last", at(1, 80, 3), doc, action{kind: prevPoint}, at(1, 50, 2)},
		{"previous point from a point", at(1, 30, 1), doc, action{kind: prevPoint}, at(1, 10, 0)},
		{"previous point from the first goes to the top", at(1, 10, 0), doc, action{kind: prevPoint}, top(1)},
		{"previous point in a short section", at(1, 0, 1), short, action{kind: prevPoint}, at(1, 0, 0)},
		// Before the first point, [ goes to the last point of the section before: ] undoes it.
		{"previous point at the top opens the previous section at its last point", top(1), doc, action{kind: prevPoint}, at(0, atPoint, lastPoint)},
		{"previous point at the very top stays", top(0), doc, action{kind: prevPoint}, top(0)},
		{"previous point without points goes to the previous section", at(1, 40, -1), bare, action{kind: prevPoint}, at(0, atPoint, lastPoint)},

		{"scroll down", at(1, 10, 0), doc, action{kind: scrollBy, n: 1}, at(1, 11, 0)},
		{"scroll down into the next point", at(1, 29, 0), doc, action{kind: scrollBy, n: 1}, at(1, 30, 1)},
		{"scroll up", at(1, 10, 0), doc, action{kind: scrollBy, n: -3}, at(1, 7, -1)},
		{"scroll up past the top is clamped", at(1, 1, -1), doc, action{kind: scrollBy, n: -3}, top(1)},
		{"scroll down past the bottom is clamped", at(1, 79, 2), doc, action{kind: scrollBy, n: 3}, at(1, 80, 2)},
		{"scroll a short section keeps the point stepped to", at(1, 0, 1), short, action{kind: scrollBy, n: 3}, at(1, 0, 1)},
		{"scroll to a line", top(1), doc, action{kind: scrollTo, n: 42}, at(1, 42, 1)},
		{"scroll to below the bottom", top(1), doc, action{kind: scrollTo, n: 99}, at(1, 80, 2)},
		{"scroll to a negative line", at(1, 30, 1), doc, action{kind: scrollTo, n: -5}, top(1)},
		{"page down keeps a line of context", top(1), doc, action{kind: pageDown}, at(1, 19, 0)},
		{"page down at the bottom", at(1, 75, 2), doc, action{kind: pageDown}, at(1, 80, 2)},
		{"page up keeps a line of context", at(1, 40, 1), doc, action{kind: pageUp}, at(1, 21, 0)},
		{"page up at the top", at(1, 5, -1), doc, action{kind: pageUp}, top(1)},
		{"page down with a one-line reader", at(1, 5, -1), navContext{Sections: 5, Lines: 100, Height: 1}, action{kind: pageDown}, at(1, 6, -1)},
		{"page down with no reader", at(1, 5, -1), navContext{Sections: 5, Lines: 100}, action{kind: pageDown}, at(1, 6, -1)},
		{"top", at(1, 40, 1), doc, action{kind: toTop}, top(1)},
		{"bottom", at(1, 40, 1), doc, action{kind: toBottom}, at(1, 80, 2)},
		{"bottom of a short section", at(1, 0, 1), short, action{kind: toBottom}, at(1, 0, 1)},
		{"a line beyond the end is brought back", at(1, 500, 3), doc, action{kind: scrollBy}, at(1, 80, 2)},
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
						from := navState{Section: section, Line: line, Point: currentPoint(ctx.PointLines, line)}
						got := navigate(from, ctx, action{kind: kind, n: n})
						if got.Line == atPoint && got.Point == lastPoint {
							got.Line, got.Point = 0, -1 // the previous section's last point: apply finds its line
						}
						if got.Section < 0 || got.Section >= ctx.Sections || got.Line < 0 || got.Line > last || got.Point < -1 || got.Point >= max(len(ctx.PointLines), 0) && got.Point > -1 {
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
