package linebreak

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestWrapANSI(t *testing.T) {
	const red, reset, shortReset = "\x1b[31m", "\x1b[0m", "\x1b[m"
	const link, unlink = "\x1b]8;;https://example.com\x07", "\x1b]8;;\x07"
	tests := []struct {
		name   string
		line   string
		indent int
		width  int
		want   []string
	}{
		{"fits unchanged", red + "衡南" + reset + "  ", 2, 10, []string{red + "衡南" + reset + "  "}},
		{"colour re-opened on every line", red + "推动衡南高质量发展" + reset, 2, 8,
			[]string{red + "推动衡南" + shortReset, "  " + red + "高质量" + shortReset, "  " + red + "发展" + reset}},
		{"reset at a break stays with the line before", "\x1b[1mfoo" + reset + " bar", 0, 3,
			[]string{"\x1b[1mfoo" + shortReset, "bar"}},
		{"colour starting at a break opens the next line", "foo \x1b[1mbar" + reset, 0, 3,
			[]string{"foo", "\x1b[1mbar" + reset}},
		{"styles replay in order", "\x1b[1m" + red + "衡南" + reset + "\x1b[1m坚持" + reset, 0, 4,
			[]string{"\x1b[1m" + red + "衡南" + shortReset, "\x1b[1m坚持" + reset}},
		{"links close and re-open", "see " + link + "linked words" + unlink + " here", 0, 11,
			[]string{"see " + link + "linked" + unlink, link + "words" + unlink + " here"}},
		{"indent cut to leave one column", red + "abcd" + reset, 5, 2,
			[]string{red + "ab" + shortReset, " " + red + "c" + shortReset, " " + red + "d" + reset}},
		{"hard break is not a continuation", red + "衡南\n坚持守正" + reset, 2, 4,
			[]string{red + "衡南" + shortReset, red + "坚持" + shortReset, "  " + red + "守" + shortReset, "  " + red + "正" + reset}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			got := WrapANSI(test.line, test.indent, Options{Width: test.width})
			if !slices.Equal(got, test.want) {
				t.Errorf("WrapANSI(%q, %d, %d)\n got %q\nwant %q", test.line, test.indent, test.width, got, test.want)
			}
		})
	}
}

// styledRune is a visible character and how a terminal would draw it.
type styledRune struct {
	r          rune
	foreground string
	bold       bool
	link       string
}

// nextSequence is where the first escape sequence rendition reads starts and ends in line, or nil:
// SGR (ESC [, digits and semicolons, m) or an OSC 8 hyperlink (ESC ] 8 ;, parameters without ; or
// BEL, ;, the URI, BEL), as the pattern \x1b\[[0-9;]*m|\x1b\]8;[^;\x07]*;[^\x07]*\x07 would find
// them. Scanned rather than searched with that pattern: rendition reads every line of every
// wrapping, and the search costs seconds under -race.
func nextSequence(line string) []int {
	for from := 0; ; {
		i := strings.IndexByte(line[from:], '\x1b')
		if i < 0 {
			return nil
		}
		at := from + i
		if n := sequenceLength(line[at:]); n > 0 {
			return []int{at, at + n}
		}
		from = at + 1
	}
}

// TestNextSequence: the scan finds what the pattern it stands for finds, on the styled seed and on
// sequences that are cut short or not of the two kinds.
func TestNextSequence(t *testing.T) {
	pattern := regexp.MustCompile(`\x1b\[[0-9;]*m|\x1b\]8;[^;\x07]*;[^\x07]*\x07`)
	lines := append(styleSeed(seedText(t)), "", "\x1b", "\x1b[", "\x1b[1", "\x1b[1;m", "a\x1b[xm\x1b[2m", "\x1b[1\x1b[0m",
		"\x1b]8;", "\x1b]8;;", "\x1b]8;;\x07", "\x1b]8;a\x07;b\x07", "\x1b]8;id=1;https://e.com\x07x", "\x1b]8;;u\x1b[1m\x07",
		"\x1b]9;;u\x07\x1b[m", "\x1b\x1b[31m", "日\x1b[38;5;252m本\x1b]8;;https://example.com/x\x07")
	for _, line := range lines {
		for rest := line; ; {
			got, want := nextSequence(rest), pattern.FindStringIndex(rest)
			if !slices.Equal(got, want) {
				t.Fatalf("nextSequence(%q) = %v, want %v", rest, got, want)
			}
			if want == nil {
				break
			}
			rest = rest[want[1]:]
		}
	}
}

