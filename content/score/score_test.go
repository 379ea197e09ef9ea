package score

import (
	"strings"
	"testing"

	"briefing/content/report"
)

// speech is a small document the tests score: one opening sentence and two parts.
const speech = "关于全县经济运行情况的汇报\n\n县统计局局长 赵敏\n\n总的看，经济平稳。\n\n一、工业\n2024年，全县工业总产值完成100.5亿元，同比增长5%，已发放3月1日的补贴。\n\n二、农业\n粮食总产量12万吨。\n"

func speechGold() Gold {
	return Gold{
		Title: "关于全县经济运行情况的汇报", Byline: "县统计局局长 赵敏",
		Sections: []GoldSection{
			{Index: 0, Title: "导语", Kind: "opening", Points: []report.OutlinePoint{}},
			{Index: 1, Title: "工业", Kind: "part", Points: []report.OutlinePoint{}, Figures: []GoldFigure{{
				Label: "工业总产值", Value: 100.5, Unit: "亿元", Text: "100.5亿元", Period: "2024年",
				Change: &report.Change{Kind: "yoy", Value: 5, Unit: "%", Text: "同比增长5%"}, Shapes: []string{"duo"},
			}}},
			{Index: 2, Title: "农业", Kind: "part", Points: []report.OutlinePoint{}, Figures: []GoldFigure{{
				Label: "粮食总产量", Value: 12, Unit: "万吨", Text: "12万吨",
			}}},
		},
		NotFigures: []NotFigure{{Text: "3月1日", Shape: "nf-date-zh"}},
	}
}

func TestAuditAccountsForEveryNumber(t *testing.T) {
	c := Case{Name: "speech.txt", Path: "speech.txt", GoldPath: "speech.gold.json", Data: []byte(speech), Gold: speechGold()}
	if err := Audit(c); err != nil {
		t.Fatalf("a complete gold file fails the audit: %v", err)
	}
	c.Gold.NotFigures = nil
	if err := Audit(c); err == nil || !strings.Contains(err.Error(), `"3"`) {
		t.Errorf("a gold file that leaves 3月1日 out passes the audit: %v", err)
	}
	c.Gold = speechGold()
	c.Gold.Sections[1].Figures[0].Change.Text = "同比增长6%"
	if err := Audit(c); err == nil {
		t.Error("a change text that is not in the document passes the audit")
	}
	c.Gold = speechGold()
	c.Gold.Sections[1].Figures, c.Gold.Sections[2].Figures = c.Gold.Sections[2].Figures, c.Gold.Sections[1].Figures
	if err := Audit(c); err == nil {
		t.Error("gold figures out of document order pass the audit")
	}
}

func TestScoreCaseMatchesBySectionValueUnitAndText(t *testing.T) {
	c := Case{Name: "speech.txt", Path: "speech.txt", GoldPath: "speech.gold.json", Data: []byte(speech), Gold: speechGold()}
	d, err := c.Score()
	if err != nil {
		t.Fatal(err)
	}
	if d.Gold != 2 || d.Matched+len(d.Spurious) != d.Reported {
		t.Errorf("gold %d, matched %d, reported %d, spurious %d: the counts do not add up", d.Gold, d.Matched, d.Reported, len(d.Spurious))
	}
	for _, f := range d.Figures {
		if f.Reported != nil && (f.Reported.Value != f.Gold.Value || f.Reported.Unit != f.Gold.Unit) {
			t.Errorf("%q matched a figure of another value or unit: %+v", f.Gold.Text, *f.Reported)
		}
	}
	wrongUnit := speechGold()
	wrongUnit.Sections[2].Figures[0].Unit = "吨"
	c.Gold = wrongUnit
	d2, err := c.Score()
	if err != nil {
		t.Fatal(err)
	}
	if d2.Matched >= d.Matched && d.Matched > 0 {
		t.Errorf("a gold figure in another unit still matches: %d matched, %d before", d2.Matched, d.Matched)
	}
	moved := speechGold()
	moved.Sections[1].Figures[0].Value = 100.6
	c.Gold = moved
	d3, err := c.Score()
	if err != nil {
		t.Fatal(err)
	}
	if d3.Figures[0].Reported != nil {
		t.Error("a gold figure of another value matches")
	}
}

func TestFailuresNameEveryMissedThreshold(t *testing.T) {
	card := Scorecard{Documents: []DocumentScore{
		{Name: "a.txt", OutlineDiff: []string{"title \"\", want \"A\""}, Gold: 10, Reported: 20, Matched: 9, LabelExact: 5},
	}}
	failures := strings.Join(card.Failures(Required()), "\n")
	for _, want := range []string{"a.txt: outline", "recall 0.900", "precision 0.450", "label exact 0.556"} {
		if !strings.Contains(failures, want) {
			t.Errorf("failures do not name %q:\n%s", want, failures)
		}
	}
	pass := Scorecard{Documents: []DocumentScore{{Name: "b.txt", Gold: 100, Reported: 100, Matched: 98, LabelExact: 93}}}
	if f := pass.Failures(Required()); len(f) != 0 {
		t.Errorf("a passing scorecard fails: %v", f)
	}
}
