package report_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/format"
	"briefing/content/report"
)

// documents are the seed and the test documents of the content package: Chinese, traditional
// Chinese with full-width digits, and English.
func documents(t *testing.T) map[string]*content.Briefing {
	t.Helper()
	docs := map[string]*content.Briefing{"seed": contenttest.Seed(t)}
	for _, name := range []string{"numbered-speech.txt", "grain-report.md", "county-briefing-en.txt", "traditional-pdf.txt"} {
		docs[name] = contenttest.ParseFile(t, filepath.Join("..", "testdata", "documents", name))
	}
	return docs
}

// width measures display columns as the report promises to: Chinese two columns, East Asian
// ambiguous characters one.
func width(s string) int {
	cond := runewidth.NewCondition()
	cond.EastAsianWidth = false
	return cond.StringWidth(s)
}

// columnStarts is the display column at which each cell of the header line starts.
func columnStarts(header string, cells []string) []int {
	var starts []int
	at := 0
	for _, cell := range cells {
		i := strings.Index(header[at:], cell)
		if i < 0 {
			return nil
		}
		starts = append(starts, width(header[:at+i]))
		at += i + len(cell)
	}
	return starts
}

// cellAt is the text of line from display column col on; ok is false when no character starts there.
func cellAt(line string, col int) (string, bool) {
	w := 0
	for i, r := range line {
		if w == col {
			return line[i:], true
		}
		if w > col {
			return "", false
		}
		w += width(string(r))
	}
	return "", w == col
}

// TestWriteFiguresAligned: every row's section, label, value and period start at the display column
// of their header, with at least two spaces before.
func TestWriteFiguresAligned(t *testing.T) {
	for name, b := range documents(t) {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			if err := report.WriteFigures(&out, b, -1); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			words := b.Language.Words()
			headers := []string{words.SectionColumn, words.LabelColumn, words.ValueColumn, words.ChangeColumn, words.PeriodColumn, words.BaselineColumn}
			starts := columnStarts(lines[0], headers)
			figures := report.NewFigures(b, -1)
			var written []content.Figure // the figures as parsed, in the same order
			for _, s := range b.Sections {
				written = append(written, s.Figures...)
			}
			if starts == nil || len(lines) != len(figures)+1 {
				t.Fatalf("header %q, %d rows for %d figures:\n%s", lines[0], len(lines)-1, len(figures), out.String())
			}
			for i, f := range figures {
				line := lines[i+1]
				if line != strings.TrimRight(line, " ") {
					t.Errorf("row %d ends in spaces: %q", i+1, line)
				}
				for _, c := range []struct {
					column int
					text   string
				}{{0, strconv.Itoa(b.Number(f.Section))}, {1, f.Label}, {2, format.Figure(written[i])}, {4, f.Period}} {
					if c.text == "" {
						continue
					}
					rest, ok := cellAt(line, starts[c.column])
					before, _ := strings.CutSuffix(line, rest)
					if !ok || !strings.HasPrefix(rest, c.text) || c.column > 0 && !strings.HasSuffix(before, "  ") {
						t.Errorf("row %d: %q does not start at display column %d (the %q column):\n%s\n%s", i+1, c.text, starts[c.column], headers[c.column], lines[0], line)
					}
				}
			}
		})
	}
}

func TestWriteFiguresEmpty(t *testing.T) {
	docs := documents(t)
	for _, doc := range []string{"seed", "county-briefing-en.txt"} {
		b := docs[doc]
		want := b.Language.Words().NoFiguresAtAll + "\n"
		var out bytes.Buffer
		if err := report.WriteFigures(&out, b, 0); err != nil || out.String() != want {
			t.Errorf("%s section 0: %q, %v; want %q", doc, out.String(), err, want)
		}
	}
}

// TestWriteSectionsAligned: the figure counts of the outline stand in one column.
func TestWriteSectionsAligned(t *testing.T) {
	for name, b := range documents(t) {
		var out bytes.Buffer
		if err := report.WriteSections(&out, b); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(out.String(), "\n")
		columns := map[int]bool{}
		for i, s := range b.Sections {
			prefix := numberColumn(b.Number(i)) + "  " + s.Title
			count := " " + strconv.Itoa(len(s.Figures)) + " "
			for _, line := range lines {
				if strings.HasPrefix(line, prefix) {
					columns[width(line[:strings.LastIndex(line, count)+1])] = true
				}
			}
		}
		if len(columns) != 1 {
			t.Errorf("%s: the figure counts start at columns %v, want one column:\n%s", name, columns, out.String())
		}
		if b.Source != "" && !strings.Contains(out.String(), b.Source) {
			t.Errorf("%s: the outline does not name the source %q", name, b.Source)
		}
	}
}

// numberColumn writes a section number as the outline does, right-aligned in two columns.
func numberColumn(i int) string {
	return strings.Repeat(" ", max(0, 2-len(strconv.Itoa(i)))) + strconv.Itoa(i)
}

// keysOf decodes one JSON object and returns its keys in order, with numbers kept as json.Number.
func keysOf(t *testing.T, raw json.RawMessage) ([]string, map[string]json.RawMessage) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	var keys []string
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %s", raw)
	}
	fields := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		fields[tok.(string)] = value
	}
	return keys, fields
}

