package ui

import (
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"briefing/ui/render"
)

// A long document's sections take milliseconds each to render (a provincial report's 15 parts, 50 ms
// in all), so a session does not wait for them one keypress at a time: once the reader has a width
// and a theme, a command renders every section for them in the background, the nearest first, with
// its figures panel, into the renderer every session shares. The next section and a search over all
// of them then find their renderings made. A session that resizes again stops warming the old width
// at its next section: warming holds the session's generation (warmth), and a newer one ends it.

// warmth counts a session's warm-ups; shared by the copies of its model.
type warmth struct{ generation atomic.Int64 }

// warmAfter starts warming the sections when the reader's width or theme differs from before's, or
// the document was reloaded.
func (m Model) warmAfter(before Model) tea.Cmd {
	r := m.reader
	if r.width <= 0 || len(m.briefing.Sections) < 2 || r.width == before.reader.width && r.theme == before.reader.theme && m.renderer == before.renderer {
		return nil
	}
	// The panel is drawn on another goroutine than the session's, which may restyle meanwhile: it
	// draws with a copy of the styles as they are.
	styles := *m.styles
	panel := m.figures
	panel.styles = &styles
	return warmSections(m.warmth, m.renderer, panel, r.width, r.theme, m.nav.Section, len(m.briefing.Sections))
}

// warmSections renders every section at width in theme, and its figures panel, nearest to from
// first, until the session warms another width or theme.
func warmSections(w *warmth, r *render.Renderer, panel figuresPanel, width int, theme render.Theme, from, sections int) tea.Cmd {
	generation := w.generation.Add(1)
	return func() tea.Msg {
		for distance := 1; distance < sections; distance++ {
			for _, i := range []int{from + distance, from - distance} {
				if i < 0 || i >= sections {
					continue
				}
				if w.generation.Load() != generation {
					return nil
				}
				r.Section(i, width, theme)
				panel.SetSection(i)
			}
		}
		return nil
	}
}
