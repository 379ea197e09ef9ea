package ui

import (
	"math/rand/v2"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"briefing/content/contenttest"
)

// TestResizeExtremes resizes through the smallest and a huge terminal and back, in several states;
// every view must fit the terminal it is drawn for, and nothing may panic.
func TestResizeExtremes(t *testing.T) {
	sizes := [][2]int{{120, 40}, {1, 1}, {2000, 500}, {0, 0}, {120, 40}, {0, 40}, {120, 0}, {1, 500}, {2000, 1}, {39, 11}, {40, 12}, {72, 24}}
	states := map[string]func(Model) Model{
		"reader":  func(m Model) Model { return m },
		"search":  func(m Model) Model { return searchFor(m, "枇杷") },
		"typing":  func(m Model) Model { return typeText(press(m, "/"), "枇") },
		"help":    func(m Model) Model { return press(m, "?") },
		"outline": func(m Model) Model { return press(m, "t", "tab") },
		"figures": func(m Model) Model { return press(m, "tab", "tab", "j", "enter") },
		"bottom":  func(m Model) Model { return press(m, "G") },
		"slides":  func(m Model) Model { return press(m, "v") },
	}
	for name, state := range states {
		t.Run(name, func(t *testing.T) {
			m := state(sized(t, 2, 120, 40))
			for _, size := range sizes {
				m = step(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				checkScreen(t, m, size[0], size[1])
				// Keys at any size must not panic either, and the view must still fit.
				for _, k := range []string{"n", "j", "]", "G", "p", "[", "g", "tab", "t", "d"} {
					m = press(m, k)
					if !contenttest.Sampled() || size[0]*size[1] < 100_000 {
						checkScreen(t, m, size[0], size[1])
					}
				}
				checkScreen(t, m, size[0], size[1])
			}
		})
	}
}

// TestResizeStorm resizes 300 times to random sizes between 0×0 and 2000×500.
func TestResizeStorm(t *testing.T) {
	rng := rand.New(rand.NewPCG(2024, 10))
	m := sized(t, 1, 120, 40)
	m = searchFor(m, "亿元")
	for i := range 300 {
		w, h := rng.IntN(2001), rng.IntN(501)
		m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
		if contenttest.Sampled() && i%10 != 0 {
			continue // a sample under -race or -short: a 2000×500 view takes a second under -race
		}
		if err := screenFits(m.View().Content, w, h); err != nil {
			t.Fatalf("resize %d to %dx%d: %v", i, w, h, err)
		}
		if i%10 == 0 {
			m = press(m, "n")
		}
	}
}

// TestZeroSize: a 0×0 terminal (what a program without a TTY is told first) draws nothing.
func TestZeroSize(t *testing.T) {
	m := New(contenttest.Seed(t), Options{Theme: "dark", Section: 1})
	if got := m.View().Content; got != "" {
		t.Fatalf("before any size: %q", got)
	}
	m = step(m, tea.WindowSizeMsg{})
	checkScreen(t, m, 0, 0)
	for _, k := range []string{"n", "]", "j", "G", "/", "x", "enter", "?", "tab", "t", "d"} {
		m = press(m, k)
		checkScreen(t, m, 0, 0)
	}
	m = step(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	m = step(m, tea.MouseClickMsg{Button: tea.MouseLeft, X: 3, Y: 3})
	checkScreen(t, m, 0, 0)
}

// TestSearchKeptThroughResizes: an active search is found again only when the reader's wrapping
// changes (its width, or the look); a new height keeps its hits as they are, and a new width keeps
// the same hits, the current one included.
func TestSearchKeptThroughResizes(t *testing.T) {
	m := searchFor(sized(t, 1, 120, 40), "亿元")
	m = press(m, "n", "n")
	hits, current, version := len(m.search.hits), m.search.current, m.search.version
	if hits < 3 {
		t.Fatalf("亿元: %d hits", hits)
	}

	taller := step(m, tea.WindowSizeMsg{Width: 120, Height: 50})
	if taller.search.version != version || taller.search.current != current {
		t.Errorf("a new height searched again: version %d → %d, current %d → %d", version, taller.search.version, current, taller.search.current)
	}

	narrower := step(m, tea.WindowSizeMsg{Width: 90, Height: 40})
	if narrower.reader.width == m.reader.width {
		t.Fatalf("the reader is %d wide at 90 and 120 columns", m.reader.width)
	}
	if narrower.search.version == version {
		t.Error("a new width kept the hits of the old one")
	}
	if len(narrower.search.hits) != hits || narrower.search.current != current {
		t.Errorf("a new width found %d hits, current %d; want %d, %d", len(narrower.search.hits), narrower.search.current, hits, current)
	}

	// Through a storm of widths, back to the first, the hits end as a search at that width finds them,
	// once a message of another kind comes.
	stormed := m
	for _, w := range []int{90, 101, 77, 150, 120} {
		stormed = step(stormed, tea.WindowSizeMsg{Width: w, Height: 40})
		if stormed.search.current != current || len(stormed.search.hits) != hits {
			t.Fatalf("at %d columns: %d hits, current %d; want %d, %d", w, len(stormed.search.hits), stormed.search.current, hits, current)
		}
	}
	stormed = step(stormed, tea.FocusMsg{})
	fresh := press(searchFor(sized(t, 1, 120, 40), "亿元"), "n", "n")
	if !slices.Equal(stormed.search.hits, fresh.search.hits) || stormed.search.current != fresh.search.current {
		t.Errorf("after a storm of widths the hits are not a fresh search's at 120 columns")
	}
	if stormed.search.Stale(stormed.renderer, stormed.reader.width, stormed.styles.Theme) {
		t.Error("the search is still stale after a message of another kind")
	}

	asked := step(step(New(contenttest.Seed(t), Options{Section: 1}), tea.WindowSizeMsg{Width: 120, Height: 40}), darkBackground)
	asked = searchFor(asked, "亿元")
	before := asked.styles.Theme // the styles are the session's, shared by the model's copies
	lit := step(asked, lightBackground)
	if lit.styles.Theme == before {
		t.Fatalf("a light background kept the %s look", before)
	}
	if lit.search.version == asked.search.version {
		t.Error("a new look kept the hits found in the old one")
	}
}
