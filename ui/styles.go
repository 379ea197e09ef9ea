package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"briefing/ui/render"
)

// Styles is every style the interface draws with, for one terminal: its background and whether it
// shows colour at all.
//
// A session has exactly one Styles: the root model allocates it and every pane holds the same
// pointer, as soft-serve's common.Common shares its styles. When the terminal reports its background
// or its colour profile, Model.restyle rebuilds it in place, so no pane can keep an old palette; panes
// that cache what they drew redraw from it in SetSize, which restyle calls. Never copy a Styles
// into a pane.
type Styles struct {
	Dark  bool
	Theme render.Theme // the glamour look for the same background

	HeaderTitle, HeaderMuted lipgloss.Style
	Status                   lipgloss.Style
	PaneTitle                lipgloss.Style

	OutlineSection, OutlineCurrent, OutlinePoint, OutlinePointCurrent, OutlineCursor, OutlineCount lipgloss.Style

	Match, MatchCurrent, Focus lipgloss.Style

	CardLabel, CardValue, CardPeriod, CardSelected lipgloss.Style
	Up, Down, Bar, BarBaseline, Muted              lipgloss.Style

	// The slides: the title in a heavy box, the bullets (the one presented lit), a figure's card and
	// the speaker notes.
	SlideTitle, SlideBullet, SlideBulletLit, SlideCard, SlideNotes lipgloss.Style

	Search  textinput.Styles // the search box
	Help    help.Styles      // the footer's keys and the help screen
	Warning lipgloss.Style

	// look is what these styles were built for: panes drawn in the same look are the same for every
	// session, and share one drawing (render.Memo).
	look look
}

// look is what the styles depend on: the terminal's background, and whether it shows colour at all
// (its colour profile; the program lowers full colours to what it shows).
type look struct {
	dark       bool
	monochrome bool
}

// lookFor is the look of a terminal with the given background and colour profile.
func lookFor(dark bool, profile colorprofile.Profile) look {
	return look{dark: dark, monochrome: profile == colorprofile.NoTTY || profile == colorprofile.Ascii}
}

// NewStyles builds the styles for a dark or light background. Colours are written in full; the
// program lowers them to what the terminal shows (and drops them for NO_COLOR).
func NewStyles(isDark bool) *Styles {
	s := newStyles(look{dark: isDark})
	return &s
}

func newStyles(l look) Styles {
	ld := lipgloss.LightDark(l.dark)
	accent := ld(lipgloss.Color("#B35C00"), lipgloss.Color("#FFB454"))
	primary := ld(lipgloss.Color("#1F4E99"), lipgloss.Color("#7AA2F7"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8F98"))
	text := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#D8DEE9"))
	selection := ld(lipgloss.Color("#E8EEF9"), lipgloss.Color("#2E3440"))
	red := ld(lipgloss.Color("#C0392B"), lipgloss.Color("#FF6B6B"))
	green := ld(lipgloss.Color("#1E8449"), lipgloss.Color("#7BD88F"))
	theme := render.Light
	if l.dark {
		theme = render.Dark
	}

	s := Styles{
		look:        l,
		Dark:        l.dark,
		Theme:       theme,
		HeaderTitle: lipgloss.NewStyle().Bold(true).Foreground(primary),
		HeaderMuted: lipgloss.NewStyle().Foreground(muted),
		Status:      lipgloss.NewStyle().Foreground(accent),
		PaneTitle:   lipgloss.NewStyle().Bold(true).Foreground(primary),

		OutlineSection:      lipgloss.NewStyle().Foreground(text),
		OutlineCurrent:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		OutlinePoint:        lipgloss.NewStyle().Foreground(muted),
		OutlinePointCurrent: lipgloss.NewStyle().Foreground(accent),
		OutlineCursor:       lipgloss.NewStyle().Background(selection),
		OutlineCount:        lipgloss.NewStyle().Foreground(muted),

		Match:        lipgloss.NewStyle().Reverse(true),
		MatchCurrent: lipgloss.NewStyle().Reverse(true).Bold(true).Foreground(accent),
		Focus:        lipgloss.NewStyle().Underline(true).Bold(true),

		CardLabel:    lipgloss.NewStyle().Foreground(muted),
		CardValue:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		CardPeriod:   lipgloss.NewStyle().Foreground(muted),
		CardSelected: lipgloss.NewStyle().Background(selection),
		Up:           lipgloss.NewStyle().Foreground(red),
		Down:         lipgloss.NewStyle().Foreground(green),
		Bar:          lipgloss.NewStyle().Foreground(accent),
		BarBaseline:  lipgloss.NewStyle().Foreground(muted),
		Muted:        lipgloss.NewStyle().Foreground(muted),

		SlideTitle:     lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(accent).Bold(true).Padding(0, 1).Foreground(accent),
		SlideBullet:    lipgloss.NewStyle().Bold(true).Foreground(text),
		SlideBulletLit: lipgloss.NewStyle().Bold(true).Foreground(accent),
		SlideCard:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(muted).Padding(0, 1),
		SlideNotes:     lipgloss.NewStyle().Italic(true).Foreground(muted),

		Search:  searchStyles(accent, muted, text),
		Help:    help.DefaultStyles(l.dark),
		Warning: lipgloss.NewStyle().Bold(true).Foreground(red),
	}
	if l.monochrome {
		s = s.withoutColour()
	}
	return s
}

// searchStyles draws the search box in the palette: bubbles' own text input has a light grey prompt
// and cursor on every background.
func searchStyles(accent, muted, text color.Color) textinput.Styles {
	s := textinput.DefaultStyles(true)
	for _, state := range []*textinput.StyleState{&s.Focused, &s.Blurred} {
		state.Prompt = lipgloss.NewStyle().Foreground(accent)
		state.Placeholder = lipgloss.NewStyle().Foreground(muted)
		state.Suggestion = lipgloss.NewStyle().Foreground(muted)
		state.Text = lipgloss.NewStyle().Foreground(text)
	}
	s.Cursor.Color = text
	return s
}

// withoutColour marks with attributes what only a colour marked, for terminals that show none
// (NO_COLOR): the outline's cursor and current sub-point, and the selected figure.
func (s Styles) withoutColour() Styles {
	s.OutlineCursor = s.OutlineCursor.Reverse(true)
	s.OutlinePointCurrent = s.OutlinePointCurrent.Bold(true).Underline(true)
	s.CardSelected = s.CardSelected.Reverse(true)
	s.SlideBulletLit = s.SlideBulletLit.Reverse(true)
	return s
}

// change is the style of a change of value v: a rise, a fall, or muted for none.
func (s *Styles) change(v float64, chineseConvention bool) lipgloss.Style {
	up, down := s.changeStyles(chineseConvention)
	switch {
	case v > 0:
		return up
	case v < 0:
		return down
	}
	return s.Muted
}

// changeStyles returns the styles for a rise and a fall. Chinese documents follow the Chinese
// convention, red for up and green for down; others the Western one.
func (s *Styles) changeStyles(chineseConvention bool) (up, down lipgloss.Style) {
	if chineseConvention {
		return s.Up, s.Down
	}
	return s.Down, s.Up
}
