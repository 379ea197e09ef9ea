package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
)

// The key behaviour of the root model, driven through Update as the program would.

func wantPosition(t *testing.T, m Model, section, line int) {
	t.Helper()
	if m.nav.Section != section || m.nav.Line != line {
		t.Fatalf("at section %d line %d, want section %d line %d", m.nav.Section, m.nav.Line, section, line)
	}
	if got := m.reader.Line(); got != m.nav.Line {
		t.Fatalf("the reader shows line %d, the position says %d", got, m.nav.Line)
	}
}

// lastLine is the furthest the reader can scroll in the current section.
func lastLine(m Model) int { return max(m.reader.Lines()-m.layout.Reader.H, 0) }

func TestSectionKeys(t *testing.T) {
	sections := len(contenttest.Seed(t).Sections)
	for _, forward := range []string{"n", "right", "l"} {
		t.Run(forward, func(t *testing.T) {
			m := sized(t, 0, 120, 40)
			for want := 1; want < sections; want++ {
				m = press(m, forward)
				wantPosition(t, m, want, 0)
			}
			// At the last section n stops: it goes to the bottom and stays there.
			m = press(m, forward)
			wantPosition(t, m, sections-1, lastLine(m))
			m = press(m, forward)
			wantPosition(t, m, sections-1, lastLine(m))
		})
	}
	for _, back := range []string{"p", "left", "h"} {
		t.Run(back, func(t *testing.T) {
			m := press(sized(t, sections-1, 72, 24), "G")
			for want := sections - 2; want >= 0; want-- {
				m = press(m, back)
				wantPosition(t, m, want, 0)
			}
			m = press(m, "j", back)
			wantPosition(t, m, 0, 0)
		})
	}
}

func TestJumpKeys(t *testing.T) {
	sections := len(contenttest.Seed(t).Sections)
	for digit := 0; digit <= 9; digit++ {
		m := press(sized(t, 1, 72, 24), "j", "j")
		m = press(m, fmt.Sprint(digit))
		if digit < sections {
			wantPosition(t, m, digit, 0)
		} else {
			wantPosition(t, m, 1, 2) // no such section: nothing moves
		}
	}
}

// TestPointKeys: ] puts each sub-point's heading at the top of the reader in turn, [ goes back.
func TestPointKeys(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {72, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := sized(t, 1, size[0], size[1])
			points := m.reader.Rendered().PointLines
			if len(points) != 4 {
				t.Fatalf("section 1 has %d sub-points drawn, want 4", len(points))
			}
			var visited []int
			for i, line := range points {
				if line > lastLine(m) {
					break // from here the headings are on the last screen; see TestPointKeysLeaveSection
				}
				m = press(m, "]")
				wantPosition(t, m, 1, line)
				if got := m.nav.Point; got != i {
					t.Fatalf("at point %d's line the current point is %d", i, got)
				}
				if got := m.outline.point; got != i {
					t.Fatalf("at point %d the outline marks %d", i, got)
				}
				visited = append(visited, line)
			}
			if len(visited) < 2 {
				t.Fatalf("only %d points reachable at this size; the test needs a scrolling section", len(visited))
			}
			for i := len(visited) - 2; i >= 0; i-- {
				m = press(m, "[")
				wantPosition(t, m, 1, visited[i])
			}
			m = press(m, "[") // above the first point: the top of the section
			wantPosition(t, m, 1, 0)
			m = press(m, "[") // at the top: the previous section
			wantPosition(t, m, 0, 0)
		})
	}
}

// TestPointKeysLeaveSection: pressing ] again and again walks the sub-points and then opens the next
// section, whatever the size; it never gets stuck on a section.
// At 160×48 and 120×40 section 1 fits on one screen, so ] opens the next section at once.
func TestPointKeysLeaveSection(t *testing.T) {
	for _, size := range [][2]int{{160, 48}, {120, 40}, {100, 30}, {72, 24}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := sized(t, 1, size[0], size[1])
			points := len(m.reader.Rendered().PointLines)
			for range points + 1 {
				before := m.nav
				m = press(m, "]")
				if m.nav == before {
					t.Fatalf("] did nothing at section %d line %d (last line %d, sub-points at %v)",
						m.nav.Section, m.nav.Line, lastLine(m), m.reader.Rendered().PointLines)
				}
				if m.nav.Section == 2 {
					return
				}
			}
			t.Fatalf("%d presses of ] left the reader at section %d line %d", points+1, m.nav.Section, m.nav.Line)
		})
	}
}

