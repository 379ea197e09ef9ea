package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/ui/render"
)

// TestEncodingNotice: a document read in another encoding than UTF-8 says so in the footer until the
// first key; a UTF-8 one says nothing.
func TestEncodingNotice(t *testing.T) {
	for _, lang := range locale.Languages() {
		b := *contenttest.Seed(t)
		b.Encoding = content.GB18030
		m := step(New(&b, Options{Theme: render.Dark, Lang: lang}), tea.WindowSizeMsg{Width: 100, Height: 30})
		words := lang.Words()
		want := words.ReadAs + " GB18030"
		if !strings.Contains(footerLine(screen(m)), want) {
			t.Fatalf("%s: no %q in the footer:\n%s", lang, want, screen(m))
		}
		m = step(m, keyPress("j"))
		if strings.Contains(screen(m), want) {
			t.Errorf("%s: %q still shown after a key", lang, want)
		}
	}
	m := sized(t, 0, 100, 30)
	if strings.Contains(screen(m), "GB18030") || strings.Contains(screen(m), seedWords(t).ReadAs+" ") {
		t.Errorf("a UTF-8 document mentions an encoding:\n%s", screen(m))
	}
}

// footerLine is the last line of a screen.
func footerLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
