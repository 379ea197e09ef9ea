package content_test

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"runtime"
	"strings"
	"testing"

	"briefing/content"
	"briefing/content/contenttest"
)

// honestBomb is a .docx whose word/document.xml expands to size bytes of XML: the header, then piece
// repeated (whole), then the closing tags. Its zip headers tell the truth; only the ratio is hostile.
func honestBomb(t testing.TB, piece string, size int) []byte {
	t.Helper()
	return contenttest.ExpandingZip(t, "word/document.xml", `<w:document `+wordNamespace+`><w:body>`, piece, `</w:body></w:document>`, size)
}

// rawZip is a zip of one file whose header and compressed bytes are given as they are.
func rawZip(t testing.TB, header *zip.FileHeader, compressed []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	fw, err := w.CreateRaw(header)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(compressed); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDocxRefusals: a .docx that is broken, is no Word document, or expands past the bounds is refused
// in one line naming the file, and a zip bomb is refused without expanding it into memory.
func TestDocxRefusals(t *testing.T) {
	good := wordDocument(t, englishStyles, para("Title", "Quarterly Note"), para("", "Revenue rose 4%."))
	manyFiles := func() []byte {
		// The files are stored, not deflated: the count is refused before any file is read, and a
		// compressor per file would cost seconds under -race.
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		for i := range 5000 {
			if _, err := w.CreateHeader(&zip.FileHeader{Name: "word/media/image" + itoa(i) + ".png", Method: zip.Store}); err != nil {
				t.Fatal(err)
			}
		}
		fw, err := w.Create("word/document.xml")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fw.Write([]byte(`<w:document/>`)); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	deep := buildDocx(t, docxFile{"word/document.xml", `<w:document ` + wordNamespace + `><w:body>` +
		strings.Repeat("<w:sdt>", 300) + strings.Repeat("</w:sdt>", 300) + `</w:body></w:document>`})
	paragraph := `<w:p><w:r><w:t>` + strings.Repeat("发展", 500) + `</w:t></w:r></w:p>`
	crc := crc32.ChecksumIEEE([]byte("<w:document/>"))
	// A table whose first row is 16 cells spanning 64 columns each is 1024 columns wide, and each
	// further row of one empty cell is padded to that width. Its marks count 6 bytes (" --- |") for
	// each column of each row and of the header's rule, and for each cell as it closes: 6144 × (rows+2)
	// bytes for that many further rows, at 2729 of them 16 MiB and 2 KiB, from 70 KB of XML.
	wideTable := buildDocx(t, docxFile{"word/document.xml", `<w:document ` + wordNamespace + `><w:body><w:tbl><w:tr>` +
		strings.Repeat(`<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr></w:tc>`, 16) + `</w:tr>` +
		strings.Repeat(`<w:tr><w:tc></w:tc></w:tr>`, 2729) + `</w:tbl></w:body></w:document>`})
	// The bombs are refused at a bound of smallLimit through DecodeWithin, the code Decode runs with
	// MaxDocumentSize: reading 16 MiB of XML costs seconds under -race. They still expand to tens of
	// megabytes, many times what their refusal may allocate. "marks past the limit" is refused at the
	// bound Decode itself sets, and names it.
	const smallLimit = 1 << 20
	cases := []struct {
		name, file string
		data       []byte
		limit      int // the bound of the text, when not Decode's
		reason     string
	}{
		{"cut short", "cut.docx", good[:len(good)/2], 0, "not a readable .docx (zip: not a valid zip file)"},
		{"not a zip", "note.docx", []byte("Quarterly note\n\nRevenue rose 4%.\n"), 0, "not a .docx: it is not a zip archive"},
		{"password protected", "locked.docx", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), 0, "a password-protected Word document, or a .doc renamed .docx, which briefing cannot read: save it as .docx or text"},
		{"no document part", "book.xlsx", buildDocx(t, docxFile{"xl/workbook.xml", "<workbook/>"}), 0, "a zip archive without word/document.xml, not a Word document"},
		{"broken XML", "broken.docx", buildDocx(t, docxFile{"word/document.xml", "<w:document><w:body></w:document>"}), 0, "not a readable .docx (word/document.xml: XML syntax error on line 1"},
		{"too many files", "many.docx", manyFiles(), 0, "a zip archive of 5001 files, more than a .docx holds (4096)"},
		{"nested too deep", "deep.docx", deep, 0, "not a readable .docx (word/document.xml: elements nested deeper than 256"},
		{"declares too much", "huge.docx", rawZip(t, &zip.FileHeader{Name: "word/media/video.mp4", Method: zip.Store, UncompressedSize64: 600 << 20}, nil), 0, "a zip archive that expands to more than 512 MiB, not a document"},
		{"header lies", "lies.docx", rawZip(t, &zip.FileHeader{Name: "word/document.xml", Method: zip.Store, CRC32: crc, CompressedSize64: 13, UncompressedSize64: 5}, []byte("<w:document/>")), 0, "not a readable .docx (word/document.xml: zip: "},
		{"one huge text", "bomb.docx", honestBomb(t, "发展", 40<<20), smallLimit, ".docx text larger than 1 MiB; briefing reads speeches, not archives"},
		{"text past the limit", "long.docx", honestBomb(t, paragraph, 24<<20), smallLimit, ".docx text larger than 1 MiB; briefing reads speeches, not archives"},
		{"marks past the limit", "wide.docx", wideTable, 0, ".docx text larger than 16 MiB; briefing reads speeches, not archives"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			decode, limit := content.Decode, content.MaxDocumentSize
			if tc.limit != 0 {
				decode = func(name string, data []byte) (content.Document, error) {
					return content.DecodeWithin(name, data, tc.limit)
				}
				limit = tc.limit
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := decode(tc.file, tc.data)
			runtime.ReadMemStats(&after)
			checkInputError(t, err, tc.file, tc.reason)
			// What a refusal may cost: the bound's worth of text or of one XML token, and the decoder's
			// copies, six times the bound (96 MiB at 16 MiB).
			if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 6*uint64(limit) {
				t.Errorf("refusing took %d KiB of allocations, more than %d KiB", allocated>>10, 6*limit>>10)
			}
		})
	}
}
