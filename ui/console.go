package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/linebreak"
	"briefing/ui/meeting"
)

// consoleView is the speaker console: where the meeting is, the current section's notes, what comes
// next, the time (elapsed, and with a duration the time left and the section's pace), the audience
// and who came and went; the footer is the reader's. It is drawn on its own terminal, so the notes
// are never on a projected screen.
func (m Model) consoleView() string {
	w, s := m.words, m.styles
	width := m.width
	b := m.briefing
	sec := b.Sections[m.nav.Section]
	rule := s.Muted.Render(strings.Repeat("─", width))
	var out []string
	line := func(text string) { out = append(out, ansi.Truncate(" "+text, width, "…")) }

	where := sectionPlace(b, m.nav.Section)
	if sec.Kind != content.Opening {
		where += " · " + sec.Title
	}
	clock := m.clock.now().Format("15:04:05")
	head := s.PaneTitle.Render(w.Console) + "  " + s.HeaderTitle.Render(where)
	if m.nav.Point >= 0 && m.nav.Point < len(sec.Points) {
		head += s.Status.Render(" · ▶ " + sec.Points[m.nav.Point].Title)
	}
	head = ansi.Truncate(head, max(width-ansi.StringWidth(clock)-2, 1), "…")
	out = append(out, head+strings.Repeat(" ", max(width-ansi.StringWidth(head)-ansi.StringWidth(clock)-1, 1))+s.Muted.Render(clock))
	out = append(out, rule)

	// The time: elapsed, left of the duration, and this section's time against its share.
	timing := []string{w.Elapsed + " " + formatElapsed(m.clock.Elapsed())}
	if m.duration > 0 {
		left := m.duration - m.clock.Elapsed()
		if left >= 0 {
			timing = append(timing, w.Remaining+" "+formatElapsed(left))
		} else {
			timing = append(timing, s.Warning.Render(w.Overtime+" "+formatElapsed(-left)))
		}
		spent, due := m.pace.Spent(m.nav.Section, m.clock.now()), share(b, m.nav.Section, m.duration)
		paceText := w.SectionPace + " " + formatElapsed(spent) + " / " + formatElapsed(due)
		if spent > due {
			paceText = s.Warning.Render(paceText)
		}
		timing = append(timing, paceText)
	}
	line(s.Status.Render(strings.Join(timing, "   ")))
	out = append(out, rule)

	// The notes, from the line scrolled to, as much as the screen leaves room for.
	tail := m.consoleTail(width)
	notes, room := m.consoleNotes(len(tail))
	window, top := notesWindow(len(notes), room, m.notesTop)
	for _, l := range notes[top : top+window] {
		line(s.SlideNotes.Render(l))
	}
	if window < len(notes) && room > 0 {
		line(s.Muted.Render(m.notesPlace(top, window, len(notes))))
	}
	for len(out) < m.height-len(tail)-1 {
		out = append(out, "")
	}
	out = append(out, tail...)
	out = append(out, m.footer())
	return strings.Join(out, "\n")
}

// consoleTop is how many lines the console draws above the notes: where the meeting is, the time and
// their rules.
const consoleTop = 4

// consoleNotes are the current section's notes wrapped to the console's width, and how many lines
// the console has for them above a tail of tailLines.
func (m Model) consoleNotes(tailLines int) (lines []string, room int) {
	notes := m.words.NoNotes
	if sec := m.briefing.Sections[m.nav.Section]; len(sec.Notes) > 0 {
		notes = m.words.Notes + strings.Join(sec.Notes, " ")
	}
	lines = linebreak.Lines(notes, linebreak.Options{Width: max(m.width-2, 1)})
	return lines, max(m.height-consoleTop-tailLines-1, 0)
}

// notesWindow is how many of n lines of notes show in room lines, and the first, for notes scrolled
// to top: all of them when they fit, else room-1 of them above a line that says which.
func notesWindow(n, room, top int) (window, first int) {
	if n <= room {
		return n, 0
	}
	window = max(room-1, 0)
	return window, clamp(top, 0, n-window)
}

// notesPlace says which lines of the notes show and how to scroll them: ↓ 1–14/40 J/K.
func (m Model) notesPlace(top, window, n int) string {
	arrow := "↕"
	switch {
	case top == 0:
		arrow = "↓"
	case top+window >= n:
		arrow = "↑"
	}
	return arrow + " " + itoa(top+1) + "–" + itoa(top+window) + "/" + itoa(n) + "  " + m.keys.NotesDown.Keys()[0] + "/" + m.keys.NotesUp.Keys()[0]
}

// scrollNotes moves the console's notes by half their window, down (+1) or up (-1), never past their
// ends. It moves nothing of the meeting's.
func (m Model) scrollNotes(direction int) Model {
	notes, room := m.consoleNotes(len(m.consoleTail(m.width)))
	window, top := notesWindow(len(notes), room, m.notesTop)
	m.notesTop = clamp(top+direction*max(window/2, 1), 0, len(notes)-window)
	return m
}

// consoleTail is the lower part of the console: the next section with its first sub-point, the
// audience, and the latest arrivals and departures.
func (m Model) consoleTail(width int) []string {
	w, s := m.words, m.styles
	b := m.briefing
	rule := s.Muted.Render(strings.Repeat("─", width))
	var out []string
	line := func(text string) { out = append(out, ansi.Truncate(" "+text, width, "…")) }
	out = append(out, rule)
	if next := m.nav.Section + 1; next < len(b.Sections) {
		n := b.Sections[next]
		text := s.Muted.Render(w.NextUp) + s.HeaderTitle.Render(sectionPlace(b, next)+" "+n.Title)
		if len(n.Points) > 0 {
			text += s.Muted.Render(" — " + n.Points[0].Title)
		}
		line(text)
	} else {
		line(s.Muted.Render(w.NextUp + "—"))
	}
	out = append(out, rule)
	var names []string
	for _, a := range m.meet.latest.Attendees {
		if a.Role == meeting.Viewer {
			names = append(names, a.Name)
		}
	}
	line(s.PaneTitle.Render(w.Audience) + " " + s.Status.Render(w.Online.N(m.meet.latest.Online)) + "  " + strings.Join(names, ", "))
	for _, n := range m.notices {
		what := w.Left
		if n.joined {
			what = w.Joined
		}
		line(s.Muted.Render(n.at.Format(time.TimeOnly)+" ") + n.name + " " + s.Muted.Render(what))
	}
	return out
}
