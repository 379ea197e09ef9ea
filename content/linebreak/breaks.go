package linebreak

import "strings"

// Breaks returns the byte offsets of text where a line may start without breaking a rule: not
// inside a Latin word or a number with its unit, not before closing punctuation nor after opening
// punctuation, and not inside "——" or "……". An offset after whitespace is where the next word
// starts; the start of every line but the first (after '\n') is one. The offsets are increasing;
// 0 and len(text) are not among them. A caller that cuts an excerpt out of a longer text cuts at
// these offsets, so that 6.1% or 1.18万元 is never shown as 6 or 1.
func Breaks(text string, opts Options) []int {
	b := newBreaker(opts)
	var offsets []int
	for offset := 0; ; {
		paragraph, after, found := strings.Cut(text[offset:], "\n")
		b.prepare(strings.TrimSuffix(paragraph, "\r"))
		for k, level := range b.levels {
			if level == levelFree {
				offsets = append(offsets, offset+b.clusters[k].start)
			}
		}
		if !found {
			return offsets
		}
		offset = len(text) - len(after)
		if offset < len(text) {
			offsets = append(offsets, offset)
		}
	}
}
