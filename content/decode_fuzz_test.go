package content_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"briefing/content"
	"briefing/seeds"
)

// FuzzDecode feeds Decode arbitrary bytes. It must not panic; it refuses with one line naming the file,
// or returns valid UTF-8; UTF-8 text comes back unchanged.
func FuzzDecode(f *testing.F) {
	text := []byte("标题\n\n全县地区生产总值增长6.5%，收入12.3亿元。\n")
	traditional := []byte("標題\n\n全縣地區生產總值增長6.5%，收入12.3億元。\n")
	f.Add(seeds.Default())
	f.Add(text)
	f.Add(encode(f, simplifiedchinese.GB18030, text))
	f.Add(encode(f, traditionalchinese.Big5, traditional))
	f.Add(encode(f, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), text))
	f.Add(encode(f, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), traditional))
	f.Add(encode(f, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), []byte("Title\n\nText.")))
	for _, s := range []string{"", "\xff", "\xfe\xff\xd8", "\xff\xfe\x00\xd8", "\x84\x31\xa4\x37", "%PDF-1.4", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "{\\rtf1"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := content.Decode("fuzz.txt", data)
		if err != nil {
			var inputErr *content.InputError
			if !errors.As(err, &inputErr) || strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
				t.Fatalf("error %q (%T), want one line naming the file", err, err)
			}
			return
		}
		if !utf8.Valid(doc.Text) {
			t.Fatalf("Decode returned invalid UTF-8 as %q", doc.Encoding)
		}
		if utf8.Valid(data) && (doc.Encoding != content.UTF8 || !bytes.Equal(doc.Text, data)) {
			t.Fatalf("UTF-8 text read as %q", doc.Encoding)
		}
		if doc.Encoding != content.UTF8 && content.CheckText("fuzz.txt", doc.Text) == nil {
			if _, err := content.Parse("fuzz.txt", doc.Text); err != nil {
				t.Fatalf("Parse refused decoded text: %v", err)
			}
		}
	})
}

// FuzzDocx feeds Decode Word documents whose word/document.xml is arbitrary, beside real styles. It
// must not panic; it refuses with one line naming the file, or returns UTF-8 text within
// MaxDocumentSize that Parse reads unless CheckText refuses it.
func FuzzDocx(f *testing.F) {
	f.Add([]byte(`<w:document ` + wordNamespace + `><w:body>` + para("Title", "Note") + para("Heading1", "一、回顾") +
		para("", "收入¦增长4%。") + table([]string{"A", "B"}, []string{"<<", ">>2x"}) + `</w:body></w:document>`))
	f.Add([]byte(`<w:document ` + wordNamespace + `><w:body>` + outlinePara(0, "标题") + `<w:p><w:r><w:tab/><w:br/><w:t>a</w:t></w:r>` +
		`<w:r><mc:AlternateContent><mc:Choice><w:t>b</w:t></mc:Choice><mc:Fallback><w:t>b</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>`))
	f.Add([]byte(`<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`))
	f.Add([]byte(`<w:p><w:p><w:t>a</w:t></w:p></w:p></w:t>`))
	f.Fuzz(func(t *testing.T, documentXML []byte) {
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		for _, part := range []struct {
			name string
			body []byte
		}{{"word/document.xml", documentXML}, {"word/styles.xml", []byte(`<w:styles ` + wordNamespace + `>` + englishStyles + chineseStyles + `</w:styles>`)}} {
			fw, err := w.CreateHeader(&zip.FileHeader{Name: part.name, Method: zip.Store})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := fw.Write(part.body); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		doc, err := content.Decode("fuzz.docx", buf.Bytes())
		if err != nil {
			var inputErr *content.InputError
			if !errors.As(err, &inputErr) || strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "fuzz.docx: ") {
				t.Fatalf("error %q (%T), want one line naming the file", err, err)
			}
			return
		}
		if !utf8.Valid(doc.Text) || len(doc.Text) > content.MaxDocumentSize+content.MaxDocumentSize/2 {
			t.Fatalf("%d bytes of text, valid UTF-8 %v", len(doc.Text), utf8.Valid(doc.Text))
		}
		if content.CheckText("fuzz.docx", doc.Text) == nil {
			if _, err := content.Parse("fuzz.docx", doc.Text); err != nil {
				t.Fatalf("Parse refused the text of a .docx: %v", err)
			}
		}
	})
}
