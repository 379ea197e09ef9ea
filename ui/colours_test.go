package ui

import (
	"fmt"
	"image/color"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// The terminal's answers to "what is your background?".
var (
	lightBackground = tea.BackgroundColorMsg{Color: color.RGBA{R: 0xfa, G: 0xfa, B: 0xfa, A: 0xff}}
	darkBackground  = tea.BackgroundColorMsg{Color: color.RGBA{R: 0x1a, G: 0x1b, B: 0x26, A: 0xff}}
)

// fixedNow stops the slides' clock, so colour goldens do not change with the time of day.
func fixedNow() time.Time { return time.Date(2026, 3, 5, 9, 30, 0, 0, time.UTC) }

// colourKey names a colour by its RGBA value, so the same colour written as #hex, 256-colour index
// or basic colour compares equal.
func colourKey(c color.Color) string {
	r, g, b, a := c.RGBA()
	return fmt.Sprintf("%04x%04x%04x%04x", r, g, b, a)
}

// palette is every colour the styles for one background use, found by walking the Styles struct so a
// style added later is covered too, plus the help's colours (drawn by bubbles' help).
func palette(dark bool) map[string]bool {
	colours := map[string]bool{}
	collectColours(reflect.ValueOf(NewStyles(dark)), colours)
	collectColours(reflect.ValueOf(help.DefaultStyles(dark)), colours)
	return colours
}

var styleType = reflect.TypeOf(lipgloss.Style{})

func collectColours(v reflect.Value, into map[string]bool) {
	add := func(c color.Color) {
		if c != nil {
			if _, none := c.(lipgloss.NoColor); !none {
				into[colourKey(c)] = true
			}
		}
	}
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	switch {
	case v.Type() == styleType:
		s := v.Interface().(lipgloss.Style)
		for _, c := range []color.Color{s.GetForeground(), s.GetBackground(), s.GetBorderTopForeground(),
			s.GetBorderBottomForeground(), s.GetBorderLeftForeground(), s.GetBorderRightForeground()} {
			add(c)
		}
	case v.Kind() == reflect.Interface && v.Type().Implements(reflect.TypeOf((*color.Color)(nil)).Elem()):
		if !v.IsNil() {
			add(v.Interface().(color.Color))
		}
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				collectColours(v.Field(i), into)
			}
		}
	}
}

// drawnColours is every foreground, background and border colour a styled string draws with.
func drawnColours(s string) map[string]bool {
	colours := map[string]bool{}
	for _, line := range uv.NewStyledString(s).Lines(ansi.GraphemeWidth) {
		for _, cell := range line {
			for _, c := range []color.Color{cell.Style.Fg, cell.Style.Bg} {
				if c != nil {
					colours[colourKey(c)] = true
				}
			}
		}
	}
	return colours
}

// checkPalette fails unless what drew uses colours, every one of them from the palette for its
// background, and at least one that only that palette has: a pane drawn for the other background,
// or in colours meant for neither, is caught.
func checkPalette(t *testing.T, pane, drawn string, dark bool) {
	t.Helper()
	want, other := palette(dark), palette(!dark)
	colours := drawnColours(drawn)
	if len(colours) == 0 {
		t.Errorf("%s draws no colour at all:\n%s", pane, drawn)
		return
	}
	own := 0
	for c := range colours {
		switch {
		case !want[c] && other[c]:
			t.Errorf("%s draws %s, a colour of the %s palette:\n%s", pane, c, paletteName(!dark), drawn)
		case !want[c]:
			t.Errorf("%s draws %s, a colour of neither palette:\n%s", pane, c, drawn)
		case !other[c]:
			own++
		}
	}
	if own == 0 {
		t.Errorf("%s draws no colour of its own %s palette:\n%s", pane, paletteName(dark), drawn)
	}
}

func paletteName(dark bool) string {
	if dark {
		return "dark"
	}
	return "light"
}

// backgroundCase is when the terminal's answer arrives and what it says.
type backgroundCase struct {
	name    string
	answers []tea.BackgroundColorMsg
	early   bool // the answer comes before the first frame (before the window's size)
}

