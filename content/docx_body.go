package content

import (
	"encoding/xml"
	"io"
	"strings"
)

// docxBlock is one block of a Word document's body: a paragraph (a heading when level > 0, the title
// when title is set) or a table.
type docxBlock struct {
	text  string
	level int
	title bool
	rows  [][]string // a table's cells, row by row
}

// docxParagraph is a paragraph being read: its style and outline level, and its text so far.
type docxParagraph struct {
	style   string
	outline int
	text    strings.Builder
}

// docxTable is a table being read.
type docxTable struct {
	rows [][]string
	row  []string
	cell []string // the paragraphs of the cell being read
	span int      // the columns the cell spans
	// merged is set for a cell that continues a vertical merge: its text is the cell's above.
	merged bool
}

// docxReader walks word/document.xml and collects its blocks.
type docxReader struct {
	styles  docxStyles
	blocks  []docxBlock
	paras   []*docxParagraph // open paragraphs: a text box's paragraphs sit inside another's
	tables  []*docxTable     // open tables: a cell may hold a table
	inText  bool             // inside a w:t
	skip    int              // depth inside content read twice (mc:Fallback repeats mc:Choice)
	inProps bool             // inside a paragraph's properties (w:pPr)
	size    int              // bytes of text collected, against limit
	limit   int              // MaxDocumentSize
}

// docxText reads word/document.xml into text: markdown when the document has heading styles, a title
// or tables (headings become #-headings, tables markdown tables), else plain paragraphs, one per
// line with a blank line between, as Word would save it as text. Text past limit bytes
// (MaxDocumentSize) is refused with errTooLarge.
func docxText(r io.Reader, styles docxStyles, limit int) ([]byte, error) {
	d := &docxReader{styles: styles, limit: limit}
	if err := walkXML(r, d.visit); err != nil {
		return nil, err
	}
	return renderDocx(d.blocks), nil
}

func (d *docxReader) visit(start *xml.StartElement, end *xml.EndElement, text xml.CharData) error {
	switch {
	case start != nil:
		return d.start(start)
	case end != nil:
		return d.end(end.Name.Local)
	case d.inText && d.skip == 0 && len(d.paras) > 0:
		return d.write(string(text))
	}
	return nil
}

func (d *docxReader) start(e *xml.StartElement) error {
	if d.skip > 0 || e.Name.Local == "Fallback" {
		d.skip++
		return nil
	}
	para := d.para()
	switch e.Name.Local {
	case "p":
		d.paras = append(d.paras, &docxParagraph{})
	case "pPr":
		d.inProps = true
	case "pStyle":
		if para != nil && d.inProps {
			para.style = attr(e, "val")
		}
	case "outlineLvl":
		if para != nil && d.inProps {
			para.outline = outlineLevel(attr(e, "val"))
		}
	case "t":
		d.inText = true
	case "tab":
		if !d.inProps {
			return d.write(" ")
		}
	case "br", "cr":
		if kind := attr(e, "type"); kind == "" || kind == "textWrapping" {
			return d.write("\n")
		}
	case "noBreakHyphen":
		return d.write("-")
	case "tbl":
		d.tables = append(d.tables, &docxTable{})
	case "tr":
		if t := d.table(); t != nil {
			t.row = nil
		}
	case "tc":
		if t := d.table(); t != nil {
			t.cell, t.span, t.merged = nil, 1, false
		}
	case "gridSpan":
		if t := d.table(); t != nil {
			t.span = min(max(atoiOr(attr(e, "val"), 1), 1), 64)
		}
	case "vMerge":
		if t := d.table(); t != nil {
			t.merged = attr(e, "val") != "restart"
		}
	}
	return nil
}

// end closes an element; the marks a block adds around its text count against the text's bound.
func (d *docxReader) end(local string) error {
	if d.skip > 0 {
		d.skip--
		return nil
	}
	switch local {
	case "t":
		d.inText = false
	case "pPr":
		d.inProps = false
	case "p":
		d.endParagraph()
		return d.grow(len("###### \n\n"))
	case "tc":
		if t := d.table(); t != nil {
			cell := strings.Join(t.cell, " ")
			if t.merged {
				cell = ""
			}
			t.row = append(t.row, cell)
			for range t.span - 1 {
				t.row = append(t.row, "")
			}
			return d.grow(len(" --- |") * t.span)
		}
	case "tr":
		if t := d.table(); t != nil && len(t.row) > 0 {
			t.rows = append(t.rows, t.row)
		}
	case "tbl":
		return d.endTable()
	}
	return nil
}

// write adds text to the open paragraph, refusing a document whose text grows past its limit.
func (d *docxReader) write(s string) error {
	para := d.para()
	if para == nil {
		return nil
	}
	if err := d.grow(len(s)); err != nil {
		return err
	}
	para.text.WriteString(s)
	return nil
}

// grow counts n more bytes of the text to write — text, or the marks around it (a heading's #s, a
// table's bars) — and refuses a document whose text grows past its limit.
func (d *docxReader) grow(n int) error {
	d.size += n
	if d.size > d.limit {
		return errTooLarge
	}
	return nil
}

func (d *docxReader) endParagraph() {
	para := d.para()
	if para == nil {
		return
	}
	d.paras = d.paras[:len(d.paras)-1]
	text := strings.TrimSpace(para.text.String())
	if text == "" {
		return
	}
	if t := d.table(); t != nil && len(d.paras) == 0 {
		t.cell = append(t.cell, strings.Join(strings.Fields(text), " "))
		return
	}
	level := para.outline
	if level == 0 {
		level = d.styles.heading(para.style)
	}
	d.blocks = append(d.blocks, docxBlock{text: text, level: level, title: d.styles.isTitle(para.style)})
}

func (d *docxReader) endTable() error {
	t := d.table()
	if t == nil {
		return nil
	}
	d.tables = d.tables[:len(d.tables)-1]
	if outer := d.table(); outer != nil {
		// A table inside a cell becomes part of that cell's text.
		for _, row := range t.rows {
			outer.cell = append(outer.cell, strings.Join(row, " "))
		}
		return nil
	}
	if len(t.rows) == 0 {
		return nil
	}
	// Short rows are padded to the widest, and the header gets its rule: count those cells too.
	width, cells := 0, 0
	for _, row := range t.rows {
		width = max(width, len(row))
		cells += len(row)
	}
	if err := d.grow(len(" --- |") * (width*(len(t.rows)+1) - cells)); err != nil {
		return err
	}
	d.blocks = append(d.blocks, docxBlock{rows: t.rows})
	return nil
}

func (d *docxReader) para() *docxParagraph {
	if len(d.paras) == 0 {
		return nil
	}
	return d.paras[len(d.paras)-1]
}

func (d *docxReader) table() *docxTable {
	if len(d.tables) == 0 {
		return nil
	}
	return d.tables[len(d.tables)-1]
}

// atoiOr reads a small decimal number, or returns fallback.
func atoiOr(s string, fallback int) int {
	n := 0
	if s == "" || len(s) > 4 {
		return fallback
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return fallback
		}
		n = n*10 + int(c-'0')
	}
	return n
}
