package library

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/library"
	"briefing/content/locale"
	"briefing/ui"
)

// maxHits bounds a search's hits: past it, the query is too common to read hit by hit.
const maxHits = 1000

// searchView is the search across every document: a box, and the hits of the last search.
type searchView struct {
	words  *locale.Words
	styles *ui.Styles
	input  textinput.Model
	typing bool
	query  string
	hits   []library.Hit
	// excerpts are the hits' lines cut to the width, made when the hits or the width change.
	excerpts []library.Excerpt
	// index is the folded text of the entries of generation indexed; built with the first search.
	index     *library.Index
	indexed   int
	searching bool
	cursor    int
	width     int
	height    int
}

func newSearchView(words *locale.Words, styles *ui.Styles) searchView {
	in := textinput.New()
	in.Prompt = "ctrl+f "
	in.Placeholder = words.Library.SearchPrompt
	in.CharLimit = 80
	in.KeyMap.Paste.SetEnabled(false)
	in.SetStyles(styles.Search)
	return searchView{words: words, styles: styles, input: in, indexed: -1}
}

func (s searchView) restyle() searchView {
	s.input.SetStyles(s.styles.Search)
	return s
}

// SetSize gives the view its size.
func (s searchView) SetSize(w, h int) searchView {
	resized := s.width != w
	s.width, s.height = w, h
	s.input.SetWidth(max(w-len(s.input.Prompt)-1, 1))
	if resized {
		s = s.withExcerpts()
	}
	return s
}

// withExcerpts cuts every hit's line to the width a hit's line has: the view's, less the bar.
func (s searchView) withExcerpts() searchView {
	s.excerpts = make([]library.Excerpt, len(s.hits))
	for i, h := range s.hits {
		s.excerpts[i] = h.Excerpt(s.lineWidth())
	}
	return s
}

func (s searchView) lineWidth() int { return max(s.width-2, 1) }

// Start gives the box the keyboard.
func (s searchView) Start() (searchView, tea.Cmd) {
	s.typing = true
	s.input.SetValue(s.query)
	s.input.CursorEnd()
	return s, s.input.Focus()
}

// Update passes messages to the box while it has the keyboard (its cursor blinks).
func (s searchView) Update(msg tea.Msg) (searchView, tea.Cmd) {
	if !s.typing {
		return s, nil
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return s, cmd
}

// hitsMsg is a search's result.
type hitsMsg struct {
	query      string
	hits       []library.Hit
	index      *library.Index
	generation int
}

// searchCmd searches entries for query in the background, indexing them first unless idx is the
// index of their generation.
func searchCmd(entries []library.Entry, idx *library.Index, query string, generation int) tea.Cmd {
	return func() tea.Msg {
		if idx == nil {
			idx = library.NewIndex(entries)
		}
		return hitsMsg{query: query, hits: idx.Search(query, maxHits), index: idx, generation: generation}
	}
}

// withHits takes a search's result, when it answers the query asked.
func (s searchView) withHits(msg hitsMsg, generation int) searchView {
	if msg.generation == generation {
		s.index, s.indexed = msg.index, msg.generation
	}
	if msg.query != s.query {
		return s
	}
	s.hits, s.cursor, s.searching = msg.hits, 0, false
	return s.withExcerpts()
}

// searchKey handles a key of the search view: typing, then moving through the hits and opening one.
func (m Model) searchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s := m.search
	if s.typing {
		switch {
		case msg.String() == "enter":
			s.typing = false
			s.input.Blur()
			s.query = strings.TrimSpace(s.input.Value())
			if s.query == "" {
				m.search = s
				return m, nil
			}
			s.searching = true
			idx := s.index
			if s.indexed != m.generation {
				idx = nil
			}
			m.search = s
			return m, searchCmd(m.entries, idx, s.query, m.generation)
		case msg.String() == "esc":
			s.typing = false
			s.input.Blur()
			if s.query == "" {
				m.mode = listMode
			}
			m.search = s
			return m, nil
		case msg.String() == "ctrl+c":
			return m, tea.Quit
		}
		var cmd tea.Cmd
		s.input, cmd = s.input.Update(msg)
		m.search = s
		return m, cmd
	}
	switch {
	case key.Matches(msg, m.keys.Back):
		m.mode = listMode
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Search):
		var cmd tea.Cmd
		m.search, cmd = s.Start()
		return m, cmd
	case key.Matches(msg, m.keys.Up):
		m.search.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.search.cursor = min(s.cursor+1, max(len(s.hits)-1, 0))
	case key.Matches(msg, m.keys.Open):
		if s.cursor < len(s.hits) {
			hit := s.hits[s.cursor]
			return m.open(m.current(hit.Entry), s.query, hit.Section, ordinalOf(s.hits, s.cursor))
		}
	}
	return m, nil
}

// current is the entry's newest version in the library (a search may be older than a reload).
func (m Model) current(e library.Entry) library.Entry {
	for _, have := range m.entries {
		if have.Path == e.Path && have.OK() {
			return have
		}
	}
	return e
}

// ordinalOf counts the text hits before hit i in the same document and section: the reader's
// search finds the same matches in the same order.
func ordinalOf(hits []library.Hit, i int) int {
	n := 0
	for j := 0; j < i; j++ {
		if hits[j].Entry.Path == hits[i].Entry.Path && hits[j].Section == hits[i].Section && hits[j].Figure < 0 {
			n++
		}
	}
	return n
}

// View draws the box, then the hits around the cursor: each its document and section, then its
// snippet with the match marked.
func (s searchView) View() string {
	lines := []string{ansi.Truncate(s.input.View(), s.width, "")}
	switch {
	case s.searching:
		lines = append(lines, s.styles.Muted.Render("…"))
	case s.query != "" && len(s.hits) == 0:
		lines = append(lines, s.styles.Muted.Render(s.words.NoMatches))
	case s.query != "":
		lines = append(lines, s.styles.Status.Render(s.words.Library.Hits.N(len(s.hits))))
	}
	per := 3 // lines a hit takes
	room := max((s.height-len(lines))/per, 1)
	first := max(0, min(s.cursor-room/2, len(s.hits)-room))
	for i := first; i < len(s.hits) && i < first+room; i++ {
		lines = append(lines, s.hitLines(s.hits[i], s.excerpts[i], i == s.cursor)...)
	}
	return strings.Join(lines, "\n")
}

func (s searchView) hitLines(h library.Hit, e library.Excerpt, current bool) []string {
	st := s.styles
	bar := "  "
	if current {
		bar = st.Bar.Render("▌ ")
	}
	section := h.Entry.Briefing.Sections[h.Section]
	title := section.Title
	if section.Kind == "opening" {
		title = s.words.Opening
	}
	where := ansi.Truncate(h.Entry.Title()+" · "+title, s.lineWidth(), "…")
	snippet := st.Muted.Render(e.Text[:e.Mark.Start]) + st.Match.Render(e.Text[e.Mark.Start:e.Mark.End]) + st.Muted.Render(e.Text[e.Mark.End:])
	return []string{bar + st.HeaderTitle.Render(where), bar + ansi.Truncate(snippet, s.lineWidth(), "…"), ""}
}
