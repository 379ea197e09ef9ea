package linebreak

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"briefing/content/contenttest"
)

// seedNumbers matches the numbers of the seed with their sign, decimals, percent sign or
// Chinese unit, written independently of the package's unit table.
func seedNumbers() *regexp.Regexp {
	return regexp.MustCompile(`[+\-−]?[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[%％]| ?[十百千万亿]*(?:人次|元|个|家|年|条|分钟))?`)
}

// numberChain widens a number match in text to the punctuation glued to it: opening
// punctuation before it and closing punctuation after it.
func numberChain(text string, start, end int) string {
	for start > 0 {
		r, size := lastRune(text[:start])
		if !strings.ContainsRune(openingPunctuation, r) {
			break
		}
		start -= size
	}
	for end < len(text) && startsWithAny(text[end:], closingPunctuation) {
		_, size := firstRune(text[end:])
		end += size
	}
	return text[start:end]
}

func TestSeedSweep(t *testing.T) {
	seed := seedText(t)
	numbers := seedNumbers().FindAllStringIndex(seed, -1) // the same at every width
	for _, wide := range []bool{false, true} {
		for _, width := range contenttest.Widths(8, 200) {
			opts := Options{Width: width, AmbiguousWide: wide}
			lines := Lines(seed, opts)
			checkLines(t, seed, opts, lines)
			checkPunctuation(t, lines, width)
			checkNumbers(t, numbers, seed, opts, lines)
			if got, want := Wrap(seed, opts), strings.Join(lines, "\n"); got != want {
				t.Fatalf("width %d: Wrap differs from the joined Lines", width)
			}
		}
	}
}

// checkPunctuation checks that no line starts with closing or ends with opening punctuation.
func checkPunctuation(t *testing.T, lines []string, width int) {
	t.Helper()
	for i, line := range lines {
		if startsWithAny(line, closingPunctuation) {
			t.Errorf("width %d: line %d starts with closing punctuation: %q", width, i, line)
		}
		if endsWithAny(line, openingPunctuation) {
			t.Errorf("width %d: line %d ends with opening punctuation: %q", width, i, line)
		}
	}
}

// checkNumbers checks that every number whose chain of glued punctuation fits on a line is
// whole within one line. numbers are the matches of seedNumbers in text.
func checkNumbers(t *testing.T, numbers [][]int, text string, opts Options, lines []string) {
	t.Helper()
	at := offsets(t, text, lines)
	for _, match := range numbers {
		start, end := match[0], match[1]
		if Width(numberChain(text, start, end), opts) > opts.Width {
			continue
		}
		// Lines follow one another without overlapping, so only the last line starting at or
		// before the number can hold it whole.
		i := sort.Search(len(at), func(i int) bool { return at[i] > start }) - 1
		if i < 0 || end > at[i]+len(lines[i]) {
			t.Errorf("width %d: number %q is split", opts.Width, text[start:end])
		}
	}
}
