package library

import (
	"strings"

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
	Section int // the section's index
	Offset  int // byte offset in the section's text; for a figure, the figure's
	End     int // where the match ends in the section's text; for a figure, the figure's end
	Figure  int // the figure whose label matched, -1 for a match in the text
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
				hits = append(hits, Hit{Entry: d.entry, Section: si, Offset: start, End: end, Figure: -1})
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
				hits = append(hits, Hit{Entry: d.entry, Section: si, Offset: figure.Offset, End: figure.Offset + len(figure.Text), Figure: fi})
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
