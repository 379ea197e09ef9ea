package score

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Write prints the scorecard: the totals, one line per document, one line per shape. With verbose,
// each document's outline differences, missed and spurious figures, and wrong fields follow.
func (c Scorecard) Write(w io.Writer, verbose bool) error {
	t := c.Totals()
	var b strings.Builder
	fmt.Fprintf(&b, "TOTAL  documents %d  outline exact %d/%d  gold %d  reported %d  matched %d\n",
		t.Documents, t.OutlinesExact, t.Documents, t.Gold, t.Reported, t.Matched)
	fmt.Fprintf(&b, "       recall %.3f  precision %.3f  label exact %.3f  details exact %.3f  placed in any section %.3f  not-figures respected %d/%d\n\n",
		t.Recall(), t.Precision(), t.LabelRate(), t.DetailRate(), ratio(t.Placed, t.Gold), t.Respected, t.NotFigures)

	// The tables are written to b, a strings.Builder, which cannot fail: the only write that can is
	// the last, to w.
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	_, _ = fmt.Fprintln(tw, "document\toutline\tgold\treported\tmatched\trecall\tprecision\tlabel\tdetails\tnot-fig")
	for _, d := range c.Documents {
		outline := "exact"
		if !d.OutlineExact() {
			outline = "WRONG"
		}
		_, _ = fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%d/%d\n", d.Name, outline, d.Gold, d.Reported, d.Matched,
			ratio(d.Matched, d.Gold), ratio(d.Matched, d.Reported), ratio(d.LabelExact, d.Matched), ratio(d.DetailExact, d.Matched),
			d.Respected, d.NotFigures)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	b.WriteString("\n")
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	_, _ = fmt.Fprintln(tw, "shape\tkind\tcases\tright\tlabel\tdetails\tpass\tdocuments")
	for _, s := range c.Shapes() {
		pass := "no"
		if s.Passes() {
			pass = "yes"
		}
		label, details := "", ""
		if s.Kind == FigureShape {
			label, details = fmt.Sprint(s.LabelExact), fmt.Sprint(s.DetailExact)
		}
		_, _ = fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", s.Tag, kindName(s.Kind), s.Cases, s.Matched, label, details, pass, strings.Join(s.Documents, " "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if verbose {
		for _, d := range c.Documents {
			writeDetails(&b, d)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func kindName(k ShapeKind) string {
	switch k {
	case FigureShape:
		return "figure"
	case NotFigureShape:
		return "not-figure"
	}
	return "outline"
}

// writeDetails lists what went wrong in one document.
func writeDetails(b *strings.Builder, d DocumentScore) {
	fmt.Fprintf(b, "\n== %s\n", d.Name)
	for _, diff := range d.OutlineDiff {
		fmt.Fprintf(b, "  outline: %s\n", diff)
	}
	for _, f := range d.Figures {
		switch {
		case f.Reported == nil:
			fmt.Fprintf(b, "  missed   §%d %s %g %s %q\n", f.Section, f.Gold.Label, f.Gold.Value, f.Gold.Unit, f.Gold.Text)
		case !f.Detail:
			fmt.Fprintf(b, "  wrong    §%d %q: %s\n", f.Section, f.Gold.Text, strings.Join(f.Diff, "; "))
		}
	}
	for _, f := range d.Spurious {
		fmt.Fprintf(b, "  spurious %q %g %s %q\n", f.Label, f.Value, f.Unit, f.Text)
	}
	for _, nf := range d.shapeCases {
		if !nf.Respected {
			fmt.Fprintf(b, "  figure on a not-figure (%s) %q\n", nf.Shape, nf.Text)
		}
	}
}
