package render

import (
	"io"
	"strings"

	"briefing/content"
	"briefing/content/report"
)

// WriteDocument writes the whole briefing at width in theme, through the same markdown, glamour and
// line breaker as the reader: the title, subtitle and byline first, each section followed by its
// figures, the source last. Lines never exceed width; the Plain theme writes no escape codes.
func (r *Renderer) WriteDocument(w io.Writer, width int, theme Theme) error {
	b := r.briefing
	var out []string
	out = append(out, r.Markdown(b.HeaderMarkdown(), width, theme)...)
	for i := range b.Sections {
		out = append(out, "")
		out = append(out, r.Section(i, width, theme).Lines...)
		if figures := figuresMarkdown(b, i); figures != "" {
			out = append(out, "")
			out = append(out, r.Markdown(figures, width, theme)...)
		}
	}
	if b.Source != "" {
		out = append(out, "", b.Language.Words().Source+b.Source)
	}
	_, err := io.WriteString(w, strings.Join(out, "\n")+"\n")
	return err
}

// figuresMarkdown lists a section's figures as a markdown list in the words of the document's
// language: label, value, change, period, baseline.
func figuresMarkdown(b *content.Briefing, section int) string {
	figures := report.NewFigures(b, section)
	if len(figures) == 0 {
		return ""
	}
	words := b.Language.Words()
	var md strings.Builder
	md.WriteString("**" + words.KeyFigures + "**\n\n")
	for _, f := range figures {
		item := content.EscapeMarkdown(f.Label) + words.LabelSeparator
		if f.Baseline != nil {
			item += content.EscapeMarkdown(strings.TrimSpace(f.Baseline.Period+" "+report.FormatValue(f.Baseline.Value, f.Baseline.Unit))) + " → "
		}
		item += "**" + content.EscapeMarkdown(report.FormatValue(f.Value, f.Unit)+f.Bound) + "**"
		if f.Change != nil {
			change := report.FormatChange(f.Change)
			if f.Change.Kind == content.ChangeYearOnYear {
				change = words.YearOnYear + " " + change
			}
			item += " · " + content.EscapeMarkdown(change)
		}
		if f.Period != "" {
			item += " · " + content.EscapeMarkdown(f.Period)
		}
		md.WriteString("- " + item + "\n")
	}
	return md.String()
}
