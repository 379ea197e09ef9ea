package content_test

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"briefing/content"
	"briefing/content/report"
	"briefing/content/sanitize"
	"briefing/seeds"
)

// FuzzParse feeds Parse arbitrary bytes. Parse must not panic; it refuses only what is not text; any
// text gives at least one section; and what it returns is the input cut into pieces, never rewritten:
// see checkTextPreserved.
func FuzzParse(f *testing.F) {
	f.Add(seeds.Default())
	files, _ := filepath.Glob(filepath.Join("testdata", "documents", "*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", " \n\t", "\uFEFF", "\uFEFF标题\r\n\r\n正文。\r\n", "a\rb\rc", "\xff", "a\x00b",
		"一、\n", "一、二、三、", "（一）", "1.5亿元", "# \n", "#", "## A\n## B\n", "**", "——", "-- x\n\ny",
		"<!-- note: x -->", "# T\n\n<!-- note: x -->", "<!-- note: 未闭合", "来源:", "标题\n\n来源：某处", "Source: x\n\nSource: y",
		"标题\n\n正文。\n来源：甲\n附言一句。", "正文。\n\n来源：甲\n\n来源：甲；乙\n\n责任编辑：丙", "正文。\n【审核：甲】\n未经授权，不得转载。",
		"１２３４５６．７％", "由2020年的7.6亿元增长到2023年的10.6亿元。", "分别增长21%和9.4%", "八个十二个两个",
		"from $310 million in 2022 to $450 million in 2024", "2,300 workers, 1,2345 things", "+-1.2%-3",
		"一是。二是。三是。", "First, a. Second, b. Finally, c.", "标题\n\n——副标题\n\n县委书记 张三\n\n正文。",
		"标题\x1b]52;c;eA==\x07\n\n一、甲\x1bPq\x1b\\\n\n正文\u009b2J。", "\x1b[31m", "a\x07\x08b",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := content.Parse("fuzz", data)
		if err != nil {
			var inputErr *content.InputError
			if !errors.As(err, &inputErr) || content.CheckText("fuzz", data) == nil {
				t.Fatalf("Parse refused text it should read: %v", err)
			}
			return
		}
		if content.CheckText("fuzz", data) != nil {
			t.Fatalf("Parse read data CheckText refuses")
		}
		if len(b.Sections) == 0 {
			t.Fatalf("Parse read text into no section")
		}
		checkSpans(t, b)
		checkTextPreserved(t, data, b)
		checkNoControls(t, b)
		if err := report.WriteSections(io.Discard, b); err != nil {
			t.Error(err)
		}
		if err := report.WriteFigures(io.Discard, b, -1); err != nil {
			t.Error(err)
		}
		if err := report.WriteJSON(io.Discard, report.NewFigures(b, -1)); err != nil {
			t.Error(err)
		}
	})
}

// checkNoControls: nothing of the briefing holds a character a terminal would obey, so no output
// path has to clean it again.
func checkNoControls(t *testing.T, b *content.Briefing) {
	t.Helper()
	fields := []string{b.Name, b.Title, b.Subtitle, b.Byline, b.Source}
	for _, s := range b.Sections {
		fields = append(fields, s.Title, s.Text)
		for _, p := range s.Points {
			fields = append(fields, p.Title)
		}
	}
	for _, field := range fields {
		if clean := sanitize.Text(field); clean != field {
			t.Fatalf("the briefing holds control characters: %q", field)
		}
	}
}

// comment is an HTML comment, which is how markdown input writes speaker notes.
var comment = regexp.MustCompile(`(?s)<!--.*?-->`)

