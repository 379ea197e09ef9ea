package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// longNotesTalk is a talk written for this test whose first part has speaker notes far longer than
// a console of 24 lines: they open with NOTESTART and end with NOTEEND.
func longNotesTalk() string {
	var notes strings.Builder
	notes.WriteString("NOTESTART ")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&notes, "第%d条：这里提醒讲到灌溉面积时放慢语速，并请各乡镇负责同志注意记录。", i)
	}
	notes.WriteString(" NOTEEND")
	return `# 春季农田水利建设动员会讲话

同志们：今天召开会议，部署今冬明春农田水利建设。

## 一、认清形势

<!-- note: ` + notes.String() + ` -->

### 成绩

全县新增有效灌溉面积3.2万亩。

### 问题

部分渠系老化失修。

## 二、突出重点

### 抓好渠系配套

完成渠道防渗改造85公里。
`
}

// console is the speaker console of the long-notes talk at w×h, on its first part.
func console(t *testing.T, w, h int) Model {
	t.Helper()
	b := contenttest.Parse(t, "talk.md", []byte(longNotesTalk()))
	m := New(b, Options{Theme: render.Dark, Role: meeting.Presenter, Console: true, Section: 1, Now: fixedNow})
	return step(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// TestConsoleNotesScroll: notes longer than the console are not cut at its height: J (or shift+↓)
// (or the wheel) scrolls them down until their end shows, K (or shift+↑) back to their start, the
// console says which lines show; the presenter's keys go on moving the meeting, and a new section's notes start
// at their top. The keys are listed by ? on the console, and on no other screen.
func TestConsoleNotesScroll(t *testing.T) {
	m := console(t, 80, 24)
	screen := func(m Model) string { return ansi.Strip(m.View().Content) }
	checkSize := func(m Model) {
		t.Helper()
		lines := strings.Split(m.View().Content, "\n")
		if len(lines) != 24 {
			t.Fatalf("the console is %d lines high", len(lines))
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > 80 {
				t.Fatalf("a line %d wide: %q", ansi.StringWidth(l), ansi.Strip(l))
			}
		}
	}
	first := screen(m)
	checkSize(m)
	if !strings.Contains(first, "NOTESTART") || strings.Contains(first, "NOTEEND") {
		t.Fatalf("the console should open on the notes' start, their end out of view:\n%s", first)
	}
	if !strings.Contains(first, "↓") {
		t.Errorf("the console does not say there is more of the notes below:\n%s", first)
	}
	// Down to the end, never past it.
	scrolled := m
	for i := 0; i < 60 && !strings.Contains(screen(scrolled), "NOTEEND"); i++ {
		scrolled = press(scrolled, "J")
		checkSize(scrolled)
	}
	end := screen(scrolled)
	if !strings.Contains(end, "NOTEEND") {
		t.Fatalf("J never showed the end of the notes:\n%s", end)
	}
	if strings.Contains(end, "NOTESTART") {
		t.Errorf("the notes are short enough to show whole? the test needs longer notes:\n%s", end)
	}
	if again := screen(press(scrolled, "J")); again != end {
		t.Errorf("J at the end of the notes scrolled on:\n%s", again)
	}
	if scrolled.Position() != m.Position() {
		t.Errorf("scrolling the notes moved the meeting: %+v, was %+v", scrolled.Position(), m.Position())
	}
	// Back up, by K and by shift+↑.
	up := scrolled
	for i := 0; i < 60 && !strings.Contains(screen(up), "NOTESTART"); i++ {
		up = step(up, tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModShift})
	}
	if !strings.Contains(screen(up), "NOTESTART") {
		t.Fatalf("shift+↑ never came back to the start of the notes:\n%s", screen(up))
	}
	if down := step(m, tea.KeyPressMsg{Code: tea.KeyDown, Mod: tea.ModShift}); screen(down) == first {
		t.Errorf("shift+↓ does not scroll the notes")
	}
	if back := press(press(m, "J"), "K"); screen(back) != first {
		t.Errorf("J then K is not back at the start:\n%s", screen(back))
	}
	wheeled := step(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if screen(wheeled) == first || wheeled.Position() != m.Position() {
		t.Errorf("the wheel on the console should scroll the notes (it did: %v) and move nothing (at %+v)", screen(wheeled) != first, wheeled.Position())
	}

	// The presenter's keys still move the meeting from scrolled notes.
	stepped := press(scrolled, "]")
	if stepped.Position().Point != 0 || stepped.Position().Section != 1 {
		t.Errorf("] on the console with the notes scrolled went to %+v, want part 1's first sub-point", stepped.Position())
	}
	next := press(scrolled, "n")
	if next.Position().Section != 2 {
		t.Fatalf("n on the console went to section %d, want 2", next.Position().Section)
	}
	back := press(next, "p")
	if s := screen(back); !strings.Contains(s, "NOTESTART") {
		t.Errorf("back on part 1 the notes do not start at their top:\n%s", s)
	}

	// ? lists the keys on the console, and only there.
	help := screen(press(m, "?"))
	desc := m.words.Keys
	for _, want := range []string{"J", "K", desc.NotesDown, desc.NotesUp} {
		if !strings.Contains(help, want) {
			t.Errorf("? on the console does not list %q:\n%s", want, help)
		}
	}
	reader := sized(t, 1, 80, 24)
	if help := screen(press(reader, "?")); strings.Contains(help, desc.NotesDown) {
		t.Errorf("? in the reader lists the console's notes keys:\n%s", help)
	}
}

// TestConsoleNotesAnySize: the console draws its notes at every size, scrolled or not, without a
// line too wide or too many.
func TestConsoleNotesAnySize(t *testing.T) {
	m := press(console(t, 80, 24), "J", "J", "J")
	for w := 1; w <= 90; w += 9 {
		for h := 1; h <= 30; h += 4 {
			m = press(step(m, tea.WindowSizeMsg{Width: w, Height: h}), "J")
			lines := strings.Split(m.View().Content, "\n")
			if len(lines) != h {
				t.Fatalf("%d×%d: %d lines", w, h, len(lines))
			}
			for _, line := range lines {
				if render.StringWidth(line) > w {
					t.Fatalf("%d×%d: a line %d wide: %q", w, h, render.StringWidth(line), ansi.Strip(line))
				}
			}
		}
	}
}
