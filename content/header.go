package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// Read-only patterns that recognise the lines around a speech's body.
var (
	bylinePattern = regexp.MustCompile(`(?:书记|县长|市长|省长|区长|州长|镇长|乡长|主任|部长|局长|厅长|主席|院长|校长|董事长|总经理|总裁|记者|作者|通讯员|撰稿人?|发言人|書記|縣長|市長|省長|區長|鎮長|鄉長|部長|局長|廳長|院長|校長|董事長|總經理|總裁|記者|通訊員|發言人)[\s　]*\p{Han}(?:[\s　]?\p{Han}){1,3}$|^(?:文|作者|记者|撰文|作者：|記者)\s*[/｜|:：]|^(?:By|Remarks by|Speech by|Statement by|Address by)\s+\S|,\s*(?:Mayor|Governor|Minister|Secretary|Director|President|Chair|Chairman|Chairwoman|CEO|Commissioner|Councillor|Councilor)\b`)
	// spacedBylinePattern is a byline that sets the name apart (市委书记 陈扬), which even a first line
	// can be: without the space, 院长施政报告 reads as a title.
	spacedBylinePattern = regexp.MustCompile(`\p{Han}[\s　]+\p{Han}(?:[\s　]?\p{Han}){1,3}$`)
	// officePattern is a byline that names the office that issues a bulletin: 东湖街道党政办公室.
	officePattern = regexp.MustCompile(`^\p{Han}{2,20}(?:办公室|辦公室|委员会|委員會|人民政府|研究室|研究院|研究中心|课题组|課題組|调研组|調研組|宣传部|宣傳部|新闻中心|新聞中心|信息中心|统计局|統計局|办|辦|局|厅|廳)$`)
	// sourcePattern is a line that names the publisher of a text: 来源：红星云, （来源：新华社）, Source: ….
	sourcePattern = regexp.MustCompile(`^[（(【\[［]?\s*(?:来源|來源|信息来源|信息來源|稿件来源|稿件來源|文章来源|文章來源|本文来源|本文來源|(?i:sources?))\s*[:：]\s*(.+?)\s*[)）】\]］]?$`)
	// dateLinePattern opens the line that dates a speech: （2024年12月20日）, ——2024年1月10日在……上.
	dateLinePattern = regexp.MustCompile(`^[—–-]*\s*[（(]?\s*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月`)
	// issuePattern is the number of a bulletin's issue: 第12期, 2024年第3期, （总第156期）.
	issuePattern = regexp.MustCompile(`^[（(]?\s*(?:[0-9０-９]{4}\s*年\s*)?(?:总|總)?第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*期`)
	// bracketNotePattern is a note in brackets under a title: [节录自……施政报告].
	bracketNotePattern = regexp.MustCompile(`^[\[［【].+[\]］】]$`)
	// storyStampPattern and storyBylinePattern are the date stamp and the byline a news page runs
	// into an English headline: "date 2024-05-14 …", "…numbersBY ELIZA BAVIN | TUESDAY, 14 MAY …".
	storyStampPattern  = regexp.MustCompile(`^(?i:date)\s+(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]\s+`)
	storyBylinePattern = regexp.MustCompile(`(?:^|[^A-Z])((?:BY|By)\s+[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3})\s*(\|\s*\S.*)$`)
	// closingBylinePattern is a last line that signs a text: — Daniel Osei, Mayor of Riverton.
	closingBylinePattern = regexp.MustCompile(`^(?:[—–]{1,2}|--)\s*\S`)
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
// once); a subtitle is a short line that opens with a dash, leads to a byline, dates the speech,
// numbers a bulletin's issue or notes in brackets where the text comes from, and goes on over the
// next line while it is left open; a byline names a position and a person, or the office that issues
// the text. In plain text, the lines of the page the text was copied from (a navigation bar, a meta
// line, a table of contents) before and among these are its furniture; a text may open with its
// byline and have no title line.
func takeHeader(b *Briefing, paras []paragraph, markdown bool) []paragraph {
	if !markdown {
		paras = takeFurniture(b, paras)
	}
	if len(paras) == 0 {
		return paras
	}
	first := paras[0]
	rest := paras[1:]
	switch {
	case markdown && first.atxLevel > 0:
		// A heading with nothing after it is the document's one section, not its title.
		if len(paras) == 1 || first.atxLevel != 1 && countLevel(paras, first.atxLevel) > 1 {
			return paras
		}
	case markdown || !headerLine(first, b.Language) || len(paras) == 1:
		return paras
	case spacedBylinePattern.MatchString(plainHeaderText(first)) && bylinePattern.MatchString(plainHeaderText(first)):
		rest = paras // a byline and no title: 市委书记 陈扬 / （2008年2月6日） / 同志们：
	}
	if len(rest) < len(paras) {
		b.Title = readTitle(plainHeaderText(first))
		if b.Language == locale.English {
			splitStoryLine(b)
		}
	}
	open := false // whether the subtitle so far is left open and wraps onto the next line
	for len(rest) > 1 && rest[0].atxLevel == 0 && (!markdown && isFurniture(rest[0]) || headerLine(rest[0], b.Language)) {
		text := plainHeaderText(rest[0])
		switch {
		case !markdown && isFurniture(rest[0]):
			b.Furniture = append(b.Furniture, strings.TrimSpace(rest[0].text))
		case isSalutation(text, b.Language):
			return rest // the speech begins
		case b.Byline == "" && (bylinePattern.MatchString(text) || officePattern.MatchString(text)):
			b.Byline = text
			open = false
		case open && !dateLinePattern.MatchString(text) && !closingBylinePattern.MatchString(text):
			b.Subtitle += text
			if open = subtitleOpen(b.Subtitle); !open {
				b.Subtitle = readSubtitle(b.Subtitle) // the bracket closed on this line
			}
		case b.Subtitle == "" && (dateLinePattern.MatchString(text) || issuePattern.MatchString(text) || bracketNotePattern.MatchString(text)):
			b.Subtitle = readSubtitle(text)
			open = subtitleOpen(b.Subtitle)
		case b.Subtitle == "" && b.Byline == "" && isSubtitle(text, rest[1:], b.Language):
			b.Subtitle = readSubtitle(text)
			open = subtitleOpen(b.Subtitle)
		default:
			return rest
		}
		rest = rest[1:]
	}
	return rest
}

// takeFurniture moves the page's lines and a table of contents that open a plain text into b.
func takeFurniture(b *Briefing, paras []paragraph) []paragraph {
	for len(paras) > 1 {
		if n := contentsLength(paras); n > 0 {
			for _, p := range paras[:n] {
				b.Furniture = append(b.Furniture, strings.TrimSpace(p.text))
			}
			paras = paras[n:]
			continue
		}
		if !isFurniture(paras[0]) {
			break
		}
		b.Furniture = append(b.Furniture, strings.TrimSpace(paras[0].text))
		paras = paras[1:]
	}
	return paras
}

// splitStoryLine takes apart an English headline that a page ran together with its date stamp and
// byline (date 2024-05-14 Budget 2024: The numbersBY JANE DOE | MONDAY, 12 MAY 2025 8:00PM): the
// stamp and what follows the byline are furniture, "BY JANE DOE" is the byline, the rest the title.
func splitStoryLine(b *Briefing) {
	line := b.Title
	if m := storyStampPattern.FindStringIndex(line); m != nil {
		b.Furniture = append(b.Furniture, strings.TrimSpace(line[:m[1]]))
		line = line[m[1]:]
	}
	if m := storyBylinePattern.FindStringSubmatchIndex(line); m != nil && b.Byline == "" && strings.TrimSpace(line[:m[2]]) != "" {
		b.Byline = strings.TrimSpace(line[m[2]:m[3]])
		b.Furniture = append(b.Furniture, strings.TrimSpace(line[m[4]:]))
		line = line[:m[2]]
	}
	b.Title = strings.TrimSpace(line)
}

// readTitle reads a title as it is meant: a title letter-spaced for display (政 府 工 作 报 告) without
// its spaces. A title of words (守正创新 笃行致远) keeps them.
func readTitle(text string) string {
	fields := strings.Fields(text)
	if len(fields) < 3 {
		return text
	}
	for _, f := range fields {
		if r, size := utf8.DecodeRuneInString(f); size != len(f) || !cjk.IsHan(r) {
			return text
		}
	}
	return strings.Join(fields, "")
}

// readSubtitle is a subtitle line without the dash that opens it or the brackets around it.
func readSubtitle(text string) string {
	text = strings.TrimSpace(strings.TrimLeft(text, "—–- "))
	for _, pair := range []string{"（）", "()", "[]", "［］", "【】"} {
		opening, closing := pair[:len(pair)/2], pair[len(pair)/2:]
		if strings.HasPrefix(text, opening) && strings.HasSuffix(text, closing) && strings.Count(text, opening) == 1 {
			text = strings.TrimSpace(text[len(opening) : len(text)-len(closing)])
		}
	}
	return text
}

// subtitleOpen reports whether a subtitle is left open, so the next short line goes on with it: a
// bracket not yet closed, or a date line 在…… whose 上 has not come yet (——2023年2月16日在河西县第十八届
// 人民代表大会 / 第二次会议上).
func subtitleOpen(text string) bool {
	if strings.Count(text, "（")+strings.Count(text, "(") > strings.Count(text, "）")+strings.Count(text, ")") {
		return true
	}
	at := strings.LastIndex(text, "在")
	return at >= 0 && dateLinePattern.MatchString(text) && !strings.HasSuffix(text, "上") && !strings.ContainsAny(text[at:], "上时時")
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

// takeClosingByline moves a last line that signs the text (— Daniel Osei, Mayor of Riverton) into b
// as its byline, when the header named none.
func takeClosingByline(b *Briefing, paras []paragraph) []paragraph {
	if len(paras) < 2 || b.Byline != "" {
		return paras
	}
	last := paras[len(paras)-1]
	text := strings.TrimSpace(last.text)
	if last.note || last.atxLevel > 0 || !closingBylinePattern.MatchString(text) || !headerLine(last, b.Language) || EndsSentence(text) {
		return paras
	}
	if b.Language == locale.English && len(strings.Fields(text)) > 12 {
		return paras
	}
	b.Byline = strings.TrimSpace(strings.TrimLeft(text, "—–- "))
	return paras[:len(paras)-1]
}
