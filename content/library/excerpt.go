package library

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/content/linebreak"
)

// Excerpt is a hit's line: the text around the match cut to fit a width, with the match's place.
type Excerpt struct {
	Text string
	// Mark is where the match stands in Text, in bytes.
	Mark struct{ Start, End int }
}

// ellipsis stands where an excerpt cuts the text short, before or after.
const ellipsis = "…"

// Excerpt is the text around the hit in one line of at most width columns. It starts at the start
// of a clause when one is near enough before the match (the match in the line's first third), runs
// on as far as the width allows, and what room is left goes to the text before. Both ends are cut
// only where the line breaker may break a line (content/linebreak), so a number stays whole with its
// unit and its decimals; an end cut short shows "…". Line breaks and runs of spaces show as one
// space. A match wider than the line is cut at the width.
func (h Hit) Excerpt(width int) Excerpt {
	width = max(width, 1)
	if h.Figure >= 0 {
		f := h.Entry.Briefing.Sections[h.Section].Figures[h.Figure]
		return window{line: f.Label + " " + f.Text, end: len(f.Label)}.cut(width)
	}
	text := h.Entry.Briefing.Sections[h.Section].Text
	// A window of the text wide enough for any line of width columns on either side of the match:
	// a column is at most three bytes (a narrow character beyond ASCII: “ or …).
	lo := runeStart(text, h.Offset-3*width-8)
	hi := runeStart(text, h.End+3*width+8)
	line, marks := squeeze(text[lo:hi], h.Offset-lo, h.End-lo)
	return window{line: line, start: marks[0], end: marks[1], more: lo > 0, moreAfter: hi < len(text)}.cut(width)
}

// window is the part of a text an excerpt is cut from, with the match at line[start:end].
type window struct {
	line       string
	start, end int
	// more and moreAfter say the text goes on before and after the line: its ends are no places to
	// cut, and an excerpt that reaches them still shows "…".
	more, moreAfter bool
}

// cut cuts the window around the match to width columns.
func (w window) cut(width int) Excerpt {
	line := w.line
	var breaks []int
	if !w.more {
		breaks = append(breaks, 0)
	}
	breaks = append(breaks, linebreak.Breaks(line, linebreak.Options{})...)
	if !w.moreAfter {
		breaks = append(breaks, len(line))
	}
	columns := columnsBetween(line, breaks, w.start, w.end)
	dots := linebreak.Width(ellipsis, linebreak.Options{})
	cutBefore := func(from int) bool { return from > 0 || w.more }
	cutAfter := func(to int) bool { return to < len(line) || w.moreAfter }
	room := func(from, to int) int {
		r := width
		if cutBefore(from) {
			r -= dots
		}
		if cutAfter(to) {
			r -= dots
		}
		return r
	}
	from := chooseStart(line, breaks, w.start, width/3, columns)
	to := w.end
	for _, b := range breaks {
		if b >= w.end && columns(from, b) <= room(from, b) {
			to = b
		}
	}
	// Room left at the end (the text ends, or the next word or number is too long) goes to the text
	// before the match, keeping the match in the line's first half unless the text ends.
	before := width / 2
	if !cutAfter(to) {
		before = width
	}
	for _, b := range breaks {
		if b < from && columns(b, w.start) <= before && columns(b, to) <= room(b, to) {
			from = b
			break
		}
	}
	return excerptOf(line[from:to], w.start-from, w.end-from, cutBefore(from), cutAfter(to), room(from, to))
}

// columnsBetween measures line once, at every place given (where the line may break, and the
// match's ends: boundaries between characters, where widths add up), and returns the columns
// between two of those places. Cutting tries every pair of places, and measuring each pair anew took
// time that grew with the square of the line's length.
func columnsBetween(line string, breaks []int, places ...int) func(from, to int) int {
	at := make([]int, 0, len(breaks)+len(places))
	at = append(append(at, breaks...), places...)
	slices.Sort(at)
	at = slices.Compact(at)
	upTo := make(map[int]int, len(at)) // columns from the line's start to each place
	last, total := 0, 0
	for _, p := range at {
		total += linebreak.Width(line[last:p], linebreak.Options{})
		upTo[p], last = total, p
	}
	return func(from, to int) int {
		a, okA := upTo[from]
		b, okB := upTo[to]
		if !okA || !okB {
			return linebreak.Width(line[from:to], linebreak.Options{})
		}
		return b - a
	}
}

// chooseStart is where the excerpt starts: the earliest start of a clause at most budget columns
// before the match, else the earliest place the line may break within the budget, else the match.
func chooseStart(line string, breaks []int, start, budget int, columns func(int, int) int) int {
	anywhere := -1
	for _, b := range breaks {
		if b > start {
			break
		}
		if columns(b, start) > budget {
			continue
		}
		if startsClause(line, b) {
			return b
		}
		if anywhere < 0 {
			anywhere = b
		}
	}
	if anywhere >= 0 {
		return anywhere
	}
	return start
}

// startsClause reports whether a clause starts at i: the line's start, or after clause punctuation
// or a space.
func startsClause(line string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(line[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("，。；：！？、,;:!?）)」』”", r)
}

// excerptOf builds the excerpt of text, the match at text[start:end], with its ellipses; text is
// cut to room columns when the match alone is wider.
func excerptOf(text string, start, end int, before, after bool, room int) Excerpt {
	var e Excerpt
	if before {
		e.Text = ellipsis
	}
	trimmed := strings.TrimLeftFunc(text, unicode.IsSpace)
	lead := len(text) - len(trimmed)
	text = strings.TrimRightFunc(trimmed, unicode.IsSpace)
	start, end = min(max(start-lead, 0), len(text)), min(max(end-lead, 0), len(text))
	if linebreak.Width(text, linebreak.Options{}) > room {
		text = fitColumns(text, room)
		start, end = min(start, len(text)), min(end, len(text))
	}
	e.Mark.Start, e.Mark.End = len(e.Text)+start, len(e.Text)+end
	e.Text += text
	if after {
		e.Text += ellipsis
	}
	return e
}

// squeeze makes every run of whitespace in s one space, and moves the offsets given into s along.
func squeeze(s string, offsets ...int) (string, []int) {
	var b strings.Builder
	moved := make([]int, len(offsets))
	space := false
	for i, r := range s {
		for k, o := range offsets {
			if o == i {
				moved[k] = b.Len()
			}
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	for k, o := range offsets {
		if o >= len(s) {
			moved[k] = b.Len()
		}
	}
	return b.String(), moved
}

// fitColumns is the longest prefix of s of at most width columns, whole runes.
func fitColumns(s string, width int) string {
	for i := range s {
		if linebreak.Width(s[:i], linebreak.Options{}) > width {
			_, size := utf8.DecodeLastRuneInString(s[:i])
			return s[:i-size]
		}
	}
	return s
}

// runeStart clamps i into s and moves it back to the start of a rune.
func runeStart(s string, i int) int {
	i = max(min(i, len(s)), 0)
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
