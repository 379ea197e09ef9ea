package content

import (
	"regexp"
	"strings"

	"briefing/content/locale"
)

// Read-only patterns that recognise the lines around a speech's body.
var (
	bylinePattern = regexp.MustCompile(`(?:书记|县长|市长|省长|区长|州长|镇长|乡长|主任|部长|局长|厅长|主席|院长|校长|董事长|总经理|总裁|记者|作者|通讯员|撰稿人?|发言人|書記|縣長|市長|省長|區長|主席)[\s　]*\p{Han}{2,4}$|^(?:文|作者|记者|撰文|作者：|記者)\s*[/｜|:：]|^(?:By|Remarks by|Speech by|Statement by|Address by)\s+\S|,\s*(?:Mayor|Governor|Minister|Secretary|Director|President|Chair|Chairman|Chairwoman|CEO|Commissioner|Councillor|Councilor)\b`)
	sourcePattern = regexp.MustCompile(`^[（(]?\s*(?:来源|來源|信息来源|稿件来源|文章来源|(?i:source))\s*[:：]\s*(.+?)\s*[)）]?$`)
)

// headerLine reports whether a paragraph could be a title, subtitle or byline: one short line that
// does not end a sentence and is not a numbered heading.
func headerLine(p paragraph, lang locale.Language) bool {
	text := strings.TrimSpace(strings.Trim(p.text, "*_ "))
	if p.note || strings.Contains(text, "\n") || text == "" {
		return false
	}
	if _, numbered := matchMarker(text); numbered {
		return false
	}
	if sourcePattern.MatchString(text) {
		return false
	}
	limit := 40
	if lang == locale.English {
		limit = 120
	}
	if runeLen(text) > limit {
		return false
	}
	return !EndsSentence(text) || bylinePattern.MatchString(text)
}

func plainHeaderText(p paragraph) string {
	if p.atxLevel > 0 {
		text, _ := headingText(p)
		return text
	}
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(p.text), "*_"))
}

// takeHeader moves the title, subtitle and byline from the first paragraphs into b and returns the
// paragraphs left. The title is the first short line (in markdown, a level-1 heading that appears
// once); a subtitle is a short line that opens with a dash or leads to a byline; a byline names a
// position and a person.
func takeHeader(b *Briefing, paras []paragraph, markdown bool) []paragraph {
	if len(paras) == 0 {
		return paras
	}
	first := paras[0]
	switch {
	case markdown && first.atxLevel > 0:
		// A heading with nothing after it is the document's one section, not its title.
		if len(paras) == 1 || first.atxLevel != 1 && countLevel(paras, first.atxLevel) > 1 {
			return paras
		}
	case markdown || !headerLine(first, b.Language) || len(paras) == 1:
		return paras
	}
	b.Title = plainHeaderText(first)
	rest := paras[1:]
	for len(rest) > 0 && len(rest) > 1 && rest[0].atxLevel == 0 && headerLine(rest[0], b.Language) {
		text := plainHeaderText(rest[0])
		switch {
		case b.Byline == "" && bylinePattern.MatchString(text):
			b.Byline = text
		case b.Subtitle == "" && b.Byline == "" && isSubtitle(text, rest[1:], b.Language):
			b.Subtitle = strings.TrimSpace(strings.TrimLeft(text, "—–- "))
		default:
			return rest
		}
		rest = rest[1:]
	}
	return rest
}

// isSubtitle decides whether a short line after the title continues the header.
func isSubtitle(text string, after []paragraph, lang locale.Language) bool {
	if strings.HasPrefix(text, "—") || strings.HasPrefix(text, "–") || strings.HasPrefix(text, "--") {
		return true
	}
	return len(after) > 0 && headerLine(after[0], lang) && bylinePattern.MatchString(plainHeaderText(after[0]))
}

func countLevel(paras []paragraph, level int) int {
	n := 0
	for _, p := range paras {
		if p.atxLevel == level {
			n++
		}
	}
	return n
}

// takeSource moves a closing 来源/Source line into b.
func takeSource(b *Briefing, paras []paragraph) []paragraph {
	if len(paras) < 2 {
		return paras
	}
	last := paras[len(paras)-1]
	m := sourcePattern.FindStringSubmatch(strings.TrimSpace(last.text))
	if m == nil || strings.Contains(last.text, "\n") {
		return paras
	}
	b.Source = m[1]
	return paras[:len(paras)-1]
}