func TestScrollKeys(t *testing.T) {
	m := sized(t, 1, 40, 12)
	last, height := lastLine(m), m.layout.Reader.H
	if last < 2*height {
		t.Fatalf("section 1 at 40x12 scrolls only %d lines; the test needs more", last)
	}
	for _, tc := range []struct {
		key  string
		want int
	}{
		{"k", 0}, // already at the top
		{"j", 1}, {"down", 2}, {"k", 1}, {"up", 0},
		{"space", height - 1}, {"space", 2 * (height - 1)}, {"b", height - 1}, {"b", 0}, {"b", 0},
		{"G", last}, {"j", last}, {"space", last}, {"k", last - 1},
		{"g", 0}, {"g", 0},
	} {
		m = press(m, tc.key)
		if m.nav.Line != tc.want || m.reader.Line() != tc.want {
			t.Fatalf("after %s at line %d (reader %d), want %d", tc.key, m.nav.Line, m.reader.Line(), tc.want)
		}
		if m.nav.Section != 1 {
			t.Fatalf("%s changed the section to %d", tc.key, m.nav.Section)
		}
	}
}

// TestViewportKeysIgnored: the viewport's own bindings (f and space page down, d and u half a page,
// ctrl+d, ctrl+u) are not the reader's; d toggles the figures instead.
func TestViewportKeysIgnored(t *testing.T) {
	m := press(sized(t, 1, 72, 24), "j", "j", "j", "j", "j")
	for _, k := range []tea.KeyPressMsg{
		keyPress("f"), keyPress("u"),
		{Code: 'd', Mod: tea.ModCtrl}, {Code: 'u', Mod: tea.ModCtrl}, {Code: 'f', Mod: tea.ModCtrl},
	} {
		if m = step(m, k); m.nav.Line != 5 || m.reader.Line() != 5 {
			t.Fatalf("%s scrolled the reader to %d", k, m.reader.Line())
		}
	}
	// d at the top: the figures go; the reader, now taller, stays at its top.
	m = sized(t, 1, 100, 30)
	if m.layout.Figures.W == 0 {
		t.Fatal("no figures at 100x30")
	}
	m = press(m, "d")
	if m.nav.Line != 0 || m.reader.Line() != 0 {
		t.Fatalf("d scrolled the reader to %d", m.reader.Line())
	}
	if m.layout.Figures.W != 0 {
		t.Fatal("d did not hide the figures")
	}
}

func TestFocusCycle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		w, h  int
		keys  []string // pressed first
		order []pane   // the focus after each tab, starting from the reader
	}{
		{name: "160x48 all panes", w: 160, h: 48, order: []pane{figuresPane, outlinePane, readerPane}},
		{name: "120x40 all panes", w: 120, h: 40, order: []pane{figuresPane, outlinePane, readerPane}},
		{name: "100x30 no outline", w: 100, h: 30, order: []pane{figuresPane, readerPane}},
		{name: "100x30 outline opened", w: 100, h: 30, keys: []string{"t"}, order: []pane{figuresPane, outlinePane, readerPane}},
		{name: "100x30 figures closed", w: 100, h: 30, keys: []string{"d"}, order: []pane{readerPane}},
		{name: "160x48 outline closed", w: 160, h: 48, keys: []string{"t"}, order: []pane{figuresPane, readerPane}},
		{name: "72x24 figures below", w: 72, h: 24, order: []pane{figuresPane, readerPane}},
		{name: "72x24 figures closed", w: 72, h: 24, keys: []string{"d"}, order: []pane{readerPane}},
		{name: "72x19 one pane", w: 72, h: 19, order: []pane{readerPane}},
		{name: "40x12 one pane", w: 40, h: 12, order: []pane{readerPane}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := press(sized(t, 1, tc.w, tc.h), tc.keys...)
			if m.focus != readerPane {
				t.Fatalf("focus %d before tab, want the reader", m.focus)
			}
			for i, want := range tc.order {
				m = press(m, "tab")
				if m.focus != want {
					t.Fatalf("tab %d: focus %d, want %d", i+1, m.focus, want)
				}
				if !m.paneShown(m.focus) {
					t.Fatalf("tab %d gave the keyboard to a hidden pane %d", i+1, m.focus)
				}
				if m.outline.focused != (want == outlinePane) || m.figures.Focused() != (want == figuresPane) {
					t.Fatalf("tab %d: outline focused %v, figures focused %v, want pane %d", i+1, m.outline.focused, m.figures.Focused(), want)
				}
			}
			// shift+tab walks the same ring backwards.
			for i := len(tc.order) - 2; i >= -1; i-- {
				want := readerPane
				if i >= 0 {
					want = tc.order[i]
				}
				m = press(m, "shift+tab")
				if m.focus != want {
					t.Fatalf("shift+tab: focus %d, want %d", m.focus, want)
				}
			}
		})
	}
}