// sequenceLength is the length of the sequence nextSequence finds at the start of s, or 0.
func sequenceLength(s string) int {
	switch {
	case strings.HasPrefix(s, "\x1b["):
		n := 2
		for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == ';') {
			n++
		}
		if n < len(s) && s[n] == 'm' {
			return n + 1
		}
	case strings.HasPrefix(s, "\x1b]8;"):
		params := strings.IndexAny(s[4:], ";\x07")
		if params < 0 || s[4+params] != ';' {
			return 0
		}
		uri := 4 + params + 1
		if bel := strings.IndexByte(s[uri:], '\x07'); bel >= 0 {
			return uri + bel + 1
		}
	}
	return 0
}

// rendition interprets the simple SGR and OSC 8 sequences the tests use, independently of the
// package: it returns each visible non-space rune with its style, and whether the line leaves
// the terminal in a style at its end.
func rendition(t *testing.T, line string) ([]styledRune, bool) {
	t.Helper()
	var out []styledRune
	current := styledRune{}
	for len(line) > 0 {
		loc := nextSequence(line)
		text := line
		if loc != nil {
			text = line[:loc[0]]
		}
		for _, r := range text {
			if !unicode.IsSpace(r) {
				current.r = r
				out = append(out, current)
			}
		}
		if loc == nil {
			break
		}
		seq := line[loc[0]:loc[1]]
		line = line[loc[1]:]
		if strings.HasPrefix(seq, "\x1b]8;") {
			current.link = seq[strings.LastIndexByte(seq, ';')+1 : len(seq)-1]
			continue
		}
		params := strings.Split(seq[2:len(seq)-1], ";")
		for i := 0; i < len(params); i++ {
			switch p := params[i]; {
			case p == "" || p == "0":
				current.foreground, current.bold = "", false
			case p == "1":
				current.bold = true
			case p == "22":
				current.bold = false
			case p == "39":
				current.foreground = ""
			case p == "38" && i+2 < len(params):
				current.foreground, i = "38;5;"+params[i+2], i+2
			default:
				current.foreground = p
			}
		}
	}
	return out, current != styledRune{r: current.r}
}

// styleSeed turns the seed's paragraphs into lines styled the way glamour styles them: every
// few characters another colour, each run reset after it.
func styleSeed(seed string) []string {
	styles := []string{"\x1b[38;5;252m", "\x1b[1m", "\x1b[31m\x1b[1m", "\x1b[38;5;39m\x1b]8;;https://example.com/x\x07"}
	var lines []string
	for paragraph := range strings.SplitSeq(seed, "\n") {
		var styled strings.Builder
		runes := []rune(paragraph)
		for i := 0; i < len(runes); i += 7 {
			style := styles[(i/7)%len(styles)]
			styled.WriteString(style + string(runes[i:min(i+7, len(runes))]) + "\x1b[0m")
			if strings.Contains(style, "]8;") {
				styled.WriteString("\x1b]8;;\x07")
			}
		}
		lines = append(lines, "  "+styled.String()+"   ")
	}
	return lines
}

func TestWrapANSISeed(t *testing.T) {
	for _, line := range styleSeed(seedText(t)) {
		want, _ := rendition(t, line)
		for _, indent := range []int{0, 2, 4} {
			for width := 8; width <= 120; width += 7 {
				opts := Options{Width: width}
				lines := WrapANSI(line, indent, opts)
				var got []styledRune
				for i, out := range lines {
					if w := Width(out, opts); w > width {
						t.Fatalf("width %d indent %d: line %d %q is %d wide", width, indent, i, out, w)
					}
					if i > 0 && !strings.HasPrefix(out, strings.Repeat(" ", indent)) {
						t.Errorf("width %d: continuation line %q is not indented by %d", width, out, indent)
					}
					if width-indent >= 8 && startsWithAny(strings.TrimLeft(stripEscapes(out), " "), closingPunctuation) {
						t.Errorf("width %d: line %q starts with closing punctuation", width, out)
					}
					runes, open := rendition(t, out)
					if open {
						t.Errorf("width %d: line %q leaves its style open", width, out)
					}
					got = append(got, runes...)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("width %d indent %d: the lines, each drawn on its own, differ from the line:\n%q", width, indent, lines)
				}
			}
		}
	}
}
