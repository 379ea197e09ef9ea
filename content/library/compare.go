package library

import (
	"cmp"
	"regexp"
	"slices"

	"briefing/content"
)

// Comparison is every figure label two or more documents give, with each document's value.
type Comparison struct {
	Documents []Entry // the briefings compared, oldest first: the columns
	Rows      []Row   // most documents first, then by label
}

// Row is one measure across documents.
type Row struct {
	Label      string // the label as most documents write it
	Normalized bool   // some documents' labels matched only once normalised
	Cells      []Cell // one per document that gives it, oldest first
}

// Cell is one document's value of a row's measure, and its change from the cell before.
type Cell struct {
	Document int            // index in Comparison.Documents
	Figure   content.Figure // as the document gives it
	Change   *Delta         // from the previous cell; nil when periods or units are not alike
}

// Delta is the change between two like values: in the unit, and in per cent of the earlier value
// (for a value in per cent, the difference is in percentage points and Percent is not set).
type Delta struct {
	Value      float64
	Percent    float64
	HasPercent bool
}

// Compare lines up the figures of the briefings among entries. Skipped entries are left out.
func Compare(entries []Entry) Comparison {
	var docs []Entry
	for _, e := range entries {
		if e.OK() {
			docs = append(docs, e)
		}
	}
	slices.SortStableFunc(docs, older)
	type group struct {
		labels map[string]int         // exact labels and how many documents write each
		cells  map[int]content.Figure // by document
	}
	groups := map[string]*group{}
	var order []string
	for d, e := range docs {
		for _, f := range representatives(e.Briefing) {
			key := Normalize(f.Label)
			g, ok := groups[key]
			if !ok {
				g = &group{labels: map[string]int{}, cells: map[int]content.Figure{}}
				groups[key] = g
				order = append(order, key)
			}
			if _, taken := g.cells[d]; taken {
				continue
			}
			g.cells[d] = f
			g.labels[f.Label]++
		}
	}
	c := Comparison{Documents: docs}
	for _, key := range order {
		g := groups[key]
		if len(g.cells) < 2 {
			continue
		}
		row := Row{Label: commonest(g.labels), Normalized: len(g.labels) > 1}
		for d := range docs {
			f, ok := g.cells[d]
			if !ok {
				continue
			}
			cell := Cell{Document: d, Figure: f}
			if n := len(row.Cells); n > 0 {
				cell.Change = delta(row.Cells[n-1].Figure, f)
			}
			row.Cells = append(row.Cells, cell)
		}
		c.Rows = append(c.Rows, row)
	}
	slices.SortStableFunc(c.Rows, func(a, b Row) int {
		if n := cmp.Compare(len(b.Cells), len(a.Cells)); n != 0 {
			return n
		}
		return cmp.Compare(a.Label, b.Label)
	})
	return c
}

// representatives is each label's figure in b: the first one dated by a period, else the first.
func representatives(b *content.Briefing) []content.Figure {
	chosen := map[string]int{}
	var out []content.Figure
	for _, s := range b.Sections {
		for _, f := range s.Figures {
			if f.Label == "" {
				continue
			}
			key := Normalize(f.Label)
			i, ok := chosen[key]
			switch {
			case !ok:
				chosen[key] = len(out)
				out = append(out, f)
			case out[i].Period == "" && f.Period != "":
				out[i] = f
			}
		}
	}
	return out
}

func commonest(labels map[string]int) string {
	best, count := "", 0
	for label, n := range labels {
		if n > count || n == count && label < best {
			best, count = label, n
		}
	}
	return best
}

// older orders briefings oldest first, then by name.
func older(a, b Entry) int {
	if c := a.sortTime().Compare(b.sortTime()); c != 0 {
		return c
	}
	return cmp.Compare(a.Name, b.Name)
}

var yearPattern = regexp.MustCompile(`(19|20)\d\d`)

// AlikePeriods reports whether two periods are the same span in different years: 2023年 and 2024年,
// 2023年前三季度 and 2024年前三季度. A period without a year (今年以来) is like none.
func AlikePeriods(a, b string) bool {
	ya, yb := yearPattern.FindString(a), yearPattern.FindString(b)
	if ya == "" || yb == "" || ya == yb {
		return false
	}
	return yearPattern.ReplaceAllString(a, "Y") == yearPattern.ReplaceAllString(b, "Y")
}

// delta is the change from an earlier figure to a later one, when they are in the same unit and
// like periods.
func delta(earlier, later content.Figure) *Delta {
	if earlier.Unit != later.Unit || !AlikePeriods(earlier.Period, later.Period) {
		return nil
	}
	d := &Delta{Value: later.Value - earlier.Value}
	if earlier.Unit != "%" && earlier.Value != 0 {
		d.Percent, d.HasPercent = d.Value/earlier.Value*100, true
	}
	return d
}
