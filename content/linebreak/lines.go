package linebreak

import "strings"

// Lines breaks plain text (no escape codes) into lines of at most opts.Width columns.
// Existing '\n' are hard breaks. Whitespace at a break is dropped; otherwise text is preserved.
// A single grapheme cluster wider than the line (a Chinese character at width 1) goes alone on
// its own line, the one case a line is wider than opts.Width. The lines are substrings of text.
func Lines(text string, opts Options) []string {
	width := opts.columns()
	spans := newBreaker(opts).breakText(text, width, width, nil)
	lines := make([]string, len(spans))
	for i, s := range spans {
		lines[i] = text[s.start:s.end]
	}
	return lines
}

// Wrap is strings.Join(Lines(text, opts), "\n").
func Wrap(text string, opts Options) string {
	return strings.Join(Lines(text, opts), "\n")
}
