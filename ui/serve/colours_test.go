package serve

import (
	"bytes"
	"image/color"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/ui"
	"briefing/ui/meeting"
)

var (
	lightTerminal = color.RGBA{R: 0xff, G: 0xff, B: 0xf8, A: 0xff}
	darkTerminal  = color.RGBA{R: 0x10, G: 0x10, B: 0x18, A: 0xff}
)

// titleColour is the colour of the slide title's box on the session's screen, or nil while no slide
// title is shown. (The screen is read whole, under the emulator's lock: its cells change as output
// arrives.)
func (t *term) titleColour() color.Color {
	for _, line := range uv.NewStyledString(t.emu.Render()).Lines(ansi.GraphemeWidth) {
		for _, cell := range line {
			if cell.Content == "┏" {
				return cell.Style.Fg
			}
		}
	}
	return nil
}

// waitForClockTicks waits for the slides' clock ticks of closed sessions to fire: a tick already
// asked for ends its goroutine up to a second after its program has quit, and the leak check must
// not mistake it for a leak.
func waitForClockTicks(t *testing.T) {
	t.Helper()
	ticking := func() bool {
		buf := make([]byte, 1<<20)
		return bytes.Contains(buf[:runtime.Stack(buf, true)], []byte("bubbletea/v2.Tick"))
	}
	if !contenttest.Eventually(timeout, func() bool { return !ticking() }) {
		t.Errorf("clock ticks still waiting %v after the server shut down", timeout)
	}
}

// sameColour reports whether the screen's colour c is want as some colour profile lowers it: the
// server draws in full colour and lowers it for the client's terminal.
func sameColour(c, want color.Color) bool {
	if c == nil {
		return false
	}
	r, g, b, a := c.RGBA()
	for _, p := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256, colorprofile.ANSI} {
		wr, wg, wb, wa := p.Convert(want).RGBA()
		if r == wr && g == wg && b == wb && a == wa {
			return true
		}
	}
	return false
}

// TestSlidesFollowTheViewersBackground: a viewer whose terminal answers that its background is light
// gets the slides in the light palette, whether the answer arrives before the first frame or after
// it; a dark terminal keeps the dark one.
func TestSlidesFollowTheViewersBackground(t *testing.T) {
	t.Parallel()
	lightAccent := ui.NewStyles(false).SlideTitle.GetForeground()
	darkAccent := ui.NewStyles(true).SlideTitle.GetForeground()
	t.Cleanup(func() { waitForClockTicks(t) }) // runs last, once the server has shut down
	f := newFixture(t, withConfig(func(c *Config) { c.View = meeting.SlidesView }))
	for _, tc := range []struct {
		name       string
		background color.Color
		late       bool // the answer is held until the first slide is on screen
		want       color.Color
	}{
		{"light", lightTerminal, false, lightAccent},
		{"light answering late", lightTerminal, true, lightAccent},
		{"dark", darkTerminal, false, darkAccent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			var once sync.Once
			open := func() { once.Do(func() { close(release) }) }
			opts := termOptions{ptyW: 100, ptyH: 30, background: tc.background}
			if tc.late {
				opts.holdReplies = release
			}
			viewer, err := openTerm(t, f.addr, noKey(""), opts)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(open) // before the session closes
			if tc.late {
				viewer.waitFor(f.b.Title, timeout)
				if c := viewer.titleColour(); !sameColour(c, darkAccent) {
					t.Fatalf("before the terminal answered the title was %v; want the dark accent %v", c, darkAccent)
				}
				open()
			}
			screen, err := viewer.await(func(s string) bool {
				return strings.Contains(s, f.b.Title) && sameColour(viewer.titleColour(), tc.want)
			}, timeout)
			if err != nil {
				t.Fatalf("%v: the slide title is %v, want %v; screen:\n%s", err, viewer.titleColour(), tc.want, screen)
			}
		})
	}
}
