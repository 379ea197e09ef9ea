package content

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// excerptPattern marks a title as an excerpt: 政府工作报告（节选）, (excerpt).
var excerptPattern = regexp.MustCompile(`节选|節選|节录|節錄|摘编|摘編|摘录|摘錄|摘要|(?i:\bexcerpts?\b)`)

// isShort reports whether a document is short: under shortDocumentRunes characters.
func isShort(src string) bool {
	return len(src) < shortDocumentRunes || len(src) < shortDocumentRunes*utf8.UTFMax && utf8.RuneCountInString(src) < shortDocumentRunes
}

// isExcerpt reports whether a document is an excerpt of a longer one: its title says so, or its first
// numbered heading is not the first of its kind (it opens at 三、).
func isExcerpt(title string, paras []paragraph) bool {
	if excerptPattern.MatchString(title) {
		return true
	}
	for _, p := range paras {
		if p.atxLevel > 0 || p.note {
			continue
		}
		if m, ok := matchMarker(p.text); ok {
			return markerOrdinal(p.text[:m.size]) > 1
		}
	}
	return false
}

// untitled is the title of a document that has none: the title of its first heading, else its file's
// name without folder and extension — never blank.
func untitled(b *Briefing, headed bool) string {
	if headed {
		for _, s := range b.Sections {
			if s.Kind == Part && s.Title != "" {
				return s.Title
			}
		}
	}
	name := filepath.Base(strings.ReplaceAll(b.Name, "\\", "/"))
	if ext := filepath.Ext(name); ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	if name == "" || name == "." || name == "/" || name == "-" {
		return b.Language.Words().Untitled
	}
	return name
}
