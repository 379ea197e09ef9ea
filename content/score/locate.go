package score

import (
	"fmt"
	"strings"

	"briefing/content"
)

// span is a half-open byte range [start, end) in a document as written.
type span struct{ start, end int }

func (s span) overlaps(o span) bool { return s.start < o.end && o.start < s.end }

// goldPlace is a gold figure found in its document.
type goldPlace struct {
	section int
	figure  GoldFigure
	at      span
}

// locateGold finds every gold figure of g in src, in order: each is searched for after the one before,
// inside its At stretch when it has one.
func locateGold(src string, g Gold) ([]goldPlace, error) {
	var places []goldPlace
	prev := span{}
	for _, s := range g.Sections {
		for _, f := range s.Figures {
			if f.Text == "" {
				return nil, fmt.Errorf("section %d: a figure labelled %q has no text", s.Index, f.Label)
			}
			at, err := locateText(src, f, prev)
			if err != nil {
				return nil, fmt.Errorf("section %d: %w", s.Index, err)
			}
			places = append(places, goldPlace{section: s.Index, figure: f, at: at})
			prev = at
		}
	}
	return places, nil
}

func locateText(src string, f GoldFigure, prev span) (span, error) {
	if f.At == "" {
		i := strings.Index(src[prev.end:], f.Text)
		if i < 0 {
			return span{}, fmt.Errorf("figure text %q not found after byte %d (gold figures go in the order of their text)", f.Text, prev.end)
		}
		start := prev.end + i
		return span{start, start + len(f.Text)}, nil
	}
	if !strings.Contains(f.At, f.Text) {
		return span{}, fmt.Errorf("figure text %q is not inside its at %q", f.Text, f.At)
	}
	from := min(prev.start+1, len(src))
	if prev == (span{}) {
		from = 0
	}
	for searched := from; searched < len(src); {
		i := strings.Index(src[searched:], f.At)
		if i < 0 {
			break
		}
		atStart := searched + i
		for j := atStart; j < atStart+len(f.At); {
			k := strings.Index(src[j:atStart+len(f.At)], f.Text)
			if k < 0 {
				break
			}
			if start := j + k; start >= prev.end {
				return span{start, start + len(f.Text)}, nil
			}
			j += k + 1
		}
		searched = atStart + 1
	}
	return span{}, fmt.Errorf("figure text %q in %q not found after byte %d", f.Text, f.At, prev.end)
}

// reportedPlace is a figure the engine reported, with where its text stands in the document.
type reportedPlace struct {
	section int
	figure  content.Figure
	at      span // start -1 when its section could not be found in the document
}

// locateReported finds each section of b in src (a section's text is a slice of the document) and
// with it every reported figure.
func locateReported(src string, b *content.Briefing) []reportedPlace {
	var places []reportedPlace
	cursor := 0
	for _, s := range b.Sections {
		start := -1
		if i := strings.Index(src[cursor:], s.Text); i >= 0 && s.Text != "" {
			start = cursor + i
			cursor = start + len(s.Text)
		}
		for _, f := range s.Figures {
			at := span{-1, -1}
			if start >= 0 {
				at = span{start + f.Offset, start + f.Offset + len(f.Text)}
			}
			places = append(places, reportedPlace{section: s.Index, figure: f, at: at})
		}
	}
	return places
}

// nearest finds the occurrence of text closest to around, within window bytes of it.
func nearest(src, text string, around span, window int) (span, bool) {
	if text == "" {
		return span{}, false
	}
	lo := max(0, around.start-window)
	hi := min(len(src), around.end+window)
	best, found := span{}, false
	distance := func(s span) int {
		switch {
		case s.end <= around.start:
			return around.start - s.end
		case s.start >= around.end:
			return s.start - around.end
		}
		return 0
	}
	for from := lo; from < hi; {
		i := strings.Index(src[from:hi], text)
		if i < 0 {
			break
		}
		s := span{from + i, from + i + len(text)}
		if !found || distance(s) < distance(best) {
			best, found = s, true
		}
		from = s.start + 1
	}
	return best, found
}
