package content

import (
	"strings"
)

// renderDocx writes a Word document's blocks as the text the rules read. A document whose structure
// is in its styles (headings, a title) or that has tables becomes markdown: the title a level-1
// heading, a heading of level n a heading of level n+1, a table a markdown table with its first row as
// the header. A document of nothing but paragraphs — as Chinese government documents often are, their
// headings typed as 一、 and （一） — becomes plain text, one paragraph per line with blank lines between,
// so it reads exactly as the same document saved as text.
func renderDocx(blocks []docxBlock) []byte {
	structured := false
	for _, b := range blocks {
		if b.level > 0 || b.title || b.rows != nil {
			structured = true
		}
	}
	var out strings.Builder
	if !structured {
		for _, b := range blocks {
			out.WriteString(b.text)
			out.WriteString("\n\n")
		}
		return []byte(out.String())
	}
	titleLevel := headingAsTitle(blocks)
	untitled := untitledHeader(blocks, titleLevel)
	for i, b := range blocks {
		switch {
		case b.rows != nil:
			writeMarkdownTable(&out, b.rows)
		case b.title || i == 0 && (b.level > 0 && b.level == titleLevel || untitled):
			out.WriteString("# " + oneLine(b.text))
		case b.level > 0:
			out.WriteString(strings.Repeat("#", min(b.level+1, 6)) + " " + oneLine(b.text))
		default:
			out.WriteString(escapeBlockStart(b.text))
		}
		out.WriteString("\n\n")
	}
	return []byte(out.String())
}

// headingAsTitle is the heading level of the document's first block when that heading is its title:
// no title style is used, the level occurs only there, and deeper headings follow (a title typed in
// Heading 1 above parts in Heading 2). 0 otherwise.
func headingAsTitle(blocks []docxBlock) int {
	if len(blocks) == 0 || blocks[0].level == 0 {
		return 0
	}
	first := blocks[0].level
	deeper := false
	for _, b := range blocks {
		if b.title {
			return 0
		}
	}
	for _, b := range blocks[1:] {
		if b.level == first {
			return 0
		}
		deeper = deeper || b.level > first
	}
	if !deeper {
		return 0
	}
	return first
}

// untitledHeader reports whether the first block is an unstyled title: the document uses no title
// style and does not open with a heading, and its first paragraph is the short line a text's title
// is. Markdown finds its title only in a level-1 heading, so the title is made one.
func untitledHeader(blocks []docxBlock, titleLevel int) bool {
	if titleLevel > 0 || len(blocks) < 2 || blocks[0].level > 0 || blocks[0].rows != nil {
		return false
	}
	for _, b := range blocks {
		if b.title {
			return false
		}
	}
	first := blocks[0].text
	return headerLine(paragraph{text: first}, detectLanguage(first))
}

// writeMarkdownTable writes rows as a markdown table, every row as wide as the widest.
func writeMarkdownTable(out *strings.Builder, rows [][]string) {
	width := 0
	for _, row := range rows {
		width = max(width, len(row))
	}
	for i, row := range rows {
		if i > 0 {
			out.WriteString("\n")
		}
		out.WriteString("|")
		for c := range width {
			cell := ""
			if c < len(row) {
				cell = row[c]
			}
			out.WriteString(" " + strings.ReplaceAll(oneLine(cell), "|", `\|`) + " |")
		}
		if i == 0 {
			out.WriteString("\n|" + strings.Repeat(" --- |", width))
		}
	}
}

// oneLine puts a heading's or a cell's line breaks on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// escapeBlockStart keeps a paragraph of text from opening a markdown block it never meant (a
// heading, a quote, a fence, a comment that would hide it) and a line break inside it from doing so.
func escapeBlockStart(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		line = strings.TrimLeft(line, " ")
		if line != "" && strings.ContainsRune("#>|", rune(line[0])) || strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~") {
			line = `\` + line
		}
		lines[i] = strings.ReplaceAll(line, "<!--", `<\!--`)
	}
	return strings.Join(lines, "\n")
}
