package library

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/locale"
)

// TestSkippedAndEmptyInWords: in a Chinese session the reasons files are skipped, the list still
// being read and a filter that matches nothing are said in Chinese from the locale table, never in
// bubbles' or content's English; an English session says them in English.
func TestSkippedAndEmptyInWords(t *testing.T) {
	files := map[string]string{"brief.txt": figuresBrief, "binary.dat": "GIF89a\x00\x01\x02", "empty.txt": " \n"}
	for _, lang := range locale.Languages() {
		words := lang.Words()
		for _, size := range [][2]int{{120, 40}, {80, 24}} {
			m := loadedLibrary(t, files, Options{Lang: lang}, size[0], size[1])
			screen := ansi.Strip(m.screen())
			for _, want := range []string{fmt.Sprintf(words.Reasons.Binary, 6), words.Reasons.Empty} {
				if !strings.Contains(screen, want) {
					t.Errorf("%s %v: no %q\n%s", lang, size, want, screen)
				}
			}
			if lang == locale.Chinese && (strings.Contains(screen, "binary data") || strings.Contains(screen, "no text to read")) {
				t.Errorf("%s %v: English reasons\n%s", lang, size, screen)
			}

			m, cmd := typeKeys(m, "/", "无此文档")
			m = drive(m, cmd, func(m Model) bool { return len(m.list.VisibleItems()) == 0 })
			screen = ansi.Strip(m.screen())
			if want := fmt.Sprintf(words.Library.NoFilterMatch, "无此文档"); !strings.Contains(screen, want) || strings.Contains(screen, "No items") {
				t.Errorf("%s %v: a filter matching nothing does not say %q\n%s", lang, size, want, screen)
			}
		}
		m := New(Options{Files: nil, Lang: lang})
		m.total = 3 // three files, none read yet
		next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		if screen := ansi.Strip(next.(Model).screen()); !strings.Contains(screen, words.Library.Reading) || strings.Contains(screen, "No items") {
			t.Errorf("%s: a library being read shows\n%s", lang, screen)
		}
	}
}
