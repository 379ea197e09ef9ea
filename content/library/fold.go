package library

import (
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/simplify"
)

// folded is text as search compares it, and where each of its bytes came from in the text.
type folded struct {
	text string
	// origin[i] is the offset in the original of byte i of text (len(text)+1 entries), or nil when
	// folding moved no byte.
	origin []int
}

// foldRune is how search reads one character: Latin letters in lower case, full-width digits and
// signs as ASCII, traditional characters as simplified ones.
func foldRune(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return simplify.Rune(cjk.Fold(r))
}

// fold folds s character by character, remembering where each byte came from.
func fold(s string) folded {
	var b strings.Builder
	b.Grow(len(s))
	var origin []int
	for i, r := range s {
		f := foldRune(r)
		if origin == nil && utf8.RuneLen(f) != utf8.RuneLen(r) {
			origin = make([]int, b.Len(), len(s)+1)
			for j := range origin {
				origin[j] = j
			}
		}
		before := b.Len()
		b.WriteRune(f)
		if origin != nil {
			for range b.Len() - before {
				origin = append(origin, i)
			}
		}
	}
	if origin != nil {
		origin = append(origin, len(s))
	}
	return folded{text: b.String(), origin: origin}
}

// original maps an offset in the folded text back to the text.
func (f folded) original(offset int) int {
	if f.origin == nil {
		return offset
	}
	return f.origin[offset]
}

// scopeWords are the words of scope a label may carry or not (全县工业总产值, 工业总产值): removed by
// Normalize.
func scopeWords() []string {
	return []string{"全县", "全市", "全区", "全省", "全州", "全镇", "全乡", "全国", "全年", "全体"}
}

// Normalize is the form in which two labels that name the same measure agree: folded as search folds
// (width, case, traditional characters), without spaces and without scope words. 全縣工業總產值 and
// 工业总产值 normalise alike.
func Normalize(label string) string {
	s := fold(label).text
	for _, word := range scopeWords() {
		s = strings.ReplaceAll(s, word, "")
	}
	return strings.Join(strings.Fields(s), "")
}
