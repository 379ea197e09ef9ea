package content

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditLabels are the labels a Chinese credit line opens with: who published, edited, checked or
// photographed the text, what it was first called, where its data come from. Read-only.
var creditLabels = []string{
	"来源", "來源", "信息来源", "信息來源", "稿件来源", "稿件來源", "文章来源", "文章來源", "本文来源", "本文來源",
	"图片来源", "圖片來源", "资料来源", "資料來源", "数据来源", "數據來源", "转自", "轉自", "转载自", "轉載自",
	"责任编辑", "責任編輯", "值班编辑", "值班編輯", "编辑", "編輯", "编审", "編審", "编校", "編校", "美编", "美編",
	"审核", "審核", "审校", "審校", "审稿", "審稿", "校对", "校對", "一审", "二审", "三审", "一審", "二審", "三審",
	"初审", "初審", "复审", "複審", "终审", "終審", "监制", "監製", "主编", "主編", "摄影", "攝影", "供图", "供圖",
	"原标题", "原標題", "原题", "原題",
}

// Read-only patterns of the lines that credit a text rather than say anything.
var (
	// creditPattern opens a credit line: one of creditLabels with its colon (来源：, 责任编辑：, 审核：,
	// 原标题：, 数据来源：), in brackets or not; in English Source:, Editor:, Photo: …, or a credit "by"
	// someone (Editing by Sam Reed, (Reporting by …; Editing by …)).
	creditPattern = regexp.MustCompile(`^[（(【\[［]?\s*(?:(?:` + strings.Join(creditLabels, "|") + `)\s*[:：]` +
		`|(?i:sources?|editors?|photos?|credits?|original title|copy editor)\s*:` +
		`|(?:Edited|Editing|Reporting|Additional reporting|Writing|Compiled|Photos?|Photographs?) by \p{Lu}` +
		`)\s*\S`)
	// creditInitials are the first characters of creditLabels: a line that opens with none of them,
	// nor with a Latin letter, is no credit line, and the pattern need not read it.
	creditInitials = initialsOf(creditLabels)
	// nextLabelPattern is where a credit line goes on with another credit: 　编辑：, | Editor:.
	nextLabelPattern = regexp.MustCompile(`[\s　|｜/]+(?:\p{Han}{1,6}|[A-Za-z]+)\s*[:：]`)
	// dataSourcePattern is a credit line that says where a text's data come from (数据来源：县统计局): a
	// note on what the text says, which stays with it even at its end.
	dataSourcePattern = regexp.MustCompile(`^[（(【\[［]?\s*(?:资料来源|資料來源|数据来源|數據來源)`)
	// rightsPattern is a notice of who holds the rights to a text and what a reprint needs:
	// 版权所有, 转载请注明出处, 未经授权不得转载, Copyright 2025 …, All rights reserved, ©.
	rightsPattern = regexp.MustCompile(`版权所有|版權所有|版权归|版權歸|版权声明|版權聲明|免责声明|免責聲明|` +
		`(?:转载|轉載).{0,12}(?:注明|註明|联系|聯繫|授权|授權|出处|出處)|(?:未经|未經|不得|禁止|严禁|嚴禁|谢绝|謝絕).{0,8}(?:转载|轉載)|` +
		`(?i:copyright\s*(?:©|\(c\))?\s*(?:19|20)[0-9]{2}|all rights reserved)|©`)
)

// initialsOf is the first character of each of words, once each.
func initialsOf(words []string) string {
	var initials []rune
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !slices.Contains(initials, r) {
			initials = append(initials, r)
		}
	}
	return string(initials)
}

// mayOpenCredit is a cheap test of whether text can be a credit line: after any opening bracket, it
// opens with a Latin letter or the first character of a label.
func mayOpenCredit(text string) bool {
	text = strings.TrimLeft(text, "（(【[［ \t　")
	r, _ := utf8.DecodeRuneInString(text)
	return r < utf8.RuneSelf && isASCIILetter(byte(r)) || strings.ContainsRune(creditInitials, r)
}

// maxCreditRunes bounds a credit line or a notice of rights; a longer paragraph is text.
const maxCreditRunes = 120

