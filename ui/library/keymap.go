package library

import (
	"charm.land/bubbles/v2/key"

	"briefing/content/locale"
)

// KeyMap is the library's keys; the list's own (/, arrows, pages) are bubbles' list keys.
type KeyMap struct {
	Open, Back, Search, Compare, Up, Down, Help, Quit key.Binding
}

// NewKeyMap binds the keys with their help in words.
func NewKeyMap(words *locale.Words) KeyMap {
	k := words.Library.Keys
	return KeyMap{
		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", k.Open)),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", k.Back)),
		Search:  key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", k.Search)),
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", k.Compare)),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", k.Up)),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", k.Down)),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", k.Help)),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", k.Quit)),
	}
}

// filterKey is how the footer names the list's filter key.
func filterKey(words *locale.Words) key.Binding {
	return key.NewBinding(key.WithKeys("/"), key.WithHelp("/", words.Library.Keys.Filter))
}

// clearFilterKey is how the footer names the list's key that takes an applied filter away.
func clearFilterKey(words *locale.Words) key.Binding {
	return key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", words.Library.Keys.ClearFilter))
}
