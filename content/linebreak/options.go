package linebreak

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"
	"github.com/mattn/go-runewidth"
)

// Options says how wide a line may be and how to count the columns of ambiguous characters.
type Options struct {
	Width         int  // display columns per line; values < 1 are treated as 1
	AmbiguousWide bool // East Asian ambiguous-width characters take 2 columns
}

// columns is the line width actually used: at least one column.
func (o Options) columns() int {
	return max(o.Width, 1)
}

// condition builds the width rules for one caller. runewidth.DefaultCondition follows the
// process's locale and is shared by every caller in the process, so it is neither read nor
// changed here.
func (o Options) condition() *runewidth.Condition {
	return &runewidth.Condition{EastAsianWidth: o.AmbiguousWide, StrictEmojiNeutral: true}
}

// Width returns the display width of s; escape sequences count 0. For a string of several
// lines it is the width of the widest line.
func Width(s string, opts Options) int {
	if strings.IndexByte(s, ansi.ESC) >= 0 {
		visible, _ := splitEscapes(s, nil, nil)
		s = string(visible)
	}
	cond := opts.condition()
	clusters := graphemes.FromString("")
	widest := 0
	for line := range strings.SplitSeq(s, "\n") {
		widest = max(widest, textWidth(line, cond, clusters))
	}
	return widest
}

// textWidth adds up the widths of the grapheme clusters of s, measured one cluster at a time
// exactly as the breaker measures them, so Width and the breaker never disagree.
func textWidth(s string, cond *runewidth.Condition, clusters *graphemes.Iterator[string]) int {
	width := 0
	clusters.SetText(s)
	for clusters.Next() {
		width += cond.StringWidth(clusters.Value())
	}
	return width
}
