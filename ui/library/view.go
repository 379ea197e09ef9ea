package library

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/ui"
)

// View draws the view shown: the reader, or the library's header, body and footer.
func (m Model) View() tea.View {
	if m.mode == readerMode && m.reader != nil {
		return m.reader.View()
	}
	v := tea.NewView(m.screen())
	v.AltScreen = true
	v.WindowTitle = m.words.Library.Title
	return v
}

func (m Model) screen() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	bodyH := max(m.height-2, 0)
	var body string
	switch {
	case m.showHelp:
		body = m.helpView()
	case m.mode == searchMode:
		body = m.search.View()
	case m.mode == compareMode:
		body = m.compare.View(m.styles, m.words)
	default:
		body = m.listAndPreview(bodyH)
	}
	return ui.Block(m.header()+"\n"+ui.Block(body, m.width, bodyH)+"\n"+m.footer(), m.width, m.height)
}

// header is the library's title, how many documents it holds, and while files are being read, how
// far the reading has gone.
func (m Model) header() string {
	s, lib := m.styles, m.words.Library
	title := lib.Title
	if m.mode == compareMode {
		title += " · " + lib.Compare
	}
	parts := []string{s.HeaderTitle.Render(title), s.HeaderMuted.Render(lib.Documents.N(m.briefings()))}
	if skipped := len(m.entries) - m.briefings(); skipped > 0 {
		parts = append(parts, s.Warning.Render(lib.SkippedCount.N(skipped)))
	}
	if m.mode == listMode && m.list.FilterState() == list.FilterApplied {
		parts = append(parts, s.Status.Render(sprintf(lib.Filtered, m.list.FilterInput.Value())+" · "+lib.Matching.N(len(m.list.VisibleItems()))))
	}
	if !m.Loaded() {
		const barWidth = 16
		done := barWidth * m.read / max(m.total, 1)
		bar := s.Bar.Render(strings.Repeat("━", done)) + s.Muted.Render(strings.Repeat("─", barWidth-done))
		parts = append(parts, s.Status.Render(lib.Reading+" "+itoa(m.read)+"/"+itoa(m.total))+" "+bar)
	}
	return ansi.Truncate(strings.Join(parts, "  "), m.width, "…")
}

func (m Model) briefings() int {
	n := 0
	for _, e := range m.entries {
		if e.OK() {
			n++
		}
	}
	return n
}

// listAndPreview draws the list and, from 90 columns, the preview of the selected file beside it.
func (m Model) listAndPreview(height int) string {
	if m.total == 0 {
		return m.styles.Muted.Render(m.words.Library.Empty)
	}
	listW, previewW := m.columns()
	left := ui.Block(m.listView(listW), listW, height)
	if previewW == 0 {
		return left
	}
	var preview []string
	if r, ok := m.list.SelectedItem().(row); ok {
		preview = previewLines(r.entry, r.problem, previewW, height, m.styles, m.words)
	}
	right := strings.Split(ui.Block(strings.Join(preview, "\n"), previewW, height), "\n")
	sep := m.styles.Muted.Render("│")
	lines := strings.Split(left, "\n")
	for i := range lines {
		lines[i] += sep + right[i]
	}
	return strings.Join(lines, "\n")
}

// listView is the list, or when it has no row to show, why, in the session's words (bubbles' list
// would say "No items." in English, or nothing under a filter that matches nothing): the filter's
// box and that no document matches it; the files still being read; or an empty folder.
func (m Model) listView(width int) string {
	if len(m.list.VisibleItems()) > 0 {
		return m.list.View()
	}
	lib := m.words.Library
	var head, why string
	switch {
	case m.list.FilterState() != list.Unfiltered:
		if m.list.FilterState() == list.Filtering {
			head = m.list.FilterInput.View()
		}
		why = sprintf(lib.NoFilterMatch, m.list.FilterInput.Value())
	case !m.Loaded():
		why = lib.Reading + "…"
	default:
		why = lib.Empty
	}
	indent := "  " // where the list's rows start
	return ansi.Truncate(indent+head, width, "") + "\n\n" + m.styles.Muted.Render(ansi.Truncate(indent+why, width, "…"))
}

// footer is a notice, or the keys of the view shown.
func (m Model) footer() string {
	if m.notice != "" {
		return ansi.Truncate(m.styles.Status.Render(m.notice), m.width, "…")
	}
	h := help.New()
	h.Styles = m.styles.Help
	return ansi.Truncate(h.ShortHelpView(m.shortHelp()), m.width, "")
}

func (m Model) shortHelp() []key.Binding {
	k := m.keys
	switch m.mode {
	case searchMode:
		return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.Back}
	case compareMode:
		return []key.Binding{k.Up, k.Down, k.Back, k.Quit}
	}
	if m.list.FilterState() == list.FilterApplied {
		return []key.Binding{k.Open, clearFilterKey(m.words), filterKey(m.words), k.Search, k.Help, k.Quit}
	}
	return []key.Binding{k.Open, filterKey(m.words), k.Search, k.Compare, k.Help, k.Quit}
}

func (m Model) helpView() string {
	h := help.New()
	h.Styles = m.styles.Help
	k := m.keys
	return h.FullHelpView([][]key.Binding{{k.Up, k.Down, k.Open, filterKey(m.words)}, {k.Search, k.Compare, k.Back}, {k.Help, k.Quit}})
}

func itoa(n int) string { return strconv.Itoa(n) }

// helpLine is one line of key help in the session's styles.
func helpLine(s *ui.Styles, bindings []key.Binding) string {
	h := help.New()
	h.Styles = s.Help
	return h.ShortHelpView(bindings)
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
