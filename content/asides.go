package content

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"briefing/content/cjk"
	"briefing/content/locale"
)

// asideOf says why a number is no figure, or "" when it may be one. The number's own shape and
// the few characters around it decide: 第 before it, 周年, 版, 强, 号 or xx after it, letters
// glued to it, quotes around it alone, a list it opens. Counts in Chinese numerals are read by
// countAside, which needs the sentence.
func asideOf(text string, q quantity, lang locale.Language) AsideKind {
	before, after := text[:q.beforeStart], text[q.afterEnd:]
	switch {
	case q.ratio:
		return ""
	case math.IsInf(q.value, 0):
		return AsideIdentifier // more digits than any measure has: a code, never a value to compare
	case q.glued && isSloganRun(text, q):
		return AsideSlogan
	case q.glued && text[q.start-1] == '.':
		return AsideVersion
	case q.glued:
		return AsideIdentifier
	case strings.HasPrefix(text[q.end:], "xx") || strings.HasPrefix(text[q.end:], "XX") || strings.HasPrefix(text[q.end:], "××"):
		return AsidePlaceholder
	case strings.HasSuffix(before, "第"):
		return AsideOrdinal
	case strings.HasPrefix(text[q.end:], "周年"), q.unit == "周" && strings.HasPrefix(after, "年"):
		return AsideAnniversary
	case q.unit == "" && strings.HasPrefix(after, "版"):
		return AsideVersion
	case q.unit == "" && (strings.HasPrefix(after, "强") || strings.HasPrefix(after, "號") || strings.HasPrefix(after, "号")):
		if strings.HasPrefix(after, "强") {
			return AsideRank
		}
		return AsideIdentifier
	case q.unit == "" && (startsWithASCIILetter(after) || endsWithASCIILetter(before)):
		return AsideIdentifier
	case isSloganRun(text, q):
		return AsideSlogan
	case q.unit == "" && quotedAlone(text, q):
		return AsideSlogan
	case isListMarker(text, q, lang):
		return AsideMarker
	case lang == locale.English && q.unit == "" && afterMonthName(before):
		return AsideDate
	case isThreshold(text, q):
		return AsideThreshold
	case lang == locale.Chinese && q.unit == "" && q.qualifier == "" && namesSomething(after):
		return AsideIdentifier
	}
	return ""
}

func startsWithASCIILetter(s string) bool { return s != "" && isASCIILetter(s[0]) }

func endsWithASCIILetter(s string) bool { return s != "" && isASCIILetter(s[len(s)-1]) }

// isSloganRun reports whether the number is part of a formula of numbers and letters joined by
// plus signs: 1+2+N, 3+X.
func isSloganRun(text string, q quantity) bool {
	start, end := q.start, q.end
	for start > 0 && isFormulaByte(text[start-1]) {
		start--
	}
	for end < len(text) && isFormulaByte(text[end]) {
		end++
	}
	run := text[start:end]
	return strings.Contains(run, "+") && !strings.HasPrefix(run, "+") && !strings.HasSuffix(run, "+")
}

func isFormulaByte(b byte) bool { return isASCIIAlnum(b) || b == '+' }

// quotedAlone reports whether the number is all that a pair of quotation marks holds: “1135”.
func quotedAlone(text string, q quantity) bool {
	open, _ := utf8.DecodeLastRuneInString(text[:q.start])
	closing, _ := utf8.DecodeRuneInString(text[q.end:])
	return open == '“' && closing == '”' || open == '"' && closing == '"' || open == '「' && closing == '」'
}

// isListMarker reports whether a bare number opens an item of a list inside a line: 1.国资国企改革；
// 2.财税…, (3) …. It stands at the line's start or after clause punctuation, and a word follows.
func isListMarker(text string, q quantity, lang locale.Language) bool {
	if q.unit != "" || q.qualifier != "" {
		return false
	}
	before, after := text[:q.start], text[q.end:]
	opened := false
	if b, size := utf8.DecodeLastRuneInString(before); b == '(' || b == '（' {
		if closing, n := utf8.DecodeRuneInString(after); closing == ')' || closing == '）' {
			before, after, opened = before[:len(before)-size], after[n:], true
		}
	}
	if !opened {
		mark, n := utf8.DecodeRuneInString(after)
		if mark != '.' && mark != '、' && mark != '．' {
			return false
		}
		after = after[n:]
	}
	next, _ := utf8.DecodeRuneInString(after)
	if !cjk.IsHan(next) && !(lang == locale.English && next == ' ') {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " \t"))
	return prev == utf8.RuneError || prev == '\n' || clausePunct(prev) || prev == '。'
}

// afterMonthName reports whether an English number follows a month's name: April 14, March 3.
func afterMonthName(before string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexByte(before, ' ') + 1
	word := strings.ToLower(before[i:])
	switch word {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.":
		return true
	}
	return false
}

// namesSomething reports whether a Chinese word follows a bare number at once, as in a name (12345热线,
// 110报警台): a figure has a unit, and a bare rate (增长 17) is followed by punctuation or a join.
func namesSomething(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return cjk.IsHan(r) && !strings.ContainsRune("和与及或至到比的", r)
}

