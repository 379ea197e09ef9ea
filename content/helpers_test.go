package content_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"briefing/content"
	"briefing/content/contenttest"
)

// parseDocument parses one of the documents in testdata/documents.
func parseDocument(t testing.TB, name string) *content.Briefing {
	t.Helper()
	return contenttest.ParseFile(t, filepath.Join("testdata", "documents", name))
}

// parseText parses a small document written in a test.
func parseText(t testing.TB, text string) *content.Briefing {
	t.Helper()
	return contenttest.Parse(t, "inline", []byte(text))
}

// located is a figure with the section it belongs to.
type located struct {
	section int
	content.Figure
}

func allFigures(b *content.Briefing) []located {
	var out []located
	for _, s := range b.Sections {
		for _, f := range s.Figures {
			out = append(out, located{s.Index, f})
		}
	}
	return out
}

// figureAt finds the figure of section whose text is exactly text; it fails the test when there is
// not exactly one.
func figureAt(t *testing.T, b *content.Briefing, section int, text string) content.Figure {
	t.Helper()
	var found []content.Figure
	for _, f := range allFigures(b) {
		if f.section == section && f.Text == text {
			found = append(found, f.Figure)
		}
	}
	if len(found) != 1 {
		t.Fatalf("section %d: %d figures with text %q, want 1; figures: %s", section, len(found), text, describeFigures(b))
	}
	return found[0]
}

func describeFigures(b *content.Briefing) string {
	var lines []string
	for _, f := range allFigures(b) {
		lines = append(lines, "\n  "+describe(f.section, f.Figure))
	}
	return strings.Join(lines, "")
}

// describe writes a figure in the form the tables of expectations use, so a failure can be compared
// with the table by eye.
func describe(section int, f content.Figure) string {
	var b strings.Builder
	b.WriteString(strings.Join([]string{itoa(section), f.Label, ftoa(f.Value), f.Unit, f.Text, f.Qualifier, f.Period}, " | "))
	if c := f.Change; c != nil {
		b.WriteString(" | change " + c.Kind + " " + ftoa(c.Value) + c.Unit + " " + quote(c.Text))
	}
	if bl := f.Baseline; bl != nil {
		b.WriteString(" | baseline " + bl.Period + " " + ftoa(bl.Value) + bl.Unit)
	}
	return b.String()
}

// outlineOf is a compact outline: one line per section, "kind title: point / point".
func outlineOf(b *content.Briefing) []string {
	var out []string
	for _, s := range b.Sections {
		var points []string
		for _, p := range s.Points {
			points = append(points, p.Title)
		}
		out = append(out, string(s.Kind)+" "+s.Title+": "+strings.Join(points, " / "))
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func quote(s string) string { return strconv.Quote(s) }
