package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// TestQuitQuestionFits: the first q of a presenter whose quitting ends the meeting asks in the
// footer; at 80 columns the whole question shows (the clocks make room for it on the slides), and
// however narrow the screen (40 columns, and 12 or 123 viewers) what a second q does and that esc
// does not are never cut. esc takes the question back; the footer then is as it was.
func TestQuitQuestionFits(t *testing.T) {
	b := contenttest.Seed(t)
	for _, lang := range []locale.Language{locale.Chinese, locale.English} {
		w := lang.Words()
		for _, view := range []meeting.View{meeting.SlidesView, meeting.ReaderView} {
			for _, viewers := range []int{3, 12, 123} {
				for _, width := range []int{120, 80, 40} {
					name := fmt.Sprintf("%s/view%d/%dviewers/%dcols", lang, view, viewers, width)
					t.Run(name, func(t *testing.T) {
						m := presenting(b, lang, view, viewers)
						m = step(m, tea.WindowSizeMsg{Width: width, Height: 24})
						before := footerLine(screen(m))
						asked := press(m, "q")
						footer := footerLine(screen(asked))
						if got := ansi.StringWidth(footer); got > width {
							t.Fatalf("the footer is %d wide at %d columns: %q", got, width, footer)
						}
						if !strings.Contains(footer, w.ConfirmEnd) {
							t.Fatalf("the footer does not say %q whole:\n%q", w.ConfirmEnd, footer)
						}
						if count := w.ViewersOnline.N(viewers); width >= 80 && viewers < 100 && !strings.Contains(footer, count) {
							t.Errorf("at %d columns the footer does not say %q:\n%q", width, count, footer)
						}
						if back := footerLine(screen(press(asked, "esc"))); back != before {
							t.Errorf("esc left the footer\n%q\nwas\n%q", back, before)
						}
					})
				}
			}
		}
	}
}

// presenting is the local presenter of a meeting (present --serve) in lang and view, with viewers
// connected.
func presenting(b *content.Briefing, lang locale.Language, view meeting.View, viewers int) Model {
	joined := meeting.State{Presenting: true, Online: viewers + 1}
	joined.Attendees = append(joined.Attendees, meeting.Attendee{Name: "presenter", Role: meeting.Presenter})
	for i := range viewers {
		joined.Attendees = append(joined.Attendees, meeting.Attendee{Name: fmt.Sprintf("viewer%d", i), Role: meeting.Viewer})
	}
	return New(b, Options{Theme: render.Dark, Lang: lang, View: view, Role: meeting.Presenter, EndsMeeting: true, Now: fixedNow, Joined: &joined})
}
