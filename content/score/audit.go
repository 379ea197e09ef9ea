package score

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// auditWindow bounds how far from its figure a change, a baseline or a period is looked for.
const auditWindow = 400

// Read-only patterns of the audit.
var (
	// headingNumber opens a line with a heading or list number: 1. 2、 （3） (4), after markdown marks.
	headingNumber = regexp.MustCompile(`(?m)^[#>\s　*-]*(?:[0-9０-９]{1,2}[.、．]|[（(][0-9０-９]{1,2}[）)])`)
	// calendarYear is a year of 1900–2100 (the audit checks the range).
	calendarYear = regexp.MustCompile(`(?:^|[^0-9.,$€£¥])((?:19|20)[0-9]{2})(?:$|[^0-9%])`)
)

// Audit checks a gold file against its document: every figure's text, change, baseline and period is
// where the gold says, and every Arabic number of the document is accounted for. It returns every
// problem found, joined.
func Audit(c Case) error {
	src := string(c.Data)
	places, err := locateGold(src, c.Gold)
	if err != nil {
		return fmt.Errorf("%s: %w", c.GoldPath, err)
	}
	var problems []error
	covered := make([]bool, len(src))
	cover := func(s span) {
		for i := s.start; i < s.end && i < len(covered); i++ {
			covered[i] = true
		}
	}
	for _, p := range places {
		cover(p.at)
		f := p.figure
		for _, part := range []struct{ what, text string }{
			{"change", changeText(f)}, {"baseline", baselineText(f)}, {"period", f.Period}, {"baseline period", baselinePeriod(f)},
		} {
			if part.text == "" {
				continue
			}
			s, ok := nearest(src, part.text, p.at, auditWindow)
			if !ok {
				problems = append(problems, fmt.Errorf("%s: figure %q: %s %q not found near it", c.GoldPath, f.Text, part.what, part.text))
				continue
			}
			cover(s)
		}
		if f.Baseline != nil && f.Baseline.Text == "" {
			problems = append(problems, fmt.Errorf("%s: figure %q: its baseline has no text", c.GoldPath, f.Text))
		}
	}
	for _, nf := range c.Gold.NotFigures {
		if !strings.Contains(src, nf.Text) {
			problems = append(problems, fmt.Errorf("%s: not-a-figure %q is not in the document", c.GoldPath, nf.Text))
		}
		for _, s := range occurrences(src, nf.Text) {
			cover(s)
		}
	}
	for _, s := range headerLines(src, c.Gold) {
		cover(s)
	}
	for _, loc := range headingNumber.FindAllStringIndex(src, -1) {
		cover(span{loc[0], loc[1]})
	}
	for _, m := range calendarYear.FindAllStringSubmatchIndex(src, -1) {
		if isCalendarYear(src, m[2], m[3]) {
			cover(span{m[2], m[3]})
		}
	}
	for _, run := range digitRuns(src) {
		for i := run.start; i < run.end; i++ {
			if !covered[i] {
				problems = append(problems, fmt.Errorf("%s: number %q at byte %d (…%s…) is neither a gold figure nor part of one, nor a not-a-figure case",
					c.GoldPath, src[run.start:run.end], run.start, context(src, run)))
				break
			}
		}
	}
	return errors.Join(problems...)
}

func changeText(f GoldFigure) string {
	if f.Change == nil {
		return ""
	}
	return f.Change.Text
}

func baselineText(f GoldFigure) string {
	if f.Baseline == nil {
		return ""
	}
	return f.Baseline.Text
}

func baselinePeriod(f GoldFigure) string {
	if f.Baseline == nil {
		return ""
	}
	return f.Baseline.Period
}

// isCalendarYear: a Chinese year is written with 年 after it; an English one stands alone.
func isCalendarYear(src string, start, end int) bool {
	rest := src[end:]
	if strings.HasPrefix(rest, "年") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	prev, _ := utf8.DecodeLastRuneInString(src[:start])
	return r < 0x2E80 && prev < 0x2E80 && !strings.HasPrefix(strings.TrimLeft(rest, " "), "million") &&
		!strings.HasPrefix(strings.TrimLeft(rest, " "), "billion")
}

func occurrences(src, text string) []span {
	var out []span
	if text == "" {
		return out
	}
	for from := 0; ; {
		i := strings.Index(src[from:], text)
		if i < 0 {
			return out
		}
		out = append(out, span{from + i, from + i + len(text)})
		from += i + len(text)
	}
}

// digitRuns lists the runs of ASCII and full-width digits of src.
func digitRuns(src string) []span {
	var out []span
	start := -1
	for i, r := range src {
		digit := r >= '0' && r <= '9' || r >= '０' && r <= '９'
		switch {
		case digit && start < 0:
			start = i
		case !digit && start >= 0:
			out = append(out, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(src)})
	}
	return out
}

// context is the text around a span, on one line, for a message.
func context(src string, s span) string {
	lo, hi := max(0, s.start-24), min(len(src), s.end+24)
	for lo > 0 && !utf8.RuneStart(src[lo]) {
		lo--
	}
	for hi < len(src) && !utf8.RuneStart(src[hi]) {
		hi++
	}
	return strings.ReplaceAll(src[lo:hi], "\n", " ")
}

// headerLines are the lines of src that write the gold header: each line whose words (without dashes,
// brackets and spaces) stand in the title, subtitle, byline or source, so a letter-spaced title and a
// subtitle wrapped over two lines count too.
func headerLines(src string, g Gold) []span {
	var out []span
	fields := []string{squeeze(g.Title), squeeze(g.Subtitle), squeeze(g.Byline), squeeze(g.Source)}
	start := 0
	for _, line := range strings.SplitAfter(src, "\n") {
		words := squeeze(line)
		for _, f := range fields {
			if words != "" && strings.Contains(f, words) {
				out = append(out, span{start, start + len(line)})
				break
			}
		}
		start += len(line)
	}
	return out
}

// squeeze drops spaces, dashes and brackets, and a label such as 来源：.
func squeeze(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(" \t\n\u3000—–-（）()", r) {
			return -1
		}
		return r
	}, s)
	for _, label := range []string{"来源：", "來源：", "Source:"} {
		s = strings.TrimPrefix(s, label)
	}
	return s
}
