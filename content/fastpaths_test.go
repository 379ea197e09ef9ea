package content

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefing/content/locale"
	"briefing/seeds"
)

// The scanners and windows that replaced whole-text regular expressions must find exactly what those
// expressions found. These are the expressions as they were; the fuzz test compares the two readings.
var (
	referenceNumber       = regexp.MustCompile(`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`)
	referenceChineseCount = regexp.MustCompile(`[两二三四五六七八九十][一二三四五六七八九十]{0,2}(?:个|项|条|家|所|座|处|件|批|名|支|类|种|方面)`)
	referenceATXHeading   = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)`)
	referenceMarkdownMark = regexp.MustCompile("(?m)^ {0,3}(#{1,6}[ \t]|```|~~~|[-*+][ \t]+\\S|>[ \t])|\\*\\*[^\\s*]|__[^\\s_]|\\]\\([^)]*\\)|<!--")
)

func referenceLooksLikeMarkdown(src string) bool {
	marks := len(referenceMarkdownMark.FindAllStringIndex(src, 2))
	if marks == 0 {
		return false
	}
	for _, line := range strings.Split(src, "\n") {
		if referenceATXHeading.MatchString(line) {
			return true
		}
	}
	return marks >= 2
}

func referencePeriods(text string, lang locale.Language, traditional bool) []period {
	pattern := chinesePeriodPattern
	if traditional {
		pattern = rocPeriodPattern
	}
	if lang == locale.English {
		pattern = englishPeriodPattern
	}
	var out []period
	for _, m := range pattern.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[0], m[1]
		if len(m) > 3 && m[2] >= 0 {
			start = m[2]
		}
		if lang == locale.English && !englishYearContext(text, start, end) || comparedWith(text, start) {
			continue
		}
		out = append(out, period{start: start, end: end, local: strings.HasPrefix(text[end:], "的"), date: strings.HasSuffix(text[start:end], "日")})
	}
	return out
}

// referenceChangePrefix searches the whole stretch between two numbers. ends is what the last rune of
// a match of the language's pattern can be (see matchEnds).
func referenceChangePrefix(text string, from, at int, lang locale.Language, ends runeSet) (int, bool) {
	if !ends.mayEnd(text[from:at]) {
		return 0, false
	}
	prefix, ok := matchChangePrefix(text, from, at, lang)
	return prefix.start, ok
}

// runeSet is a set of runes as ranges: lo, hi pairs, as syntax.Regexp keeps a character class.
type runeSet []rune

func (s runeSet) has(r rune) bool {
	for i := 0; i+1 < len(s); i += 2 {
		if s[i] <= r && r <= s[i+1] {
			return true
		}
	}
	return false
}

// mayEnd reports whether a match of the pattern whose matchEnds s is can end where before ends: it
// cannot when before's last rune is not in s. Invalid UTF-8 is left to the pattern.
func (s runeSet) mayEnd(before string) bool {
	if before == "" || !utf8.ValidString(before) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return s.has(r)
}

// matchEnds is the set of runes a non-empty match of pattern can end with, read from the pattern's
// syntax, and whether the pattern can match the empty string (then the set says nothing and every rune
// is in it). Both change patterns end with $, so a match of text[from:at] ends at `at`: wherever the
// rune before `at` is outside this set, the pattern cannot match, and the search is not worth running.
// Checking every character start of the samples against the full search costs seconds under -race
// (the search tries each of the window's 300 starts); this keeps every position checked, with the
// same answer, at a fraction of that. The set is derived from the compiled pattern, not written out,
// so it cannot share a mistake with mayEndChangeWording.
func matchEnds(t testing.TB, pattern *regexp.Regexp) runeSet {
	re, err := syntax.Parse(pattern.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	set, empty := lastRunes(re)
	if empty {
		return runeSet{0, unicode.MaxRune}
	}
	return set
}

// lastRunes is the set of runes a non-empty match of re can end with, and whether re can match the
// empty string. It errs towards more runes: any pattern it does not know may end with any rune.
func lastRunes(re *syntax.Regexp) (set runeSet, empty bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true
		}
		last := re.Rune[len(re.Rune)-1]
		set = runeSet{last, last}
		if re.Flags&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(last); r != last; r = unicode.SimpleFold(r) {
				set = append(set, r, r)
			}
		}
		return set, false
	case syntax.OpCharClass:
		return slices.Clone(runeSet(re.Rune)), false
	case syntax.OpCapture, syntax.OpPlus:
		return lastRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _ = lastRunes(re.Sub[0])
		return set, true
	case syntax.OpRepeat:
		set, empty = lastRunes(re.Sub[0])
		return set, empty || re.Min == 0
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			sub, subEmpty := lastRunes(re.Sub[i])
			set = append(set, sub...)
			if !subEmpty {
				return set, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, alt := range re.Sub {
			sub, altEmpty := lastRunes(alt)
			set = append(set, sub...)
			empty = empty || altEmpty
		}
		return set, empty
	}
	return runeSet{0, unicode.MaxRune}, true
}

