package score

import (
	"fmt"
	"slices"
)

// Thresholds are the least a corpus score must reach.
type Thresholds struct {
	Recall, Precision, LabelExact float64
	AllOutlinesExact              bool
}

// Required are the thresholds the corpus must reach: every outline exact, recall and precision 0.97,
// label exact 0.92.
func Required() Thresholds {
	return Thresholds{Recall: 0.97, Precision: 0.97, LabelExact: 0.92, AllOutlinesExact: true}
}

// Scorecard is the score of a whole corpus.
type Scorecard struct {
	Documents []DocumentScore
}

// Totals are the sums over a corpus.
type Totals struct {
	Documents, OutlinesExact                                 int
	Gold, Reported, Matched, Placed, LabelExact, DetailExact int
	NotFigures, Respected                                    int
}

// Dir scores every document of dir that has a gold file.
func Dir(dir string) (Scorecard, error) {
	cases, err := LoadDir(dir)
	if err != nil {
		return Scorecard{}, err
	}
	return Cases(cases)
}

// Cases scores each case in turn.
func Cases(cases []Case) (Scorecard, error) {
	var card Scorecard
	for _, c := range cases {
		d, err := c.Score()
		if err != nil {
			return Scorecard{}, err
		}
		card.Documents = append(card.Documents, d)
	}
	return card, nil
}

// Totals sums the documents' scores.
func (c Scorecard) Totals() Totals {
	var t Totals
	for _, d := range c.Documents {
		t.Documents++
		if d.OutlineExact() {
			t.OutlinesExact++
		}
		t.Gold += d.Gold
		t.Reported += d.Reported
		t.Matched += d.Matched
		t.Placed += d.Placed
		t.LabelExact += d.LabelExact
		t.DetailExact += d.DetailExact
		t.NotFigures += d.NotFigures
		t.Respected += d.Respected
	}
	return t
}

// Recall is matched over gold figures.
func (t Totals) Recall() float64 { return ratio(t.Matched, t.Gold) }

// Precision is matched over reported figures.
func (t Totals) Precision() float64 { return ratio(t.Matched, t.Reported) }

// LabelRate is the share of matched figures with an exact label.
func (t Totals) LabelRate() float64 { return ratio(t.LabelExact, t.Matched) }

// DetailRate is the share of matched figures exact in every field.
func (t Totals) DetailRate() float64 { return ratio(t.DetailExact, t.Matched) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// Failures lists every threshold the scorecard misses; none when it passes.
func (c Scorecard) Failures(th Thresholds) []string {
	t := c.Totals()
	var out []string
	if th.AllOutlinesExact {
		for _, d := range c.Documents {
			if !d.OutlineExact() {
				out = append(out, fmt.Sprintf("%s: outline not exact: %s", d.Name, d.OutlineDiff[0]))
			}
		}
	}
	for _, m := range []struct {
		name      string
		got, want float64
	}{{"recall", t.Recall(), th.Recall}, {"precision", t.Precision(), th.Precision}, {"label exact", t.LabelRate(), th.LabelExact}} {
		if m.got < m.want {
			out = append(out, fmt.Sprintf("%s %.3f is below %.2f", m.name, m.got, m.want))
		}
	}
	return out
}

// ShapeScore is the score of one shape over a corpus.
type ShapeScore struct {
	Shape
	Documents []string // the documents that exercise it
	// Outline shapes: documents with the shape and how many have an exact outline.
	// Figure shapes: gold figures, matched, with exact labels, exact in every field.
	// Not-figure shapes: cases and cases respected.
	Cases, Matched, LabelExact, DetailExact int
}

// Passes reports whether every case of the shape came out right: outlines exact, figures matched and
// exact in every field (a shape of changes is about the change as much as the value), no figure where
// none is.
func (s ShapeScore) Passes() bool {
	if s.Kind == FigureShape {
		return s.Cases > 0 && s.Matched == s.Cases && s.DetailExact == s.Cases
	}
	return s.Cases > 0 && s.Matched == s.Cases
}

// Shapes scores each shape: the required ones in their order, then any other tag the corpus uses.
func (c Scorecard) Shapes() []ShapeScore {
	byTag := map[string]*ShapeScore{}
	var order []string
	add := func(sh Shape) *ShapeScore {
		if s, ok := byTag[sh.Tag]; ok {
			return s
		}
		byTag[sh.Tag] = &ShapeScore{Shape: sh}
		order = append(order, sh.Tag)
		return byTag[sh.Tag]
	}
	for _, sh := range RequiredShapes() {
		add(sh)
	}
	seen := func(s *ShapeScore, doc string) {
		if !slices.Contains(s.Documents, doc) {
			s.Documents = append(s.Documents, doc)
		}
	}
	for _, d := range c.Documents {
		for _, tag := range d.Shapes {
			s := add(Shape{Tag: tag, Kind: OutlineShape})
			seen(s, d.Name)
			s.Cases++
			if d.OutlineExact() {
				s.Matched++
			}
		}
		for _, f := range d.Figures {
			for _, tag := range f.Gold.Shapes {
				s := add(Shape{Tag: tag, Kind: FigureShape})
				seen(s, d.Name)
				s.Cases++
				if f.Reported != nil {
					s.Matched++
				}
				if f.Label {
					s.LabelExact++
				}
				if f.Detail {
					s.DetailExact++
				}
			}
		}
		for _, nf := range d.shapeCases {
			s := add(Shape{Tag: nf.Shape, Kind: NotFigureShape})
			seen(s, d.Name)
			s.Cases++
			if nf.Respected {
				s.Matched++
			}
		}
	}
	out := make([]ShapeScore, len(order))
	for i, tag := range order {
		out[i] = *byTag[tag]
	}
	return out
}

// UnknownTags lists the tags a corpus uses that are not among the required shapes, with the kind of
// place they were used in: a typo in a gold file shows here.
func (c Scorecard) UnknownTags() []string {
	known := map[string]ShapeKind{}
	for _, sh := range RequiredShapes() {
		known[sh.Tag] = sh.Kind
	}
	var out []string
	for _, s := range c.Shapes() {
		if kind, ok := known[s.Tag]; !ok || kind != s.Kind {
			out = append(out, s.Tag)
		}
	}
	return out
}
