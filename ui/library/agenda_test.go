package library_test

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/ui"
	libraryui "briefing/ui/library"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// agendaSpeech is a speech of two parts, titled after name; written for these tests.
func agendaSpeech(name string) string {
	return fmt.Sprintf("%s工作报告\n\n各位代表：\n\n现在报告工作。\n\n一、%s的第一部分\n\n全年实现增长。\n\n二、%s的第二部分\n\n明年继续努力。\n", name, name, name)
}

// TestAgendaSpeaksOfTheAgenda: a meeting's agenda (esc) is headed 议程, not 文库, and esc on it says it
// closes the agenda; a viewer reading document 3 on its own is told the presenter is in document
// 2/3, and where in it, not a place that reads as one of its own document.
func TestAgendaSpeaksOfTheAgenda(t *testing.T) {
	docs := []*content.Briefing{}
	for _, name := range []string{"青山", "临江", "南岭"} {
		docs = append(docs, contenttest.Parse(t, name+".txt", []byte(agendaSpeech(name))))
	}
	w := locale.Chinese.Words()
	document := func(i int) libraryui.AgendaDocument {
		return libraryui.AgendaDocument{Briefing: docs[i], Renderer: render.New(docs[i])}
	}
	presenterAt := meeting.State{
		Presenter:    meeting.Position{Document: 1, Section: 2, Point: -1, Figure: -1},
		HasPresenter: true, Presenting: true, Online: 2,
	}
	viewer := ui.Options{Theme: render.Dark, Lang: locale.Chinese, Role: meeting.Viewer, Joined: &presenterAt}
	var m tea.Model = libraryui.NewAgenda(len(docs), document, viewer)
	step := func(msg tea.Msg) string {
		t.Helper()
		m, _ = m.Update(msg)
		return ansi.Strip(m.View().Content)
	}
	key := func(code rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code} }
	step(tea.WindowSizeMsg{Width: 80, Height: 24})

	agenda := step(key(tea.KeyEscape))
	lines := strings.Split(agenda, "\n")
	if !strings.HasPrefix(lines[0], w.Library.Agenda+"  "+w.Library.Documents.N(3)) || strings.Contains(agenda, w.Library.Title) {
		t.Errorf("the agenda is not headed %q:\n%s", w.Library.Agenda, agenda)
	}
	if footer := lines[len(lines)-1]; !strings.Contains(footer, "esc "+w.Library.Keys.CloseAgenda) || strings.Contains(footer, w.Library.Keys.Back) {
		t.Errorf("the agenda's footer does not say esc closes it: %q", footer)
	}

	step(key(tea.KeyDown))
	reading := step(key(tea.KeyEnter)) // the third document, on its own
	if !strings.Contains(reading, "南岭的第一部分") && !strings.Contains(reading, "南岭工作报告") {
		t.Fatalf("enter on the third row did not open the third document:\n%s", reading)
	}
	want := w.Detached + " " + fmt.Sprintf(w.Library.AgendaPosition, 2, 3) + " · 2/2"
	if !strings.Contains(reading, want) {
		t.Errorf("a viewer reading document 3 is not told the presenter is in %q:\n%s", want, reading)
	}
}
