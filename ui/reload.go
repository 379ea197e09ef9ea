package ui

import (
	"briefing/content"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// Reload shows b, a new version of the document, in place of the one shown, and keeps the reader
// where it was: the section of the same title (else the one at the same index, or the last), the
// sub-point of the same title in it (else the one at the same index), as far through it as before.
// notice is shown in the footer until the next key. A following viewer's place is the presenter's
// anyway: the meeting's next state moves it.
func (m Model) Reload(b *content.Briefing, r *render.Renderer, notice string) Model {
	if r == nil {
		r = render.New(b)
	}
	if len(b.Sections) == 0 {
		return m
	}
	at := m.position()
	old := m.briefing
	at.Section, at.Point = PlaceIn(old, b, at.Section, at.Point)
	at.Figure = -1
	showNotes := m.slides.showNotes
	m.briefing, m.renderer = b, r
	m.outline = newOutline(r, m.styles, m.words, m.keys)
	m.reader = newReader(r, m.styles.Theme)
	m.figures = newFiguresPanel(r, m.styles, m.words, m.keys)
	m.slides = newSlides(b, m.styles, m.words, showNotes)
	m.focusFigure = -1
	m.nav = navState{Section: at.Section}
	m = m.relayout()
	m = m.moveTo(at)
	m.notice = notice
	return m
}

// PlaceIn finds in b the place that was section, point in old: the section of the same title and
// kind (the nearest such one when several share it), else the section at the same index (or the
// last); then the sub-point of the same title, else the one at the same index (or the last). A point
// of -1 (before the first sub-point) stays -1.
func PlaceIn(old, b *content.Briefing, section, point int) (int, int) {
	if len(b.Sections) == 0 {
		return 0, -1
	}
	newSection := clamp(section, 0, len(b.Sections)-1)
	if section >= 0 && section < len(old.Sections) {
		was := old.Sections[section]
		best := -1
		for i, s := range b.Sections {
			if s.Title == was.Title && s.Kind == was.Kind && (best < 0 || abs(i-section) < abs(best-section)) {
				best = i
			}
		}
		if best >= 0 {
			newSection = best
		}
		if point >= 0 && point < len(was.Points) {
			points := b.Sections[newSection].Points
			newPoint := min(point, len(points)-1)
			for i, p := range points {
				if p.Title == was.Points[point].Title {
					newPoint = i
					break
				}
			}
			return newSection, newPoint
		}
	}
	return newSection, min(point, len(b.Sections[newSection].Points)-1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// DocumentMsg brings a session a new version of a document of its meeting's agenda, read again
// after its file was saved: the session shows it in place (Reload) if it is the document shown, with
// the notice. A nil Briefing brings only the notice: the newest version could not be read.
type DocumentMsg struct {
	Document int
	Briefing *content.Briefing
	Renderer *render.Renderer
	Notice   string
}

// reloadDocument applies a DocumentMsg.
func (m Model) reloadDocument(msg DocumentMsg) Model {
	if msg.Document != m.meet.document {
		return m
	}
	if msg.Briefing == nil {
		return m.Notify(msg.Notice)
	}
	return m.Reload(msg.Briefing, msg.Renderer, msg.Notice)
}

// Briefing is the document shown.
func (m Model) Briefing() *content.Briefing { return m.briefing }

// AtRest reports whether the reader has nothing open that esc would close: no search box, no search,
// no help. A library that hosts the reader takes esc back to its list only then.
func (m Model) AtRest() bool {
	return !m.search.typing && m.search.query == "" && !m.showHelp
}

// Typing reports whether the search box has the keyboard: keys are text then.
func (m Model) Typing() bool { return m.search.typing }

// SearchFor runs a search for query as if it were typed, and makes current the match ordinal (0 for
// the first) of section: the reader opens at a library search's hit with the query highlighted. The
// model must have its size.
func (m Model) SearchFor(query string, section, ordinal int) Model {
	m.search.input.SetValue(query)
	m.search = m.search.Run(m.renderer, len(m.briefing.Sections), m.reader.width, m.styles.Theme)
	if !m.search.Active() {
		m.search = m.search.Clear()
		return m.apply(navState{Section: clamp(section, 0, len(m.briefing.Sections)-1)})
	}
	m.keys = m.keys.withSearching(true)
	if i := m.search.indexOf(section, ordinal); i >= 0 {
		m.search.current = i
	} else {
		m.search = m.search.First(section, 0)
	}
	return m.showMatch()
}

// Viewing reports the view shown, for a host that draws around it.
func (m Model) Viewing() meeting.View { return m.view }

// Notify shows a one-line notice in the footer until the next key: the document on disk changed and
// could not be read again, say.
func (m Model) Notify(notice string) Model {
	m.notice = notice
	return m
}
