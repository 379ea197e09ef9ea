package content_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/content/score"
)

// corpusDir holds the documents written to imitate the genre's real variety, each with a gold file
// typed by hand.
const corpusDir = "testdata/corpus"

// strictCorpus is the environment switch of the corpus thresholds: they fail the test unless it is
// set to 0, which only prints the scorecard (to try a rule that is not yet right everywhere).
const strictCorpus = "BRIEFING_CORPUS_STRICT"

// TestCorpusGold checks the corpus itself: enough documents, every gold file accounting for every
// number of its document, every required shape exercised, and the README mapping each shape to its
// documents.
func TestCorpusGold(t *testing.T) {
	cases, err := score.LoadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 24 {
		t.Errorf("%d documents in the corpus, want at least 24", len(cases))
	}
	for _, c := range cases {
		if err := score.Audit(c); err != nil {
			t.Error(err)
		}
	}
	card, err := score.Cases(cases)
	if err != nil {
		t.Fatal(err)
	}
	if unknown := card.UnknownTags(); len(unknown) > 0 {
		t.Errorf("gold files use shape tags that are not required shapes of that kind: %v", unknown)
	}
	readme, err := os.ReadFile(filepath.Join(corpusDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range card.Shapes() {
		if len(s.Documents) == 0 {
			t.Errorf("no corpus document exercises the shape %s (%s)", s.Tag, s.What)
		}
		if !strings.Contains(string(readme), "`"+s.Tag+"`") {
			t.Errorf("the corpus README does not list the shape `%s`", s.Tag)
		}
	}
	for _, c := range cases {
		if !strings.Contains(string(readme), c.Name) {
			t.Errorf("the corpus README does not list %s", c.Name)
		}
	}
}

// TestCorpusScore scores the engine over the corpus and prints the scorecard. It fails below the
// required thresholds — every outline exact, recall and precision 0.97, label exact 0.92 — unless
// BRIEFING_CORPUS_STRICT=0.
func TestCorpusScore(t *testing.T) {
	card, err := score.Dir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := card.Write(&out, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if os.Getenv(strictCorpus) == "0" {
		return
	}
	for _, failure := range card.Failures(score.Required()) {
		t.Error(failure)
	}
}