func pairs(locs [][]int) [][2]int {
	out := make([][2]int, len(locs))
	for i, l := range locs {
		out[i] = [2]int{l[0], l[1]}
	}
	return out
}

func checkFastPaths(t *testing.T, text string) {
	t.Helper()
	if got, want := arabicNumbers(text), pairs(referenceNumber.FindAllStringIndex(text, -1)); !slices.Equal(got, want) {
		t.Errorf("arabicNumbers(%q) = %v, want %v", text, got, want)
	}
	if got, want := chineseCounts(text), pairs(referenceChineseCount.FindAllStringIndex(text, -1)); !slices.Equal(got, want) {
		t.Errorf("chineseCounts(%q) = %v, want %v", text, got, want)
	}
	if got, want := looksLikeMarkdown(text), referenceLooksLikeMarkdown(text); got != want {
		t.Errorf("looksLikeMarkdown(%q) = %v, want %v", text, got, want)
	}
	for _, line := range strings.Split(text, "\n") {
		for _, start := range []string{line, strings.TrimSpace(line)} {
			if got, want := fmt.Sprint(matchMarker(start)), fmt.Sprint(matchMarkerPatterns(start)); got != want {
				t.Errorf("matchMarker(%q) = %s, want %s", start, got, want)
			}
		}
		level, start, ok := atxHeading(line)
		want := referenceATXHeading.FindStringSubmatchIndex(line)
		if ok != (want != nil) || ok && (level != want[3]-want[2] || start != want[1]) {
			t.Errorf("atxHeading(%q) = %d, %d, %v; want %v", line, level, start, ok, want)
		}
	}
	ends := map[locale.Language]runeSet{locale.Chinese: matchEnds(t, chineseChangePrefix), locale.English: matchEnds(t, englishChangePrefix)}
	for _, lang := range []locale.Language{locale.Chinese, locale.English} {
		for _, traditional := range []bool{false, true} {
			if got, want := findPeriods(text, lang, traditional), referencePeriods(text, lang, traditional); !slices.Equal(got, want) {
				t.Errorf("findPeriods(%q, %s, %v) = %v, want %v", text, lang, traditional, got, want)
			}
		}
		// Every character start is a place a rate could stand.
		for at := 0; at <= len(text); at++ {
			if at < len(text) && !utf8.RuneStart(text[at]) {
				continue
			}
			from := max(0, at-300)
			for from > 0 && !utf8.RuneStart(text[from]) {
				from--
			}
			prefix, ok := findChangePrefix(text, from, at, lang)
			wantStart, wantOK := referenceChangePrefix(text, from, at, lang, ends[lang])
			if ok != wantOK || ok && prefix.start != wantStart {
				t.Fatalf("findChangePrefix(%q, %d, %d, %s) = %d, %v; want %d, %v", text, from, at, lang, prefix.start, ok, wantStart, wantOK)
			}
		}
	}
}

func fastPathSamples(t testing.TB) []string {
	samples := []string{
		string(seeds.Default()),
		"1,234,567.89 1234,567 12,3456 +-1.2%-3 -5 +7.0. 1. .5 9,99 1,000,",
		"三十二三个 三两个 两二个 两个 十二项 一个 八方面 二十届 三高四新 十十十个 九十九家",
		"# T\n\n- a\n**x** __y__ [a](b) <!-- c --> ](\n)\n####### no\n   # yes\n    # no\n#\n>\tq\n```\n~~~\n* \n+ x",
		"**\n* x", "](no close", "a](b)c](d", "<!--", "# ", "#\t#",
		"2024年度10-12月份31日，2024年前三季度，今年以来，去年，近三年来，过去五年，3月，12-3月份，1.2月，比上年，较2023年，2023年的10.6亿元",
		"今年3月，今天3月，上半年，下半年，前三季度，近年来，过去一年。",
		"In 2024, the first quarter of 2023, the first nine months of 2022, fiscal year 2021, FY2020, FY 2019, this year, last year, year to date, $2024, 2024 billion, 2024%, A2024, 2024x, ſecond half of 2024",
		"同比增长13.34%，分别增长21%和9.4%，同比增幅达5.9%，比上年同期分别增长了达到      5%，下降\t\n2.1%",
		"第一部分 总体\nPart One\nchapter 2: x\nſection iv\nIV. 四\n一、二\n（一）\n(2)\n1.5亿元\n１、\n壹、\n",
		"rose 12%, fell 0.4 percentage points, up 8.5%, arose 3%, 5rose 3%, increased by almost    7%, declining by some 2%",
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "documents", "*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		samples = append(samples, string(data))
	}
	return samples
}

func TestFastPathsMatchPatterns(t *testing.T) {
	for _, sample := range fastPathSamples(t) {
		checkFastPaths(t, sample)
	}
}

func FuzzFastPathsMatchPatterns(f *testing.F) {
	for _, sample := range fastPathSamples(f) {
		f.Add(sample)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return // Parse reads only valid UTF-8; long inputs only slow the search for a difference
		}
		checkFastPaths(t, text)
	})
}
