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
		out = append(out, "", sourceLine(b))
	}
	_, err := io.WriteString(w, strings.Join(out, "\n")+"\n")
	return err
}

func sourceLine(b *content.Briefing) string {
	if b.Language == content.English {
		return "Source: " + b.Source
	}
	return "来源：" + b.Source
}

// figuresMarkdown lists a section's figures as a markdown list: label, value, change, period,
// baseline.
func figuresMarkdown(b *content.Briefing, section int) string {
	figures := report.NewFigures(b, section)
	if len(figures) == 0 {
		return ""
	}
	heading, yoy, sep := "关键数据", "同比", "："
	if b.Language == content.English {
		heading, yoy, sep = "Key figures", "y/y", ": "
	}
	var md strings.Builder
	md.WriteString("**" + heading + "**\n\n")
	for _, f := range figures {
		item := escape(f.Label) + sep
		if f.Baseline != nil {
			item += escape(strings.TrimSpace(f.Baseline.Period+" "+report.FormatValue(f.Baseline.Value, f.Baseline.Unit))) + " → "
		}
		item += "**" + escape(report.FormatValue(f.Value, f.Unit)+f.Bound) + "**"
		if f.Change != nil {
			change := report.FormatChange(f.Change)
			if f.Change.Kind == content.ChangeYearOnYear {
				change = yoy + " " + change
			}
			item += " · " + escape(change)
		}
		if f.Period != "" {
			item += " · " + escape(f.Period)
		}
		md.WriteString("- " + item + "\n")
	}
	return md.String()
}

// escape keeps markdown from reading a label as syntax.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
