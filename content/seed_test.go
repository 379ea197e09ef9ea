package content_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/report"
	"briefing/seeds"
)

// TestSeedGolden pins the seed's outline and its complete list of figures, byte for byte. Refresh
// with `go test ./content -run TestSeedGolden -update` and review the diff by eye: the key facts are
// asserted again in TestSeedKeyFigures, so a refresh cannot change them silently.
func TestSeedGolden(t *testing.T) {
	b := contenttest.Seed(t)
	for _, tc := range []struct {
		name  string
		value any
	}{
		{"outline", report.NewOutline(b)},
		{"figures", report.NewFigures(b, -1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := report.WriteJSON(&got, tc.value); err != nil {
				t.Fatal(err)
			}
			contenttest.RequireGolden(t, got.Bytes())
		})
	}
}

func TestSeedHeaderAndOutline(t *testing.T) {
	b := contenttest.Seed(t)
	header := []string{b.Title, b.Subtitle, b.Byline, b.Source}
	if want := []string{"守正创新 笃行致远", "推动衡南高质量发展", "衡南县委书记 许达", "红星云"}; !slices.Equal(header, want) {
		t.Errorf("title, subtitle, byline, source = %q, want %q", header, want)
	}
	want := []string{
		"opening 导语: ",
		"part 以工业强支撑县域强: 突出产业集聚 / 突出原地倍增 / 突出创新引领 / 突出环境优化",
		"part 以文教旺推进城乡旺: 聚焦科教融合 / 聚焦文旅融合 / 聚焦城乡融合",
		"part 以民生稳促进大局稳: 让民生更有温度 / 让治理更有力度 / 让安全更有厚度",
		"part 以作风实保障发展实: 谋划和落实并重 / 减负和赋能并重 / 严管和厚爱并重",
	}
	if got := outlineOf(b); !slices.Equal(got, want) {
		t.Errorf("outline:\n got %q\nwant %q", got, want)
	}
	for i, s := range b.Sections {
		if s.Index != i {
			t.Errorf("section %d has Index %d", i, s.Index)
		}
	}
}

// TestSeedSectionTexts checks each section against the seed's own lines: the opening is the first
// paragraph, each part one line, and a part's preface is what stands between its lead sentence and
// its first sub-point.
func TestSeedSectionTexts(t *testing.T) {
	b := contenttest.Seed(t)
	var paragraphs []string
	for _, line := range strings.Split(string(seeds.Default()), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paragraphs = append(paragraphs, line)
		}
	}
	// Title, subtitle, byline, five sections, the source line.
	if len(paragraphs) != 9 || len(b.Sections) != 5 {
		t.Fatalf("seed has %d paragraphs and %d sections, want 9 and 5", len(paragraphs), len(b.Sections))
	}
	for i, s := range b.Sections {
		if s.Text != paragraphs[3+i] {
			t.Errorf("section %d text = %q…, want paragraph %d of the seed", i, head(s.Text), 3+i)
		}
		if strings.Contains(s.Text, "来源") || strings.Contains(s.Text, "红星云") {
			t.Errorf("section %d text holds the source line", i)
		}
		if s.Kind == content.Opening {
			if got := s.Preface.Of(s.Text); got != s.Text {
				t.Errorf("opening preface = %q…, want the whole paragraph", head(got))
			}
			continue
		}
		lead := s.Title + "。"
		if !strings.HasPrefix(s.Text, lead) || s.TitleSpan.Of(s.Text) != s.Title {
			t.Errorf("section %d: title %q (span %q) is not the lead sentence of %q…", i, s.Title, s.TitleSpan.Of(s.Text), head(s.Text))
			continue
		}
		first := s.Points[0]
		want := strings.TrimSpace(s.Text[len(lead):first.TitleSpan.Start])
		if got := s.Preface.Of(s.Text); got != want {
			t.Errorf("section %d preface = %q, want %q", i, got, want)
		}
		for j, p := range s.Points {
			if got := p.TitleSpan.Of(s.Text); got != p.Title {
				t.Errorf("section %d point %d: TitleSpan covers %q, Title is %q", i, j, got, p.Title)
			}
			if !strings.HasPrefix(s.Text[p.TitleSpan.End:], "。") {
				t.Errorf("section %d point %q is not a sentence of its own", i, p.Title)
			}
		}
	}
}

// TestSeedNoFigureWords: the numerals in slogans and names count nothing.
func TestSeedNoFigureWords(t *testing.T) {
	b := contenttest.Seed(t)
	for _, word := range []string{"三高四新", "一主一特", "两新", "两重", "二十届", "一张蓝图"} {
		found := false
		for _, s := range b.Sections {
			for at := 0; ; {
				i := strings.Index(s.Text[at:], word)
				if i < 0 {
					break
				}
				found = true
				word := content.Span{Start: at + i, End: at + i + len(word)}
				for _, f := range s.Figures {
					if overlaps(word, content.Span{Start: f.Offset, End: f.Offset + len(f.Text)}) {
						t.Errorf("section %d: %q yields the figure %s", s.Index, word.Of(s.Text), describe(s.Index, f))
					}
				}
				at = word.End
			}
		}
		if !found {
			t.Errorf("%q is not in any section's text", word)
		}
	}
}

func overlaps(a, b content.Span) bool { return a.Start < b.End && b.Start < a.End }

func head(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20])
	}
	return s
}
