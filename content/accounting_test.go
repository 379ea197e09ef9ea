package content_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefing/content"
	"briefing/content/contenttest"
)

// arabicNumber finds every number written in digits, half-width or full-width, with its decimals.
var arabicNumber = regexp.MustCompile(`[0-9０-９]+(?:[.．][0-9０-９]+)?`)

// coverer is one thing a number of the text may belong to: a figure, its change or baseline, the
// baseline's period, or a period (shared by every figure it dates, so keyed by its span).
type coverer struct {
	kind string
	id   string
	span content.Span
}

// coverers lists what the figures and asides of s claim in its text.
func coverers(s content.Section) []coverer {
	var out []coverer
	for k, a := range s.Asides {
		out = append(out, coverer{"aside", fmt.Sprintf("aside %d %s %q", k, a.Kind, a.Text), content.Span{Start: a.Offset, End: a.Offset + len(a.Text)}})
	}
	periods := map[content.Span]bool{}
	for k, f := range s.Figures {
		id := fmt.Sprintf("figure %d %q", k, f.Text)
		out = append(out, coverer{"figure", id, content.Span{Start: f.Offset, End: f.Offset + len(f.Text)}})
		if c := f.Change; c != nil {
			out = append(out, coverer{"change", id, content.Span{Start: c.Offset, End: c.Offset + len(c.Text)}})
		}
		if bl := f.Baseline; bl != nil {
			out = append(out, coverer{"baseline", id, content.Span{Start: bl.Offset, End: bl.Offset + len(bl.Text)}})
			if span, ok := baselinePeriodSpan(s.Text, bl); ok {
				out = append(out, coverer{"baseline period", id, span})
			}
		}
		if f.Period != "" && !periods[f.PeriodSpan] {
			periods[f.PeriodSpan] = true
			out = append(out, coverer{"period", fmt.Sprintf("period %q", f.Period), f.PeriodSpan})
		}
	}
	return out
}

// baselinePeriodSpan finds the period of a baseline next to its value: 由2020年的7.6亿元 or
// $310 million in 2022. Baseline carries no span for its period, so the test reads it off the text.
func baselinePeriodSpan(text string, bl *content.Baseline) (content.Span, bool) {
	if bl.Period == "" {
		return content.Span{}, false
	}
	before := strings.TrimSuffix(text[:bl.Offset], "的")
	if strings.HasSuffix(before, bl.Period) {
		return content.Span{Start: len(before) - len(bl.Period), End: len(before)}, true
	}
	after := bl.Offset + len(bl.Text)
	if strings.HasPrefix(text[after:], " in "+bl.Period) {
		start := after + len(" in ")
		return content.Span{Start: start, End: start + len(bl.Period)}, true
	}
	return content.Span{}, false
}

// TestSeedNumberAccounting: every number of the seed's sections belongs to exactly one figure, change,
// baseline, dating period or aside. None is lost, none is counted twice.
func TestSeedNumberAccounting(t *testing.T) {
	b := contenttest.Seed(t)
	checkSpans(t, b)
	// 17 figures written in digits, 4 changes, a baseline and its period, three periods (2024年 twice,
	// 2023年) and a threshold (收入10万元以下的村) hold the 27 numbers.
	if numbers := checkAccounting(t, "seed", b); numbers != 27 {
		t.Errorf("the seed's sections hold %d numbers, want 27", numbers)
	}
}

// TestCorpusNumberAccounting: the same guarantee over every document of the corpus, which holds the
// genre's dates, ordinals, identifiers, slogans, tables and markdown.
func TestCorpusNumberAccounting(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	documents := 0
	for _, path := range paths {
		if strings.HasSuffix(path, ".json") || strings.HasSuffix(path, "README.md") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := content.Parse(filepath.Base(path), data)
		if err != nil {
			t.Fatal(err)
		}
		documents++
		checkSpans(t, b)
		checkAccounting(t, filepath.Base(path), b)
		for _, s := range b.Sections {
			for _, f := range s.Figures {
				if strings.TrimSpace(f.Label) == "" {
					t.Errorf("%s section %d: figure %q has no label", filepath.Base(path), s.Index, f.Text)
				}
			}
		}
	}
	if documents < 24 {
		t.Errorf("accounted for %d corpus documents, want the whole corpus", documents)
	}
}

