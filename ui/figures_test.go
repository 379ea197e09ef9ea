package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/format"
	"briefing/content/locale"
	"briefing/ui/render"
)

func seedPanel(t *testing.T, section, width, height int) figuresPanel {
	t.Helper()
	b := contenttest.Seed(t)
	return newFiguresPanel(render.New(b), NewStyles(true), b.Language.Words(), defaultKeys()).SetSize(width, height).SetSection(section)
}

func TestFiguresPanel(t *testing.T) {
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	for _, tc := range []struct {
		name                   string
		section, width, height int
		keys                   []tea.KeyPressMsg // sent with the panel focused
	}{
		{name: "overview_34x26", section: 0, width: 34, height: 26},
		{name: "section1_34x26", section: 1, width: 34, height: 26},
		{name: "section2_34x26", section: 2, width: 34, height: 26},
		{name: "section2_24x8", section: 2, width: 24, height: 8},
		{name: "section2_24x8_scrolled", section: 2, width: 24, height: 8, keys: []tea.KeyPressMsg{down, down, down, down}},
		{name: "section1_22x12", section: 1, width: 22, height: 12},
		{name: "section3_60x8", section: 3, width: 60, height: 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := seedPanel(t, tc.section, tc.width, tc.height)
			if len(tc.keys) > 0 {
				p = p.Focus()
				for _, k := range tc.keys {
					p, _ = p.Update(k)
				}
			}
			contenttest.RequireGolden(t, ansi.Strip(p.View())+"\n")
		})
	}
}

func TestFiguresPanelFits(t *testing.T) {
	b := contenttest.Seed(t)
	// The opening's overview, the part with a baseline, and the part with the most figures.
	for _, section := range []int{0, 1, 2} {
		panel := newFiguresPanel(render.New(b), NewStyles(false), b.Language.Words(), defaultKeys()).SetSection(section).Focus()
		for width := 0; width <= 60; width++ {
			for height := 0; height <= 30; height++ {
				if contenttest.Sampled() && !sampledSize(width, height) {
					continue
				}
				p := panel.SetSize(width, height)
				for _, msg := range []tea.Msg{nil, tea.KeyPressMsg{Code: tea.KeyEnd}} {
					if msg != nil {
						p, _ = p.Update(msg)
					}
					checkFits(t, p.View(), width, height)
				}
			}
		}
	}
}

// sampledSize picks the sizes a sampled sweep checks, about a third: every size with fewer than five
// columns or four lines, where panels run out of room, and a lattice through the rest that meets every
// width and every height.
func sampledSize(width, height int) bool {
	return width < 5 || height < 4 || (2*width+height)%7 == 0
}

// checkFits fails unless view is exactly height lines (none for height 0), none wider than width.
func checkFits(t *testing.T, view string, width, height int) {
	t.Helper()
	if height == 0 {
		if view != "" {
			t.Fatalf("%dx%d: want an empty view, got %q", width, height, view)
		}
		return
	}
	lines := strings.Split(view, "\n")
	if len(lines) != height {
		t.Fatalf("%dx%d: %d lines", width, height, len(lines))
	}
	for i, line := range lines {
		if w := render.StringWidth(line); w > width {
			t.Fatalf("%dx%d: line %d is %d cells wide: %q", width, height, i, w, ansi.Strip(line))
		}
	}
}

func TestFiguresPanelShowsEveryFigure(t *testing.T) {
	b := contenttest.Seed(t)
	for _, size := range [][2]int{{34, 26}, {32, 28}, {36, 26}} {
		for section := 1; section < len(b.Sections); section++ {
			p := seedPanel(t, section, size[0], size[1])
			view := ansi.Strip(p.View())
			for _, f := range b.Sections[section].Figures {
				if !strings.Contains(view, format.Value(f.Value, f.Unit)) && !strings.Contains(view, format.Value(f.Value, "")) {
					t.Errorf("section %d at %dx%d: %s (%s) not shown:\n%s", section, size[0], size[1], f.Label, f.Text, view)
				}
			}
			if h := p.ContentHeight(); h > size[1] {
				t.Errorf("section %d needs %d lines, more than %d", section, h, size[1])
			}
		}
	}
}

