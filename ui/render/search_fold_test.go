package render

import (
	"slices"
	"testing"

	"briefing/content/contenttest"
)

// TestFindFolds: a search matches traditional and simplified forms and full-width and half-width
// digits both ways, and each match covers the text as shown (a full-width digit is two cells).
func TestFindFolds(t *testing.T) {
	b := contenttest.Parse(t, "fold.txt", []byte("發展報告\n\n一、總體情況\n\n２０２４年，全縣經濟發展穩中有進，地區生產總值增長５.８%。\n\n"+
		"二、下一步工作\n\n2025年，推动高质量发展，發展新動能。\n"))
	r := New(b)
	cases := []struct {
		needle string
		hits   int
		cells  []int // the width of each match, in order
	}{
		{"发展", 3, []int{4, 4, 4}},
		{"發展", 3, []int{4, 4, 4}},
		{"2024", 1, []int{8}},
		{"２０２４年", 1, []int{10}},
		{"２０２５", 1, []int{4}},
		{"5.8%", 1, []int{6}}, // ５.８% written half full-width
		{"经济", 1, []int{4}},   // beyond the figure words: OpenCC's table
	}
	for _, tc := range cases {
		var cells []int
		for i := range b.Sections {
			for _, m := range r.Section(i, 200, Plain).Find(tc.needle) {
				if m.StartLine != m.EndLine {
					t.Fatalf("%q: a match over two lines at width 200: %+v", tc.needle, m)
				}
				cells = append(cells, m.EndCol-m.StartCol)
			}
		}
		if len(cells) != tc.hits || !slices.Equal(cells, tc.cells) {
			t.Errorf("%q: matches %d cells wide, want %v", tc.needle, cells, tc.cells)
		}
	}
}
