package serve

import (
	"context"
	"io"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// forwardInput reads a session's keystrokes itself and hands them to the program with Send.
//
// A program reading its input directly leaks when it quits with keystrokes still queued: its input
// goroutine waits for ever to deliver the next key to an event loop that has stopped, holding the
// whole program (and its screen buffers) in memory. Here the keys are decoded by the same reader
// Bubble Tea uses, but delivered with Send, which does nothing once the program has ended, and the
// decoder is drained until the session's input closes, so nothing waits on a program that is gone.
//
// A program without input does not ask the terminal for its background, so the question is asked
// here; the answer arrives with the keys.
func forwardInput(ctx context.Context, in io.Reader, out io.Writer, term string, p *tea.Program) {
	_, _ = io.WriteString(out, ansi.RequestBackgroundColor)
	reader := uv.NewTerminalReader(in, term)
	events := make(chan uv.Event)
	go func() {
		defer close(events)
		_ = reader.StreamEvents(ctx, events)
	}()
	for event := range events {
		p.Send(event)
	}
}
