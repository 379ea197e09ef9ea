package library

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/library"
	"briefing/content/locale"
	"briefing/ui"
)

// row is one file of the library in the list.
type row struct {
	entry library.Entry
	// problem is why the file on disk could not be read again, when the entry is its last good version.
	problem string
}

// FilterValue is what the fuzzy filter matches: title, byline, date, file name and group.
func (r row) FilterValue() string {
	e := r.entry
	parts := []string{e.Title(), e.Name}
	if e.Briefing != nil {
		parts = append(parts, e.Briefing.Byline, e.When.Text)
	}
	return strings.Join(parts, " ")
}

// rowDelegate draws a row in two lines: the title and date, then the byline, counts and file name
// (or, for a skipped file, why).
type rowDelegate struct {
	styles *ui.Styles
	words  *locale.Words
}

func (d rowDelegate) Height() int                         { return 2 }
func (d rowDelegate) Spacing() int                        { return 1 }
func (d rowDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d rowDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	r, ok := item.(row)
	if !ok {
		return
	}
	width := max(m.Width()-2, 1)
	s := d.styles
	bar, title := "  ", s.HeaderTitle
	if index == m.Index() {
		bar = s.Bar.Render("▌ ")
		title = s.MatchCurrent
	}
	e := r.entry
	if !e.OK() {
		first := s.Muted.Render(ansi.Truncate(e.Name, width, "…"))
		second := s.Warning.Render(ansi.Truncate(d.words.Library.Skipped+": "+e.SkippedIn(d.words), width, "…"))
		_, _ = fmt.Fprintf(w, "%s%s\n%s%s", bar, first, bar, second) // the list renders into its own buffer
		return
	}
	when := e.When.Text
	if when == "" {
		when = d.words.Library.Undated
	}
	first := fitBetween(title.Render(e.Title()), s.Muted.Render(when), width)
	lib := d.words.Library
	details := []string{lib.Parts.N(e.Parts()), lib.Figures.N(e.Figures()), e.Name}
	if byline := e.Briefing.Byline; byline != "" {
		details = append([]string{byline}, details...)
	}
	second := s.Muted.Render(ansi.Truncate(strings.Join(details, " · "), width, "…"))
	if r.problem != "" {
		second = s.Warning.Render(ansi.Truncate(r.problem, width, "…"))
	}
	_, _ = fmt.Fprintf(w, "%s%s\n%s%s", bar, first, bar, second) // the list renders into its own buffer
}

// fitBetween puts left and right on one line of width, cutting left first.
func fitBetween(left, right string, width int) string {
	rw := ansi.StringWidth(right)
	if rw+2 >= width {
		return ansi.Truncate(left, width, "…")
	}
	left = ansi.Truncate(left, width-rw-2, "…")
	return left + strings.Repeat(" ", width-ansi.StringWidth(left)-rw) + right
}

// rowsOf is the list's items: grouped by subfolder (the top level first), newest first in a group.
func rowsOf(entries []library.Entry, problems map[string]string) []list.Item {
	groups := map[string][]library.Entry{}
	var names []string
	for _, e := range entries {
		if _, ok := groups[e.Group]; !ok {
			names = append(names, e.Group)
		}
		groups[e.Group] = append(groups[e.Group], e)
	}
	sortGroups(names)
	items := make([]list.Item, 0, len(entries))
	for _, g := range names {
		for _, e := range groups[g] {
			items = append(items, row{entry: e, problem: problems[e.Path]})
		}
	}
	return items
}

// sortGroups puts the top level ("") first, then the subfolders by name.
func sortGroups(names []string) {
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && less(names[j], names[j-1]); j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
}

func less(a, b string) bool {
	if a == "" || b == "" {
		return a == "" && b != ""
	}
	return a < b
}
