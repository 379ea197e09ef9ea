package content

import (
	"regexp"
	"strings"
	"unicode"
)

// Read-only patterns of the lines a web page or a PDF puts around the text copied from it.
var (
	// navigationPattern is a bar of three links or more: 市人大 | 市政府 | 市政协.
	navigationPattern = regexp.MustCompile(`^[^|｜]{1,16}(?:\s*[|｜]\s*[^|｜]{1,16}){2,}$`)
	// breadcrumbPattern is the path to a page: 首页 > 要闻 > 正文, 当前位置：首页 > 新闻.
	breadcrumbPattern = regexp.MustCompile(`^(?:(?:当前位置|當前位置|您的位置|您现在的位置|你的位置)\s*[:：].*|[^>›»/]{1,16}(?:\s*[>›»]\s*[^>›»]{1,16}){2,})$`)
	// metaLabelPattern is a label of a page's meta line: 作者：, 来源：, 发布日期：.
	metaLabelPattern = regexp.MustCompile(`(?:作者|来源|來源|发布|發布|编辑|編輯|浏览|瀏覽|点击|點擊|阅读|閱讀|时间|時間|日期|字号|字號)(?:次数|次數|量)?\s*[:：]`)
	// pageDatePattern is a date as pages write them: 2024-01-08, 2024/1/8 09:00.
	pageDatePattern = regexp.MustCompile(`\b(?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9]\b`)
	// tagLinePattern labels the tags or links a page adds to a story: Read more: Budget, Treasury.
	tagLinePattern = regexp.MustCompile(`^(?:(?i:read more|related|tags?|see also|topics?)|相关阅读|相關閱讀|相关链接|相關鏈接|标签|標籤|关键词|關鍵詞)\s*[:：]`)
	// contentsPattern is the heading of a table of contents: 目录, 目 录, Contents.
	contentsPattern = regexp.MustCompile(`^(?:目\s*录|目\s*錄|(?i:contents|table of contents))$`)
)

// pageWords are the words of a page's controls; a short line that holds one is no text (手机版选单,
// 列印图示, Home, Print). Read-only.
var pageWords = []string{
	"手机版", "手機版", "选单", "選單", "菜单", "導覽", "导航", "打印", "列印", "分享", "返回", "关闭", "關閉",
	"字号", "字號", "收藏", "登录", "登入", "扫一扫", "掃一掃",
	"Home", "Menu", "Print", "Share", "Skip to", "Subscribe", "Log in", "Sign in", "Back to",
}

// maxPageWordRunes bounds a line that is a page's control rather than text.
const maxPageWordRunes = 10

// isFurniture reports whether a line belongs to the page a text was copied from rather than to the
// text: a navigation bar, a breadcrumb, a meta line (2024-01-08 作者：… 来源：…) or a credit line
// (来源：…, 原标题：…), a rule of symbols (*****, :::), a tag line (Read more: …), or a page's control
// (手机版选单, Home, Print).
func isFurniture(p paragraph) bool {
	text := strings.TrimSpace(p.text)
	if p.note || p.atxLevel > 0 || text == "" || strings.Contains(text, "\n") {
		return false
	}
	switch {
	case navigationPattern.MatchString(text), breadcrumbPattern.MatchString(text), tagLinePattern.MatchString(text):
		return true
	case isRule(text), isCredit(p):
		return true
	}
	if labels := len(metaLabelPattern.FindAllStringIndex(text, 3)); labels >= 2 || labels == 1 && pageDatePattern.MatchString(text) {
		return true
	}
	return runeLen(text) <= maxPageWordRunes && containsAny(text, pageWords)
}

// isRule reports whether a line is a rule drawn with symbols: three or more, and no letter or digit.
func isRule(text string) bool {
	n := 0
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			n++
		default:
			return false
		}
	}
	return n >= 3
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// contentsLength is how many paragraphs at the start of paras are a table of contents: numbered
// headings of one kind in a row with nothing between them, numbered from 1 and two at least, perhaps
// under a 目录 line, the first of which a later heading of the same number opens with the same words.
// 0 when there is none.
func contentsLength(paras []paragraph) int {
	start := 0
	if len(paras) > 0 && contentsPattern.MatchString(strings.TrimSpace(paras[0].text)) {
		start = 1
	}
	end := start
	var kind markerKind
	for end < len(paras) {
		m, ok := matchMarker(paras[end].text)
		if !ok || paras[end].atxLevel > 0 || end > start && m.kind != kind || markerOrdinal(paras[end].text[:m.size]) != end-start+1 {
			break
		}
		if strings.IndexFunc(paras[end].text, sentenceEnd) >= 0 || runeLen(paras[end].text) > maxTitleRunes+4 {
			break // an entry of a table of contents is a title, not a sentence
		}
		kind = m.kind
		end++
	}
	if end-start < 2 {
		return 0
	}
	if !repeatedLater(paras[start], paras[end:]) {
		return 0 // the text may be an excerpt that stops before the later parts: the first must come again
	}
	return end
}

// repeatedLater reports whether a heading of the same number as entry, opening with its words, comes
// later in paras.
func repeatedLater(entry paragraph, paras []paragraph) bool {
	m, _ := matchMarker(entry.text)
	number, title := strings.TrimSpace(entry.text[:m.size]), strings.TrimSpace(entry.text[m.size:])
	for _, p := range paras {
		if later, ok := matchMarker(p.text); ok && later.kind == m.kind && strings.TrimSpace(p.text[:later.size]) == number && strings.HasPrefix(strings.TrimSpace(p.text[later.size:]), title) {
			return true
		}
	}
	return false
}
