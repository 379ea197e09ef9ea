package render

import (
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// Theme is a look for rendered text.
type Theme string

// The themes. Plain has no escape codes at all: it is for pipes and files.
const (
	Dark  Theme = "dark"
	Light Theme = "light"
	Plain Theme = "plain"
)

// ParseTheme reads a --theme value; the empty string means "choose from the terminal".
func ParseTheme(s string) (Theme, bool) {
	switch Theme(s) {
	case Dark, Light, Plain:
		return Theme(s), true
	}
	return "", false
}

// styleConfig is glamour's style for a theme, tuned for reading speeches: no document margin (the
// panes have their own), headings without markdown marks, and strong text (the figures) in an accent
// colour so the numbers stand out. The text itself has no colour of its own: it reads in the
// terminal's foreground, which suits the terminal's background whatever the theme, and a screen of
// it costs no colour changes to draw (a meeting draws one for every viewer at every move).
func styleConfig(theme Theme) ansi.StyleConfig {
	var config ansi.StyleConfig
	accent := "214"
	switch theme {
	case Light:
		config = styles.LightStyleConfig
		accent = "130"
	case Plain:
		config = styles.ASCIIStyleConfig
		config.Strong = ansi.StylePrimitive{}
		config.Emph = ansi.StylePrimitive{}
		config.Document.Margin = uintPtr(0)
		config.Document.BlockPrefix = ""
		config.H1.Prefix, config.H2.Prefix, config.H3.Prefix = "", "", ""
		return config
	default:
		config = styles.DarkStyleConfig
	}
	config.Document.Margin = uintPtr(0)
	config.Document.BlockPrefix = ""
	config.Document.Color = nil
	config.H2 = ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Prefix: "", Bold: boolPtr(true)}}
	config.H3 = ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Prefix: "▌", Bold: boolPtr(true)}}
	config.Strong = ansi.StylePrimitive{Bold: boolPtr(true), Color: stringPtr(accent)}
	return config
}

func uintPtr(u uint) *uint       { return &u }
func boolPtr(b bool) *bool       { return &b }
func stringPtr(s string) *string { return &s }
