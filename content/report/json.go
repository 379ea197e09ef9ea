package report

import (
	"encoding/json"
	"io"
	"strings"

	"briefing/content"
)

// Outline is the JSON form of `briefing sections --json`.
type Outline struct {
	Title    string           `json:"title"`
	Subtitle string           `json:"subtitle"`
	Byline   string           `json:"byline"`
	Source   string           `json:"source"`
	Sections []OutlineSection `json:"sections"`
}

// OutlineSection is one section of the outline; Figures counts its figures.
type OutlineSection struct {
	Index   int            `json:"index"`
	Title   string         `json:"title"`
	Kind    string         `json:"kind"`
	Points  []OutlinePoint `json:"points"`
	Figures int            `json:"figures"`
}

// OutlinePoint is a sub-point of a section.
type OutlinePoint struct {
	Title string `json:"title"`
}

// Figure is the JSON form of one row of `briefing figures --json`; absent parts are omitted.
type Figure struct {
	Section  int       `json:"section"`
	Label    string    `json:"label"`
	Value    float64   `json:"value"`
	Unit     string    `json:"unit,omitempty"`
	Text     string    `json:"text"`
	Bound    string    `json:"qualifier,omitempty"` // 以上, 以下, 多 …: the text bounds the number
	Period   string    `json:"period,omitempty"`
	Offset   int       `json:"offset"`
	Change   *Change   `json:"change,omitempty"`
	Baseline *Baseline `json:"baseline,omitempty"`
}

// Change is a figure's change in JSON.
type Change struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Text  string  `json:"text"`
}

// Baseline is a figure's earlier value in JSON.
type Baseline struct {
	Value  float64 `json:"value"`
	Unit   string  `json:"unit,omitempty"`
	Period string  `json:"period,omitempty"`
}

// NewOutline builds the outline of b. Titles carry no closing full stop.
func NewOutline(b *content.Briefing) Outline {
	o := Outline{Title: b.Title, Subtitle: b.Subtitle, Byline: b.Byline, Source: b.Source, Sections: []OutlineSection{}}
	for _, s := range b.Sections {
		points := make([]OutlinePoint, 0, len(s.Points))
		for _, p := range s.Points {
			points = append(points, OutlinePoint{Title: p.Title})
		}
		o.Sections = append(o.Sections, OutlineSection{Index: s.Index, Title: s.Title, Kind: string(s.Kind), Points: points, Figures: len(s.Figures)})
	}
	return o
}

// NewFigures lists the figures of b, of one section when section >= 0, of all sections otherwise.
func NewFigures(b *content.Briefing, section int) []Figure {
	figures := []Figure{}
	for _, s := range b.Sections {
		if section >= 0 && s.Index != section {
			continue
		}
		for _, f := range s.Figures {
			figures = append(figures, newFigure(s.Index, f))
		}
	}
	return figures
}

func newFigure(section int, f content.Figure) Figure {
	out := Figure{Section: section, Label: f.Label, Value: f.Value, Unit: f.Unit, Text: f.Text, Bound: f.Qualifier, Period: f.Period, Offset: f.Offset}
	if c := f.Change; c != nil {
		out.Change = &Change{Kind: c.Kind, Value: c.Value, Unit: c.Unit, Text: c.Text}
	}
	if bl := f.Baseline; bl != nil {
		out.Baseline = &Baseline{Value: bl.Value, Unit: bl.Unit, Period: bl.Period}
	}
	return out
}

// WriteJSON writes v as indented JSON followed by a newline, with Chinese text left readable.
func WriteJSON(w io.Writer, v any) error {
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, buf.String())
	return err
}
