package library_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/content/library"
	"briefing/content/library/librarytest"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	report2023 = "河西县2023年政府工作报告\n（2024年1月10日）\n河西县县长 李明\n\n一、过去一年的工作\n\n2023年，全县地区生产总值120.5亿元，同比增长6.1%。一般公共预算收入8.2亿元。\n\n二、今年的安排\n\n2024年，预期目标增长6%左右。\n"
	report2024 = "河西县2024年政府工作报告\n（2025年1月12日）\n河西县县长 李明\n\n一、过去一年的工作\n\n2024年，全县地区生产总值131.2亿元，同比增长6.3%。一般公共预算收入9.0亿元。\n\n二、今年的安排\n\n2025年，预期目标增长6%左右。\n"
	quarter    = "河西县2024年前三季度经济运行分析\n\n一、总体情况\n\n2024年前三季度，全縣地區生產總值98.7億元，同比增长5.9%。\n\n二、下一步\n\n稳住增长势头。\n"
)

// TestScanGroupsAndSkips: subfolders are groups; hidden files and backups are no documents; files
// that are not briefings are listed as skipped with the reason.
func TestScanGroupsAndSkips(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"2023.txt":              report2023,
		"reports/2024.txt":      report2024,
		"reports/q/q3.md":       quarter,
		".hidden.txt":           report2023,
		".git/config":           "[core]",
		"2023.txt~":             report2023,
		"empty.txt":             "  \n\n",
		"binary.bin":            "ab\x00cd",
		"notes.pdf":             "%PDF-1.7\n...",
		"bad\x1b]0;pwned\a.txt": report2023,
	})
	files, err := library.Scan([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	entries := library.ReadAll(context.Background(), files)
	var names []string
	skipped := map[string]string{}
	groups := map[string]string{}
	for _, e := range entries {
		names = append(names, e.Name)
		groups[e.Name] = e.Group
		if !e.OK() {
			skipped[e.Name] = e.Skipped
		}
		if strings.ContainsAny(e.Name, "\x1b\a") {
			t.Errorf("name %q not sanitised", e.Name)
		}
	}
	if len(entries) != 7 {
		t.Fatalf("listed %q; want 7 files (no hidden, no backup)", names)
	}
	if groups["reports/q/q3.md"] != "reports/q" || groups["reports/2024.txt"] != "reports" || groups["2023.txt"] != "" {
		t.Errorf("groups %v", groups)
	}
	for name, want := range map[string]string{"empty.txt": "empty", "binary.bin": "binary", "notes.pdf": "PDF"} {
		if !strings.Contains(skipped[name], want) {
			t.Errorf("%s skipped for %q, want a reason with %q", name, skipped[name], want)
		}
	}
	// Newest first: the 2024 report (dated 2025-01-12), the 2023 one (2024-01-10), the quarter
	// (2024 Q3 ends in September 2024, before January 2025, after January 2024)...
	order := names[:4]
	want := []string{"reports/2024.txt", "reports/q/q3.md", "2023.txt"}
	if got := slices.DeleteFunc(slices.Clone(order), func(n string) bool { return !slices.Contains(want, n) }); !slices.Equal(got, want) {
		t.Errorf("order %q, want %q first in that order", order, want)
	}
	if e := entries[len(entries)-1]; e.OK() {
		t.Errorf("the last entry %s is a briefing; skipped files come last", e.Name)
	}
}

// TestWhen: the date or period a document gives itself.
func TestWhen(t *testing.T) {
	cases := []struct{ text, want string }{
		{report2023, "2024年1月10日"},
		{quarter, "2024年前三季度"},
		{"Riverton Budget Speech\n\nRemarks by Mayor Daniel Osei, April 14, 2024\n\nGood morning.\n", "April 14, 2024"},
		{"关于作风建设的几点意见\n\n同志们：\n\n今天开个短会。\n", ""},
	}
	for _, tc := range cases {
		dir := writeFiles(t, map[string]string{"a.txt": tc.text})
		files, err := library.Scan([]string{filepath.Join(dir, "a.txt")})
		if err != nil {
			t.Fatal(err)
		}
		e := library.Read(files[0])
		if e.When.Text != tc.want {
			t.Errorf("%q…: when %q, want %q", tc.text[:20], e.When.Text, tc.want)
		}
	}
}

// TestSearchAcrossDocuments: a query finds every document that has it, in simplified or traditional
// writing, with the section and a one-line snippet marking the match; a label derived from the text
// is found too.
func TestSearchAcrossDocuments(t *testing.T) {
	dir := writeFiles(t, map[string]string{"2023.txt": report2023, "2024.txt": report2024, "q3.txt": quarter})
	files, _ := library.Scan([]string{dir})
	idx := library.NewIndex(library.ReadAll(context.Background(), files))
	hits := idx.Search("地区生产总值", 0)
	docs := map[string]bool{}
	for _, h := range hits {
		docs[h.Entry.Name] = true
		e := h.Excerpt(60)
		mark := e.Text[e.Mark.Start:e.Mark.End]
		if strings.Contains(e.Text, "\n") || (mark != "地区生产总值" && mark != "地區生產總值") {
			t.Errorf("%s: excerpt %q marks %q", h.Entry.Name, e.Text, mark)
		}
		if h.Section != 0 {
			t.Errorf("%s: hit in section %d, want 0", h.Entry.Name, h.Section)
		}
	}
	if len(docs) != 3 {
		t.Errorf("found in %v; want all three documents (q3 writes it in traditional characters)", docs)
	}
	if hits := idx.Search("生產總值", 0); len(hits) != 3 {
		t.Errorf("traditional query: %d hits, want 3", len(hits))
	}
	if hits := idx.Search("no such words", 0); len(hits) != 0 {
		t.Errorf("nonsense found %d hits", len(hits))
	}
	if hits := idx.Search("年", 2); len(hits) != 2 {
		t.Errorf("limit 2 gave %d hits", len(hits))
	}
}

// TestCompare: labels two documents give are lined up oldest first; a change is computed only
// between like periods in the same unit; a label in traditional characters with a scope word
// matches once normalised.
func TestCompare(t *testing.T) {
	dir := writeFiles(t, map[string]string{"2023.txt": report2023, "2024.txt": report2024, "q3.txt": quarter})
	files, _ := library.Scan([]string{dir})
	c := library.Compare(library.ReadAll(context.Background(), files))
	if len(c.Rows) == 0 {
		t.Fatal("no rows")
	}
	top := c.Rows[0]
	if top.Label != "地区生产总值" || len(top.Cells) != 3 || !top.Normalized {
		t.Fatalf("first row %q in %d documents (normalised %v); want 地区生产总值 in 3, matched once normalised", top.Label, len(top.Cells), top.Normalized)
	}
	var periods []string
	for _, cell := range top.Cells {
		periods = append(periods, cell.Figure.Period)
	}
	if want := []string{"2023年", "2024年前三季度", "2024年"}; !slices.Equal(periods, want) {
		t.Errorf("periods oldest first %q, want %q", periods, want)
	}
	if top.Cells[1].Change != nil || top.Cells[2].Change != nil {
		t.Errorf("a change between unlike periods: %+v %+v", top.Cells[1].Change, top.Cells[2].Change)
	}
	// Two annual reports alone: like periods, a change.
	c = library.Compare(library.ReadAll(context.Background(), must(library.Scan([]string{filepath.Join(dir, "2023.txt"), filepath.Join(dir, "2024.txt")}))))
	row := c.Rows[slices.IndexFunc(c.Rows, func(r library.Row) bool { return r.Label == "地区生产总值" })]
	d := row.Cells[1].Change
	if d == nil || d.Value < 10.69 || d.Value > 10.71 || !d.HasPercent || d.Percent < 8.87 || d.Percent > 8.89 {
		t.Errorf("2023年 120.5 → 2024年 131.2: change %+v, want +10.7 (+8.88%%)", d)
	}
	var out bytes.Buffer
	if err := library.WriteCSV(&out, c); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if records[0][0] != "label" || len(records) != 1+2*len(c.Rows) {
		t.Fatalf("csv: %d records, header %q", len(records), records[0])
	}
	found := false
	for _, r := range records {
		if r[0] == "地区生产总值" && r[4] == "2024年" && r[8] == "10.7" && r[9] == "8.88" {
			found = true
		}
	}
	if !found {
		t.Errorf("no CSV line with the change 10.7 (8.88%%):\n%s", out.String())
	}
}

func TestAlikePeriods(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"2023年", "2024年", true}, {"2023年前三季度", "2024年前三季度", true}, {"2023年", "2024年前三季度", false},
		{"今年以来", "今年以来", false}, {"2024年", "2024年", false}, {"", "2024年", false},
	}
	for _, tc := range cases {
		if got := library.AlikePeriods(tc.a, tc.b); got != tc.want {
			t.Errorf("AlikePeriods(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
	if library.Normalize("全縣地區生產總值") != library.Normalize("地区生产总值") {
		t.Error("Normalize does not fold scope words and traditional characters")
	}
}

// TestGeneratedLibrary: the generator writes the sizes the benchmarks claim, and every document
// (a sample, in CI) parses into parts with figures and a date.
func TestGeneratedLibrary(t *testing.T) {
	docs := librarytest.Generate(200, 1)
	var sizes []int
	for _, d := range docs {
		sizes = append(sizes, utf8.RuneCountInString(d.Text))
	}
	sort.Ints(sizes)
	if lo, mid, hi := sizes[0], sizes[len(sizes)/2], sizes[len(sizes)-1]; lo < librarytest.MinChars*9/10 || hi > librarytest.MaxChars*11/10 || mid < 7000 || mid > 9500 {
		t.Errorf("sizes from %d to %d, median %d", lo, hi, mid)
	}
	var sample []librarytest.Doc // every template, every size class: every seventh
	for i := 0; i < len(docs); i += 7 {
		sample = append(sample, docs[i])
	}
	dir := t.TempDir()
	if err := librarytest.Write(dir, sample); err != nil {
		t.Fatal(err)
	}
	entries := library.ReadAll(context.Background(), must(library.Scan([]string{dir})))
	for _, e := range entries {
		if !e.OK() || e.Parts() < 1 || e.Figures() < 1 || !e.When.Known() {
			t.Errorf("%s: skipped %q, %d parts, %d figures, when %q", e.Name, e.Skipped, e.Parts(), e.Figures(), e.When.Text)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
