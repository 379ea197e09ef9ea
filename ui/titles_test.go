package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"briefing/content"
	"briefing/ui/render"
)

// TestTitleBarNeverBlank: a briefing without a title is shown under its file's name.
func TestTitleBarNeverBlank(t *testing.T) {
	b, err := content.Parse("notes/harbour-ferry.txt", []byte("The ferry\n\nThe east bank has waited for a crossing for years.\n\nThe cost\n\nA ferry costs less than a bridge and opens sooner."))
	if err != nil {
		t.Fatal(err)
	}
	untitled := *b
	untitled.Title = ""
	m := step(New(&untitled, Options{Theme: render.Dark}), tea.WindowSizeMsg{Width: 100, Height: 20})
	header := strings.SplitN(screen(m), "\n", 2)[0]
	if !strings.HasPrefix(strings.TrimSpace(header), "harbour-ferry") {
		t.Errorf("title bar %q, want it to open with the file's name", header)
	}
	if title := m.View().WindowTitle; title != "harbour-ferry" {
		t.Errorf("window title %q, want the file's name", title)
	}
}

// TestOutlineCutsWhereWordsEnd: an outline entry too long for the pane ends where a word does.
func TestOutlineCutsWhereWordsEnd(t *testing.T) {
	b, err := content.Parse("outlook.txt", []byte("Budget Speech\n\nGood morning.\n\nEconomic Outlook for the Coming Financial Year\n\nThe world economy is growing more slowly than before and prices remain high.\n\nInvestment in Roads and Bridges Across the Province\n\nWe will build three new bridges and widen the ring road over the next four years."))
	if err != nil {
		t.Fatal(err)
	}
	keys := DefaultKeyMap()
	o := newOutline(render.New(b), NewStyles(true), b.Language.Words(), &keys).SetSize(24, 10)
	cuts := 0
	for _, e := range o.entries {
		text := strings.TrimSpace(o.entryText(e))
		shown, cut := strings.CutSuffix(text, "…")
		if !cut {
			continue
		}
		cuts++
		_, shown, _ = strings.Cut(shown, " ") // the section's number
		if rest, ok := strings.CutPrefix(e.title, shown); !ok || !strings.HasPrefix(rest, " ") {
			t.Errorf("entry %q cuts %q inside a word", text, e.title)
		}
	}
	if cuts == 0 {
		t.Fatal("no entry was cut: the test shows nothing")
	}
}
