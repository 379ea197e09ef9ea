package ui

import (
	"charm.land/bubbles/v2/key"

	"briefing/content/locale"
	"briefing/ui/meeting"
)

// KeyMap is every key the reader answers to. No key means two things at once: n is the next section
// until a search is active, then the next match.
type KeyMap struct {
	NextSection, PrevSection key.Binding
	NextPoint, PrevPoint     key.Binding
	Down, Up                 key.Binding
	PageDown, PageUp         key.Binding
	Top, Bottom              key.Binding
	Jump                     key.Binding // 0–9: open that section (0 is the opening)
	Focus, FocusBack         key.Binding
	Open                     key.Binding
	Search                   key.Binding
	NextMatch, PrevMatch     key.Binding
	Clear                    key.Binding
	ToggleOutline            key.Binding
	ToggleFigures            key.Binding
	Help                     key.Binding
	Quit                     key.Binding
	Cancel                   key.Binding // esc: close the search box or the help
	Interrupt                key.Binding // ctrl+c quits even while typing

	// Presenting: f and v are bound only in a meeting, s only for the presenter; o where speaker
	// notes may be shown, a for a presenter (the audience), i where the meeting says how to join.
	Follow       key.Binding
	ToggleView   key.Binding
	ResetClock   key.Binding
	ToggleNotes  key.Binding
	ShowAudience key.Binding
	ShowConnect  key.Binding
	// The speaker console's notes scroll with keys of their own, so the presenter's keys go on
	// moving the meeting.
	NotesDown, NotesUp key.Binding
}

// DefaultKeyMap returns the bindings with their help in English.
func DefaultKeyMap() KeyMap { return NewKeyMap(locale.English.Words()) }

// NewKeyMap returns the bindings with their help in the words given.
func NewKeyMap(words *locale.Words) KeyMap {
	k := words.Keys
	return KeyMap{
		NextSection:   key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n/→", k.NextSection)),
		PrevSection:   key.NewBinding(key.WithKeys("p", "left", "h"), key.WithHelp("p/←", k.PrevSection)),
		NextPoint:     key.NewBinding(key.WithKeys("]"), key.WithHelp("]", k.NextPoint)),
		PrevPoint:     key.NewBinding(key.WithKeys("["), key.WithHelp("[", k.PrevPoint)),
		Down:          key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", k.Down)),
		Up:            key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", k.Up)),
		PageDown:      key.NewBinding(key.WithKeys("space", "pgdown"), key.WithHelp("space/pgdn", k.PageDown)),
		PageUp:        key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b/pgup", k.PageUp)),
		Top:           key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", k.Top)),
		Bottom:        key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", k.Bottom)),
		Jump:          key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0–9", k.Jump)),
		Focus:         key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", k.Focus)),
		FocusBack:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", k.FocusBack)),
		Open:          key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", k.Open)),
		Search:        key.NewBinding(key.WithKeys("/"), key.WithHelp("/", k.Search)),
		NextMatch:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", k.NextMatch), key.WithDisabled()),
		PrevMatch:     key.NewBinding(key.WithKeys("N"), key.WithHelp("N", k.PrevMatch), key.WithDisabled()),
		Clear:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", k.Clear), key.WithDisabled()),
		ToggleOutline: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", k.ToggleOutline)),
		ToggleFigures: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", k.ToggleFigures)),
		Help:          key.NewBinding(key.WithKeys("?"), key.WithHelp("?", k.Help)),
		Quit:          key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", k.Quit)),
		Cancel:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", k.Cancel)),
		Interrupt:     key.NewBinding(key.WithKeys("ctrl+c")),
		Follow:        key.NewBinding(key.WithKeys("f"), key.WithHelp("f", k.Follow), key.WithDisabled()),
		ToggleView:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", k.ToggleView), key.WithDisabled()),
		ResetClock:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", k.ResetClock), key.WithDisabled()),
		ToggleNotes:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", k.ToggleNotes), key.WithDisabled()),
		ShowAudience:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", k.ShowAudience), key.WithDisabled()),
		ShowConnect:   key.NewBinding(key.WithKeys("i"), key.WithHelp("i", k.ShowConnect), key.WithDisabled()),
		NotesDown:     key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J/shift+↓", k.NotesDown), key.WithDisabled()),
		NotesUp:       key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K/shift+↑", k.NotesUp), key.WithDisabled()),
	}
}

// A session's KeyMap is shared by every copy of its model (a KeyMap is large, and a model is copied at
// every message), so it is never changed in place: withMeeting and withSearching return a changed
// copy, or the same map when nothing changes.

// withSession binds the keys of what this session may show: the speaker notes, the audience (a
// presenter's), how to join the meeting, the console's notes.
func (k *KeyMap) withSession(notes, audience, connect, console bool) *KeyMap {
	c := *k
	c.ToggleNotes.SetEnabled(notes)
	c.ShowAudience.SetEnabled(audience)
	c.ShowConnect.SetEnabled(connect)
	c.NotesDown.SetEnabled(console)
	c.NotesUp.SetEnabled(console)
	return &c
}

// withMeeting binds the presenting keys a role uses: v for everyone, f for a viewer; s for whoever
// runs the clock, while the slides (and so the clock) are shown.
func (k *KeyMap) withMeeting(role meeting.Role, view meeting.View) *KeyMap {
	follow, reset := role == meeting.Viewer, role != meeting.Viewer && view == meeting.SlidesView
	if k.ToggleView.Enabled() && k.Follow.Enabled() == follow && k.ResetClock.Enabled() == reset {
		return k
	}
	c := *k
	c.ToggleView.SetEnabled(true)
	c.Follow.SetEnabled(follow)
	c.ResetClock.SetEnabled(reset)
	return &c
}

// withSearching gives n and N to the matches while a search is active, and back to the sections after.
func (k *KeyMap) withSearching(active bool) *KeyMap {
	c := *k
	c.setSearching(active)
	return &c
}

func (k *KeyMap) setSearching(active bool) {
	k.NextMatch.SetEnabled(active)
	k.PrevMatch.SetEnabled(active)
	k.Clear.SetEnabled(active)
	if active {
		k.NextSection.SetKeys("right", "l")
		k.NextSection.SetHelp("→/l", k.NextSection.Help().Desc)
		return
	}
	k.NextSection.SetKeys("n", "right", "l")
	k.NextSection.SetHelp("n/→", k.NextSection.Help().Desc)
}

// ShortHelp is the footer's one line of help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextSection, k.PrevSection, k.NextMatch, k.Down, k.Search, k.Clear, k.Follow, k.Help, k.Quit}
}

// MinimalHelp is the footer's help when the full line does not fit: how to get help, search (or,
// during a search, move between matches and clear it), leave.
func (k KeyMap) MinimalHelp() []key.Binding {
	return []key.Binding{k.Help, k.NextMatch, k.Clear, k.Search, k.Quit}
}

// FullHelp is the help screen, a column per kind of key.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextSection, k.PrevSection, k.NextPoint, k.PrevPoint, k.Jump},
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Search, k.NextMatch, k.PrevMatch, k.Clear, k.Cancel, k.Focus, k.FocusBack, k.Open},
		{k.ToggleOutline, k.ToggleFigures, k.Follow, k.ToggleView, k.ResetClock, k.ToggleNotes, k.NotesDown, k.NotesUp},
		{k.ShowAudience, k.ShowConnect, k.Help, k.Quit},
	}
}
