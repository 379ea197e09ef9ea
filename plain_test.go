package main

import (
	"bytes"
	"context"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/mattn/go-runewidth"

	"briefing/content"
	"briefing/content/contenttest"
)

// closingPunctuation may not start a line (kinsoku): Chinese and ASCII closing marks.
const closingPunctuation = "，。、；：？！）》」』”’%,.;:?!)"

// TestPlainSweep prints the seed with --plain at every width from 20 to 200 (a sample under -race)
// into a buffer (not a terminal, so no escape codes at all) and checks what a reader of the text
// would notice.
func TestPlainSweep(t *testing.T) {
	b := contenttest.Seed(t)
	width := runewidth.Condition{EastAsianWidth: false} // “ ” · are narrow, as the renderer counts them
	numbers, numberPattern := seedNumbers(t, b)
	for _, w := range contenttest.Widths(20, 200) {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"--plain", "--width", strconv.Itoa(w)}, strings.NewReader(""), &stdout, &stderr)
		if code != 0 || stderr.Len() > 0 {
			t.Fatalf("width %d: exit %d, stderr %q", w, code, stderr.String())
		}
		out := stdout.String()
		if i := strings.IndexByte(out, 0x1b); i >= 0 {
			t.Fatalf("width %d: an escape code at byte %d: %q", w, i, out[max(i-20, 0):min(i+20, len(out))])
		}
		if !strings.HasSuffix(out, "\n") {
			t.Errorf("width %d: the output does not end with a newline", w)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		for i, line := range lines {
			if lw := width.StringWidth(line); lw > w {
				t.Errorf("width %d: line %d is %d wide: %q", w, i+1, lw, line)
			}
			if first, _ := firstRune(line); strings.ContainsRune(closingPunctuation, first) {
				t.Errorf("width %d: line %d starts with %q: %q (after %q)", w, i+1, first, line, previous(lines, i))
			}
		}
		for _, n := range numbers {
			if !anyLineContains(lines, n) {
				t.Errorf("width %d: %s is not whole on any line", w, n)
			}
		}
		for i := 1; i < len(lines); i++ {
			if split := splitNumber(numberPattern, lines[i-1], lines[i]); split != "" {
				t.Errorf("width %d: %s is split over lines %d and %d:\n%s\n%s", w, split, i, i+1, lines[i-1], lines[i])
			}
		}
		checkOrder(t, w, b, lines)
		if t.Failed() {
			t.Logf("width %d output:\n%s", w, out)
			return
		}
	}
}

// seedNumbers lists every number with its unit in the seed's text (109.19亿元, 13.34%, 317.59万人次,
// 2053个, 2024年 …), and returns a pattern that matches any number with any of those units.
func seedNumbers(t *testing.T, b *content.Briefing) ([]string, *regexp.Regexp) {
	t.Helper()
	unitSet := map[string]bool{"%": true, "个百分点": true, "年": true, "分钟": true}
	for _, s := range b.Sections {
		for _, f := range s.Figures {
			if f.Unit != "" {
				unitSet[f.Unit] = true
			}
			if f.Baseline != nil && f.Baseline.Unit != "" {
				unitSet[f.Baseline.Unit] = true
			}
		}
	}
	units := make([]string, 0, len(unitSet))
	for u := range unitSet {
		units = append(units, regexp.QuoteMeta(u))
	}
	sort.Slice(units, func(i, j int) bool { return len(units[i]) > len(units[j]) }) // longest first
	pattern := regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?(?:` + strings.Join(units, "|") + `)`)
	seen := map[string]bool{}
	var numbers []string
	for _, s := range b.Sections {
		for _, n := range pattern.FindAllString(s.Text, -1) {
			if !seen[n] {
				seen[n] = true
				numbers = append(numbers, n)
			}
		}
	}
	for _, want := range []string{"109.19亿元", "13.34%", "317.59万人次", "2053个", "31.91亿元", "5.9%"} {
		if !seen[want] {
			t.Fatalf("%s not among the seed's numbers %v", want, numbers)
		}
	}
	return numbers, pattern
}

// splitNumber returns a number-with-unit that starts at the end of line a and ends at the start of
// line b, or "".
func splitNumber(pattern *regexp.Regexp, a, b string) string {
	a = strings.TrimRight(a, " ")
	b = strings.TrimLeft(b, " ")
	joined := a + b
	for _, m := range pattern.FindAllStringIndex(joined, -1) {
		if m[0] < len(a) && m[1] > len(a) {
			return joined[m[0]:m[1]]
		}
	}
	// A number cut before its decimal point or unit reads as two numbers; catch a digit run broken
	// at the line end even when no unit follows.
	if len(a) > 0 && len(b) > 0 && isNumberByte(a[len(a)-1]) && isNumberByte(b[0]) && (a[len(a)-1] != '.' || b[0] != '.') {
		return a[max(len(a)-8, 0):] + "|" + b[:min(len(b), 8)]
	}
	return ""
}

func isNumberByte(c byte) bool { return c >= '0' && c <= '9' || c == '.' }

// checkOrder: the title, subtitle and byline come first; then each section's title with its text,
// followed by its figures before the next section; the source last.
func checkOrder(t *testing.T, w int, b *content.Briefing, lines []string) {
	t.Helper()
	var nonEmpty []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			nonEmpty = append(nonEmpty, strings.TrimSpace(l))
		}
	}
	if len(nonEmpty) < 4 {
		t.Fatalf("width %d: only %d lines", w, len(nonEmpty))
	}
	if got, want := nonEmpty[:3], []string{b.Title, b.Subtitle, b.Byline}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("width %d: the output starts %q, want %q", w, got, want)
	}
	words := b.Language.Words()
	if got, want := nonEmpty[len(nonEmpty)-1], words.Source+"红星云"; got != want || b.Source != "红星云" {
		t.Errorf("width %d: the last line is %q, want the source %q (source %q)", w, got, want, b.Source)
	}
	at := 3
	find := func(from int, want string) int {
		for i := from; i < len(nonEmpty); i++ {
			if nonEmpty[i] == want {
				return i
			}
		}
		return -1
	}
	for i, s := range b.Sections {
		title := find(at, s.Title)
		if title < 0 {
			t.Errorf("width %d: section %d's title %q not found after line %d", w, i, s.Title, at)
			return
		}
		end := len(nonEmpty) - 1 // the source line
		if i+1 < len(b.Sections) {
			if next := find(title+1, b.Sections[i+1].Title); next >= 0 {
				end = next
			}
		}
		if len(s.Figures) == 0 {
			at = title + 1
			continue
		}
		heading := find(title+1, words.KeyFigures)
		if heading < 0 || heading >= end {
			t.Errorf("width %d: no %s between section %d's title (line %d) and the next (line %d)", w, words.KeyFigures, i, title, end)
			return
		}
		// The list, its wrapped lines joined: CJK joins with nothing, the rest with a space.
		block := strings.Join(nonEmpty[heading+1:end], "\n")
		joined := strings.ReplaceAll(block, "\n", "")
		for _, f := range s.Figures {
			if !strings.Contains(joined, "• "+f.Label+words.LabelSeparator) && !strings.Contains(joined, "•"+f.Label+words.LabelSeparator) {
				t.Errorf("width %d: section %d's figure %q is not in its list:\n%s", w, i, f.Label, block)
			}
		}
		at = heading + 1
	}
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return r, true
		}
	}
	return 0, false
}

func previous(lines []string, i int) string {
	if i == 0 {
		return ""
	}
	return lines[i-1]
}

func anyLineContains(lines []string, s string) bool {
	for _, l := range lines {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}
