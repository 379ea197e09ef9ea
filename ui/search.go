package ui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"briefing/content/locale"
	"briefing/ui/render"
)

// searchHit is one match in one section.
type searchHit struct {
	section int
	match   render.Match
}

// search is the search box and the matches of the last search across all sections.
//
// The text box is large and a model is copied at every message, so the box is shared by the copies
// and never changed in place: edit makes a changed copy.
type search struct {
	styles  *Styles // the session's, shared with every pane
	input   *textinput.Model
	typing  bool   // the box has the keyboard
	query   string // the active search, "" for none
	hits    []searchHit
	current int
	version int // counts the changes of hits
	// foundIn is what the hits were found in: a resize that keeps the reader's width (a new height,
	// a pane shown or hidden beside a reader as wide) finds the same hits without searching again.
	foundIn wrapping
	mixed   bool // one section's hits were found again in another wrapping than foundIn (RefreshSection)
}

// wrapping is a document's sections as wrapped for a reader: its renderer, width and theme.
type wrapping struct {
	renderer *render.Renderer
	width    int
	theme    render.Theme
}

// Stale reports whether the hits were found in another wrapping than the one given, and so must be
// found again (Refresh).
func (s search) Stale(r *render.Renderer, width int, theme render.Theme) bool {
	return s.query != "" && (s.mixed || s.foundIn != (wrapping{renderer: r, width: width, theme: theme}))
}

func newSearch(words *locale.Words, styles *Styles) search {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = words.SearchPrompt
	in.CharLimit = 80
	in.KeyMap.Paste.SetEnabled(false) // ctrl+v would read the clipboard of the machine serving the session
	return search{styles: styles, input: &in, current: -1}.Restyle()
}

// edit changes a copy of the text box.
func (s search) edit(change func(*textinput.Model)) search {
	in := *s.input
	change(&in)
	s.input = &in
	return s
}

// Restyle gives the text box the session's current styles: bubbles' text input keeps its own copy.
func (s search) Restyle() search {
	return s.edit(func(in *textinput.Model) { in.SetStyles(s.styles.Search) })
}

// Start gives the box the keyboard.
func (s search) Start() (search, tea.Cmd) {
	s.typing = true
	var cmd tea.Cmd
	s = s.edit(func(in *textinput.Model) {
		in.SetValue(s.query)
		in.CursorEnd()
		cmd = in.Focus()
	})
	return s, cmd
}

// Cancel leaves the box without searching.
func (s search) Cancel() search {
	if !s.typing && !s.input.Focused() {
		return s
	}
	s.typing = false
	return s.edit(func(in *textinput.Model) { in.Blur() })
}

// Clear forgets the search.
func (s search) Clear() search {
	s = s.Cancel()
	s.query, s.hits, s.current = "", nil, -1
	s.version++
	return s
}

// Active reports whether a search with matches is on.
func (s search) Active() bool { return s.query != "" && len(s.hits) > 0 }

// Update passes keys to the box while it has the keyboard.
func (s search) Update(msg tea.Msg) (search, tea.Cmd) {
	if !s.typing {
		return s, nil
	}
	var cmd tea.Cmd
	s = s.edit(func(in *textinput.Model) { *in, cmd = in.Update(msg) })
	return s, cmd
}

// Run searches every section, as rendered at width in theme, for the box's text.
func (s search) Run(r *render.Renderer, sections, width int, theme render.Theme) search {
	s = s.Cancel()
	s.query = s.input.Value()
	s = s.Refresh(r, sections, width, theme)
	return s
}

// Refresh finds the matches again for a new width or theme, keeping the current one.
func (s search) Refresh(r *render.Renderer, sections, width int, theme render.Theme) search {
	section, ordinal := s.currentOrdinal()
	s.hits = nil
	s.version++
	s.foundIn, s.mixed = wrapping{renderer: r, width: width, theme: theme}, false
	if s.query == "" || width <= 0 {
		s.current = -1
		return s
	}
	for i := range sections {
		for _, m := range r.Section(i, width, theme).Find(s.query) {
			s.hits = append(s.hits, searchHit{section: i, match: m})
		}
	}
	s.current = s.indexOf(section, ordinal)
	return s
}

