package linebreak

import (
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
	"github.com/mattn/go-runewidth"
)

// cluster is one grapheme cluster of a paragraph: the unit that is measured and never split.
type cluster struct {
	start, end int   // byte offsets in the paragraph
	first      rune  // the cluster's first rune, which decides its kind
	width      int32 // display columns under the caller's condition
	kind       kind
}

// span is one output line as byte offsets into the text that was broken.
type span struct {
	start, end   int
	continuation bool // the line continues a paragraph broken before it
}

// breaker holds the measuring rules of one call and scratch space reused from paragraph to
// paragraph. It is not shared between calls, so the package keeps no state.
type breaker struct {
	opts      Options
	cond      *runewidth.Condition
	graphemes *graphemes.Iterator[string]
	clusters  []cluster
	levels    []uint8
}

func newBreaker(opts Options) *breaker {
	return &breaker{opts: opts, cond: opts.condition(), graphemes: graphemes.FromString("")}
}

// prepare segments a paragraph into clusters and works out where it may break.
func (b *breaker) prepare(paragraph string) {
	if runes := utf8.RuneCountInString(paragraph); cap(b.clusters) < runes {
		// A cluster has at least one rune: one allocation instead of a dozen appends.
		b.clusters = make([]cluster, 0, runes)
		b.levels = make([]uint8, 0, runes)
	}
	b.clusters = b.clusters[:0]
	b.graphemes.SetText(paragraph)
	for b.graphemes.Next() {
		text := b.graphemes.Value()
		r, size := utf8.DecodeRuneInString(text)
		width := b.cond.StringWidth(text)
		b.clusters = append(b.clusters, cluster{
			start: b.graphemes.Start(),
			end:   b.graphemes.End(),
			first: r,
			width: int32(width),
			kind:  classify(r, size == len(text), width, b.opts.AmbiguousWide),
		})
	}
	resolveContext(b.clusters)
	if cap(b.levels) < len(b.clusters) {
		b.levels = make([]uint8, 0, cap(b.clusters))
	}
	b.levels = b.levels[:len(b.clusters)]
	assignLevels(b.clusters, b.levels)
	markNumbers(paragraph, b.clusters, b.levels)
}

// fits reports whether paragraph certainly fits in width columns without measuring it: no
// cluster is wider than its bytes, except an invalid byte counted as an ambiguous U+FFFD.
func (b *breaker) fits(paragraph string, width int) bool {
	return len(paragraph) <= width && (!b.opts.AmbiguousWide || utf8.ValidString(paragraph))
}

// fill finds where the line starting at cluster start ends: at the latest free break that fits,
// else the latest that only splits a word or number, else the latest of all. It returns the
// cluster the next line starts at (len(clusters) when the rest fits), whether the break is a
// free one (or the end), and the width of the clusters it measured, whitespace included — when
// the rest fits, the width of the rest.
func (b *breaker) fill(start, width int) (next int, free bool, used int) {
	bestFree, bestWord, bestAny := -1, -1, -1
	for k := start; k < len(b.clusters); k++ {
		c := b.clusters[k]
		if k > start && !c.kind.has(kindSpace) {
			switch b.levels[k] {
			case levelFree:
				bestFree = k
				fallthrough
			case levelWord:
				bestWord = k
				fallthrough
			case levelPunctuation:
				bestAny = k
			}
		}
		if c.kind.has(kindSpace) || used+int(c.width) <= width {
			used += int(c.width)
			continue
		}
		switch {
		case bestFree >= 0:
			return bestFree, true, used
		case bestWord >= 0:
			return bestWord, false, used
		case bestAny >= 0:
			return bestAny, false, used
		}
		// Nothing fits before this cluster: it is wider than the line, or leading
		// whitespace leaves no room for it. It goes on the line anyway, alone.
		return k + 1, false, used + int(c.width)
	}
	return len(b.clusters), true, used
}