var backgroundCases = []backgroundCase{
	{name: "light_before_first_frame", answers: []tea.BackgroundColorMsg{lightBackground}, early: true},
	{name: "light_after_first_frame", answers: []tea.BackgroundColorMsg{lightBackground}},
	{name: "dark_before_first_frame", answers: []tea.BackgroundColorMsg{darkBackground}, early: true},
	{name: "dark_after_first_frame", answers: []tea.BackgroundColorMsg{darkBackground}},
	{name: "light_then_dark", answers: []tea.BackgroundColorMsg{lightBackground, darkBackground}},
	{name: "dark_then_light", answers: []tea.BackgroundColorMsg{darkBackground, lightBackground}},
}

// answered is the seed opened at section 1 in view v at w×h on a terminal that answers as tc says,
// with a frame drawn between the size and a late answer as the program would.
func answered(t *testing.T, tc backgroundCase, v meeting.View, w, h int) (Model, bool) {
	t.Helper()
	m := New(contenttest.Seed(t), Options{Section: 1, View: v, Now: fixedNow})
	if !slices.Contains(messagesNow(m.Init()), tea.RequestBackgroundColor()) {
		t.Fatal("a reader with no --theme does not ask the terminal for its background")
	}
	if tc.early {
		for _, a := range tc.answers {
			m = step(m, a)
		}
	}
	m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
	_ = m.View() // the first frame
	if !tc.early {
		for _, a := range tc.answers {
			m = step(m, a)
			_ = m.View()
		}
	}
	return m, tc.answers[len(tc.answers)-1].IsDark()
}

// TestPanesFollowTheBackground: whenever the terminal's answer arrives, every pane (the slides and
// their cards, the search box, the figure cards, the outline, the header and both footers) is drawn
// in the palette for that background and in no colour of the other.
func TestPanesFollowTheBackground(t *testing.T) {
	for _, tc := range backgroundCases {
		t.Run(tc.name, func(t *testing.T) {
			slides, dark := answered(t, tc, meeting.SlidesView, 100, 30)
			checkPalette(t, "the slide", slides.slides.View(), dark)
			checkPalette(t, "the slides' footer", slides.slidesFooter(), dark)

			reader, _ := answered(t, tc, meeting.ReaderView, 120, 30)
			checkPalette(t, "the header", reader.header(), dark)
			checkPalette(t, "the outline", reader.outline.View(), dark)
			checkPalette(t, "the figure cards", reader.figures.View(), dark)
			checkPalette(t, "the footer", reader.footer(), dark)
			searching := press(reader, "/")
			checkPalette(t, "the search box", searching.footer(), dark)
			focused := press(reader, "tab") // the figures pane: its selected card is marked
			checkPalette(t, "the focused figure cards", focused.figures.View(), dark)
		})
	}
}

