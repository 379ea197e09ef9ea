package linebreak

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
)

// seedText reads the speech the product ships with.
func seedText(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("../../seeds/hengnan-2024.txt")
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	return string(data)
}

// Punctuation the rules name, written out here rather than taken from the package, so the
// tests check the rules and not the implementation's tables.
const (
	closingPunctuation = "，。、；：？！）》」』】〕”’…％,.;:?!)]}%·"
	openingPunctuation = "（《「『【〔“‘([{"
)

// nonSpace returns s without its whitespace, byte for byte otherwise (invalid UTF-8 included).
func nonSpace(s string) string {
	var out strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			out.WriteString(s[i : i+size])
		}
		i += size
	}
	return out.String()
}

// joinNonSpace joins the lines' nonSpace texts. Each line is stripped on its own: joined first,
// two halves of an invalid byte sequence could make up a valid space.
func joinNonSpace(lines []string) string {
	var out strings.Builder
	for _, line := range lines {
		out.WriteString(nonSpace(line))
	}
	return out.String()
}

// isBlank reports whether s has nothing but breaking whitespace; no-break spaces are glue,
// not whitespace, to the breaker.
func isBlank(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f'
	})
}

// stripEscapes returns the visible text of a line with escape sequences.
func stripEscapes(s string) string {
	visible, _ := splitEscapes(s, nil, nil)
	return string(visible)
}

// clusterCount returns the number of grapheme clusters in s.
func clusterCount(s string) int {
	n := 0
	for g := graphemes.FromString(s); g.Next(); {
		n++
	}
	return n
}

// startsWithAny reports whether s begins with one of the runes in set.
func startsWithAny(s, set string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return len(s) > 0 && strings.ContainsRune(set, r)
}

// endsWithAny reports whether s ends with one of the runes in set.
func endsWithAny(s, set string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return len(s) > 0 && strings.ContainsRune(set, r)
}

// offsets returns where each line starts in text; Lines returns substrings in order.
func offsets(t testing.TB, text string, lines []string) []int {
	t.Helper()
	at := make([]int, len(lines))
	cursor := 0
	for i, line := range lines {
		j := strings.Index(text[cursor:], line)
		if j < 0 {
			t.Fatalf("line %d %q is not in the text after byte %d", i, line, cursor)
		}
		at[i] = cursor + j
		cursor += j + len(line)
	}
	return at
}

// checkLines checks the rules every result of Lines must keep, whatever the input.
func checkLines(t testing.TB, text string, opts Options, lines []string) {
	t.Helper()
	width := max(opts.Width, 1)
	for i, line := range lines {
		if w := Width(line, opts); w > width && clusterCount(line) != 1 {
			t.Errorf("width %d: line %d %q is %d columns wide", width, i, line, w)
		}
	}
	if got, want := joinNonSpace(lines), nonSpace(text); got != want {
		t.Errorf("width %d: text not preserved:\n got %q\nwant %q", width, got, want)
	}
	// Newlines are hard breaks: the lines of a text are the lines of its paragraphs.
	var joined []string
	for paragraph := range strings.SplitSeq(text, "\n") {
		own := Lines(paragraph, opts)
		for i, line := range own {
			if isBlank(line) && !(isBlank(paragraph) && len(own) == 1) {
				t.Errorf("width %d: line %d of paragraph %q is blank", width, i, paragraph)
			}
		}
		joined = append(joined, own...)
	}
	if !slices.Equal(joined, lines) {
		t.Errorf("width %d: lines differ from the lines of the paragraphs:\n got %q\nwant %q", width, lines, joined)
	}
}

// firstRune and lastRune decode the first and last rune of s.
func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
func lastRune(s string) (rune, int)  { return utf8.DecodeLastRuneInString(s) }
