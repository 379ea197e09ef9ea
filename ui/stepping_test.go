package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestStepThroughPoints: on a screen that shows the whole of part 1, ] still steps through its four
// sub-points one by one — marked beside their text in the reader, lit on the slide, current in the
// outline — and the fifth ] opens part 2; [ walks back the same way.
func TestStepThroughPoints(t *testing.T) {
	m := sized(t, 1, 160, 48)
	if m.reader.Lines() > m.layout.Reader.H {
		t.Fatalf("part 1 does not fit at 160×48 (%d lines in %d); the test needs it to", m.reader.Lines(), m.layout.Reader.H)
	}
	points := m.briefing.Sections[1].Points
	for i, p := range points {
		m = press(m, "]")
		if m.nav.Section != 1 || m.nav.Point != i {
			t.Fatalf("] %d: at section %d point %d", i+1, m.nav.Section, m.nav.Point)
		}
		if got := markedHeading(m); got != p.Title {
			t.Errorf("] %d: the reader marks %q, want %q", i+1, got, p.Title)
		}
		if !strings.Contains(m.outline.View(), m.styles.OutlinePointCurrent.Render(fit("  · "+p.Title, m.outline.width))) {
			t.Errorf("] %d: the outline does not show %q as current", i+1, p.Title)
		}
		slide := press(m, "v").slides.View()
		if !strings.Contains(slide, m.styles.SlideBulletLit.Render("▶  "+p.Title)) {
			t.Errorf("] %d: the slide does not light %q:\n%s", i+1, p.Title, ansi.Strip(slide))
		}
		for j, other := range points {
			if j != i && !strings.Contains(slide, m.styles.Muted.Render("•  "+other.Title)) {
				t.Errorf("] %d: the slide does not dim %q", i+1, other.Title)
			}
		}
	}
	m = press(m, "]")
	if m.nav.Section != 2 || m.nav.Point != -1 || markedHeading(m) != "" {
		t.Fatalf("the fifth ] is at section %d point %d marking %q; want the top of part 2, nothing marked", m.nav.Section, m.nav.Point, markedHeading(m))
	}
	for i := len(points) - 1; i >= -1; i-- {
		m = press(m, "[")
		if m.nav.Section != 1 || m.nav.Point != i {
			t.Fatalf("[ back to point %d: at section %d point %d", i, m.nav.Section, m.nav.Point)
		}
	}
}

// markedHeading is the first line the reader marks as the current sub-point, as text.
func markedHeading(m Model) string {
	for _, line := range strings.Split(m.reader.View(), "\n") {
		if strings.HasPrefix(line, m.styles.Bar.Render("▎")) {
			text := strings.TrimSpace(ansi.Strip(line))
			return strings.TrimSpace(strings.TrimLeft(text, "▎▌ "))
		}
	}
	return ""
}