// wantKeys: the keys are those of order that are present, in that order, and every required one is.
func wantKeys(t *testing.T, what string, got, order, required []string) {
	t.Helper()
	var want []string
	for _, k := range order {
		if slices.Contains(got, k) || slices.Contains(required, k) {
			want = append(want, k)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s keys %q, want %q (required %q)", what, got, want, required)
	}
}

// TestOutlineJSON: the outline's field names, all of them always present.
func TestOutlineJSON(t *testing.T) {
	for name, b := range documents(t) {
		var out bytes.Buffer
		if err := report.WriteJSON(&out, report.NewOutline(b)); err != nil {
			t.Fatal(err)
		}
		top := []string{"title", "subtitle", "byline", "source", "sections"}
		keys, fields := keysOf(t, out.Bytes())
		wantKeys(t, name+" outline", keys, top, top)
		var sections []json.RawMessage
		if err := json.Unmarshal(fields["sections"], &sections); err != nil || len(sections) != len(b.Sections) {
			t.Fatalf("%s sections: %v, %d of %d", name, err, len(sections), len(b.Sections))
		}
		for i, raw := range sections {
			order := []string{"index", "title", "kind", "points", "figures"}
			keys, fields := keysOf(t, raw)
			wantKeys(t, name+" section", keys, order, order)
			var index, figures int
			if json.Unmarshal(fields["index"], &index) != nil || index != i || json.Unmarshal(fields["figures"], &figures) != nil || figures != len(b.Sections[i].Figures) {
				t.Errorf("%s section %d: index %s, figures %s", name, i, fields["index"], fields["figures"])
			}
			var points []json.RawMessage
			if string(fields["points"]) == "null" || json.Unmarshal(fields["points"], &points) != nil {
				t.Errorf("%s section %d: points %s, want an array", name, i, fields["points"])
			}
			for _, p := range points {
				keys, _ := keysOf(t, p)
				wantKeys(t, name+" point", keys, []string{"title"}, []string{"title"})
			}
		}
	}
}

// TestFiguresJSON: the figures' field names; absent parts are omitted, never null or zero; values are
// JSON numbers.
func TestFiguresJSON(t *testing.T) {
	figureOrder := []string{"section", "label", "value", "unit", "text", "qualifier", "period", "offset", "change", "baseline"}
	for name, b := range documents(t) {
		var out bytes.Buffer
		if err := report.WriteJSON(&out, report.NewFigures(b, -1)); err != nil {
			t.Fatal(err)
		}
		var figures []json.RawMessage
		if err := json.Unmarshal(out.Bytes(), &figures); err != nil || len(figures) != b.FigureCount() {
			t.Fatalf("%s: %v, %d figures of %d", name, err, len(figures), b.FigureCount())
		}
		for i, raw := range figures {
			keys, fields := keysOf(t, raw)
			wantKeys(t, name+" figure", keys, figureOrder, []string{"section", "label", "value", "text", "offset"})
			for _, k := range []string{"unit", "qualifier", "period"} {
				if v, ok := fields[k]; ok && (string(v) == `""` || string(v) == "null") {
					t.Errorf("%s figure %d: empty %s %s is not omitted", name, i, k, v)
				}
			}
			for _, k := range []string{"value", "section", "offset"} {
				if _, err := strconv.ParseFloat(string(fields[k]), 64); err != nil {
					t.Errorf("%s figure %d: %s is %s, not a JSON number", name, i, k, fields[k])
				}
			}
			if c, ok := fields["change"]; ok {
				order := []string{"kind", "value", "unit", "text"}
				keys, change := keysOf(t, c)
				wantKeys(t, name+" change", keys, order, order)
				if _, err := strconv.ParseFloat(string(change["value"]), 64); err != nil {
					t.Errorf("%s figure %d: change value %s is not a number", name, i, change["value"])
				}
			}
			if bl, ok := fields["baseline"]; ok {
				keys, baseline := keysOf(t, bl)
				wantKeys(t, name+" baseline", keys, []string{"value", "unit", "period"}, []string{"value"})
				if _, err := strconv.ParseFloat(string(baseline["value"]), 64); err != nil {
					t.Errorf("%s figure %d: baseline value %s is not a number", name, i, baseline["value"])
				}
			}
		}
	}
	var out bytes.Buffer
	if err := report.WriteJSON(&out, report.NewFigures(documents(t)["seed"], 0)); err != nil || out.String() != "[]\n" {
		t.Errorf("the seed's opening has figures %q, %v; want []", out.String(), err)
	}
}

// TestWriteSectionsCountsInWords: the count of figures is a phrase of the document's language, in the
// singular for one (1 figure, 2 figures; Chinese has no plural).
func TestWriteSectionsCountsInWords(t *testing.T) {
	b := contenttest.Parse(t, "inline", []byte("County Briefing\n\nGrowth.\n\nThe county economy grew to $4.2 billion.\n\nJobs.\n\nWe created 2300 jobs and opened 14 clinics.\n"))
	var out bytes.Buffer
	if err := report.WriteSections(&out, b); err != nil {
		t.Fatal(err)
	}
	counts := map[int]bool{}
	for _, s := range b.Sections {
		counts[len(s.Figures)] = true
		want := b.Language.Words().SectionFigures.N(len(s.Figures))
		if !strings.Contains(out.String(), s.Title) || !strings.Contains(out.String(), want+"\n") {
			t.Errorf("section %d (%d figures): no line ending %q in\n%s", s.Index, len(s.Figures), want, out.String())
		}
	}
	if !counts[1] || !strings.Contains(out.String(), " 1 figure\n") {
		t.Errorf("the document should have a section with one figure, told in the singular:\n%s", out.String())
	}
}
