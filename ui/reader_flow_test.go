// This file is the reader's end-to-end flow through teatest/v2.

package ui_test

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/charmbracelet/x/vt"

	"briefing/content/contenttest"
	"briefing/ui"
	"briefing/ui/render"
)

// screen replays the program's output stream into a terminal emulator, so assertions are about what
// is on the screen rather than about the diff-based byte stream.
type screen struct {
	emu *vt.Emulator
	fed int // bytes of the current WaitFor's output already written
}

func newScreen(w, h int) *screen {
	emu := vt.NewEmulator(w, h)
	go func() { _, _ = io.Copy(io.Discard, emu) }() // answers to the program's queries; never read
	return &screen{emu: emu}
}

// write feeds output to the emulator, turning \n into \r\n as a terminal's ONLCR would: the renderer
// assumes it because its input is not a terminal.
func (s *screen) write(p []byte) {
	_, _ = s.emu.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n")))
}

func (s *screen) lines() []string { return strings.Split(ansi.Strip(s.emu.Render()), "\n") }

// waitFor reads the program's output into the screen until cond holds.
func (s *screen) waitFor(t *testing.T, tm *teatest.TestModel, cond func(lines []string) bool) []string {
	t.Helper()
	var lines []string
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		// b is everything read during this WaitFor; the reader drains, so write only the new part.
		s.write(b[s.seen(len(b)):])
		lines = s.lines()
		return cond(lines)
	}, teatest.WithDuration(contenttest.Patience), teatest.WithCheckInterval(5*time.Millisecond))
	s.fed = 0
	return lines
}

func (s *screen) seen(n int) int {
	from := s.fed
	s.fed = n
	return from
}

func TestReaderFlowTeatest(t *testing.T) {
	b := contenttest.Seed(t)
	tm := teatest.NewTestModel(t, ui.New(b, ui.Options{Theme: render.Dark}),
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
			tea.WithColorProfile(colorprofile.TrueColor),
		))
	s := newScreen(120, 40)
	s.waitFor(t, tm, func(lines []string) bool {
		return strings.HasSuffix(strings.TrimSpace(lines[0]), b.Language.Words().Opening)
	})

	tm.Type("2")
	s.waitFor(t, tm, func(lines []string) bool { return strings.Contains(lines[0], "2/4 · 以文教旺推进城乡旺") })

	tm.Type("/枇杷")
	s.waitFor(t, tm, func(lines []string) bool { return strings.HasPrefix(lines[len(lines)-1], "/ 枇杷") })
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	lines := s.waitFor(t, tm, func(lines []string) bool { return strings.Contains(lines[len(lines)-1], "/枇杷 1/2") })
	if !strings.Contains(strings.Join(lines, "\n"), "土枇杷") {
		t.Fatalf("no 土枇杷 on screen after the search:\n%s", strings.Join(lines, "\n"))
	}

	tm.Type("?")
	s.waitFor(t, tm, func(lines []string) bool {
		return strings.Contains(strings.Join(lines, "\n"), b.Language.Words().Keys.Jump)
	})

	tm.Type("q")
	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(contenttest.Patience)).(ui.Model)
	if !ok {
		t.Fatal("the final model is not a ui.Model")
	}
	if section := final.Position().Section; section != 2 {
		t.Fatalf("final section %d, want 2 (the part with 土枇杷)", section)
	}
	// Close the help: the section is drawn with the current match in reverse video.
	next, _ := final.Update(tea.KeyPressMsg{Code: '?', Text: "?"})
	view := next.View().Content
	// Both 土枇杷 of part 2 are on screen, the current and the other match, each in reverse video.
	if n := len(regexp.MustCompile(`\x1b\[(?:[0-9:]*;)*7(?:;[0-9:]*)*m枇杷`).FindAllString(view, -1)); n != 2 {
		t.Fatalf("枇杷 drawn in reverse video %d times, want 2:\n%q", n, view)
	}
	if !strings.Contains(ansi.Strip(view), "/枇杷 1/2") {
		t.Fatalf("the search is not active in the final model:\n%s", ansi.Strip(view))
	}
}
