package ui

import (
	"strings"
	"testing"
	"unsafe"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/ui/render"
)

// sharedSession opens the seed at section, 100 columns by h rows, on a renderer shared with other
// sessions.
func sharedSession(tb testing.TB, r *render.Renderer, opts Options, section, h int) Model {
	tb.Helper()
	opts.Renderer, opts.Section = r, section
	return step(New(r.Briefing(), opts), tea.WindowSizeMsg{Width: 100, Height: h})
}

// sameString reports whether two strings are one string in memory: one drawing, shared.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// TestSessionsAlikeShareTheirDrawings: two sessions at the same place, size and look draw their panes
// once between them.
func TestSessionsAlikeShareTheirDrawings(t *testing.T) {
	r := render.New(contenttest.Seed(t))
	a := sharedSession(t, r, Options{Theme: render.Dark}, 2, 30)
	b := sharedSession(t, r, Options{Theme: render.Dark}, 2, 30)
	for _, pane := range []struct {
		name string
		a, b string
	}{
		{"figures", a.figures.View(), b.figures.View()},
		{"reader", a.reader.View(), b.reader.View()},
		{"header", a.header(), b.header()},
		{"screen", a.View().Content, b.View().Content},
	} {
		if pane.a != pane.b {
			t.Fatalf("%s: two sessions alike draw different panes", pane.name)
		}
		if !sameString(pane.a, pane.b) {
			t.Errorf("%s: drawn once per session, not once for both", pane.name)
		}
	}
}

// TestSharedDrawingsKeepSessionsApart: what differs between sessions (look, language, place, size,
// focus) gives each its own drawing.
func TestSharedDrawingsKeepSessionsApart(t *testing.T) {
	r := render.New(contenttest.Seed(t))
	base := sharedSession(t, r, Options{Theme: render.Dark}, 2, 30)
	for _, other := range []struct {
		name string
		m    Model
	}{
		{"light", sharedSession(t, r, Options{Theme: render.Light}, 2, 30)},
		{"English", sharedSession(t, r, Options{Theme: render.Dark, Lang: locale.English}, 2, 30)},
		{"another section", sharedSession(t, r, Options{Theme: render.Dark}, 3, 30)},
		{"another height", sharedSession(t, r, Options{Theme: render.Dark}, 2, 31)},
		{"figures focused", press(sharedSession(t, r, Options{Theme: render.Dark}, 2, 30), "tab")},
	} {
		if other.m.figures.View() == base.figures.View() {
			t.Errorf("%s: the figures panel is the same as the dark Chinese session's", other.name)
		}
		if other.m.View().Content == base.View().Content {
			t.Errorf("%s: the screen is the dark Chinese session's", other.name)
		}
		if screen := ansi.Strip(other.m.View().Content); other.name == "English" && !strings.Contains(screen, locale.English.Words().KeyFigures) {
			t.Errorf("the English session's screen is not in English:\n%s", screen)
		}
	}
	if a, b := base.header(), sharedSession(t, r, Options{Theme: render.Light}, 2, 30).header(); a == b {
		t.Error("a light session's header is the dark session's")
	}
}

// TestScrollingKeepsHighlightsDrawn: scrolling through a search's matches draws its highlights once,
// and they stay where they are.
func TestScrollingKeepsHighlightsDrawn(t *testing.T) {
	m := searchFor(sized(t, 1, 100, 12), "发展")
	if !m.search.Active() {
		t.Fatal("no matches for 发展")
	}
	if !m.reader.decorated {
		t.Fatal("the section's matches are not drawn")
	}
	lines := m.reader.lines
	scrolled := press(m, "down")
	if scrolled.nav.Line == m.nav.Line {
		t.Fatal("the reader did not scroll")
	}
	if &scrolled.reader.lines[0] != &lines[0] {
		t.Error("a scroll step drew the highlights again")
	}
	next := press(scrolled, "n") // the next match: the current one is drawn differently
	if next.search.current == m.search.current || !next.reader.decorated || &next.reader.lines[0] == &lines[0] {
		t.Error("moving to the next match kept the old highlights")
	}
}
