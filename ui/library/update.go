package library

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"briefing/content/library"
	"briefing/ui"
)

// Update routes a message: the background's to the library, sizes and colours to every view, keys to
// the view shown.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loaderMsg:
		m.loader = msg.loader
		return m, nextBatch(msg.loader)
	case entriesMsg:
		m.read += len(msg.entries)
		return m.merge(msg.entries), nextBatch(msg.loader)
	case loadedMsg:
		m.read = m.total
		return m, nil
	case watcherMsg:
		m.watcher = msg.watcher
		return m, waitForChanges(msg.watcher)
	case changedMsg:
		return m, tea.Batch(readChanged(m.opts, msg.paths), waitForChanges(m.watcher))
	case rereadMsg:
		return m.reread(msg)
	case filterResultMsg:
		return m.withFilterResult(msg), nil
	case hitsMsg:
		m.search = m.search.withHits(msg, m.generation)
		return m, nil
	case comparisonMsg:
		m.compare = m.compare.withComparison(msg, m.generation, m.words)
		return m, nil
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.opts.Theme == "" {
			m.dark = msg.IsDark()
			*m.styles = *ui.NewStyles(m.dark)
			m.search = m.search.restyle()
		}
		return m.toReader(msg)
	case tea.KeyPressMsg:
		return m.keyPress(msg)
	}
	switch m.mode {
	case readerMode:
		return m.toReader(msg)
	case searchMode:
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	}
	return m.updateList(msg)
}

// merge adds or replaces entries, keeping the list's selection on the same file.
func (m Model) merge(entries []library.Entry) Model {
	byPath := make(map[string]int, len(m.entries))
	for i, e := range m.entries {
		byPath[e.Path] = i
	}
	for _, e := range entries {
		if i, ok := byPath[e.Path]; ok {
			m.entries[i] = e
			continue
		}
		byPath[e.Path] = len(m.entries)
		m.entries = append(m.entries, e)
	}
	return m.relist()
}

// relist sorts the entries and gives them to the list, the same file staying selected and the
// filter, if any, applied to them.
func (m Model) relist() Model {
	m.entries = append([]library.Entry(nil), m.entries...)
	library.Sort(m.entries)
	m.generation++
	selected := m.selectedPath()
	m = m.setItems(rowsOf(m.entries, m.problems))
	if m.moved {
		m = m.selectPath(selected)
	}
	return m
}

// selectPath puts the list's cursor on the file at path, if the list shows it.
func (m Model) selectPath(path string) Model {
	if path == "" {
		return m
	}
	for i, item := range m.list.VisibleItems() {
		if item.(row).entry.Path == path {
			m.list.Select(i)
			break
		}
	}
	return m
}

func (m Model) selectedPath() string {
	if r, ok := m.list.SelectedItem().(row); ok {
		return r.entry.Path
	}
	return ""
}

func (m Model) resize(w, h int) (tea.Model, tea.Cmd) {
	m.width, m.height = max(w, 0), max(h, 0)
	listW, _ := m.columns()
	m.list.SetSize(listW, max(m.height-2, 0))
	m.search = m.search.SetSize(m.width, max(m.height-2, 0))
	m.compare = m.compare.SetSize(m.width, max(m.height-2, 0))
	if m.reader != nil {
		return m.toReader(tea.WindowSizeMsg{Width: w, Height: h})
	}
	return m, nil
}

// columns splits the width between the list and the preview: the preview shows from 90 columns.
func (m Model) columns() (listW, previewW int) {
	if m.width < 90 {
		return m.width, 0
	}
	previewW = m.width * 2 / 5
	return m.width - previewW - 1, previewW
}

// keyPress handles a key in the view shown.
func (m Model) keyPress(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch m.mode {
	case readerMode:
		if key.Matches(msg, m.keys.Back) && m.reader.AtRest() && !m.single {
			m.mode, m.reader, m.readerPath = m.returnTo, nil, ""
			return m, nil
		}
		return m.toReader(msg)
	case searchMode:
		return m.searchKey(msg)
	case compareMode:
		return m.compareKey(msg)
	}
	m.notice = ""
	filtering := m.list.FilterState() == list.Filtering
	switch {
	case filtering:
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.showHelp = !m.showHelp
		return m, nil
	case key.Matches(msg, m.keys.Open):
		if r, ok := m.list.SelectedItem().(row); ok && r.entry.OK() {
			return m.open(r.entry, "", 0, 0)
		}
		return m, nil
	case key.Matches(msg, m.keys.Search):
		m.mode = searchMode
		var cmd tea.Cmd
		m.search, cmd = m.search.Start()
		return m, cmd
	case key.Matches(msg, m.keys.Compare):
		m.mode = compareMode
		if m.compare.generation != m.generation || !m.compare.ready {
			return m, compareCmd(m.entries, m.generation)
		}
		return m, nil
	}
	before, selected, wasFiltered := m.list.GlobalIndex(), m.selectedPath(), m.list.FilterState() != list.Unfiltered
	m, cmd := m.updateList(msg)
	if wasFiltered && m.list.FilterState() == list.Unfiltered {
		// The list keeps its cursor's place, which in the whole list is another file: the one that
		// was selected stays selected.
		m = m.selectPath(selected)
	}
	m.moved = m.moved || m.list.GlobalIndex() != before || m.list.FilterState() != list.Unfiltered
	return m, cmd
}

// open shows entry in the reader; with a query, at its ordinal-th match in section.
func (m Model) open(e library.Entry, query string, section, ordinal int) (tea.Model, tea.Cmd) {
	opts := m.readerOptions()
	opts.Section = 0
	reader := ui.New(e.Briefing, opts)
	next, _ := reader.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
	reader = next.(ui.Model)
	if query != "" {
		reader = reader.SearchFor(query, section, ordinal)
	}
	m.returnTo = listMode
	if m.mode == searchMode {
		m.returnTo = searchMode
	}
	m.reader, m.readerPath, m.readerSum, m.mode = &reader, e.Path, e.Sum, readerMode
	return m, reader.Init()
}

// toReader passes a message to the reader, when one is open.
func (m Model) toReader(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.reader == nil {
		return m, nil
	}
	next, cmd := m.reader.Update(msg)
	reader := next.(ui.Model)
	m.reader = &reader
	return m, cmd
}
