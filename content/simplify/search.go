package simplify

import (
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
)

// Folded is text as a search compares it, with where each of its bytes came from in the text, so a
// match found in the folded text is drawn where it stands.
type Folded struct {
	Text string
	// origin[i] is the offset in the original of byte i of Text; len(Text)+1 entries, or none when
	// folding moved no byte (ASCII, most simplified Chinese).
	origin []int
}

// ForSearch folds the forms a reader means as one: Latin letters of either case, full-width and
// half-width digits and signs (２０２４ is 2024), and traditional and simplified characters (發展 is
// 发展). The reader's search and the library's search and label matching read text through it.
func ForSearch(s string) Folded {
	var b strings.Builder
	b.Grow(len(s))
	var origin []int
	for i, r := range s {
		folded := searchRune(r)
		if origin == nil && utf8.RuneLen(folded) != utf8.RuneLen(r) {
			origin = make([]int, b.Len(), len(s)+1) // the bytes before this rune kept their places
			for j := range origin {
				origin[j] = j
			}
		}
		before := b.Len()
		b.WriteRune(folded)
		if origin != nil {
			for range b.Len() - before {
				origin = append(origin, i)
			}
		}
	}
	if origin != nil {
		origin = append(origin, len(s))
	}
	return Folded{Text: b.String(), origin: origin}
}

// searchRune is one character as search reads it.
func searchRune(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return Rune(cjk.Fold(r))
}

// Original maps an offset in the folded text back to the text.
func (f Folded) Original(offset int) int {
	if f.origin == nil {
		return offset
	}
	return f.origin[offset]
}
