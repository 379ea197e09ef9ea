package render

import (
	"io"
	"strings"

	"briefing/content"
	"briefing/content/format"
)

// WriteDocument writes the whole briefing at width in theme, through the same markdown, glamour and
// line breaker as the reader: the title, subtitle and byline first, each section followed by its
// figures, the source last. Lines never exceed width; the Plain theme writes no escape codes.
func (r *Renderer) WriteDocument(w io.Writer, width int, theme Theme) error {
	b := r.briefing
	var out []string
	out = append(out, r.Markdown(headerMarkdown(b), width, theme)...)
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
// language: label, baseline, value, change, period.
func figuresMarkdown(b *content.Briefing, section int) string {
	figures := b.Sections[section].Figures
	if len(figures) == 0 {
		return ""
	}
	words := b.Language.Words()
	var md strings.Builder
	md.WriteString("**" + words.KeyFigures + "**\n\n")
	for _, f := range figures {
		item := ""
		if f.Label != "" { // a figure with no label is its value alone, never a value under nothing
			item = escapeMarkdown(f.Label) + words.LabelSeparator
		}
		if f.Baseline != nil {
			item += escapeMarkdown(format.Baseline(f.Baseline)) + " → "
		}
		item += "**" + escapeMarkdown(format.Figure(f)) + "**"
		if f.Change != nil {
			item += " · " + escapeMarkdown(format.ChangeIn(f.Change, words))
		}
		if f.Period != "" {
			item += " · " + escapeMarkdown(f.Period)
		}
		md.WriteString("- " + item + "\n")
	}
	return md.String()
}
