package linebreak

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// addSeedCorpus seeds a fuzz target with the speech's paragraphs and a few edge cases.
func addSeedCorpus(f *testing.F, add func(text string, width int)) {
	data, err := os.ReadFile("../../seeds/hengnan-2024.txt")
	if err != nil {
		f.Fatalf("read seed: %v", err)
	}
	for i, paragraph := range strings.Split(string(data), "\n") {
		add(paragraph, 8+i*7%60)
	}
	add("总产值109.19亿元,同比增长13.34%", 11)
	add("The quick brown fox 👨‍👩‍👧‍👦 e\u0301 “工业强县” 4.2 billion", 3)
	add("  \u3000indent\t\r\n\n", 1)
}

func FuzzLines(f *testing.F) {
	addSeedCorpus(f, func(text string, width int) {
		f.Add(text, width, false)
		f.Add(text, width, true)
	})
	f.Fuzz(func(t *testing.T, text string, width int, wide bool) {
		opts := Options{Width: width % 64, AmbiguousWide: wide}
		lines := Lines(text, opts)
		checkLines(t, text, opts, lines)
	})
}

func FuzzWrapANSI(f *testing.F) {
	addSeedCorpus(f, func(text string, width int) {
		f.Add(text, 2, width, false)
		f.Add("\x1b[31m"+text+"\x1b[0m", 4, width, true)
	})
	for _, line := range styleSeed("衡南坚持守正创新,把深入学习贯彻“工业强县、文教旺城”\nsecond line") {
		f.Add(line, 2, 12, false)
	}
	f.Add("\x1b]8;;https://example.com\x07link text\x1b]8;;\x07 \x1b[3", 1, 5, false)
	f.Fuzz(func(t *testing.T, line string, indent, width int, wide bool) {
		opts := Options{Width: width % 64, AmbiguousWide: wide}
		lines := WrapANSI(line, indent%64, opts)
		columns := max(opts.Width, 1)
		visible := make([]string, len(lines))
		for i, out := range lines {
			text := stripEscapes(out)
			if strings.Contains(text, "\n") {
				t.Fatalf("line %d %q holds a newline", i, out)
			}
			if w := Width(out, opts); w > columns && clusterCount(strings.TrimLeft(text, " ")) != 1 {
				t.Errorf("width %d: line %d %q is %d columns wide", columns, i, out, w)
			}
			visible[i] = text
		}
		if got, want := joinNonSpace(visible), nonSpace(stripEscapes(line)); got != want {
			t.Errorf("visible text not preserved:\n got %q\nwant %q", got, want)
		}
		if !slices.ContainsFunc(strings.Split(stripEscapes(line), "\n"), isBlank) {
			for i, text := range visible {
				if isBlank(text) {
					t.Errorf("line %d %q is blank, and no line of the input was", i, lines[i])
				}
			}
		}
	})
}
