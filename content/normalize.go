package content

import (
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
)

// folded is a section's text with the forms that do not change a number's meaning folded into one
// by cjk.Fold: full-width digits and signs into ASCII (１０９．１９ → 109.19) and the traditional
// characters of units and verbs into simplified ones (億 → 亿, 增長 → 增长). The figure rules read the folded text;
// origin maps each of its byte offsets back to the text as written, so offsets and quoted text stay
// the original's.
type folded struct {
	text string
	// origin[i] is the offset in the original of folded byte i; len(text)+1 entries, or none when
	// folding changed nothing (as in most simplified Chinese and English text) and offsets agree.
	origin []int
	// traditional is set when some character folded to a simplified form (億 → 亿), as text written in
	// traditional characters has.
	traditional bool
}

func fold(original string) folded {
	if !needsFolding(original) {
		return folded{text: original}
	}
	var b strings.Builder
	b.Grow(len(original))
	origin := make([]int, 0, len(original)+1)
	traditional := false
	for i, r := range original {
		out := cjk.Fold(r)
		if out != r && out != cjk.FoldWidth(r) {
			traditional = true
		}
		before := b.Len()
		b.WriteRune(out)
		for range b.Len() - before {
			origin = append(origin, i)
		}
	}
	origin = append(origin, len(original))
	return folded{text: b.String(), origin: origin, traditional: traditional}
}

// needsFolding reports whether any character of s has another form for the rules. ASCII never does.
func needsFolding(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && cjk.Fold(r) != r {
			return true
		}
	}
	return false
}

// originalSpan maps a folded range back to the original text.
func (f folded) originalSpan(start, end int) Span {
	if f.origin == nil {
		return Span{start, end}
	}
	return Span{f.origin[start], f.origin[end]}
}
