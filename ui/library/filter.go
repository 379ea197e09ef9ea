package library

import (
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// The list filters in the background: each change of the filter's text starts a command whose
// result (list.FilterMatchesMsg) says nothing of the text it was computed for. Two changes close
// together (an input method committing 临江 as 临 then 江, a burst of keys) run side by side and
// may finish in either order, and the list would show the matches of the older text. So every
// command the list starts is tagged with the filter's text and the entries' generation it was
// started for, and a result is given to the list only when both are still the current ones.

// filterResultMsg is the list's filter result with what it was computed for.
type filterResultMsg struct {
	query      string
	generation int
	matches    list.FilterMatchesMsg
}

// updateList passes msg to the list and tags the filtering it starts.
func (m Model) updateList(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return m, tagFilter(cmd, m.list.FilterInput.Value(), m.generation)
}

// tagFilter wraps cmd so that a filter result it gives, alone or in a batch, comes back as a
// filterResultMsg for query and generation; any other message comes back as it is.
func tagFilter(cmd tea.Cmd, query string, generation int) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return filterResultMsg{query: query, generation: generation, matches: msg}
		case tea.BatchMsg:
			tagged := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				tagged[i] = tagFilter(c, query, generation)
			}
			return tagged
		default:
			return msg
		}
	}
}

// withFilterResult gives the list a filter result still current: computed for the filter's text
// as it is now and for the entries the list holds. Others are dropped: a newer one is on its way.
func (m Model) withFilterResult(msg filterResultMsg) Model {
	if m.list.FilterState() == list.Unfiltered || msg.query != m.list.FilterInput.Value() || msg.generation != m.generation {
		return m
	}
	m.list, _ = m.list.Update(msg.matches)
	return m
}

// setItems gives the list its rows. Under a filter the list drops its matches until it has filtered
// the new rows: it is done here, at once, so that the filter holds through a reload of the entries
// in every view (the reader's included) and no frame shows the list empty.
func (m Model) setItems(items []list.Item) Model {
	cmd := m.list.SetItems(items)
	if cmd == nil {
		return m
	}
	if matches, ok := cmd().(list.FilterMatchesMsg); ok {
		m.list, _ = m.list.Update(matches)
	}
	return m
}
