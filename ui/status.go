package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/words"
)

// statusSeparator joins the status line's segments.
const statusSeparator = " · "

// fitStatus joins segments and keep into a line of at most width cells. What does not fit is cut at
// the end with an ellipsis, never inside a word (a run of letters or digits; each Chinese character
// is a word of its own), and keep — how to snap back to the presenter — stays whole at the end as
// long as it fits at all.
func fitStatus(segments []string, keep string, width int) string {
	if width <= 0 {
		return ""
	}
	full := strings.Join(segments, statusSeparator)
	if keep != "" {
		if full != "" {
			full += statusSeparator
		}
		full += keep
	}
	if ansi.StringWidth(full) <= width {
		return full
	}
	tail := ""
	if keep != "" && ansi.StringWidth(keep)+2 <= width {
		tail = " " + keep
	}
	return cutAtWord(strings.Join(segments, statusSeparator), width-ansi.StringWidth(tail)) + tail
}

// cutAtWord cuts s to at most width cells, the last of them an ellipsis, after the last whole word
// that fits; separators and spaces before the cut are dropped.
func cutAtWord(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	room := width - 1 // the ellipsis
	cut, used := 0, 0
	seg := words.FromString(s)
	for seg.Next() {
		w := ansi.StringWidth(seg.Value())
		if used+w > room {
			break
		}
		used += w
		cut = seg.End()
	}
	return strings.TrimRight(s[:cut], " ·,，;；:：") + "…"
}
