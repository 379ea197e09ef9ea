package render

import (
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/simplify"
)

// searchText is text as a search compares it, with where each of its bytes came from in the text as
// shown, so a match is drawn where it stands.
type searchText struct {
	text string
	// origin[i] is the offset in the original of byte i of text; len(text)+1 entries, or none when
	// folding changed no byte's place (ASCII, most simplified Chinese).
	origin []int
}

// foldForSearch folds the forms a reader means as one: Latin letters of either case, full-width and
// half-width digits and signs (２０２４ is 2024), and traditional and simplified forms of the
// characters content's fold table knows (發展 is 发展).
func foldForSearch(s string) searchText {
	var b strings.Builder
	b.Grow(len(s))
	var origin []int
	for i, r := range s {
		folded := foldSearchRune(r)
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
	return searchText{text: b.String(), origin: origin}
}

func foldSearchRune(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return simplify.Rune(cjk.Fold(r))
}

// original maps an offset in the folded text back to the text as shown.
func (t searchText) original(offset int) int {
	if t.origin == nil {
		return offset
	}
	return t.origin[offset]
}
