package render

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/parser"
)

// StringWidth is how many cells s takes on a terminal, escape codes ignored: exactly what
// ansi.StringWidth counts, grapheme cluster by grapheme cluster, but without segmenting runs of
// ASCII. A printable ASCII character followed by an ASCII byte (or nothing) is a cluster of its own
// and one cell wide: of the rules that join characters into a cluster (UAX #29), only CR LF joins
// two ASCII characters, and only a following mark or joiner, none of them ASCII, extends one. The
// panes' lines are mostly such runs (padding, Latin text, numbers), and a check that every line of
// a 2000-column screen fits measures a million cells: segmenting each one made it a hundred times
// slower. TestStringWidthIsAnsis holds the two equal.
func StringWidth(s string) int {
	width := 0
	state := parser.GroundState
	for i := 0; i < len(s); i++ {
		c := s[i]
		if state == parser.GroundState && c >= 0x20 && c < 0x7f && (i+1 == len(s) || s[i+1] < 0x80) {
			width++
			continue
		}
		next, action := parser.Table.Transition(state, c)
		if action == parser.PrintAction || next == parser.Utf8State {
			cluster, w := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
			width += w
			i += len(cluster) - 1
			state = parser.GroundState
			continue
		}
		state = next
	}
	return width
}
