package ui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"

	"briefing/content/contenttest"
	"briefing/ui/render"
)

// The end-to-end flow runs the real program against a terminal emulator and reads the screen the way a
// user would. (The teatest/v2 version of this flow is in reader_flow_test.go.)

// ttyWriter turns \n into \r\n, as a terminal's ONLCR does: the renderer assumes it when its input is
// not a terminal.
type ttyWriter struct{ w io.Writer }

func (t ttyWriter) Write(p []byte) (int, error) {
	if _, err := t.w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// terminal is a running program and the emulator it draws on.
type terminal struct {
	t       *testing.T
	emu     *vt.SafeEmulator
	program *tea.Program
	done    chan tea.Model
}

func startTerminal(t *testing.T, m tea.Model, w, h int) *terminal {
	t.Helper()
	emu := vt.NewSafeEmulator(w, h)
	go func() { _, _ = io.Copy(io.Discard, emu) }() // the emulator's replies to queries, if any
	p := tea.NewProgram(m,
		tea.WithInput(nil), // keys come through Send, as teatest sends them
		tea.WithOutput(ttyWriter{emu}),
		tea.WithWindowSize(w, h),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		tea.WithColorProfile(colorprofile.TrueColor),
		tea.WithoutSignalHandler(),
	)
	term := &terminal{t: t, emu: emu, program: p, done: make(chan tea.Model, 1)}
	go func() {
		final, err := p.Run()
		if err != nil {
			t.Errorf("program: %v", err)
		}
		term.done <- final
	}()
	t.Cleanup(func() {
		p.Kill()
		// Ends the io.Copy above. Not emu.Close: it sets a flag that Read reads without a lock, a
		// data race inside x/vt v0.1.0.
		if pipe, ok := emu.InputPipe().(io.Closer); ok {
			_ = pipe.Close()
		}
	})
	return term
}

// press sends keys the way teatest's Type does.
func (term *terminal) press(keys ...string) {
	for _, k := range keys {
		term.program.Send(keyPress(k))
	}
}

func (term *terminal) typeText(s string) {
	for _, r := range s {
		term.program.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// lines is the screen as text, one string per row.
func (term *terminal) lines() []string {
	return strings.Split(ansi.Strip(term.emu.Render()), "\n")
}

// waitFor polls the screen until cond holds, failing after contenttest.Patience.
func (term *terminal) waitFor(what string, cond func(lines []string) bool) []string {
	term.t.Helper()
	deadline := time.After(contenttest.Patience)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		lines := term.lines()
		if cond(lines) {
			return lines
		}
		select {
		case <-deadline:
			term.t.Fatalf("timed out waiting for %s; the screen:\n%s", what, strings.Join(lines, "\n"))
		case <-tick.C:
		}
	}
}

// final waits for the program to end and returns its last model.
func (term *terminal) final() Model {
	term.t.Helper()
	select {
	case m := <-term.done:
		final, ok := m.(Model)
		if !ok {
			term.t.Fatalf("final model is %T", m)
		}
		return final
	case <-time.After(contenttest.Patience):
		term.t.Fatal("the program did not quit")
	}
	return Model{}
}

// cellsOf finds s on row y and returns the cells it is drawn in.
func (term *terminal) cellsOf(y int, s string) []*uv.Cell {
	var cells []*uv.Cell
	var text strings.Builder
	for x := 0; x < term.emu.Width(); x++ {
		c := term.emu.CellAt(x, y)
		if c == nil || c.Content == "" {
			continue // the second half of a wide character
		}
		cells = append(cells, c)
		text.WriteString(c.Content)
	}
	// Map the byte offset of s back to a cell: each cell holds one grapheme.
	i := strings.Index(text.String(), s)
	if i < 0 {
		return nil
	}
	var found []*uv.Cell
	offset := 0
	for _, c := range cells {
		if offset >= i && offset < i+len(s) {
			found = append(found, c)
		}
		offset += len(c.Content)
	}
	return found
}

func TestFlow(t *testing.T) {
	term := startTerminal(t, New(contenttest.Seed(t), Options{Theme: render.Dark}), 120, 40)
	term.waitFor("the opening", func(lines []string) bool {
		return strings.HasSuffix(strings.TrimSpace(lines[0]), seedWords(t).Opening) && strings.Contains(lines[0], "守正创新")
	})

	term.press("2")
	term.waitFor("part 2 in the header", func(lines []string) bool {
		return strings.Contains(lines[0], "2/4 · 以文教旺推进城乡旺")
	})

	term.press("/")
	term.typeText("枇杷")
	term.waitFor("the query in the search box", func(lines []string) bool {
		return strings.HasPrefix(lines[len(lines)-1], "/ 枇杷")
	})
	term.press("enter")
	lines := term.waitFor("the search status", func(lines []string) bool {
		return strings.Contains(lines[len(lines)-1], "/枇杷 1/2")
	})
	if !strings.Contains(lines[0], "2/4 · 以文教旺推进城乡旺") {
		t.Fatalf("the search left part 2:\n%s", strings.Join(lines, "\n"))
	}
	// Both 土枇杷 of part 2 are on screen, 枇杷 in reverse video, 土 not.
	rows := 0
	for y, line := range lines {
		if !strings.Contains(line, "土枇杷") {
			continue
		}
		rows++
		cells := term.cellsOf(y, "土枇杷")
		if len(cells) != 3 {
			t.Fatalf("row %d: found %d cells for 土枇杷", y, len(cells))
		}
		for i, c := range cells {
			reversed := c.Style.Attrs&uv.AttrReverse != 0
			if reversed != (i > 0) {
				t.Errorf("row %d: %q reverse video %v", y, c.Content, reversed)
			}
		}
	}
	if rows != 2 {
		t.Fatalf("土枇杷 on %d rows, want 2:\n%s", rows, strings.Join(lines, "\n"))
	}

	term.press("?")
	term.waitFor("the help", func(lines []string) bool {
		return strings.Contains(strings.Join(lines, "\n"), seedWords(t).Keys.Jump) && !strings.Contains(strings.Join(lines, "\n"), "土枇杷")
	})

	term.press("q")
	m := term.final()
	if !m.search.Active() || m.search.query != "枇杷" {
		t.Fatalf("final search %q active %v", m.search.query, m.search.Active())
	}
	if hit, ok := m.search.Current(); !ok || hit.section != 2 || m.nav.Section != 2 {
		t.Fatalf("final hit %+v, section %d", hit, m.nav.Section)
	}
	if !m.showHelp {
		t.Fatal("the help was not open when q was pressed")
	}
	if !strings.Contains(m.View().Content, seedWords(t).Keys.Jump) {
		t.Fatal("the final view is not the help")
	}
}
