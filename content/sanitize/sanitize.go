package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// NameWidth is the most columns a name takes on screen (Name cuts it there).
const NameWidth = 32

// Text is a document's text without anything a terminal would obey: escape sequences with their
// payload (CSI, OSC, DCS, SOS, PM, APC and the short ESC forms), the C0 controls other than tab and
// newline (carriage returns included: line ends are the caller's to normalise first), DEL, and the C1
// controls. Text that has none of them is returned as it is.
func Text(s string) string {
	if !hasControl(s) {
		return s
	}
	return strings.Map(dropControl, ansi.Strip(strings.ToValidUTF8(s, "\uFFFD")))
}

// Line is s as one line of printable characters, for a file name or a label: Text, with tabs and
// newlines made spaces and every character that prints nothing (format characters such as bidi
// overrides, other spaces) dropped.
func Line(s string) string {
	s = Text(s)
	if isPrintable(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return ' '
		case unicode.IsPrint(r):
			return r
		}
		return -1
	}, s)
}

// Name is a name shown on screen (a user, a key, a file in a list): Line, cut to NameWidth columns
// with an ellipsis when it is longer.
func Name(s string) string {
	return Cut(Line(s), NameWidth)
}

// Cut shortens printable text to at most width columns, ending in "…" when it cut anything.
func Cut(s string, width int) string {
	if len(s) <= width { // bytes ≥ columns for printable text: short enough as it is
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// hasControl reports whether s holds anything Text removes: a C0 control other than tab and
// newline, DEL, a C1 control, or invalid UTF-8.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n', c == 0x7f:
			return true
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || isC1(r) {
				return true
			}
			i += size - 1
		}
	}
	return false
}

func isPrintable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

func dropControl(r rune) rune {
	if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || isC1(r) {
		return -1
	}
	return r
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }
