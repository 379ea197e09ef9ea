package ui

// View is which of the two ways of showing a section a session uses.
type View int

// The views: the reader (outline, text, figures) and the slides (one section per screen).
const (
	ReaderView View = iota
	SlidesView
)

// Position is where a session is, in terms that survive another terminal size: a presenter at 160
// columns and a viewer at 80 see the same sub-point at the top even though their lines differ.
type Position struct {
	Section int
	Point   int     // the sub-point being read, -1 before the first one
	Within  float64 // how far through that sub-point (or the text before the first), from 0 to 1
	View    View
	Figure  int // the figure whose sentence is highlighted, -1 for none
}

// StartPosition is the opening, at the top, in view v.
func StartPosition(v View) Position {
	return Position{Point: -1, Figure: -1, View: v}
}

// position is where the model is now.
func (m Model) position() Position {
	p := Position{Section: m.nav.Section, Point: -1, View: m.view, Figure: m.focusFigure}
	r := m.reader.Rendered()
	if r == nil {
		return p
	}
	p.Point = currentPoint(r.PointLines, m.nav.Line)
	start, end := pointSpan(r.PointLines, p.Point, len(r.Lines))
	if end > start {
		p.Within = float64(m.nav.Line-start) / float64(end-start)
	}
	return p
}

// pointSpan is the lines of sub-point `point` (or, for -1, the text before the first one).
func pointSpan(pointLines []int, point, total int) (start, end int) {
	end = total
	if point >= 0 && point < len(pointLines) {
		start = pointLines[point]
	}
	if next := point + 1; next < len(pointLines) {
		end = pointLines[next]
	}
	return start, end
}

// moveTo puts the model at p as this terminal draws it.
func (m Model) moveTo(p Position) Model {
	if len(m.briefing.Sections) == 0 {
		return m
	}
	p.Section = clamp(p.Section, 0, len(m.briefing.Sections)-1)
	m.view = p.View
	m.keys.enableMeeting(m.meet.role, m.view)
	m = m.apply(navState{Section: p.Section, Line: m.nav.Line})
	line := 0
	if r := m.reader.Rendered(); r != nil {
		start, end := pointSpan(r.PointLines, p.Point, len(r.Lines))
		line = start + int(p.Within*float64(end-start)+0.5)
	}
	m.focusFigure = p.Figure
	m.slides = m.slides.SetSection(p.Section)
	return m.apply(navState{Section: p.Section, Line: line})
}

// samePlace reports whether two positions show the same text, whatever the view.
func samePlace(a, b Position) bool {
	a.View, b.View = 0, 0
	return a == b
}
