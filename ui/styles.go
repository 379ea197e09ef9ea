package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles is every style the interface draws with, for one background.
type Styles struct {
	Dark bool

	Header, HeaderTitle, HeaderMuted lipgloss.Style
	Footer, Status                   lipgloss.Style
	PaneBorder, PaneBorderFocused    lipgloss.Style
	PaneTitle                        lipgloss.Style

	OutlineSection, OutlineCurrent, OutlinePoint, OutlinePointCurrent, OutlineCursor, OutlineCount lipgloss.Style

	Match, MatchCurrent, Focus lipgloss.Style

	CardLabel, CardValue, CardPeriod, CardSelected lipgloss.Style
	Up, Down, Bar, BarBaseline, Muted              lipgloss.Style

	Accent  color.Color
	Warning lipgloss.Style
}

// NewStyles builds the styles for a dark or light background. Colours are written in full; the
// program lowers them to what the terminal shows (and drops them for NO_COLOR).
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#B35C00"), lipgloss.Color("#FFB454"))
	primary := ld(lipgloss.Color("#1F4E99"), lipgloss.Color("#7AA2F7"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8F98"))
	text := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#D8DEE9"))
	border := ld(lipgloss.Color("#C8C8C8"), lipgloss.Color("#3B4252"))
	selection := ld(lipgloss.Color("#E8EEF9"), lipgloss.Color("#2E3440"))
	red := ld(lipgloss.Color("#C0392B"), lipgloss.Color("#FF6B6B"))
	green := ld(lipgloss.Color("#1E8449"), lipgloss.Color("#7BD88F"))

	return Styles{
		Dark:              isDark,
		Header:            lipgloss.NewStyle().Foreground(text),
		HeaderTitle:       lipgloss.NewStyle().Bold(true).Foreground(primary),
		HeaderMuted:       lipgloss.NewStyle().Foreground(muted),
		Footer:            lipgloss.NewStyle().Foreground(muted),
		Status:            lipgloss.NewStyle().Foreground(accent),
		PaneBorder:        lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(border),
		PaneBorderFocused: lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(primary),
		PaneTitle:         lipgloss.NewStyle().Bold(true).Foreground(primary),

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

		Accent:  accent,
		Warning: lipgloss.NewStyle().Bold(true).Foreground(red),
	}
}

// change is the style of a change of value v: a rise, a fall, or muted for none.
func (s Styles) change(v float64, chineseConvention bool) lipgloss.Style {
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
func (s Styles) changeStyles(chineseConvention bool) (up, down lipgloss.Style) {
	if chineseConvention {
		return s.Up, s.Down
	}
	return s.Down, s.Up
}