// checkAccounting checks that every Arabic number of every section of b is held by exactly one
// figure, change, baseline, dating period or aside, and returns how many numbers there are.
func checkAccounting(t *testing.T, name string, b *content.Briefing) int {
	t.Helper()
	numbers := 0
	for _, s := range b.Sections {
		claims := coverers(s)
		for _, loc := range arabicNumber.FindAllStringIndex(s.Text, -1) {
			numbers++
			number := content.Span{Start: loc[0], End: loc[1]}
			var holders []string
			for _, c := range claims {
				switch {
				case number.Start >= c.span.Start && number.End <= c.span.End:
					holders = append(holders, c.kind+" of "+c.id)
				case overlaps(number, c.span):
					t.Errorf("%s section %d: number %q at %d is cut by the %s span of %s (%q)", name, s.Index, number.Of(s.Text), number.Start, c.kind, c.id, c.span.Of(s.Text))
				}
			}
			switch len(holders) {
			case 0:
				t.Errorf("%s section %d: number %q at %d (…%s…) is lost: no figure, change, baseline, period or aside holds it", name, s.Index, number.Of(s.Text), number.Start, around(s.Text, number))
			case 1:
			default:
				t.Errorf("%s section %d: number %q at %d is counted %d times: %q", name, s.Index, number.Of(s.Text), number.Start, len(holders), holders)
			}
		}
	}
	return numbers
}

// checkSpans checks that every offset of every figure points at the text it quotes, inside its
// section, and that sections are numbered 0 to n-1.
func checkSpans(t testing.TB, b *content.Briefing) {
	t.Helper()
	for i, s := range b.Sections {
		if s.Index != i {
			t.Errorf("section %d has Index %d", i, s.Index)
		}
		spans := map[string]content.Span{"title": s.TitleSpan, "preface": s.Preface}
		for j, p := range s.Points {
			spans[fmt.Sprintf("point %d title", j)] = p.TitleSpan
			spans[fmt.Sprintf("point %d body", j)] = p.Body
		}
		for name, span := range spans {
			if span.Start < 0 || span.Start > span.End || span.End > len(s.Text) {
				t.Errorf("section %d: %s span %v outside [0, %d]", i, name, span, len(s.Text))
			}
		}
		for k, f := range s.Figures {
			quoted := func(what, text string, offset int) {
				t.Helper()
				if offset < 0 || offset+len(text) > len(s.Text) || text == "" || s.Text[offset:offset+len(text)] != text {
					t.Errorf("section %d figure %d: %s %q at %d is not the section's text there", i, k, what, text, offset)
				}
			}
			quoted("text", f.Text, f.Offset)
			if f.Change != nil {
				quoted("change", f.Change.Text, f.Change.Offset)
			}
			if f.Baseline != nil {
				quoted("baseline", f.Baseline.Text, f.Baseline.Offset)
			}
			if f.Period != "" || f.PeriodSpan != (content.Span{}) {
				quoted("period", f.Period, f.PeriodSpan.Start)
				if f.PeriodSpan.Of(s.Text) != f.Period {
					t.Errorf("section %d figure %d: PeriodSpan %v covers %q, Period is %q", i, k, f.PeriodSpan, f.PeriodSpan.Of(s.Text), f.Period)
				}
			}
		}
	}
}

func around(text string, s content.Span) string {
	start, end := max(0, s.Start-12), min(len(text), s.End+12)
	for start > 0 && !isRuneStart(text[start]) {
		start--
	}
	for end < len(text) && !isRuneStart(text[end]) {
		end++
	}
	return text[start:end]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
