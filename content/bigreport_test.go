package content_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"briefing/content"
	"briefing/content/contenttest"
)

// TestBigReportShape: the generated work report is what the big-document budgets are about: about
// 60,000 characters, 15 parts with their sub-points, and about 400 figures found by the rules.
func TestBigReportShape(t *testing.T) {
	shape := contenttest.BigReport()
	data := contenttest.Report(shape)
	if n := utf8.RuneCount(data); n < shape.Chars*95/100 || n > shape.Chars*105/100 {
		t.Errorf("%d characters; want about %d", n, shape.Chars)
	}
	b := contenttest.Parse(t, "report.txt", data)
	parts, figures := 0, 0
	for _, s := range b.Sections {
		if s.Kind == content.Part {
			parts++
			if len(s.Points) < 4 {
				t.Errorf("part %q has %d sub-points; want 4 or 5", s.Title, len(s.Points))
			}
		}
		figures += len(s.Figures)
	}
	if parts != shape.Parts {
		t.Errorf("%d parts; want %d", parts, shape.Parts)
	}
	if figures < shape.Figures*95/100 || figures > shape.Figures*105/100 {
		t.Errorf("%d figures found; want about %d", figures, shape.Figures)
	}
	t.Logf("%d characters, %d parts, %d figures", utf8.RuneCount(data), parts, figures)
}

// BenchmarkParseBigReport parses a provincial work report: 60,000 characters, 15 parts, 400 figures.
// Budget: 15 ms.
func BenchmarkParseBigReport(b *testing.B) {
	data := contenttest.Report(contenttest.BigReport())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := content.Parse("report.txt", data); err != nil {
			b.Fatal(err)
		}
	}
	contenttest.CheckBudget(b, 15*time.Millisecond)
}
