package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// TestClockCountsFromTheTalksStart: every session of a meeting counts the talk's time from the
// presenter's first move, whenever it joined. 18 s into a 20-minute talk, 7 s into part 1, a speaker
// console shows 已用 00:18, 剩余 19:42 and 本节 00:07 whether it joined late or before the first move,
// and a presenter's slides show ⏱ 00:18. Pressing s starts the clock again here, and the meeting's
// start no longer moves it.
func TestClockCountsFromTheTalksStart(t *testing.T) {
	b := contenttest.Parse(t, "talk.md", []byte(longNotesTalk()))
	now := fixedNow()
	clockAt := func() time.Time { return now }
	began, entered := now.Add(-18*time.Second), now.Add(-7*time.Second)
	talk := meeting.State{
		Presenter:    meeting.Position{Section: 1, Point: -1, Figure: -1, View: meeting.SlidesView},
		HasPresenter: true, Presenting: true, Online: 2,
		Began: began, Entered: entered,
	}
	opts := func(console bool, joined meeting.State) Options {
		return Options{Theme: render.Dark, Role: meeting.Presenter, Console: console, Duration: 20 * time.Minute,
			View: meeting.SlidesView, Now: clockAt, Joined: &joined}
	}
	screen := func(m Model) string { return ansi.Strip(m.View().Content) }
	w := b.Language.Words()
	consoleTimes := []string{w.Elapsed + " 00:18", w.Remaining + " 19:42", w.SectionPace + " 00:07"}
	wantAll := func(what string, m Model, want ...string) {
		t.Helper()
		got := screen(m)
		for _, s := range want {
			if !strings.Contains(got, s) {
				t.Errorf("%s does not show %q:\n%s", what, s, got)
			}
		}
	}

	late := step(New(b, opts(true, talk)), tea.WindowSizeMsg{Width: 80, Height: 24})
	wantAll("a console joining 18 s into the talk", late, consoleTimes...)

	early := New(b, opts(true, meeting.State{Online: 1}))
	early = step(early, tea.WindowSizeMsg{Width: 80, Height: 24})
	early = step(early, MeetingMsg{talk}) // the first move, told 18 s after it was made
	wantAll("a console there before the first move", early, consoleTimes...)

	slides := step(New(b, opts(false, talk)), tea.WindowSizeMsg{Width: 80, Height: 24})
	wantAll("a presenter's slides joining late", slides, "⏱ 00:18")

	restarted := press(slides, "s")
	restarted = step(restarted, MeetingMsg{talk})
	wantAll("slides whose clock was started again", restarted, "⏱ 00:00")
}