// TestChosenThemeIgnoresTheTerminal: with --theme the terminal is not asked, and an answer that
// arrives anyway changes nothing.
func TestChosenThemeIgnoresTheTerminal(t *testing.T) {
	m := New(contenttest.Seed(t), Options{Section: 1, View: meeting.SlidesView, Theme: render.Light, Now: fixedNow})
	for _, msg := range messagesNow(m.Init()) {
		if msg == tea.RequestBackgroundColor() {
			t.Fatal("asked the terminal for its background although --theme chose it")
		}
	}
	m = step(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = step(m, darkBackground)
	checkPalette(t, "the slide", m.slides.View(), false)
	checkPalette(t, "the slides' footer", m.slidesFooter(), false)
}

// TestColourScreens keeps whole screens with their colours, light and dark, so a change of colour
// anywhere shows in review.
func TestColourScreens(t *testing.T) {
	for _, tc := range []struct {
		name       string
		background tea.BackgroundColorMsg
		view       meeting.View
		keys       []string
		w, h       int
	}{
		{name: "slides_light", background: lightBackground, view: meeting.SlidesView, w: 100, h: 30},
		{name: "slides_dark", background: darkBackground, view: meeting.SlidesView, w: 100, h: 30},
		// The second sub-point lit, the others dimmed.
		{name: "slides_point_light", background: lightBackground, view: meeting.SlidesView, keys: []string{"]", "]"}, w: 100, h: 30},
		{name: "slides_point_dark", background: darkBackground, view: meeting.SlidesView, keys: []string{"]", "]"}, w: 100, h: 30},
		{name: "reader_search_light", background: lightBackground, view: meeting.ReaderView, keys: []string{"/"}, w: 120, h: 30},
		{name: "reader_figures_dark", background: darkBackground, view: meeting.ReaderView, keys: []string{"tab"}, w: 120, h: 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := New(contenttest.Seed(t), Options{Section: 1, View: tc.view, Now: fixedNow})
			m = step(m, tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
			m = step(m, tc.background)
			m = press(m, tc.keys...)
			screen := m.View().Content
			if !strings.Contains(screen, "\x1b[") {
				t.Fatal("the screen has no colour at all")
			}
			if m.view == meeting.SlidesView && m.nav.Point >= 0 {
				checkLitPoint(t, m, screen)
			}
			contenttest.RequireGolden(t, screen)
		})
	}
}

// checkLitPoint fails unless the slide draws its current sub-point in the lit style with its ▶ and
// every other sub-point dimmed, in the styles of the session's background.
func checkLitPoint(t *testing.T, m Model, screen string) {
	t.Helper()
	points := m.briefing.Sections[m.nav.Section].Points
	for i, p := range points {
		want := m.styles.Muted.Render("•  " + p.Title)
		if i == m.nav.Point {
			want = m.styles.SlideBulletLit.Render("▶  " + p.Title)
		}
		if !strings.Contains(screen, want) {
			t.Errorf("sub-point %d %q is not drawn as %q (lit: %v)", i, p.Title, want, i == m.nav.Point)
		}
	}
}

// reversedLines counts the lines of s that have a reversed cell.
func reversedLines(s string) int {
	n := 0
	for _, line := range uv.NewStyledString(s).Lines(ansi.GraphemeWidth) {
		for _, cell := range line {
			if cell.Style.Attrs&uv.AttrReverse != 0 {
				n++
				break
			}
		}
	}
	return n
}

// TestNoColourKeepsMarks: on a terminal that shows no colour (NO_COLOR), the outline's cursor and the
// selected figure, marked only by a background colour elsewhere, are drawn reversed; the profile can
// arrive before or after the first frame.
func TestNoColourKeepsMarks(t *testing.T) {
	for _, early := range []bool{true, false} {
		m := New(contenttest.Seed(t), Options{Section: 1, Now: fixedNow})
		if early {
			m = step(m, tea.ColorProfileMsg{Profile: colorprofile.Ascii})
		}
		m = step(m, tea.WindowSizeMsg{Width: 120, Height: 30})
		if !early {
			m = step(m, tea.ColorProfileMsg{Profile: colorprofile.Ascii})
		}
		outline := press(m, "shift+tab")
		if n := reversedLines(outline.outline.View()); n != 1 {
			t.Errorf("early %v: the focused outline has %d reversed lines; want its cursor's one:\n%s", early, n, outline.outline.View())
		}
		figures := press(m, "tab")
		if n := reversedLines(figures.figures.View()); n == 0 {
			t.Errorf("early %v: the selected figure is not reversed:\n%s", early, figures.figures.View())
		}
		if n := reversedLines(m.outline.View()) + reversedLines(m.figures.View()); n != 0 {
			t.Errorf("early %v: %d lines reversed with no pane focused", early, n)
		}
		colour := step(m, tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
		if n := reversedLines(press(colour, "shift+tab").outline.View()); n != 0 {
			t.Errorf("early %v: back in colour, the outline's cursor is still reversed", early)
		}
	}
}

// TestOutlineMarksWhereTheReaderIs: the outline draws the section being read in its own style after
// every move, not where the reader was when the outline was last resized or focused.
func TestOutlineMarksWhereTheReaderIs(t *testing.T) {
	m := sized(t, 0, 120, 30)
	marked := func(section int) bool { // the entry starts in the current section's style
		sgr, _, _ := strings.Cut(m.styles.OutlineCurrent.Render("x"), "x")
		number := sectionNumber(m.briefing, section)
		if number == "" {
			number = " " // the opening: no number, the titles aligned
		}
		return strings.Contains(m.outline.View(), sgr+number+" "+m.briefing.Sections[section].Title)
	}
	if !marked(0) {
		t.Fatalf("the outline does not mark the opening:\n%s", m.outline.View())
	}
	for _, section := range []int{1, 2, 1} {
		m = step(m, openSectionMsg{section: section, point: -1})
		if !marked(section) || marked(0) {
			t.Fatalf("after opening section %d the outline marks it %v, the opening %v:\n%s", section, marked(section), marked(0), m.outline.View())
		}
	}
}
