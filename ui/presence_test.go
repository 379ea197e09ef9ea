package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// presenterAt is the meeting as a viewer hears it with the presenter connected at section, or, with
// here false, after the last presenter left from there.
func presenterAt(section int, here bool) MeetingMsg {
	p := meeting.StartPosition(meeting.ReaderView)
	p.Section = section
	return MeetingMsg{meeting.State{Presenter: p, HasPresenter: true, Presenting: here, Online: 2}}
}

// viewerJoined is a viewer of the seed at 100×30 that joined with the presenter on section 1.
func viewerJoined(t *testing.T) Model {
	t.Helper()
	joined := presenterAt(1, true).State
	m := New(contenttest.Seed(t), Options{Theme: render.Dark, Role: meeting.Viewer, Joined: &joined, Now: fixedNow})
	return step(m, tea.WindowSizeMsg{Width: 100, Height: 30})
}

// TestDetachedViewerStaysDetached: a viewer who went their own way stays where they are through the
// presenter leaving and coming back and moving on, told each time where the presenter is, and
// follows again only with f; a following viewer, through the same messages, reads freely while the
// presenter is away and follows again on their return.
func TestDetachedViewerStaysDetached(t *testing.T) {
	w := seedWords(t)
	status := func(m Model) string { return ansi.Strip(m.footer()) }
	at := func(m Model) int { return m.Position().Section }

	detached := press(viewerJoined(t), "n")
	following := viewerJoined(t)
	if at(detached) != 2 || detached.Following() || at(following) != 1 || !following.Following() {
		t.Fatalf("before: the detached viewer at %d following %v, the follower at %d following %v", at(detached), detached.Following(), at(following), following.Following())
	}
	left := presenterAt(1, false) // the presenter leaves
	detached, following = step(detached, left), step(following, left)
	if !strings.Contains(status(detached), w.PresenterLeft) || !strings.Contains(status(detached), "f "+w.Following) {
		t.Errorf("the detached viewer is not told the presenter left, or how to follow again: %q", status(detached))
	}
	detached = press(detached, "p")        // reads on while no one presents
	following = press(following, "G", "n") // reading freely while the presenter is away
	if !following.Following() {
		t.Fatal("a follower who read on while the presenter was away no longer follows")
	}

	back := presenterAt(3, true) // the presenter returns, on section 3
	detached, following = step(detached, back), step(following, back)
	if at(detached) != 1 || detached.Following() {
		t.Errorf("the presenter came back: the detached viewer went to %d (following %v); want it still on 1", at(detached), detached.Following())
	}
	if !strings.Contains(status(detached), w.Detached+" "+sectionPlace(detached.briefing, 3)) {
		t.Errorf("the detached viewer is not told where the presenter is: %q", status(detached))
	}
	if at(following) != 3 || !following.Following() {
		t.Errorf("the presenter came back: the follower is at %d (following %v); want 3", at(following), following.Following())
	}

	moved := presenterAt(4, true)
	detached, following = step(detached, moved), step(following, moved)
	if at(detached) != 1 || at(following) != 4 {
		t.Errorf("the presenter moved to 4: the detached viewer is at %d (want 1), the follower at %d (want 4)", at(detached), at(following))
	}
	if snapped := press(detached, "f"); at(snapped) != 4 || !snapped.Following() {
		t.Errorf("f after the presenter came back: at %d following %v; want 4, following", at(snapped), snapped.Following())
	}
}
