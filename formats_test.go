package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// speech is a short speech of ours, simplified and traditional.
const (
	speech = "在全县经济工作会议上的讲话\n\n县长 李向东\n\n一、去年工作回顾\n\n全县地区生产总值完成128.6亿元，同比增长6.1%。\n\n" +
		"二、今年重点任务\n\n新增城镇就业2100人，一般公共预算收入增长5%。\n"
	traditionalSpeech = "在全縣經濟工作會議上的講話\n\n縣長 李向東\n\n一、去年工作回顧\n\n全縣地區生產總值完成128.6億元，同比增長6.1%。\n\n" +
		"二、今年重點任務\n\n新增城鎮就業2100人，一般公共預算收入增長5%。\n"
)

// TestReadEncodings: a file in GB18030, GBK, Big5 or UTF-16 prints what its UTF-8 text prints, and
// one line on stderr says which encoding was assumed; UTF-8 says nothing.
func TestReadEncodings(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	cases := []struct {
		name, text, encoding string
		encode               func(string) (string, error)
	}{
		{"gb18030.txt", speech, "GB18030", simplifiedchinese.GB18030.NewEncoder().String},
		{"gbk.txt", speech, "GB18030", simplifiedchinese.GBK.NewEncoder().String},
		{"big5.txt", traditionalSpeech, "Big5", traditionalchinese.Big5.NewEncoder().String},
		{"utf16le.txt", speech, "UTF-16LE", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String},
		{"utf16be.txt", traditionalSpeech, "UTF-16BE", unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			encoded, err := tc.encode(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			path := write(tc.name, []byte(encoded))
			plain := write("utf8-"+tc.name, []byte(tc.text))
			for _, command := range [][]string{{"sections"}, {"figures", "--json"}, {"--plain", "--width", "60"}} {
				got := runCLI(t, nil, append(command, path)...)
				want := runCLI(t, nil, append(command, plain)...)
				if got.code != 0 || got.stdout != want.stdout || want.stderr != "" {
					t.Fatalf("%v: exit %d, stdout %q, stderr %q; want exit 0 and %q (UTF-8 stderr %q)", command, got.code, got.stdout, got.stderr, want.stdout, want.stderr)
				}
				if line := "briefing: " + path + ": read as " + tc.encoding + "\n"; got.stderr != line {
					t.Errorf("%v: stderr %q, want %q", command, got.stderr, line)
				}
			}
			fromStdin := runCLI(t, strings.NewReader(encoded), "sections", "-")
			if fromStdin.code != 0 || fromStdin.stderr != "briefing: stdin: read as "+tc.encoding+"\n" {
				t.Errorf("stdin: exit %d, stderr %q", fromStdin.code, fromStdin.stderr)
			}
		})
	}
}

// TestRefuseFormats: PDF, Word 97–2003 and WPS documents and RTF are refused in one line that says to
// save as .docx or text, whether the name or the first bytes give them away; so are bytes no encoding
// reads, naming the encodings tried.
func TestRefuseFormats(t *testing.T) {
	dir := t.TempDir()
	ole := "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00"
	pdf := "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
	cases := []struct {
		file, data, reason string
	}{
		{"notice.pdf", pdf, "a PDF file, which briefing cannot read: save it as .docx or text"},
		{"renamed-pdf.txt", pdf, "a PDF file, which briefing cannot read: save it as .docx or text"},
		{"report.doc", ole, "a Word 97–2003 document (.doc), which briefing cannot read: save it as .docx or text"},
		{"report.wps", ole, "a WPS document (.wps), which briefing cannot read: save it as .docx or text"},
		{"renamed-doc.txt", ole, "an old Office or WPS document (.doc, .wps), which briefing cannot read: save it as .docx or text"},
		{"text-named.doc", speech, "a Word 97–2003 document (.doc), which briefing cannot read"},
		{"letter.rtf", `{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Hello}`, "an RTF document, which briefing cannot read"},
		{"latin1.txt", "Le budget a augment\xe9 de 3 %.", "not valid UTF-8 (first bad byte at offset 19), GB18030 (offset 19) or Big5 (offset 19)"},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, command := range [][]string{{"sections"}, {"figures", "--json"}, {"--plain"}} {
				wantOneLineError(t, runCLI(t, nil, append(command, path)...), path, tc.reason)
			}
		})
	}
	// Standard input has no name: the first bytes alone tell.
	for _, tc := range []struct{ data, reason string }{
		{pdf, "a PDF file, which briefing cannot read: save it as .docx or text"},
		{ole, "an old Office or WPS document (.doc, .wps), which briefing cannot read: save it as .docx or text"},
		{"Le budget a augment\xe9 de 3 %.", "not valid UTF-8 (first bad byte at offset 19), GB18030 (offset 19) or Big5 (offset 19)"},
	} {
		wantOneLineError(t, runCLI(t, strings.NewReader(tc.data), "sections", "-"), "stdin", tc.reason)
	}
}

// docx zips a Word document whose body is the given XML.
func docx(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	fw, err := w.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	doc := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`
	if _, err := io.WriteString(fw, doc); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordPara is a paragraph at an outline level (0 the top, -1 body text).
func wordPara(level int, text string) string {
	props := ""
	if level >= 0 {
		props = `<w:pPr><w:outlineLvl w:val="` + strconv.Itoa(level) + `"/></w:pPr>`
	}
	return `<w:p>` + props + `<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// TestReadDocx: a .docx prints its outline, from a file or stdin, silently; a broken one, one whose
// text is past 16 MiB and a text file named .docx are refused in one line.
func TestReadDocx(t *testing.T) {
	dir := t.TempDir()
	good := docx(t, wordPara(0, "在全县经济工作会议上的讲话")+wordPara(-1, "县长 李向东")+
		wordPara(1, "去年工作回顾")+wordPara(-1, "全县地区生产总值完成128.6亿元，同比增长6.1%。")+
		wordPara(1, "今年重点任务")+wordPara(-1, "新增城镇就业2100人，一般公共预算收入增长5%。"))
	// Text past 16 MiB from 70 KB of XML: a table 1024 columns wide (16 cells spanning 64 each) whose
	// 2729 further rows of one empty cell are each padded to that width, 6 bytes of marks a column.
	// content's TestDocxRefusals refuses zip bombs that expand to tens of megabytes.
	bomb := docx(t, `<w:tbl><w:tr>`+strings.Repeat(`<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr></w:tc>`, 16)+`</w:tr>`+
		strings.Repeat(`<w:tr><w:tc></w:tc></w:tr>`, 2729)+`</w:tbl>`)
	files := map[string][]byte{
		"speech.docx": good,
		"cut.docx":    good[:len(good)-30],
		"bomb.docx":   bomb,
		"text.docx":   []byte(speech),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := "在全县经济工作会议上的讲话\n县长 李向东\n\n 1  去年工作回顾  1 项数据\n 2  今年重点任务  2 项数据\n"
	for _, r := range []result{runCLI(t, nil, "sections", filepath.Join(dir, "speech.docx")), runCLI(t, bytes.NewReader(good), "sections", "-")} {
		if r.code != 0 || r.stdout != want || r.stderr != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", r.code, r.stdout, r.stderr, want)
		}
	}
	for name, reason := range map[string]string{
		"cut.docx":  "not a readable .docx (zip: not a valid zip file)",
		"bomb.docx": ".docx text larger than 16 MiB; briefing reads speeches, not archives",
		"text.docx": "not a .docx: it is not a zip archive, as a Word document is",
	} {
		path := filepath.Join(dir, name)
		wantOneLineError(t, runCLI(t, nil, "sections", path), path, reason)
	}
}