// isCredit reports whether a paragraph is a credit line: one line, short, that opens with a credit's
// label (来源：红星云, 责任编辑：王明, 【审核：赵强】, Source: Xiling Daily) and has no sentence in it
// before its end. Wherever it stands, a credit line is no heading and titles nothing.
func isCredit(p paragraph) bool {
	text, ok := creditText(p)
	if !ok || !mayOpenCredit(text) || !creditPattern.MatchString(text) {
		return false
	}
	end := strings.IndexFunc(text, sentenceEnd)
	if end < 0 {
		return true
	}
	_, size := utf8.DecodeRuneInString(text[end:])
	return strings.TrimRightFunc(text[end+size:], closingMark) == ""
}

// IsCreditLine reports whether a line of a section's text is a credit line (来源：红星云, 责任编辑：王明,
// Source: …): a paragraph of its own, which whoever lays the text out joins to no line around it.
func IsCreditLine(line string) bool { return isCredit(paragraph{text: line}) }

// closingMark reports whether r may follow the full stop that ends a line: a closing quote or
// bracket, or a space.
func closingMark(r rune) bool {
	return closingQuote(r) || r == '】' || r == ']' || r == '］' || unicode.IsSpace(r)
}

// closingCredit reports whether a paragraph is a credit line that may close a text's credits: any
// but a note on where its data come from.
func closingCredit(p paragraph) bool {
	text, ok := creditText(p)
	return ok && isCredit(p) && !dataSourcePattern.MatchString(text)
}

// isRightsNotice reports whether a paragraph is a short notice of rights (本文为……原创稿件。未经授权，不得
// 转载。Copyright 2025 …), which only a text's closing credits hold.
func isRightsNotice(p paragraph) bool {
	text, ok := creditText(p)
	return ok && rightsPattern.MatchString(text)
}

// creditText is a paragraph's text as a credit line reads it, without the emphasis markdown may put
// around it; ok is false for what cannot be one: a heading, a note, more than one line, a long text.
func creditText(p paragraph) (text string, ok bool) {
	if p.note || p.atxLevel > 0 || len(p.text) > maxCreditRunes*utf8.UTFMax {
		return "", false
	}
	text = strings.TrimSpace(strings.Trim(strings.TrimSpace(p.text), "*_"))
	if text == "" || strings.Contains(text, "\n") || runeLen(text) > maxCreditRunes {
		return "", false
	}
	return text, true
}

// publisher is what a 来源 line names, without the credits the line goes on with (来源：新华社　编辑：
// 李华 names 新华社).
func publisher(named string) string {
	if at := nextLabelPattern.FindStringIndex(named); at != nil && at[0] > 0 {
		return named[:at[0]]
	}
	return named
}

// markCredits flags the credit lines among paras.
func markCredits(paras []paragraph) {
	for i := range paras {
		paras[i].credit = isCredit(paras[i])
	}
}

// takeCredits moves the lines that close the text and credit it into b: the credit lines (but a
// note on where its data come from) and a notice of rights after the last paragraph that says
// anything. The 来源/Source lines among them name its Source, each publisher once. A credit line the
// text goes on after stays where it stands (it may credit a table or a quotation), and the text
// keeps its last paragraph, whatever it is.
func takeCredits(b *Briefing, paras []paragraph) []paragraph {
	n := len(paras)
	for n > 1 && (closingCredit(paras[n-1]) || isRightsNotice(paras[n-1])) {
		n--
	}
	if n == len(paras) {
		return paras
	}
	var sources []string
	for _, p := range paras[n:] {
		b.Credits = append(b.Credits, strings.TrimSpace(p.text))
		text, _ := creditText(p)
		if m := sourcePattern.FindStringSubmatch(text); m != nil && !slices.Contains(sources, publisher(m[1])) {
			sources = append(sources, publisher(m[1]))
		}
	}
	switch len(sources) {
	case 0:
	case 1:
		b.Source = sources[0]
	default: // the table of words is built on each call: only for the rare text that needs it
		b.Source = strings.Join(sources, b.Language.Words().SourceSeparator)
	}
	return paras[:n]
}