// isThreshold reports whether a bound names a group rather than measures it: 收入10万元以下的村,
// 5000万元以上项目. The count of the group may be a figure; the bound is not.
func isThreshold(text string, q quantity) bool {
	if q.qualifier != "以上" && q.qualifier != "以下" {
		return false
	}
	after := strings.TrimPrefix(text[q.afterEnd:], "的")
	next, _ := utf8.DecodeRuneInString(after)
	return cjk.IsHan(next) && !strings.HasPrefix(after, "和") && !strings.HasPrefix(after, "或")
}

// countAside says why a count in Chinese numerals is no figure, or "": a slogan when it opens a
// quotation (“八个严禁”) or a rule named after who issued it (中央八项规定); a signpost when its clause
// announces what follows (重点抓好三件事：一是…, 下面，我讲三个方面的意见) or restates the items just
// named (发展和安全两件大事).
func countAside(text string, q quantity, sentenceStart int) AsideKind {
	before := text[:q.start]
	open, _ := utf8.DecodeLastRuneInString(before)
	if open == '、' && strings.HasSuffix(strings.TrimRight(before, "、一二三四五六七八九十两"), "第") {
		return AsideOrdinal // 第一、二批: the ordinal's 第 stands before the first item
	}
	switch {
	case open == '“' || open == '"' || open == '「' || open == '『':
		return AsideSlogan
	case strings.HasSuffix(before, "中央"):
		return AsideSlogan
	}
	sentence := strings.TrimLeft(text[sentenceStart:q.start], " \t\n")
	for _, lead := range []string{"下面", "以下", "接下来"} {
		if strings.HasPrefix(sentence, lead) {
			return AsideSignpost
		}
	}
	if r, _ := utf8.DecodeRuneInString(clauseRest(text, q.end)); r == '：' || r == ':' {
		return AsideSignpost
	}
	clauseStart, _ := clauseBefore(text, q.start, nil)
	items := 1
	for _, r := range text[clauseStart:q.start] {
		if r == '和' || r == '与' || r == '及' || r == '、' {
			items++
		}
	}
	if items > 1 && float64(items) == q.value {
		return AsideSignpost
	}
	return ""
}

// clauseRest is the text after `at` from the first clause punctuation on: the mark that ends the
// clause holding `at`.
func clauseRest(text string, at int) string {
	for i, r := range text[at:] {
		if clausePunct(r) || sentenceEnd(r) {
			return text[at+i:]
		}
	}
	return ""
}

// asideList collects the asides of a section, found in the folded text, as the original has them.
type asideList struct {
	f        folded
	original string
	found    []foundAside // in the folded text
	asides   []Aside
}

type foundAside struct {
	kind       AsideKind
	start, end int
}

func (l *asideList) add(kind AsideKind, start, end int) {
	l.found = append(l.found, foundAside{kind, start, end})
}

// dropClaimed forgets the asides that a figure's wording holds: 较111年增加4.6% is a change, and its
// year is part of it, not a date of its own.
func (l *asideList) dropClaimed(claimed []Span) {
	kept := l.found[:0]
	for _, a := range l.found {
		inside := false
		for _, c := range claimed {
			if a.start >= c.Start && a.end <= c.End {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, a)
		}
	}
	l.found = kept
}

// addMasked accounts for the digits that the mask hid: heading numbers at the start of a line are
// markers, anything else hidden (a link's address, code, a comment) is markup.
func (l *asideList) addMasked(masked string) {
	text := l.original
	if len(masked) != len(text) {
		return
	}
	for i := 0; i < len(text); {
		size := digitAt(text, i)
		if size == 0 || masked[i] != ' ' {
			i++
			continue
		}
		end := i
		for end < len(text) && masked[end] == ' ' {
			n := digitAt(text, end)
			if n == 0 {
				break
			}
			end += n
		}
		kind := AsideMarkup
		if lineStart := strings.LastIndexByte(text[:i], '\n') + 1; strings.TrimSpace(masked[lineStart:i]) == "" {
			kind = AsideMarker
		}
		l.asides = append(l.asides, Aside{Kind: kind, Text: text[i:end], Offset: i})
		i = end
	}
}

// digitAt is the length of the digit at text[i], half-width or full-width (０ is EF BC 90), or 0.
func digitAt(text string, i int) int {
	switch {
	case isDigit(text[i]):
		return 1
	case text[i] == 0xEF && i+2 < len(text) && text[i+1] == 0xBC && text[i+2] >= 0x90 && text[i+2] <= 0x99:
		return 3
	}
	return 0
}

func (l *asideList) sorted() []Aside {
	for _, a := range l.found {
		span := l.f.originalSpan(a.start, a.end)
		l.asides = append(l.asides, Aside{Kind: a.kind, Text: span.Of(l.original), Offset: span.Start})
	}
	slices.SortFunc(l.asides, func(a, b Aside) int { return a.Offset - b.Offset })
	return l.asides
}
