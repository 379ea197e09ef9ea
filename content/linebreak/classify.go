package linebreak

import (
	"unicode"

	"briefing/content/cjk"

	"github.com/mattn/go-runewidth"
)

// kind is what the breaker needs to know about a grapheme cluster, as a set of flags.
type kind uint16

const (
	// kindSpace is breaking whitespace: a line may break there and drops it.
	kindSpace kind = 1 << iota
	// kindIdeographic is a character lines may break on either side of: Han, kana, hangul,
	// full-width forms, emoji, and the zero-width space.
	kindIdeographic
	// kindWord is a letter, digit or mark outside the ideographic scripts.
	kindWord
	// kindDigit is a decimal digit, ASCII or full-width.
	kindDigit
	// kindOpening must not end a line.
	kindOpening
	// kindClosing must not start a line.
	kindClosing
	// kindDoubled is a dash or ellipsis written twice (—— ……) that must not be split.
	kindDoubled
	// kindQuote is an ASCII quote, opening or closing depending on where it stands.
	kindQuote
	// kindCJKSide marks a cluster that stands in Chinese/Japanese/Korean text: an
	// ideographic character, or punctuation attached to one. Set by resolveContext.
	kindCJKSide
)

// has reports whether k has any of the flags in f.
func (k kind) has(f kind) bool { return k&f != 0 }

// classify gives the flags of a cluster from its first rune. single says whether the cluster is
// that rune alone; width is the cluster's width under the caller's condition.
func classify(r rune, single bool, width int, ambiguousWide bool) kind {
	if single && isBreakingSpace(r) {
		return kindSpace
	}
	var k kind
	switch {
	case r < 0x80:
		return classifyASCII(r)
	case cjk.IsFullWidthDigit(r):
		k = kindIdeographic | kindDigit
	case width == 2 && !(ambiguousWide && isAmbiguous(r)), 0xFF61 <= r && r <= 0xFF9F, r == 0x200B:
		k = kindIdeographic // wide by nature, half-width kana, zero-width space
	case unicode.IsDigit(r):
		k = kindWord | kindDigit
	case unicode.IsLetter(r) || unicode.IsMark(r):
		k = kindWord
	}
	return k | punctuationKind(r)
}

// classifyASCII is classify for the ASCII range.
func classifyASCII(r rune) kind {
	switch {
	case '0' <= r && r <= '9':
		return kindWord | kindDigit
	case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		return kindWord
	case r == '"' || r == '\'':
		return kindQuote
	}
	return punctuationKind(r)
}

// isBreakingSpace reports whether r is whitespace a line may break at. The no-break spaces
// are excluded: they glue what is on either side of them.
func isBreakingSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f':
		return true
	case 0xA0, 0x2007, 0x202F:
		return false
	}
	return r > 0x80 && unicode.IsSpace(r)
}

// isAmbiguous reports whether r has East Asian ambiguous width. The range test spares the
// table search for the Chinese characters that make up most of the text.
func isAmbiguous(r rune) bool {
	if 0x3000 <= r && r < 0xE000 {
		return false
	}
	return runewidth.IsAmbiguousWidth(r)
}

// punctuationKind says whether r is opening, closing or doubled punctuation.
func punctuationKind(r rune) kind {
	switch r {
	case '(', '[', '{',
		'（', '《', '「', '『', '【', '〔', '〈', '〖', '〘', '〚', '［', '｛', '｟', '｢', '〝',
		'“', '‘', '﹙', '﹛', '﹝':
		return kindOpening
	case ',', '.', ';', ':', '?', '!', ')', ']', '}', '%',
		'，', '。', '、', '；', '：', '？', '！', '）', '》', '」', '』', '】', '〕', '〉', '〗', '〙',
		'〛', '］', '｝', '｠', '｣', '､', '｡', '．', '％', '〞', '〟',
		'”', '’', '·', '・', '‧', '‼', '⁇', '⁈', '⁉', '‰', '‱', '℃', '℉', '°', '′', '″',
		'﹐', '﹑', '﹒', '﹔', '﹕', '﹖', '﹗', '﹚', '﹜', '﹞', '々', 'ゝ', 'ゞ', 'ヽ', 'ヾ':
		return kindClosing
	case '…', '‥', '⋯':
		return kindClosing | kindDoubled
	case '—', '―', '⸺':
		return kindDoubled
	}
	return 0
}