// TestFocusFollowsResize: when a resize hides the pane that has the keyboard, the reader gets it.
func TestFocusFollowsResize(t *testing.T) {
	m := press(sized(t, 1, 160, 48), "shift+tab")
	if m.focus != outlinePane {
		t.Fatalf("focus %d, want the outline", m.focus)
	}
	m = step(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if m.focus != readerPane || m.outline.focused {
		t.Fatalf("the outline went at 100 columns but focus is %d (outline focused %v)", m.focus, m.outline.focused)
	}
	m = press(m, "tab")
	if m.focus != figuresPane {
		t.Fatalf("focus %d, want the figures", m.focus)
	}
	m = step(m, tea.WindowSizeMsg{Width: 72, Height: 19})
	if m.focus != readerPane || m.figures.Focused() {
		t.Fatalf("the figures went at 72x19 but focus is %d (figures focused %v)", m.focus, m.figures.Focused())
	}
	// The keys move the reader again, not a hidden pane.
	if m = press(m, "j"); m.nav.Line != 1 {
		t.Fatalf("j after the resize: line %d", m.nav.Line)
	}
}

func TestTogglePanes(t *testing.T) {
	t.Run("outline at 100 columns", func(t *testing.T) {
		m := sized(t, 1, 100, 30)
		if m.layout.Outline.W != 0 || strings.Contains(screen(m), seedWords(t).Outline) {
			t.Fatal("the outline is shown at 100 columns before t")
		}
		m = press(m, "t")
		if m.layout.Outline.W == 0 || !strings.Contains(screen(m), seedWords(t).Outline) || !strings.Contains(screen(m), "以作风实保障发展实") {
			t.Fatalf("t did not show the outline:\n%s", screen(m))
		}
		if m.layout.Reader.W == 0 || m.layout.Figures.W == 0 {
			t.Fatalf("the outline pushed out a pane: %+v", m.layout)
		}
		m = press(m, "t")
		if m.layout.Outline.W != 0 || strings.Contains(screen(m), seedWords(t).Outline) {
			t.Fatal("a second t did not hide the outline")
		}
	})
	t.Run("figures under the text at 72 columns", func(t *testing.T) {
		m := sized(t, 1, 72, 24)
		if !m.layout.FiguresBelow || !strings.Contains(screen(m), seedWords(t).KeyFigures) {
			t.Fatalf("no figures under the text at 72x24:\n%s", screen(m))
		}
		readerH := m.layout.Reader.H
		m = press(m, "d")
		if m.layout.Figures.H != 0 || strings.Contains(screen(m), seedWords(t).KeyFigures) {
			t.Fatalf("d did not hide the figures:\n%s", screen(m))
		}
		if m.layout.Reader.H <= readerH {
			t.Fatalf("the reader did not take the figures' place: %d lines, was %d", m.layout.Reader.H, readerH)
		}
		m = press(m, "d")
		if !m.layout.FiguresBelow || !strings.Contains(screen(m), seedWords(t).KeyFigures) {
			t.Fatal("a second d did not bring the figures back")
		}
	})
	t.Run("a toggle survives a resize", func(t *testing.T) {
		m := press(sized(t, 1, 160, 48), "d")
		m = step(m, tea.WindowSizeMsg{Width: 150, Height: 45})
		if m.layout.Figures.W != 0 {
			t.Fatal("a resize brought back the figures the user closed")
		}
		m = press(sized(t, 1, 160, 48), "t")
		m = step(m, tea.WindowSizeMsg{Width: 150, Height: 45})
		if m.layout.Outline.W != 0 {
			t.Fatal("a resize brought back the outline the user closed")
		}
		m = press(sized(t, 1, 100, 30), "t")
		m = step(m, tea.WindowSizeMsg{Width: 110, Height: 30})
		if m.layout.Outline.W == 0 {
			t.Fatal("a resize closed the outline the user opened")
		}
	})
	t.Run("outline in one column", func(t *testing.T) {
		m := press(sized(t, 1, 72, 24), "t")
		if m.layout.Outline.W != 72 || m.focus != outlinePane {
			t.Fatalf("t at 72 columns: outline %+v, focus %d", m.layout.Outline, m.focus)
		}
		m = press(m, "t")
		if m.layout.Outline.W != 0 || m.focus != readerPane {
			t.Fatalf("second t at 72 columns: outline %+v, focus %d", m.layout.Outline, m.focus)
		}
	})
}

// TestOutlineOpens: enter on an outline entry opens that section at that sub-point.
func TestOutlineOpens(t *testing.T) {
	m := press(sized(t, 1, 100, 30), "t", "tab", "tab")
	if m.focus != outlinePane {
		t.Fatalf("focus %d, want the outline", m.focus)
	}
	// The cursor is on section 1's entry (the second); down to section 2's third sub-point: entries
	// are 导语, part 1 and its 4 points, part 2 and its points.
	m = press(m, "j", "j", "j", "j", "j", "j", "j", "j")
	if e := m.outline.entries[m.outline.cursor]; e.section != 2 || e.point != 2 {
		t.Fatalf("cursor on entry %+v, want section 2 point 2", e)
	}
	if m.nav.Section != 1 {
		t.Fatal("moving the outline's cursor opened a section")
	}
	m, cmd := stepCmd(m, keyPress("enter"))
	m = follow(t, m, cmd)
	want := min(m.reader.Rendered().PointLines[2], lastLine(m))
	wantPosition(t, m, 2, want)
	// An entry for a section opens it at the top.
	m = press(m, "k", "k", "k")
	m, cmd = stepCmd(m, keyPress("enter"))
	m = follow(t, m, cmd)
	wantPosition(t, m, 2, 0)
}

// TestFigureOpens: enter on a figure card scrolls the reader to the figure's sentence and underlines it.
func TestFigureOpens(t *testing.T) {
	m := sized(t, 1, 72, 24)
	m = press(m, "tab")
	if m.focus != figuresPane {
		t.Fatalf("focus %d, want the figures", m.focus)
	}
	// The fifth card of part 1 is 全社会研发经费投入 (10.6亿元), in the third sub-point.
	m = press(m, "j", "j", "j", "j")
	if got := m.figures.Selected(); got != 4 {
		t.Fatalf("selected figure %d, want 4", got)
	}
	if m.nav.Line != 0 {
		t.Fatal("moving through the cards scrolled the reader")
	}
	m, cmd := stepCmd(m, keyPress("enter"))
	m = follow(t, m, cmd)
	if m.focusFigure != 4 {
		t.Fatalf("focusFigure %d, want 4", m.focusFigure)
	}
	match, ok := m.figureSentence()
	if !ok {
		t.Fatal("the figure's sentence is not found in the section")
	}
	if m.nav.Section != 1 || match.StartLine < m.nav.Line || match.StartLine >= m.nav.Line+m.layout.Reader.H {
		t.Fatalf("sentence at line %d, reader shows %d–%d of section %d", match.StartLine, m.nav.Line, m.nav.Line+m.layout.Reader.H-1, m.nav.Section)
	}
	if m.nav.Line == 0 {
		t.Fatal("the reader did not scroll to the sentence")
	}
	// Every line of the sentence on screen is drawn in the focus style.
	var sentence strings.Builder
	for line := match.StartLine; line <= match.EndLine; line++ {
		plain := m.reader.Rendered().Plain[line]
		from, to := 0, ansi.StringWidth(plain)
		if line == match.StartLine {
			from = match.StartCol
		}
		if line == match.EndLine {
			to = match.EndCol
		}
		part := ansi.Cut(plain, from, to)
		sentence.WriteString(part)
		if line < m.nav.Line+m.layout.Reader.H && !strings.Contains(m.View().Content, m.styles.Focus.Render(part)) {
			t.Fatalf("%q is not drawn in the focus style:\n%q", part, m.View().Content)
		}
	}
	if !strings.Contains(sentence.String(), "10.6亿元") {
		t.Fatalf("the highlighted sentence %q is not the one with 10.6亿元", sentence.String())
	}
	// Another section drops the highlight.
	m = press(m, "n")
	if m.focusFigure != -1 {
		t.Fatalf("focusFigure %d after n", m.focusFigure)
	}
}

func TestSearchLandsOnMatch(t *testing.T) {
	m := sized(t, 1, 120, 40)
	m = press(m, "/")
	if !m.search.typing {
		t.Fatal("/ did not open the search box")
	}
	m = typeText(m, "枇杷")
	if m.nav.Section != 1 {
		t.Fatal("typing moved the reader")
	}
	if !strings.Contains(screen(m), "枇杷") {
		t.Fatalf("the box does not show what is typed:\n%s", screen(m))
	}
	m = press(m, "enter")
	if !m.search.Active() || m.search.typing {
		t.Fatalf("search active %v, typing %v after enter", m.search.Active(), m.search.typing)
	}
	hit, ok := m.search.Current()
	if !ok || hit.section != 2 || m.nav.Section != 2 {
		t.Fatalf("current hit %+v in section %d; want the 土枇杷 of section 2", hit, m.nav.Section)
	}
	if !strings.Contains(m.reader.Rendered().Plain[hit.match.StartLine], "土枇杷") {
		t.Fatalf("current hit at line %d: %q", hit.match.StartLine, m.reader.Rendered().Plain[hit.match.StartLine])
	}
	if !strings.Contains(m.View().Content, m.styles.MatchCurrent.Render("枇杷")) {
		t.Fatalf("the current match is not highlighted:\n%q", m.View().Content)
	}
	if !strings.Contains(screen(m), "/枇杷 1/2") {
		t.Fatalf("no search status in the footer:\n%s", screen(m))
	}
}

// TestSearchSteps: while a search is active n and N go from match to match, changing section only when
// the next match is in another one; esc clears and gives n back to the sections.
func TestSearchSteps(t *testing.T) {
	m := searchFor(sized(t, 1, 72, 24), "亿元")
	var sections []int
	for _, h := range m.search.hits {
		sections = append(sections, h.section)
	}
	// 109.19亿元, 27.62亿元, 146.5亿元, 7.6亿元, 10.6亿元 in part 1; 31.91亿元 in part 2.
	if fmt.Sprint(sections) != "[1 1 1 1 1 2]" {
		t.Fatalf("hits in sections %v", sections)
	}
	if m.search.current != 0 || m.nav.Section != 1 {
		t.Fatalf("first hit %d in section %d", m.search.current, m.nav.Section)
	}
	for i := 1; i < len(sections); i++ {
		m = press(m, "n")
		if m.search.current != i || m.nav.Section != sections[i] {
			t.Fatalf("n %d: hit %d in section %d, want hit %d in section %d", i, m.search.current, m.nav.Section, i, sections[i])
		}
		hit, _ := m.search.Current()
		if hit.match.StartLine < m.nav.Line || hit.match.EndLine >= m.nav.Line+m.layout.Reader.H {
			t.Fatalf("n %d: hit on lines %d–%d, reader shows from %d (%d lines)", i, hit.match.StartLine, hit.match.EndLine, m.nav.Line, m.layout.Reader.H)
		}
	}
	m = press(m, "n") // wraps to the first
	if m.search.current != 0 || m.nav.Section != 1 {
		t.Fatalf("n past the last: hit %d in section %d", m.search.current, m.nav.Section)
	}
	m = press(m, "N") // and back
	if m.search.current != len(sections)-1 || m.nav.Section != 2 {
		t.Fatalf("N from the first: hit %d in section %d", m.search.current, m.nav.Section)
	}
	m = press(m, "N")
	if m.search.current != len(sections)-2 || m.nav.Section != 1 {
		t.Fatalf("N: hit %d in section %d", m.search.current, m.nav.Section)
	}
	// → still moves by section while searching.
	m = press(m, "right")
	if m.nav.Section != 2 || !m.search.Active() {
		t.Fatalf("→ while searching: section %d, search active %v", m.nav.Section, m.search.Active())
	}
	m = press(m, "esc")
	if m.search.Active() || m.search.query != "" {
		t.Fatal("esc did not clear the search")
	}
	if strings.Contains(m.View().Content, m.styles.Match.Render("亿元")) || strings.Contains(m.View().Content, m.styles.MatchCurrent.Render("亿元")) {
		t.Fatal("matches still highlighted after esc")
	}
	m = press(m, "n")
	if m.nav.Section != 3 {
		t.Fatalf("n after esc: section %d, want the next section", m.nav.Section)
	}
}

func TestSearchEdges(t *testing.T) {
	t.Run("no matches", func(t *testing.T) {
		m := searchFor(sized(t, 1, 120, 40), "不存在的词")
		if m.search.Active() || m.nav.Section != 1 {
			t.Fatalf("search active %v, section %d", m.search.Active(), m.nav.Section)
		}
		if !strings.Contains(screen(m), m.words.NoMatches) {
			t.Fatalf("no %q notice:\n%s", m.words.NoMatches, screen(m))
		}
		if m = press(m, "n"); m.nav.Section != 2 {
			t.Fatal("n after a failed search does not move by section")
		}
	})
	t.Run("esc while typing", func(t *testing.T) {
		m := typeText(press(sized(t, 1, 120, 40), "/"), "亿元")
		m = press(m, "esc")
		if m.search.typing || m.search.Active() {
			t.Fatal("esc did not close the box")
		}
		if m = press(m, "n"); m.nav.Section != 2 {
			t.Fatal("n after esc in the box does not move by section")
		}
	})
	t.Run("keys go to the box while typing", func(t *testing.T) {
		m := typeText(press(sized(t, 1, 120, 40), "/"), "nq]G")
		if m.nav != start(1) || m.search.input.Value() != "nq]G" {
			t.Fatalf("while typing: position %+v, box %q", m.nav, m.search.input.Value())
		}
	})
}

func TestQuitKeys(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    func(*testing.T) Model
		key  string
	}{
		{"q", func(t *testing.T) Model { return sized(t, 1, 120, 40) }, "q"},
		{"ctrl+c", func(t *testing.T) Model { return sized(t, 1, 120, 40) }, "ctrl+c"},
		{"q in help", func(t *testing.T) Model { return press(sized(t, 1, 120, 40), "?") }, "q"},
		{"q while searching", func(t *testing.T) Model { return searchFor(sized(t, 1, 120, 40), "亿元") }, "q"},
		{"ctrl+c while typing", func(t *testing.T) Model { return press(sized(t, 1, 120, 40), "/") }, "ctrl+c"},
		{"ctrl+c before a size", func(t *testing.T) Model { return New(contenttest.Seed(t), Options{Theme: "dark"}) }, "ctrl+c"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, cmd := stepCmd(tc.m(t), keyPress(tc.key))
			if cmd == nil {
				t.Fatal("no command")
			}
			if msg, ok := cmd().(tea.QuitMsg); !ok {
				t.Fatalf("command gave %T, want tea.QuitMsg", msg)
			}
		})
	}
	// q typed into the search box is text, not quit.
	m, cmd := stepCmd(press(sized(t, 1, 120, 40), "/"), keyPress("q"))
	if slices.Contains(messagesNow(cmd), tea.Msg(tea.QuitMsg{})) {
		t.Fatal("q in the search box quit")
	}
	if m.search.input.Value() != "q" {
		t.Fatalf("box holds %q", m.search.input.Value())
	}
}

