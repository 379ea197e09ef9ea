package render

import (
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/linebreak"
)

// Cut shortens plain text to at most width columns for a line that has no room for all of it, such as
// a title in the outline or the title bar. It cuts where a line could break — between Chinese
// characters or at a space, never inside an English word or a number with its unit (109.19亿元) — and
// ends with … to say it did. A first word wider than the room is cut where it must.
func Cut(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	if width > 1 {
		lines := linebreak.Lines(s, linebreak.Options{Width: width - 1})
		if first := strings.TrimRight(lines[0], " "); first != "" && ansi.StringWidth(first) <= width-1 {
			return first + "…"
		}
	}
	return ansi.Truncate(s, width, "…")
}

// DocumentTitle is the title a briefing is shown under: its title, else its file's name without
// folder and extension, else the word for a document without one. A title bar is never blank.
func DocumentTitle(b *content.Briefing) string {
	if title := strings.TrimSpace(b.Title); title != "" {
		return title
	}
	name := filepath.Base(b.Name)
	name = strings.TrimSuffix(name, filepath.Ext(name))
	if name == "" || name == "." || name == "-" || name == string(filepath.Separator) {
		return b.Language.Words().Untitled
	}
	return name
}
