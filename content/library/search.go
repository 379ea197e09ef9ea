package library

import (
	"strings"
	"unicode/utf8"

	"briefing/content/simplify"
)

// Index is the library's text folded for search, built once for a set of entries. It is read-only
// once built and safe for concurrent use.
type Index struct {
	docs []indexedDoc
}

type indexedDoc struct {
	entry    Entry
	sections []simplify.Folded // each section's text
	labels   [][]simplify.Folded
}

// Hit is one place a query was found.
type Hit struct {
	Entry   Entry
	Section int    // the section's index
	Offset  int    // byte offset in the section's text; for a figure, the figure's
	Figure  int    // the figure whose label matched, -1 for a match in the text
	Snippet string // one line around the match
	// Mark is where the match stands in Snippet, in bytes.
	Mark struct{ Start, End int }
}

// NewIndex folds the text and figure labels of every briefing among entries.
func NewIndex(entries []Entry) *Index {
	idx := &Index{}
	for _, e := range entries {
		if !e.OK() {
			continue
		}
		d := indexedDoc{entry: e}
		for _, s := range e.Briefing.Sections {
			d.sections = append(d.sections, simplify.ForSearch(s.Text))
			labels := make([]simplify.Folded, len(s.Figures))
			for i, f := range s.Figures {
				labels[i] = simplify.ForSearch(f.Label)
			}
			d.labels = append(d.labels, labels)
		}
		idx.docs = append(idx.docs, d)
	}
	return idx
}

// snippetContext is how many characters a snippet shows before and after a match.
const (
	snippetBefore = 14
	snippetAfter  = 24
)

// Search finds query in every document, at most limit hits (0: no limit), in the order of the
// entries given to NewIndex, then of sections, then of places. A figure's label is a hit only when
// the query is not already found in the text near that figure: labels are mostly quoted from it.
func (idx *Index) Search(query string, limit int) []Hit {
	needle := simplify.ForSearch(strings.TrimSpace(query)).Text
	if needle == "" {
		return nil
	}
	var hits []Hit
	full := func() bool { return limit > 0 && len(hits) >= limit }
	for _, d := range idx.docs {
		for si, text := range d.sections {
			section := d.entry.Briefing.Sections[si]
			var offsets []int
			for from := 0; !full(); {
				i := strings.Index(text.Text[from:], needle)
				if i < 0 {
					break
				}
				start, end := text.Original(from+i), text.Original(from+i+len(needle))
				offsets = append(offsets, start)
				hits = append(hits, textHit(d.entry, si, section.Text, start, end, -1))
				from += i + len(needle)
			}
			for fi, label := range d.labels[si] {
				if full() {
					return hits
				}
				figure := section.Figures[fi]
				if !strings.Contains(label.Text, needle) || near(offsets, figure.Offset) {
					continue
				}
				h := textHit(d.entry, si, section.Text, figure.Offset, figure.Offset+len(figure.Text), fi)
				h.Snippet, h.Mark.Start, h.Mark.End = figure.Label+" "+figure.Text, 0, len(figure.Label)
				hits = append(hits, h)
			}
			if full() {
				return hits
			}
		}
	}
	return hits
}

// near reports whether a text hit stands close before a figure (in its clause: its label).
func near(offsets []int, figure int) bool {
	for _, o := range offsets {
		if o <= figure && figure-o < 120 {
			return true
		}
	}
	return false
}

func textHit(e Entry, section int, text string, start, end, figure int) Hit {
	h := Hit{Entry: e, Section: section, Offset: start, Figure: figure}
	from := start
	for n := 0; n < snippetBefore && from > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	to := end
	for n := 0; n < snippetAfter && to < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[to:])
		to += size
	}
	before, match, after := oneLine(text[from:start]), oneLine(text[start:end]), oneLine(text[end:to])
	h.Snippet = before + match + after
	h.Mark.Start, h.Mark.End = len(before), len(before)+len(match)
	return h
}

// oneLine makes line breaks and tabs spaces.
func oneLine(s string) string {
	return strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
}
