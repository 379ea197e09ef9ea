package render

import (
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
)

func seedRenderer(t testing.TB) *Renderer {
	t.Helper()
	return New(contenttest.Seed(t))
}

// TestSectionsFitTheirWidth renders every section at widths from 2 to 120 (a sample under -race) in
// every theme: no line is wider than the width, the recorded widths are the lines' widths, and no figure is split.
func TestSectionsFitTheirWidth(t *testing.T) {
	r := seedRenderer(t)
	for _, theme := range []Theme{Dark, Light, Plain} {
		for _, width := range contenttest.Widths(2, 120) { // at 1 a Chinese character (2 cells) stands alone
			for i, sec := range r.Briefing().Sections {
				s := r.Section(i, width, theme)
				for j, line := range s.Lines {
					if w := StringWidth(line); w > width || w != s.Widths[j] {
						t.Fatalf("%s width %d section %d line %d: %d cells (recorded %d): %q", theme, width, i, j, w, s.Widths[j], s.Plain[j])
					}
				}
				if width < 16 {
					continue // a figure with its unit may be wider than the line
				}
				text := strings.Join(s.Plain, "\n")
				for _, f := range sec.Figures {
					if !strings.ContainsAny(f.Text, "0123456789") {
						continue // a count in Chinese numerals (八个) is words to the breaker
					}
					if !strings.Contains(text, f.Text) {
						t.Fatalf("%s width %d section %d: figure %q split across lines", theme, width, i, f.Text)
					}
				}
			}
		}
	}
}

// TestFindAcrossLines finds a phrase that the breaker split over two lines.
func TestFindAcrossLines(t *testing.T) {
	r := seedRenderer(t)
	for width := 10; width <= 80; width++ {
		s := r.Section(2, width, Plain)
		matches := s.Find("土枇杷")
		if len(matches) != 2 {
			t.Fatalf("width %d: %d matches of 土枇杷, want 2", width, len(matches))
		}
		for _, m := range matches {
			if m.EndLine < m.StartLine || m.EndLine == m.StartLine && m.EndCol-m.StartCol != 6 {
				t.Fatalf("width %d: match %+v does not cover three characters", width, m)
			}
		}
	}
	if got := r.Section(1, 60, Plain).Find("REVENUE"); len(got) != 0 {
		t.Fatalf("found %v in a Chinese section", got)
	}
}

// TestPointLines puts each sub-point's line on its heading.
func TestPointLines(t *testing.T) {
	r := seedRenderer(t)
	for i, sec := range r.Briefing().Sections {
		s := r.Section(i, 50, Dark)
		if len(s.PointLines) != len(sec.Points) {
			t.Fatalf("section %d: %d point lines for %d points", i, len(s.PointLines), len(sec.Points))
		}
		for j, line := range s.PointLines {
			if !strings.Contains(s.Plain[line], sec.Points[j].Title) {
				t.Errorf("section %d point %d: line %d is %q, not its heading %q", i, j, line, s.Plain[line], sec.Points[j].Title)
			}
		}
	}
}

// TestCacheIsBounded: a resize storm keeps at most cacheEntries renderings, and a size seen again is
// served from the cache.
func TestCacheIsBounded(t *testing.T) {
	r := seedRenderer(t)
	first := r.Section(1, 77, Dark)
	if again := r.Section(1, 77, Dark); again != first {
		t.Fatal("the same section, width and theme was rendered twice")
	}
	for width := 1; width <= cacheEntries+100; width++ {
		r.Section(width%len(r.Briefing().Sections), width, Dark)
	}
	if n := r.wrapped.len(); n > cacheEntries {
		t.Fatalf("%d cached renderings, want at most %d", n, cacheEntries)
	}
}

// TestFramesAreSharedAndBounded: a screen is put together once for its key and kept, and a stream
// of different screens keeps at most frameEntries of them.
func TestFramesAreSharedAndBounded(t *testing.T) {
	r := seedRenderer(t)
	builds := 0
	build := func(s string) func() string {
		return func() string { builds++; return strings.Repeat(s, 2) }
	}
	first := Frame(r, "a", build("a"))
	if again := Frame(r, "a", build("a")); again != first || builds != 1 {
		t.Fatalf("the same key was put together %d times", builds)
	}
	if other := Frame(r, "b", build("b")); other != "bb" {
		t.Fatalf("another key gave %q", other)
	}
	for i := range frameEntries + 100 {
		Frame(r, i, func() string { return "x" })
	}
	if n := r.frames.len(); n > frameEntries {
		t.Fatalf("%d screens kept, want at most %d", n, frameEntries)
	}
}

// TestPlainHasNoEscapes: the Plain theme writes text only.
func TestPlainHasNoEscapes(t *testing.T) {
	var b strings.Builder
	if err := seedRenderer(t).WriteDocument(&b, 72, Plain); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(b.String(), '\x1b') {
		t.Fatal("plain document has escape codes")
	}
}

// TestBodyTextInTheTerminalsColour: a paragraph's plain text carries no colour of its own in either
// look, so it reads in the terminal's own foreground (whatever its background) and a frame of it
// costs no colour changes; headings and figures keep theirs.
func TestBodyTextInTheTerminalsColour(t *testing.T) {
	r := seedRenderer(t)
	for _, theme := range []Theme{Dark, Light} {
		s := r.Section(1, 60, theme)
		var plain, figure bool
		for i, line := range s.Lines {
			cells := uv.NewScreenBuffer(s.Width, 1)
			uv.NewStyledString(line).Draw(cells, cells.Bounds())
			if at := strings.Index(s.Plain[i], "坚持"); at >= 0 {
				cell := cells.CellAt(ansi.StringWidth(s.Plain[i][:at]), 0)
				if cell.Style.Fg != nil {
					t.Errorf("%s line %d: body text in %v: %q", theme, i, cell.Style.Fg, s.Plain[i])
				}
				plain = true
			}
			if at := strings.Index(s.Plain[i], "109.19"); at >= 0 {
				figure = cells.CellAt(ansi.StringWidth(s.Plain[i][:at]), 0).Style.Fg != nil
			}
		}
		if !plain || !figure {
			t.Errorf("%s: found plain body text %v, a coloured figure %v", theme, plain, figure)
		}
	}
}
