package ui

import "briefing/ui/meeting"

// position is where the model is now, in the terms a meeting shares.
func (m Model) position() meeting.Position {
	p := meeting.Position{Document: m.meet.document, Section: m.nav.Section, Point: m.nav.Point, View: m.view, Figure: m.focusFigure}
	r := m.reader.Rendered()
	if r == nil {
		return p
	}
	start, end := pointSpan(r.PointLines, p.Point, len(r.Lines))
	if end > start {
		// Above the point's heading (a short section scrolled to its end) is its start.
		p.Within = clamp01(float64(m.nav.Line-start) / float64(end-start))
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
func (m Model) moveTo(p meeting.Position) Model {
	if len(m.briefing.Sections) == 0 {
		return m
	}
	p.Section = clamp(p.Section, 0, len(m.briefing.Sections)-1)
	m.view = p.View
	m.keys = m.keys.withMeeting(m.meet.role, m.view)
	m = m.apply(navState{Section: p.Section, Line: m.nav.Line, Point: p.Point})
	line := 0
	if r := m.reader.Rendered(); r != nil {
		start, end := pointSpan(r.PointLines, p.Point, len(r.Lines))
		line = start + int(p.Within*float64(end-start)+0.5)
	}
	m.focusFigure = p.Figure
	m.slides = m.slides.SetSection(p.Section)
	return m.apply(navState{Section: p.Section, Line: line, Point: p.Point})
}

func clamp01(f float64) float64 { return max(0, min(f, 1)) }
