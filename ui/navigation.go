package ui

// navState is where the reader is: a section and the first visible line of it.
type navState struct {
	Section int
	Line    int
}

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
// looks like, and what was asked. Sections wrap neither way; ] past the last point (or at the bottom
// of a section, where every heading left is on screen) opens the next section, and [ before the first
// point goes to the top, then to the previous section.
func navigate(s navState, ctx navContext, a action) navState {
	last := max(ctx.Lines-ctx.Height, 0)
	switch a.kind {
	case nextSection:
		if s.Section+1 < ctx.Sections {
			return navState{Section: s.Section + 1}
		}
		return navState{Section: s.Section, Line: last}
	case prevSection:
		if s.Section > 0 {
			return navState{Section: s.Section - 1}
		}
		return navState{Section: 0}
	case jumpTo:
		if a.n >= 0 && a.n < ctx.Sections {
			return navState{Section: a.n}
		}
		return s
	case nextPoint:
		// The next heading below the top line, as far as the reader can scroll; once at the bottom
		// every heading left is on screen, and ] opens the next section.
		for _, line := range ctx.PointLines {
			if line > s.Line && s.Line < last {
				return navState{Section: s.Section, Line: min(line, last)}
			}
		}
		return navigate(s, ctx, action{kind: nextSection})
	case prevPoint:
		for i := len(ctx.PointLines) - 1; i >= 0; i-- {
			if ctx.PointLines[i] < s.Line {
				return navState{Section: s.Section, Line: ctx.PointLines[i]}
			}
		}
		if s.Line > 0 {
			return navState{Section: s.Section}
		}
		return navigate(s, ctx, action{kind: prevSection})
	case scrollBy:
		s.Line = clamp(s.Line+a.n, 0, last)
	case scrollTo:
		s.Line = clamp(a.n, 0, last)
	case pageDown:
		s.Line = clamp(s.Line+max(ctx.Height-1, 1), 0, last)
	case pageUp:
		s.Line = clamp(s.Line-max(ctx.Height-1, 1), 0, last)
	case toTop:
		s.Line = 0
	case toBottom:
		s.Line = last
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
