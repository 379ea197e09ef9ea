package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestStringWidthIsAnsis: StringWidth counts what ansi.StringWidth counts, on every pair of ASCII
// characters (where it skips segmenting), on ASCII before and after what joins a cluster (marks,
// joiners, variation selectors, prepended characters), and on every line of the seed rendered in
// each theme at a narrow and a wide width.
func TestStringWidthIsAnsis(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := StringWidth(s), ansi.StringWidth(s); got != want {
			t.Fatalf("StringWidth(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	}
	for a := range 0x80 {
		for b := range 0x80 {
			check(string([]byte{byte(a), byte(b)}))
			check(string([]byte{byte(a), byte(b), 'x'}))
		}
	}
	joiners := []string{"\u0301", "\u200d", "\ufe0f", "\ufe0e", "\u20e3", "\U0001f3fb", "\u0600", "\u0903", "\u1160", "\U0001f1e8", "\u00ad", "\u200b"}
	for _, j := range joiners {
		for _, around := range []string{"a", " ", "1", "#", "*", "\r", "\n", "\t", "\x1b[1m", "\x1b]8;;x\x07", "中"} {
			check(around + j)
			check(j + around)
			check(around + j + around)
			check(around + around + j + j + around)
		}
	}
	for _, s := range []string{"", "\x1b[38;5;252m今年 109.19亿元\x1b[0m   ", "e\u0301\u0301x", "👍🏽 ok", "\x1b[1m", "a\x1b", "\x9b2Jx", "\x7fx", "“·”—…", "│ ▌• ─"} {
		check(s)
	}
	r := seedRenderer(t)
	for _, theme := range []Theme{Dark, Light, Plain} {
		for _, width := range []int{7, 100} {
			for i := range r.Briefing().Sections {
				for _, line := range r.Section(i, width, theme).Lines {
					check(line)
					check(line + strings.Repeat(" ", 30))
				}
			}
		}
	}
}

// FuzzStringWidth: StringWidth and ansi.StringWidth agree on any string.
func FuzzStringWidth(f *testing.F) {
	for _, s := range []string{"ab", "a\u0301b", "\x1b[1mx\x1b[0m  ", "中文 12%", "\u0600 x", "#\ufe0f\u20e3", "\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := StringWidth(s), ansi.StringWidth(s); got != want {
			t.Fatalf("StringWidth(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	})
}