func TestHelpKey(t *testing.T) {
	m := sized(t, 1, 120, 40)
	m = press(m, "?")
	if !m.showHelp || !strings.Contains(screen(m), seedWords(t).Keys.NextPoint) || strings.Contains(screen(m), "坚持突出工业为先") {
		t.Fatalf("? did not show the full help in place of the text:\n%s", screen(m))
	}
	m = press(m, "?")
	if m.showHelp || !strings.Contains(screen(m), "坚持突出工业为先") {
		t.Fatal("a second ? did not close the help")
	}
	m = press(m, "?", "esc")
	if m.showHelp {
		t.Fatal("esc did not close the help")
	}
}

func TestMouse(t *testing.T) {
	t.Run("wheel scrolls the reader", func(t *testing.T) {
		m := sized(t, 1, 72, 24)
		m = step(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 10, Y: 5})
		wantPosition(t, m, 1, 3)
		m = step(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 10, Y: 5})
		wantPosition(t, m, 1, 6)
		m = step(m, tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: 10, Y: 5})
		wantPosition(t, m, 1, 3)
		for range 3 {
			m = step(m, tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: 10, Y: 5})
		}
		wantPosition(t, m, 1, 0)
		for range 50 {
			m = step(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 10, Y: 5})
		}
		wantPosition(t, m, 1, lastLine(m))
	})
	t.Run("click on an outline row opens it", func(t *testing.T) {
		start := sized(t, 1, 120, 40)
		rows := strings.Split(screen(start), "\n")
		b := start.briefing
		opened := 0
		for y := start.layout.Outline.Y + 1; y < start.layout.Outline.Y+start.layout.Outline.H; y++ {
			row := ansi.Cut(rows[y], start.layout.Outline.X, start.layout.Outline.X+start.layout.Outline.W)
			if strings.TrimSpace(row) == "" {
				continue // below the last entry
			}
			m, cmd := stepCmd(start, tea.MouseClickMsg{Button: tea.MouseLeft, X: start.layout.Outline.X + 3, Y: y})
			if cmd == nil {
				t.Fatalf("a click on row %d %q did nothing", y, row)
			}
			msg, ok := cmd().(openSectionMsg)
			if !ok {
				t.Fatalf("a click on row %d gave %T", y, msg)
			}
			title := b.Sections[msg.section].Title
			if msg.point >= 0 {
				title = b.Sections[msg.section].Points[msg.point].Title
			}
			if !strings.Contains(row, title) {
				t.Fatalf("a click on row %d %q opened section %d point %d (%s)", y, row, msg.section, msg.point, title)
			}
			m = step(m, msg)
			if m.nav.Section != msg.section {
				t.Fatalf("a click on row %d %q left the reader in section %d", y, row, m.nav.Section)
			}
			if msg.point >= 0 {
				wantPosition(t, m, msg.section, min(m.reader.Rendered().PointLines[msg.point], lastLine(m)))
			} else {
				wantPosition(t, m, msg.section, 0)
			}
			opened++
		}
		if opened != 18 {
			t.Fatalf("%d outline rows opened an entry, want 18 (5 sections, 13 sub-points)", opened)
		}
	})
	t.Run("clicks elsewhere do nothing", func(t *testing.T) {
		m := sized(t, 1, 120, 40)
		for _, click := range []tea.MouseClickMsg{
			{Button: tea.MouseLeft, X: 60, Y: 12},  // the reader
			{Button: tea.MouseLeft, X: 5, Y: 1},    // the outline's title
			{Button: tea.MouseLeft, X: 5, Y: 0},    // the header
			{Button: tea.MouseRight, X: 5, Y: 12},  // not the left button
			{Button: tea.MouseLeft, X: 5, Y: 30},   // below the last entry
			{Button: tea.MouseLeft, X: 100, Y: 12}, // the figures
		} {
			next, cmd := stepCmd(m, click)
			if cmd != nil {
				if msg := cmd(); msg != nil {
					next = step(next, msg)
				}
			}
			if next.nav != m.nav {
				t.Fatalf("%+v moved the reader to %+v", click, next.nav)
			}
		}
	})
}
