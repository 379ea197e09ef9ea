package ui

// navState is where the reader is: a section, the first visible line of it, and the sub-point being
// presented (-1 before the first). The sub-point is kept apart from the line because on a screen that
// shows the whole section ] still steps from one sub-point to the next without scrolling.
type navState struct {
	Section int
	Line    int
	Point   int
}

// atPoint as a navState's Line asks for the heading of its Point (the top of the section for -1), as
// the section is drawn once it is open: navigate cannot know the lines of a section not yet open.
const atPoint = -1

// lastPoint as a navState's Point asks for the section's last sub-point.
const lastPoint = -2

// start is the top of section i, before its first sub-point.
func start(section int) navState { return navState{Section: section, Point: -1} }

// navContext is what navigation needs to know about the document as it is drawn now.
type navContext struct {
	Sections   int   // how many sections the briefing has
	Lines      int   // rendered lines of the current section
	Height     int   // lines the reader shows at once
	PointLines []int // the line of each sub-point heading in the current section
}

// action is something the user asked for, independent of the key that asked.
type action struct {
	kind actionKind
	n    int // the section for jumpTo, the line for scrollTo, the lines for scrollBy
}

type actionKind int

const (
	nextSection actionKind = iota
	prevSection
	nextPoint
	prevPoint
	jumpTo
	scrollBy
	scrollTo
	pageDown
	pageUp
	toTop
	toBottom
)

// navigate is the whole of the reader's movement: a pure function of where it is, what the document
// looks like, and what was asked. Sections wrap neither way. ] steps to the next sub-point, always,
// whether or not the section fits on the screen, and past the last one opens the next section; [ steps
// back to the previous sub-point, then to the top of the section, then to the last sub-point of the
// section before, so that ] and [ undo each other. Scrolling makes the sub-point at the top the
// current one.
func navigate(s navState, ctx navContext, a action) navState {
	last := max(ctx.Lines-ctx.Height, 0)
	switch a.kind {
	case nextSection:
		if s.Section+1 < ctx.Sections {
			return start(s.Section + 1)
		}
		return scrolled(s, ctx, last)
	case prevSection:
		return start(max(s.Section-1, 0))
	case jumpTo:
		if a.n >= 0 && a.n < ctx.Sections {
			return start(a.n)
		}
		return s
	case nextPoint:
		if next := s.Point + 1; next < len(ctx.PointLines) {
			return navState{Section: s.Section, Line: min(ctx.PointLines[next], last), Point: next}
		}
		if s.Section+1 < ctx.Sections {
			return start(s.Section + 1)
		}
		return s
	case prevPoint:
		switch {
		case s.Point > 0 && s.Point-1 < len(ctx.PointLines):
			return navState{Section: s.Section, Line: min(ctx.PointLines[s.Point-1], last), Point: s.Point - 1}
		case s.Point >= 0:
			return start(s.Section)
		case s.Section > 0:
			return navState{Section: s.Section - 1, Line: atPoint, Point: lastPoint}
		}
		return start(0)
	case scrollBy:
		return scrolled(s, ctx, s.Line+a.n)
	case scrollTo:
		return scrolled(s, ctx, a.n)
	case pageDown:
		return scrolled(s, ctx, s.Line+max(ctx.Height-1, 1))
	case pageUp:
		return scrolled(s, ctx, s.Line-max(ctx.Height-1, 1))
	case toTop:
		return scrolled(s, ctx, 0)
	case toBottom:
		return scrolled(s, ctx, last)
	}
	return s
}

// scrolled is s with line at the top, as far as the section scrolls. When the text moved, the current
// sub-point becomes the one at the top; a screen that shows it all keeps the one stepped to.
func scrolled(s navState, ctx navContext, line int) navState {
	line = clamp(line, 0, max(ctx.Lines-ctx.Height, 0))
	if line != s.Line {
		s.Line, s.Point = line, currentPoint(ctx.PointLines, line)
	}
	return s
}

// currentPoint is the sub-point being read: the last whose heading is at or above the top line, or
// -1 above the first.
func currentPoint(pointLines []int, line int) int {
	point := -1
	for i, l := range pointLines {
		if l <= line {
			point = i
		}
	}
	return point
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
