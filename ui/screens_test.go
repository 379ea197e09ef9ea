package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/ui/render"
)

// The helpers below drive Model.Update directly, the way the program would, without a terminal.

// seedWords are the interface's words for the seed, in its language: tests look for what the reader
// shows in the same table it reads.
func seedWords(tb testing.TB) *locale.Words {
	tb.Helper()
	return contenttest.Seed(tb).Language.Words()
}

// sized returns the reader for the seed opened at section, after a WindowSizeMsg of w×h.
func sized(tb testing.TB, section, w, h int) Model {
	tb.Helper()
	m := New(contenttest.Seed(tb), Options{Theme: render.Dark, Section: section})
	return step(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// step sends one message and returns the new model; the command is dropped.
func step(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// stepCmd sends one message and returns the new model and its command.
func stepCmd(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// follow runs cmd, as the program would, when it asks the root to open something, and feeds the
// answer back. Other commands (the search box's cursor blink, say) are not run: they wait.
func follow(tb testing.TB, m Model, cmd tea.Cmd) Model {
	tb.Helper()
	if cmd == nil {
		tb.Fatal("no command to follow")
	}
	switch msg := cmd().(type) {
	case openSectionMsg, openFigureMsg:
		return step(m, msg)
	default:
		tb.Fatalf("command gave %T, want a message that opens something", msg)
	}
	return m
}

// keyPress is a key press as the terminal sends it: a rune, or a named key such as "enter".
func keyPress(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(s)
	if len(r) != 1 {
		panic("key: not one rune: " + s)
	}
	return tea.KeyPressMsg{Code: r[0], Text: s}
}

// press sends each key in turn; a key is a named key ("enter") or a single rune.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = step(m, keyPress(k))
	}
	return m
}

// typeText types s rune by rune, as into the search box.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = step(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// searchFor runs a search for query from wherever m is.
func searchFor(m Model, query string) Model {
	m = press(m, "/")
	m = typeText(m, query)
	return press(m, "enter")
}

// screen is what the terminal shows for m, without colours.
func screen(m Model) string { return ansi.Strip(m.View().Content) }

// checkScreen fails unless the view is exactly h lines, none wider than w, and is empty when either
// is zero.
func checkScreen(t testing.TB, m Model, w, h int) {
	t.Helper()
	if err := screenFits(m.View().Content, w, h); err != nil {
		t.Fatalf("%dx%d: %v\n%s", w, h, err, ansi.Strip(m.View().Content))
	}
}

func screenFits(view string, w, h int) error {
	if w <= 0 || h <= 0 {
		if view != "" {
			return fmt.Errorf("want an empty view, got %q", ansi.Strip(view))
		}
		return nil
	}
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		return fmt.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, line := range lines {
		if lw := render.StringWidth(line); lw > w {
			return fmt.Errorf("line %d is %d cells wide: %q", i, lw, ansi.Strip(line))
		}
	}
	return nil
}

// TestScreens pins what a user sees of section 1 at the common terminal sizes, and the search and
// help states. Refresh with -update and read every diff.
func TestScreens(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		do   func(Model) Model
	}{
		{name: "section1_160x48", w: 160, h: 48},
		{name: "section1_120x40", w: 120, h: 40},
		{name: "section1_100x30", w: 100, h: 30},
		{name: "section1_72x24", w: 72, h: 24},
		{name: "section1_40x12", w: 40, h: 12},
		{name: "search_120x40", w: 120, h: 40, do: func(m Model) Model { return searchFor(m, "枇杷") }},
		{name: "search_72x24", w: 72, h: 24, do: func(m Model) Model { return searchFor(m, "枇杷") }},
		{name: "help_120x40", w: 120, h: 40, do: func(m Model) Model { return press(m, "?") }},
		{name: "help_72x24", w: 72, h: 24, do: func(m Model) Model { return press(m, "?") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sized(t, 1, tc.w, tc.h)
			if tc.do != nil {
				m = tc.do(m)
			}
			checkScreen(t, m, tc.w, tc.h)
			contenttest.RequireGolden(t, screen(m)+"\n")
		})
	}
}
