package sanitize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"clean text is kept as it is", "标题\n\n正文\t一、二。", "标题\n\n正文\t一、二。"},
		{"OSC 52 clipboard write, BEL-terminated", "a\x1b]52;c;cHduZWQ=\x07b", "ab"},
		{"window title, ST-terminated", "a\x1b]2;evil\x1b\\b", "ab"},
		{"OSC 8 link", "\x1b]8;;https://example.invalid\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"DCS", "a\x1bPq#0;2;0;0;0#0~~\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"SOS", "a\x1bXhidden\x1b\\b", "ab"},
		{"PM", "a\x1b^hidden\x1b\\b", "ab"},
		{"CSI", "a\x1b[2J\x1b[31mred\x1b[0mb", "aredb"},
		{"short escapes", "a\x1bcb\x1b(Bc\x1b7d", "abcd"},
		{"an escape at the end", "ab\x1b", "ab"},
		{"an unterminated string swallows the rest", "a\x1b]0;no end", "a"},
		{"C0", "a\x07\x08\x0b\x0c\x0e\x1a\rb", "ab"},
		{"DEL", "a\x7fb", "ab"},
		{"C1 controls", "a\u009b31mb\u009dc\u009c\u0090d", "a31mbcd"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"CJK and emoji survive", "中文\x1b[1m粗\x1b[0m👍", "中文粗👍"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Text(tc.in); got != tc.want {
				t.Errorf("Text(%q) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLineAndName(t *testing.T) {
	for _, tc := range []struct{ in, line, name string }{
		{"ann", "ann", "ann"},
		{"a\tb\nc", "a b c", "a b c"},
		{"\x1bP+q\x1b\\ann\x1b[31m", "ann", "ann"},
		{"right\u202eleft\u200b", "rightleft", "rightleft"},
		{"名字" + strings.Repeat("长", 40), "名字" + strings.Repeat("长", 40), "名字" + strings.Repeat("长", 13) + "…"},
		{strings.Repeat("x", 200_000), strings.Repeat("x", 200_000), strings.Repeat("x", 31) + "…"},
	} {
		if got := Line(tc.in); got != tc.line {
			t.Errorf("Line(%q) = %q; want %q", truncate(tc.in), truncate(got), truncate(tc.line))
		}
		if got := Name(tc.in); got != tc.name {
			t.Errorf("Name(%q) = %q; want %q", truncate(tc.in), got, tc.name)
		}
		if w := ansi.StringWidth(Name(tc.in)); w > NameWidth {
			t.Errorf("Name(%q) is %d columns; want at most %d", truncate(tc.in), w, NameWidth)
		}
	}
}

// FuzzText: whatever the input, Text leaves no control character but tab and newline, is valid
// UTF-8, changes nothing twice, and keeps text without controls as it is; Name is printable and at
// most NameWidth columns.
func FuzzText(f *testing.F) {
	for _, s := range []string{"", "abc", "a\x1b]52;c;x\x07b", "\x1bP\x1b\\", "\u009b1m", "\xff\xfe", "中文\r\n", "\x1b[", "\x1b]", "\x1b\x1b\x1b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		clean := Text(s)
		if !utf8.ValidString(clean) {
			t.Fatalf("Text(%q) = %q is not valid UTF-8", s, clean)
		}
		for _, r := range clean {
			if r != '\t' && r != '\n' && (r < 0x20 || r >= 0x7f && r <= 0x9f) {
				t.Fatalf("Text(%q) = %q keeps control %U", s, clean, r)
			}
		}
		if again := Text(clean); again != clean {
			t.Fatalf("Text is not idempotent: %q → %q → %q", s, clean, again)
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return dropControl(r) != r }) && clean != s {
			t.Fatalf("Text(%q) = %q changed text without controls", s, clean)
		}
		name := Name(s)
		for _, r := range name {
			if !unicode.IsPrint(r) {
				t.Fatalf("Name(%q) = %q keeps %U", s, name, r)
			}
		}
		if w := ansi.StringWidth(name); w > NameWidth {
			t.Fatalf("Name(%q) = %q is %d columns", s, name, w)
		}
	})
}

func truncate(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
