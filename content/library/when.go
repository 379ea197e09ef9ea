package library

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"briefing/content"
	"briefing/content/cjk"
)

// When is the date or period a document gives for itself: 2024年12月20日, 2024年前三季度, 2024年.
type When struct {
	Text             string // as written (digits folded to ASCII), "" when the text gives none
	Year, Month, Day int    // Month and Day are 0 when the text does not say; a period's last month
	Period           bool   // a span of time (a year, a quarter) rather than a day
}

// Known reports whether the text gave a date or period.
func (w When) Known() bool { return w.Year > 0 }

// sortTime is when the entry is placed in time: the text's date, else the file's.
func (e Entry) sortTime() time.Time {
	if w := e.When; w.Known() {
		month, day := max(w.Month, 1), max(w.Day, 1)
		if w.Month == 0 {
			month, day = 12, 31 // a year is placed at its end: after its own quarters
		} else if w.Day == 0 {
			day = 28
		}
		return time.Date(w.Year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	}
	return e.ModTime
}

var (
	chineseDate = regexp.MustCompile(`((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?((?:第?[一二三四1-4]季度|前三季度|上半年|下半年|前[一二两三四五六七八九十]+个月|全年)?)`)
	englishDate = regexp.MustCompile(`(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+)?((?:19|20)\d\d)\b`)
	// A period's last month, for placing it in time.
	periodEnds = map[string]int{"一季度": 3, "1季度": 3, "第一季度": 3, "第1季度": 3, "二季度": 6, "2季度": 6, "第二季度": 6, "第2季度": 6,
		"上半年": 6, "三季度": 9, "3季度": 9, "第三季度": 9, "第3季度": 9, "前三季度": 9, "四季度": 12, "4季度": 12, "第四季度": 12,
		"第4季度": 12, "下半年": 12, "全年": 12}
)

// headLength is how much of the first section's text is read for a date: the header lines of a
// speech, not the figures of its body (which date the figures, not the speech).
const headLength = 160

// WhenOf finds the date or period of b in its subtitle, title, byline, then the start of its text:
// the most precise one given (a day, else a month or a period's end, else a year), the first of
// those.
func WhenOf(b *content.Briefing) When {
	places := []string{b.Subtitle, b.Title, b.Byline}
	if len(b.Sections) > 0 {
		places = append(places, head(b.Sections[0].Text, headLength))
	}
	var best When
	for _, place := range places {
		if w, ok := findWhen(strings.Map(cjk.FoldWidth, place)); ok && precision(w) > precision(best) {
			best = w
		}
	}
	return best
}

// precision ranks a When: 3 for a day, 2 for a month, 1 for a year, 0 for none.
func precision(w When) int {
	switch {
	case w.Day > 0:
		return 3
	case w.Month > 0:
		return 2
	case w.Year > 0:
		return 1
	}
	return 0
}

func head(s string, runes int) string {
	for i := range s {
		if runes == 0 {
			return s[:i]
		}
		runes--
	}
	return s
}

func findWhen(s string) (When, bool) {
	if m := chineseDate.FindStringSubmatch(s); m != nil {
		w := When{Text: strings.Join(strings.Fields(m[0]), "")}
		w.Year, _ = strconv.Atoi(m[1])
		w.Month, _ = strconv.Atoi(m[2])
		w.Day, _ = strconv.Atoi(m[3])
		w.Period = w.Day == 0
		if end, ok := periodEnds[m[4]]; ok && w.Month == 0 {
			w.Month = end
		}
		return w, true
	}
	if m := englishDate.FindStringSubmatch(s); m != nil && utf8.ValidString(m[0]) {
		w := When{Text: m[0]}
		w.Year, _ = strconv.Atoi(m[3])
		if m[1] != "" {
			if t, err := time.Parse("January", m[1]); err == nil {
				w.Month = int(t.Month())
			}
			w.Day, _ = strconv.Atoi(m[2])
		}
		w.Period = w.Day == 0
		return w, true
	}
	return When{}, false
}