// Relaid is the search for a reader laid out again, as wide as width, showing section shown: the
// same hits when the wrapping is the same; when only the width changed (many times a second while a
// window is dragged), section shown searched again and the others left for Settle; else a search
// over every section again.
func (s search) Relaid(r *render.Renderer, shown, sections, width int, theme render.Theme) search {
	switch {
	case !s.Stale(r, width, theme):
		return s
	case width > 0 && s.foundIn.renderer == r && s.foundIn.theme == theme:
		return s.RefreshSection(r, shown, width, theme)
	}
	return s.Refresh(r, sections, width, theme)
}

// Settle finds every section's hits again if they are Stale: once a storm of resizes is over.
func (s search) Settle(r *render.Renderer, sections, width int, theme render.Theme) search {
	if !s.Stale(r, width, theme) {
		return s
	}
	return s.Refresh(r, sections, width, theme)
}

// RefreshSection finds the matches of section i again at width in theme and keeps the other
// sections' hits as they were: all a resize storm needs on screen at each size, for a section's
// share of the cost. The search stays Stale, and Settle finds the rest once the storm is over.
func (s search) RefreshSection(r *render.Renderer, i, width int, theme render.Theme) search {
	if s.query == "" {
		return s
	}
	section, ordinal := s.currentOrdinal()
	at, end := len(s.hits), len(s.hits) // section i's hits are s.hits[at:end], in order
	for k, h := range s.hits {
		if h.section == i && at == len(s.hits) {
			at = k
		}
		if h.section > i {
			end = k
			break
		}
	}
	at = min(at, end)
	hits := append([]searchHit(nil), s.hits[:at]...)
	for _, m := range r.Section(i, width, theme).Find(s.query) {
		hits = append(hits, searchHit{section: i, match: m})
	}
	s.hits = append(hits, s.hits[end:]...)
	s.version++
	s.mixed = true
	s.current = s.indexOf(section, ordinal)
	return s
}

// currentOrdinal names the current hit by its section and its place among that section's hits,
// which survive a new wrapping.
func (s search) currentOrdinal() (section, ordinal int) {
	if s.current < 0 || s.current >= len(s.hits) {
		return -1, 0
	}
	section = s.hits[s.current].section
	for i := s.current - 1; i >= 0 && s.hits[i].section == section; i-- {
		ordinal++
	}
	return section, ordinal
}

func (s search) indexOf(section, ordinal int) int {
	if len(s.hits) == 0 {
		return -1
	}
	for i, h := range s.hits {
		if h.section == section {
			if ordinal == 0 {
				return i
			}
			ordinal--
		}
	}
	return -1
}

// First makes current the first hit at or after the given place, wrapping to the first of all.
func (s search) First(section, line int) search {
	s.current = -1
	for i, h := range s.hits {
		if h.section > section || h.section == section && h.match.StartLine >= line {
			s.current = i
			return s
		}
	}
	if len(s.hits) > 0 {
		s.current = 0
	}
	return s
}

// Step moves to the next (+1) or previous (−1) hit, wrapping around.
func (s search) Step(delta int) search {
	if len(s.hits) == 0 {
		return s
	}
	s.current = ((s.current+delta)%len(s.hits) + len(s.hits)) % len(s.hits)
	return s
}

// Current is the current hit.
func (s search) Current() (searchHit, bool) {
	if s.current < 0 || s.current >= len(s.hits) {
		return searchHit{}, false
	}
	return s.hits[s.current], true
}

// InSection lists the hits of one section and which of them is current (-1 if none).
func (s search) InSection(section int) (matches []render.Match, current int) {
	current = -1
	for i, h := range s.hits {
		if h.section == section {
			if i == s.current {
				current = len(matches)
			}
			matches = append(matches, h.match)
		}
	}
	return matches, current
}
