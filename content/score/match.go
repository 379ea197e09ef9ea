package score

import (
	"fmt"
	"math"

	"briefing/content"
)

// DocumentScore is how the engine did on one document.
type DocumentScore struct {
	Name        string
	OutlineDiff []string // what differs in the outline; empty when it is exact
	Gold        int      // gold figures
	Reported    int      // figures the engine reported
	Matched     int      // gold figures matched by a reported one
	Placed      int      // gold figures a reported figure overlaps with the same value and unit, in any section
	LabelExact  int      // matched figures whose label is exact
	DetailExact int      // matched figures exact in every field
	NotFigures  int      // not-a-figure cases
	Respected   int      // not-a-figure cases no reported figure overlaps
	Figures     []FigureResult
	Spurious    []content.Figure // reported figures that match no gold figure
	Shapes      []string         // the document's outline shapes
	shapeCases  []NotFigureResult
}

// FigureResult is one gold figure and what the engine reported for it.
type FigureResult struct {
	Section  int
	Gold     GoldFigure
	Reported *content.Figure // nil when missed
	Label    bool
	Detail   bool
	Diff     []string // the fields that differ, for a matched figure
}

// NotFigureResult is one not-a-figure case and whether the engine left it alone.
type NotFigureResult struct {
	Text      string
	Shape     string
	Respected bool
}

// OutlineExact reports whether the document's outline came out exactly.
func (d DocumentScore) OutlineExact() bool { return len(d.OutlineDiff) == 0 }

// Score parses the case with the engine and scores it against its gold, which must pass the audit.
func (c Case) Score() (DocumentScore, error) {
	if err := Audit(c); err != nil {
		return DocumentScore{}, err
	}
	b, err := content.Parse(c.Path, c.Data)
	if err != nil {
		return DocumentScore{}, fmt.Errorf("parse %s: %w", c.Path, err)
	}
	src := string(c.Data)
	places, err := locateGold(src, c.Gold)
	if err != nil {
		return DocumentScore{}, fmt.Errorf("%s: %w", c.GoldPath, err)
	}
	reported := locateReported(src, b)
	d := DocumentScore{Name: c.Name, OutlineDiff: compareOutline(c.Gold, b), Gold: len(places), Reported: len(reported), Shapes: c.Gold.Shapes}
	used := make([]bool, len(reported))
	for _, p := range places {
		result := FigureResult{Section: p.section, Gold: p.figure}
		if k := findMatch(p, reported, used, true); k >= 0 {
			used[k] = true
			f := reported[k].figure
			result.Reported = &f
			result.Diff = compareFigure(p.figure, f)
			result.Label = f.Label == p.figure.Label
			result.Detail = len(result.Diff) == 0
			d.Matched++
			if result.Label {
				d.LabelExact++
			}
			if result.Detail {
				d.DetailExact++
			}
		}
		if findMatch(p, reported, nil, false) >= 0 {
			d.Placed++
		}
		d.Figures = append(d.Figures, result)
	}
	for k, r := range reported {
		if !used[k] {
			d.Spurious = append(d.Spurious, r.figure)
		}
	}
	for _, nf := range c.Gold.NotFigures {
		for _, s := range occurrences(src, nf.Text) {
			respected := true
			for _, r := range reported {
				if r.at.overlaps(s) {
					respected = false
				}
			}
			d.NotFigures++
			if respected {
				d.Respected++
			}
			d.shapeCases = append(d.shapeCases, NotFigureResult{Text: nf.Text, Shape: nf.Shape, Respected: respected})
		}
	}
	return d, nil
}

// findMatch is the first unused reported figure with the gold figure's value and unit whose text
// overlaps it, in the same section when sameSection is set.
func findMatch(p goldPlace, reported []reportedPlace, used []bool, sameSection bool) int {
	for k, r := range reported {
		if used != nil && used[k] || sameSection && r.section != p.section {
			continue
		}
		if sameValue(r.figure.Value, p.figure.Value) && r.figure.Unit == p.figure.Unit && r.at.overlaps(p.at) {
			return k
		}
	}
	return -1
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// compareFigure lists the fields of a matched figure that differ from the gold.
func compareFigure(g GoldFigure, f content.Figure) []string {
	var diff []string
	add := func(field string, got, want any) {
		diff = append(diff, fmt.Sprintf("%s %v, want %v", field, got, want))
	}
	if f.Label != g.Label {
		add("label", quote(f.Label), quote(g.Label))
	}
	if f.Text != g.Text {
		add("text", quote(f.Text), quote(g.Text))
	}
	if f.Period != g.Period {
		add("period", quote(f.Period), quote(g.Period))
	}
	if f.Qualifier != g.Qualifier {
		add("qualifier", quote(f.Qualifier), quote(g.Qualifier))
	}
	if got, want := changeString(f.Change), goldChangeString(g); got != want {
		add("change", got, want)
	}
	if got, want := baselineString(f.Baseline), goldBaselineString(g); got != want {
		add("baseline", got, want)
	}
	return diff
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

func changeString(c *content.Change) string {
	if c == nil {
		return "none"
	}
	return fmt.Sprintf("%s %g %s", c.Kind, c.Value, c.Unit)
}

func goldChangeString(g GoldFigure) string {
	if g.Change == nil {
		return "none"
	}
	return fmt.Sprintf("%s %g %s", g.Change.Kind, g.Change.Value, g.Change.Unit)
}

func baselineString(b *content.Baseline) string {
	if b == nil {
		return "none"
	}
	return fmt.Sprintf("%g %s (%s)", b.Value, b.Unit, b.Period)
}

func goldBaselineString(g GoldFigure) string {
	if g.Baseline == nil {
		return "none"
	}
	return fmt.Sprintf("%g %s (%s)", g.Baseline.Value, g.Baseline.Unit, g.Baseline.Period)
}
