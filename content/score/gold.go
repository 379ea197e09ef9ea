package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefing/content/report"
)

// GoldSuffix ends the name of a gold file: report.gold.json is the gold of report.txt or report.md.
const GoldSuffix = ".gold.json"

// Gold is what a careful reader finds in one document.
type Gold struct {
	Title      string        `json:"title"`
	Subtitle   string        `json:"subtitle"`
	Byline     string        `json:"byline"`
	Source     string        `json:"source"`
	Shapes     []string      `json:"shapes,omitempty"` // outline shapes the document exercises
	Sections   []GoldSection `json:"sections"`
	NotFigures []NotFigure   `json:"not_figures,omitempty"`
}

// GoldSection is one section of the gold outline with its figures.
type GoldSection struct {
	Index   int                   `json:"index"`
	Title   string                `json:"title"`
	Kind    string                `json:"kind"`
	Points  []report.OutlinePoint `json:"points"`
	Figures []GoldFigure          `json:"figures"`
}

// GoldFigure is one figure in the shape of `briefing figures --json`, with the fields only a gold file has.
type GoldFigure struct {
	Label     string         `json:"label"`
	Value     float64        `json:"value"`
	Unit      string         `json:"unit,omitempty"`
	Text      string         `json:"text"`
	Qualifier string         `json:"qualifier,omitempty"`
	Period    string         `json:"period,omitempty"`
	Change    *report.Change `json:"change,omitempty"`
	Baseline  *GoldBaseline  `json:"baseline,omitempty"`
	// At is a stretch of the document holding Text, for a text that also occurs earlier.
	At     string   `json:"at,omitempty"`
	Shapes []string `json:"shapes,omitempty"`
}

// GoldBaseline is a figure's earlier value; Text is where it is written, which the audit needs.
type GoldBaseline struct {
	report.Baseline
	Text string `json:"text"`
}

// NotFigure is a number in the document that is no figure; every occurrence of Text is one case.
type NotFigure struct {
	Text  string `json:"text"`
	Shape string `json:"shape"` // why it is no figure: nf-date-zh, nf-ordinal …
}

// Case is one document of a corpus with its gold.
type Case struct {
	Name     string // the document's file name, without its folder
	Path     string // the document's path
	Data     []byte
	Gold     Gold
	GoldPath string
}

// LoadDir reads every gold file of dir with its document, in name order. A gold file without exactly one
// document of the same name, or that does not decode, is an error.
func LoadDir(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	names := map[string][]string{} // document stem -> document file names
	var golds []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
		case strings.HasSuffix(name, GoldSuffix):
			golds = append(golds, name)
		default:
			stem := strings.TrimSuffix(name, filepath.Ext(name))
			names[stem] = append(names[stem], name)
		}
	}
	sort.Strings(golds)
	var cases []Case
	for _, g := range golds {
		stem := strings.TrimSuffix(g, GoldSuffix)
		docs := names[stem]
		if len(docs) != 1 {
			return nil, fmt.Errorf("%s: want one document named %s.*, found %d", filepath.Join(dir, g), stem, len(docs))
		}
		c, err := loadCase(filepath.Join(dir, docs[0]), filepath.Join(dir, g))
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no gold files (*%s)", dir, GoldSuffix)
	}
	return cases, nil
}

func loadCase(docPath, goldPath string) (Case, error) {
	data, err := os.ReadFile(docPath)
	if err != nil {
		return Case{}, fmt.Errorf("read document: %w", err)
	}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return Case{}, fmt.Errorf("read gold: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return Case{}, fmt.Errorf("%s: %w", goldPath, err)
	}
	return Case{Name: filepath.Base(docPath), Path: docPath, Data: data, Gold: g, GoldPath: goldPath}, nil
}

// FigureCount is the number of gold figures.
func (g Gold) FigureCount() int {
	n := 0
	for _, s := range g.Sections {
		n += len(s.Figures)
	}
	return n
}
