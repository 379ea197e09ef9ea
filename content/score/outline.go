package score

import (
	"fmt"
	"strings"

	"briefing/content"
)

// compareOutline lists how the engine's outline differs from the gold: header fields, the number of
// sections, and each section's kind, title and sub-point titles. Nothing is listed for an exact outline.
func compareOutline(g Gold, b *content.Briefing) []string {
	var diff []string
	for _, f := range []struct{ field, got, want string }{
		{"title", b.Title, g.Title}, {"subtitle", b.Subtitle, g.Subtitle},
		{"byline", b.Byline, g.Byline}, {"source", b.Source, g.Source},
	} {
		if f.got != f.want {
			diff = append(diff, fmt.Sprintf("%s %q, want %q", f.field, f.got, f.want))
		}
	}
	if len(b.Sections) != len(g.Sections) {
		diff = append(diff, fmt.Sprintf("%d sections, want %d: %s", len(b.Sections), len(g.Sections), sectionTitles(b)))
	}
	for i := range min(len(b.Sections), len(g.Sections)) {
		got, want := b.Sections[i], g.Sections[i]
		if string(got.Kind) != want.Kind || got.Title != want.Title {
			diff = append(diff, fmt.Sprintf("section %d: %s %q, want %s %q", i, got.Kind, got.Title, want.Kind, want.Title))
		}
		if gp, wp := pointTitles(got), goldPointTitles(want); gp != wp {
			diff = append(diff, fmt.Sprintf("section %d points: [%s], want [%s]", i, gp, wp))
		}
	}
	return diff
}

func sectionTitles(b *content.Briefing) string {
	titles := make([]string, len(b.Sections))
	for i, s := range b.Sections {
		titles[i] = s.Title
	}
	return "[" + strings.Join(titles, " | ") + "]"
}

func pointTitles(s content.Section) string {
	titles := make([]string, len(s.Points))
	for i, p := range s.Points {
		titles[i] = p.Title
	}
	return strings.Join(titles, " | ")
}

func goldPointTitles(s GoldSection) string {
	titles := make([]string, len(s.Points))
	for i, p := range s.Points {
		titles[i] = p.Title
	}
	return strings.Join(titles, " | ")
}
