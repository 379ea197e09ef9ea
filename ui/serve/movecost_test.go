package serve

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"

	"briefing/ui"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// frameWriter draws frames as Bubble Tea's renderer does for a program on the alternate screen: the
// view's text parsed into a buffer of cells, compared with the frame before, and the difference
// written out for a 256-colour terminal (what the harness's clients say they are).
type frameWriter struct {
	cells   uv.ScreenBuffer
	screen  *uv.TerminalRenderer
	written byteCounter
}

type byteCounter int64

func (c *byteCounter) Write(p []byte) (int, error) { *c += byteCounter(len(p)); return len(p), nil }

func newFrameWriter(w, h int) *frameWriter {
	f := &frameWriter{cells: uv.NewScreenBuffer(w, h)}
	f.screen = uv.NewTerminalRenderer(&f.written, []string{"TERM=xterm-256color"})
	f.screen.SetColorProfile(colorprofile.ANSI256)
	f.screen.SetFullscreen(true)
	f.screen.SetRelativeCursor(false)
	f.screen.Resize(w, h)
	f.screen.Erase()
	return f
}

// draw writes the difference between the last frame and this one.
func (f *frameWriter) draw(content string) {
	f.cells.Clear()
	uv.NewStyledString(content).Draw(f.cells, f.cells.Bounds())
	f.screen.Render(f.cells.RenderBuffer)
	_ = f.screen.Flush()
}

// BenchmarkMoveFrame is one viewer's share of a presenter's move at 100×30, on the floor and on
// briefing: the move delivered to the session's model, its view, and the frame drawn and diffed as
// Bubble Tea does. Everything shared (the rendered sections) is warm. bytes/op is what the viewer
// receives.
func BenchmarkMoveFrame(b *testing.B) {
	doc := loadSeed(b)
	const w, h = 100, 30
	sections := []int{1, 2, 3, 4}
	b.Run("floor", func(b *testing.B) {
		var m tea.Model = floorModel{floor: &floor{briefing: doc}, width: w, height: h}
		benchmarkMoves(b, w, h, m, func(i int) tea.Msg { return floorMoveMsg{move: i + 1, section: sections[i%len(sections)]} })
	})
	b.Run("briefing", func(b *testing.B) {
		joined := meeting.State{}
		var m tea.Model = ui.New(doc, ui.Options{Renderer: render.New(doc), Role: meeting.Viewer, Joined: &joined})
		m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		benchmarkMoves(b, w, h, m, func(i int) tea.Msg {
			p := meeting.StartPosition(meeting.ReaderView)
			p.Section = sections[i%len(sections)]
			return ui.MeetingMsg{State: meeting.State{Presenter: p, HasPresenter: true, Presenting: true, Online: 201}}
		})
	})
}

func benchmarkMoves(b *testing.B, w, h int, m tea.Model, move func(int) tea.Msg) {
	f := newFrameWriter(w, h)
	seen := map[string]bool{}
	for i := range 8 { // every section drawn once: the shared renderings are warm
		m, _ = m.Update(move(i))
		view := m.View().Content
		seen[view] = true
		f.draw(view)
	}
	if len(seen) < 4 { // a move the model ignores would measure a frame redrawn unchanged
		b.Fatalf("8 moves through 4 sections drew %d different frames", len(seen))
	}
	f.written = 0
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m, _ = m.Update(move(i))
		f.draw(m.View().Content)
		i++
	}
	b.ReportMetric(float64(f.written)/float64(i), "bytes/move")
	if f.written == 0 {
		b.Fatalf("%d moves wrote nothing", i)
	}
}