func TestFiguresPanelNavigation(t *testing.T) {
	p := seedPanel(t, 2, 24, 8)
	if got := p.Selected(); got != 0 {
		t.Fatalf("selected %d after SetSection, want 0", got)
	}
	down := tea.KeyPressMsg{Code: 'j', Text: "j"}
	if p, _ = p.Update(down); p.Selected() != 0 {
		t.Fatalf("an unfocused panel moved its selection")
	}
	p = p.Focus()
	for want := 1; want <= 5; want++ {
		p, _ = p.Update(down)
		if got := p.Selected(); got != want {
			t.Fatalf("after %d downs selected %d", want, got)
		}
		if !strings.Contains(ansi.Strip(p.View()), format.Figure(p.current().Figures[want])) {
			t.Fatalf("selected figure %d scrolled out of view:\n%s", want, ansi.Strip(p.View()))
		}
	}
	p, cmd := p.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if cmd == nil {
		t.Fatal("Open gave no command")
	}
	if got, want := cmd(), (openFigureMsg{section: 2, figure: 5}); got != want {
		t.Fatalf("Open gave %#v, want %#v", got, want)
	}
	if p, _ = p.Update(tea.KeyPressMsg{Code: 'G', Text: "G"}); p.Selected() != 6 {
		t.Fatalf("Bottom selected %d", p.Selected())
	}
	if p, _ = p.Update(tea.KeyPressMsg{Code: tea.KeyUp}); p.Selected() != 5 {
		t.Fatalf("Up selected %d", p.Selected())
	}
	if p, _ = p.Update(tea.KeyPressMsg{Code: 'g', Text: "g"}); p.Selected() != 0 || p.offset != 0 {
		t.Fatalf("Top selected %d at offset %d", p.Selected(), p.offset)
	}
	// 24×8 shows three cards a page: six lines between the title and the indicator.
	if p, _ = p.Update(tea.KeyPressMsg{Code: tea.KeyPgDown}); p.Selected() != 3 {
		t.Fatalf("PageDown selected %d", p.Selected())
	}
	if p = p.SetSection(1); p.Selected() != 0 || p.offset != 0 {
		t.Fatalf("SetSection kept selection %d, offset %d", p.Selected(), p.offset)
	}
}

func TestFiguresPanelWheel(t *testing.T) {
	p := seedPanel(t, 2, 24, 8).Focus()
	p, _ = p.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	p, _ = p.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if p.offset != 2*wheelLines {
		t.Fatalf("offset %d after two notches", p.offset)
	}
	if p.Selected() != 2 {
		t.Fatalf("selection %d did not follow the window", p.Selected())
	}
	if p, _ = p.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp}); p.offset != wheelLines {
		t.Fatalf("offset %d after scrolling back", p.offset)
	}
}

func TestFiguresPanelOverviewOpensHeadline(t *testing.T) {
	p := seedPanel(t, 0, 34, 26).Focus()
	if p.Selected() != -1 {
		t.Fatalf("the overview selects figure %d", p.Selected())
	}
	p, _ = p.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	_, cmd := p.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if cmd == nil {
		t.Fatal("Open gave no command")
	}
	// Part 2's first figure with a change is 接待游客, its fifth.
	if got, want := cmd(), (openFigureMsg{section: 2, figure: 4}); got != want {
		t.Fatalf("Open gave %#v, want %#v", got, want)
	}
}

func TestFiguresPanelNoFigures(t *testing.T) {
	b := &content.Briefing{Language: locale.Chinese, Sections: []content.Section{{Kind: content.Part, Title: "空"}}}
	p := newFiguresPanel(render.New(b), NewStyles(true), b.Language.Words(), defaultKeys()).SetSize(30, 5).Focus()
	if !strings.Contains(ansi.Strip(p.View()), locale.Chinese.Words().NoFigures) {
		t.Fatalf("no %q in\n%s", locale.Chinese.Words().NoFigures, ansi.Strip(p.View()))
	}
	if p.Selected() != -1 {
		t.Fatalf("selected %d in a section without figures", p.Selected())
	}
	if _, cmd := p.Update(tea.KeyPressMsg{Code: tea.KeyEnter}); cmd != nil {
		t.Fatal("Open without figures gave a command")
	}
}

func TestFiguresPanelArrowsAndColours(t *testing.T) {
	if got := changeText(&content.Change{Kind: content.ChangeYearOnYear, Value: 13.34, Unit: "%"}); got != "▲13.34%" {
		t.Errorf("rise: %q", got)
	}
	if got := changeText(&content.Change{Value: -2.1, Unit: "%"}); got != "▼2.1%" {
		t.Errorf("fall: %q", got)
	}
	styles := NewStyles(true)
	for _, tc := range []struct {
		lang       locale.Language
		rise, fall string
	}{
		{locale.Chinese, styles.Up.Render("x"), styles.Down.Render("x")},
		{locale.English, styles.Down.Render("x"), styles.Up.Render("x")},
	} {
		b := &content.Briefing{Language: tc.lang, Sections: []content.Section{{Kind: content.Part, Figures: []content.Figure{
			{Label: "revenue", Value: 4, Unit: "$ billion", Change: &content.Change{Value: 12, Unit: "%"}},
			{Label: "costs", Value: 2, Unit: "$ billion", Change: &content.Change{Value: -3, Unit: "%"}},
		}}}}
		p := newFiguresPanel(render.New(b), styles, tc.lang.Words(), defaultKeys()).SetSize(34, 12)
		if got := p.changeStyle(13.34).Render("x"); got != tc.rise {
			t.Errorf("%s: a rise renders %q, want %q", tc.lang, got, tc.rise)
		}
		if got := p.changeStyle(-2).Render("x"); got != tc.fall {
			t.Errorf("%s: a fall renders %q, want %q", tc.lang, got, tc.fall)
		}
		view := p.View()
		if !strings.Contains(view, p.changeStyle(12).Render("▲12%")) || !strings.Contains(view, p.changeStyle(-3).Render("▼3%")) {
			t.Errorf("%s: changes not drawn in their colours:\n%q", tc.lang, view)
		}
	}
}

// defaultKeys is the default key map, as the panes hold it.
func defaultKeys() *KeyMap {
	k := DefaultKeyMap()
	return &k
}