// checkTextPreserved: apart from white space (a hard-wrapped header line comes back joined, a
// letter-spaced title without its spaces), the title, subtitle, byline, each section's text and each
// closing credit line are pieces of the BOM-stripped input cleaned of control characters and escape
// sequences (sanitize.Text), in that order and without overlap, so no character is counted twice. A
// byline that signs the text comes after the sections instead, and a title the text does not write (a
// first heading's, or the document's name) is no piece, and the page's lines kept as Furniture are
// taken out first. What lies between the pieces is only what Parse may drop: speaker notes and the
// markup of a header (# * _, a subtitle's dashes and brackets). Every publisher the source names is
// on a credit line.
func checkTextPreserved(t *testing.T, data []byte, b *content.Briefing) {
	t.Helper()
	src := strings.TrimPrefix(string(data), "\uFEFF")
	bare := withoutSpace // plain text has no comments: <!-- … --> there is text like any other
	if b.Format == content.FormatMarkdown {
		bare = withoutCommentsAndSpace
	}
	src = bare(sanitize.Text(strings.ReplaceAll(src, "\r", "\n")))
	for _, line := range b.Furniture { // the page's lines around the header are kept apart, in order
		if i := strings.Index(src, bare(line)); i >= 0 {
			src = src[:i] + src[i+len(bare(line)):]
		}
	}
	var sections []piece
	for _, s := range b.Sections {
		if s.Text == "" {
			t.Errorf("section %d has no text", s.Index)
		}
		sections = append(sections, piece{"section " + itoa(s.Index), bare(s.Text)})
	}
	title := piece{"title", bare(b.Title)}
	subtitle, byline := piece{"subtitle", bare(b.Subtitle)}, piece{"byline", bare(b.Byline)}
	var credits []piece
	for _, line := range b.Credits {
		credits = append(credits, piece{"credit", bare(line)})
	}
	checkSourceCredited(t, b)
	orders := [][]piece{slices.Concat([]piece{title, subtitle, byline}, sections, credits)}
	if b.Byline != "" {
		orders = append(orders, slices.Concat([]piece{title, subtitle}, sections, []piece{byline}, credits))
	}
	if derivedTitle(b) {
		for _, order := range orders {
			orders = append(orders, order[1:])
		}
	}
	var first error
	for _, order := range orders {
		err := piecesInOrder(src, order)
		if err == nil {
			return
		}
		first = cmp.Or(first, err)
	}
	t.Fatal(first)
}

// derivedTitle reports whether a briefing's title is one the text does not write as a title line:
// its first section's (a heading's) or the document's name.
func derivedTitle(b *content.Briefing) bool {
	if b.Title == b.Name || b.Title == b.Language.Words().Untitled {
		return true
	}
	for _, s := range b.Sections {
		if s.Title == b.Title {
			return true
		}
	}
	return false
}

type piece struct{ name, text string }

// piecesInOrder reports where pieces are not found in src in order, with only droppable text between.
func piecesInOrder(src string, pieces []piece) error {
	at, previous := 0, "start"
	for _, p := range append(pieces, piece{"end", ""}) {
		if p.text == "" && p.name != "end" {
			continue
		}
		i := strings.Index(src[at:], p.text)
		if p.name == "end" {
			i = len(src) - at
		}
		if i < 0 {
			return fmt.Errorf("the %s %q is not in the input after the %s (offset %d)", p.name, p.text, previous, at)
		}
		gap := src[at : at+i]
		for _, r := range gap {
			if !strings.ContainsRune("#*_—–-（）()", r) {
				return fmt.Errorf("%q between the %s and the %s is in no part of the briefing (gap %q)", r, previous, p.name, gap)
			}
		}
		at += i + len(p.text)
		previous = p.name
	}
	return nil
}

// checkSourceCredited: the source names publishers of the closing credit lines, and nothing else.
func checkSourceCredited(t *testing.T, b *content.Briefing) {
	t.Helper()
	if b.Source == "" {
		return
	}
	for _, publisher := range strings.Split(b.Source, b.Language.Words().SourceSeparator) {
		if !slices.ContainsFunc(b.Credits, func(line string) bool { return strings.Contains(line, publisher) }) {
			t.Fatalf("the source names %q, which no credit line %q does", publisher, b.Credits)
		}
	}
}

// withoutCommentsAndSpace is markdown without its comments (speaker notes among them) and white
// space.
func withoutCommentsAndSpace(s string) string { return withoutSpace(comment.ReplaceAllString(s, "")) }

// withoutSpace is s without white space.
func withoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
