package content_test

import (
	"archive/zip"
	"bytes"
	"html"
	"strings"
	"testing"
)

// The helpers below write Word documents the way Word lays them out, small enough to read in a test.

const wordNamespace = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// docxFile is one file of a .docx archive.
type docxFile struct{ name, body string }

// buildDocx zips files into a .docx.
func buildDocx(t testing.TB, files ...docxFile) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := w.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fw.Write([]byte(f.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordDocument is a .docx of body (the XML inside w:body) with styles (the w:style elements).
func wordDocument(t testing.TB, styles string, body ...string) []byte {
	t.Helper()
	return buildDocx(t,
		docxFile{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		docxFile{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:document ` + wordNamespace + `><w:body>` + strings.Join(body, "") + `<w:sectPr/></w:body></w:document>`},
		docxFile{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:styles ` + wordNamespace + `>` + styles + `</w:styles>`},
	)
}

// englishStyles are the built-in styles as English Word names them; chineseStyles as WPS and
// Chinese Word write them, with numeric ids.
const (
	englishStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="PartHeading"><w:name w:val="Part heading"/><w:basedOn w:val="Heading1"/></w:style>`
	chineseStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="标题 1"/><w:basedOn w:val="a"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题"/><w:basedOn w:val="a"/></w:style>`
)

// para is a paragraph in style (none when ""), its text split into runs at each "¦".
func para(style, text string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if style != "" {
		b.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/><w:rPr><w:b/></w:rPr></w:pPr>`)
	}
	for _, run := range strings.Split(text, "¦") {
		b.WriteString(`<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">` + html.EscapeString(run) + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// table is a table of rows of cells; a cell "<<" continues a vertical merge, and a cell ">>n" spans n
// columns (its text after the number).
func table(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>`)
	for _, row := range rows {
		b.WriteString("<w:tr>")
		for _, cell := range row {
			props := ""
			switch {
			case cell == "<<":
				props, cell = `<w:tcPr><w:vMerge/></w:tcPr>`, ""
			case strings.HasPrefix(cell, ">>"):
				props, cell = `<w:tcPr><w:gridSpan w:val="`+cell[2:3]+`"/></w:tcPr>`, cell[3:]
			}
			b.WriteString("<w:tc>" + props + para("", cell) + "</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	return b.String()
}
