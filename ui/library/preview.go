package library

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/format"
	"briefing/content/library"
	"briefing/content/locale"
	"briefing/ui"
)

// headlineFigures is how many figures the preview shows at most: the document's first, which in the
// genre are its headline numbers.
const headlineFigures = 8

// previewLines draws the selected entry in width columns and at most height lines: its header, its
// outline (the opening unnumbered, the parts 1…N, each with its sub-points) and its headline figures.
func previewLines(e library.Entry, problem string, width, height int, s *ui.Styles, words *locale.Words) []string {
	if width <= 0 || height <= 0 {
		return nil
	}
	var lines []string
	add := func(style func(...string) string, text string) {
		lines = append(lines, style(ansi.Truncate(text, width, "…")))
	}
	if !e.OK() {
		add(s.HeaderTitle.Render, e.Name)
		add(s.Warning.Render, words.Library.Skipped+": "+e.SkippedIn(words))
		return clip(lines, height)
	}
	b := e.Briefing
	add(s.HeaderTitle.Render, b.Title)
	for _, line := range []string{b.Subtitle, b.Byline} {
		if line != "" {
			add(s.HeaderMuted.Render, line)
		}
	}
	add(s.Muted.Render, e.Name)
	if problem != "" {
		add(s.Warning.Render, problem)
	}
	lines = append(lines, "")
	add(s.PaneTitle.Render, words.Outline)
	outline := outlineLines(b, words)
	figures := figureLines(b, words)
	// Keep room for the figures: the outline gives up its sub-points first, then its tail.
	room := height - len(lines) - min(len(figures), headlineFigures) - 2
	if len(outline) > room {
		outline = partsOnly(b, words)
	}
	for i, line := range outline {
		if i >= room && room > 0 && len(outline) > room {
			add(s.Muted.Render, "…")
			break
		}
		add(s.OutlineSection.Render, line)
	}
	if len(figures) > 0 {
		lines = append(lines, "")
		add(s.PaneTitle.Render, words.KeyFigures)
		for _, line := range figures {
			add(s.CardValue.Render, line)
		}
	}
	return clip(lines, height)
}

// outlineLines are the sections, numbered as the reader numbers them, each with its sub-points.
func outlineLines(b *content.Briefing, words *locale.Words) []string {
	var lines []string
	part := 0
	for _, sec := range b.Sections {
		title := sec.Title
		if sec.Kind == content.Opening {
			title = words.Opening
		} else {
			part++
			title = strconv.Itoa(part) + " " + title
		}
		lines = append(lines, title)
		for _, p := range sec.Points {
			lines = append(lines, "   · "+p.Title)
		}
	}
	return lines
}

// partsOnly is the outline without sub-points.
func partsOnly(b *content.Briefing, words *locale.Words) []string {
	var lines []string
	for _, line := range outlineLines(b, words) {
		if !strings.HasPrefix(line, "   · ") {
			lines = append(lines, line)
		}
	}
	return lines
}

// figureLines are the first figures of the document: label, value, change.
func figureLines(b *content.Briefing, words *locale.Words) []string {
	var lines []string
	for _, sec := range b.Sections {
		for _, f := range sec.Figures {
			if len(lines) == headlineFigures {
				return lines
			}
			line := f.Label + words.LabelSeparator + format.Figure(f)
			if f.Change != nil {
				line += " " + format.ChangeIn(f.Change, words)
			}
			if f.Period != "" {
				line += " (" + f.Period + ")"
			}
			lines = append(lines, line)
		}
	}
	return lines
}

func clip(lines []string, height int) []string {
	if len(lines) > height {
		return lines[:height]
	}
	return lines
}
