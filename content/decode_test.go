package content_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"briefing/content"
)

// encoded is one of our documents written in another encoding, and the encoding briefing must say it
// read it in.
type encoded struct {
	name     string
	document string // in testdata/documents
	encoder  encoding.Encoding
	want     content.Encoding
}

func encodedDocuments() []encoded {
	return []encoded{
		{"GB18030", "numbered-speech.txt", simplifiedchinese.GB18030, content.GB18030},
		{"GBK", "numbered-speech.txt", simplifiedchinese.GBK, content.GB18030},
		{"Big5", "traditional-pdf.txt", traditionalchinese.Big5, content.Big5},
		{"UTF-16LE simplified", "numbered-speech.txt", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), content.UTF16LE},
		{"UTF-16BE simplified", "numbered-speech.txt", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), content.UTF16BE},
		{"UTF-16LE traditional", "traditional-pdf.txt", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), content.UTF16LE},
		{"UTF-16BE English", "county-briefing-en.txt", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), content.UTF16BE},
	}
}

// encode writes text in enc; every character of our documents has a form there.
func encode(t testing.TB, enc encoding.Encoding, text []byte) []byte {
	t.Helper()
	out, err := enc.NewEncoder().Bytes(text)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return out
}

// TestLoadEncodings reads our documents written in GB18030, GBK, Big5 and UTF-16 with a byte order
// mark, from a file and from stdin, into the same briefing as their UTF-8 text, and says which
// encoding it assumed.
func TestLoadEncodings(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range encodedDocuments() {
		t.Run(tc.name, func(t *testing.T) {
			utf8Text, err := os.ReadFile(filepath.Join("testdata", "documents", tc.document))
			if err != nil {
				t.Fatal(err)
			}
			want, err := content.Parse(tc.document, utf8Text)
			if err != nil {
				t.Fatal(err)
			}
			data := encode(t, tc.encoder, utf8Text)
			if bytes.Equal(data, utf8Text) {
				t.Fatal("the encoded document is its UTF-8 text: the test would prove nothing")
			}
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".txt")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			fromFile, err := content.Load(path, nil)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			fromStdin, err := content.Load(content.StdinName, bytes.NewReader(data))
			if err != nil {
				t.Fatalf("Load(stdin): %v", err)
			}
			for _, got := range []*content.Briefing{fromFile, fromStdin} {
				if got.Encoding != tc.want {
					t.Errorf("%s: read as %q, want %q", got.Name, got.Encoding, tc.want)
				}
				sameBriefing(t, got, want)
			}
		})
	}
}

// sameBriefing wants got to be want read from another file: same header, sections and figures.
func sameBriefing(t *testing.T, got, want *content.Briefing) {
	t.Helper()
	if got.Title != want.Title || got.Byline != want.Byline || got.Language != want.Language || len(got.Sections) != len(want.Sections) {
		t.Fatalf("title %q, byline %q, %s, %d sections; want %q, %q, %s, %d", got.Title, got.Byline, got.Language, len(got.Sections),
			want.Title, want.Byline, want.Language, len(want.Sections))
	}
	for i := range want.Sections {
		g, w := got.Sections[i], want.Sections[i]
		if g.Title != w.Title || g.Text != w.Text || len(g.Figures) != len(w.Figures) {
			t.Errorf("section %d: %q with %d figures, want %q with %d", i, g.Title, len(g.Figures), w.Title, len(w.Figures))
		}
	}
}

// TestUTF8SaysNothing: UTF-8, with or without a byte order mark, is the usual case and is not
// mentioned.
func TestUTF8SaysNothing(t *testing.T) {
	for _, data := range []string{"标题\n\n正文。\n", "\uFEFF标题\n\n正文。\n", "Title\n\nText.\n"} {
		b, err := content.Load(content.StdinName, strings.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if b.Encoding != content.UTF8 {
			t.Errorf("%q read as %q", data, b.Encoding)
		}
	}
}

// TestDecodeRefusals: bytes that no encoding tried reads, or reads as Chinese, are refused in one
// line that names the encodings tried and where each failed.
func TestDecodeRefusals(t *testing.T) {
	gb := encode(t, simplifiedchinese.GB18030, []byte("全县地区生产总值增长6.5%，一般公共预算收入完成12.3亿元。"))
	big5 := encode(t, traditionalchinese.Big5, []byte("全縣地區生產總值增長6.5%，一般公共預算收入完成12.3億元。"))
	utf16 := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), []byte("预算收入12.3亿元"))
	cases := []struct {
		name   string
		data   []byte
		reason string
	}{
		{"Latin-1", []byte("Le budget a augment\xe9 de 3 % \xe0 Montr\xe9al."), "not valid UTF-8 (first bad byte at offset 19), GB18030 (offset 19) or Big5 (offset 19)"},
		// ï and the letter after it make a GB18030 character, but the text is not Chinese.
		{"Latin-1 read as GB18030", []byte("Une question na\xefve sur le budget de la commune, pos\xe9e par Zo\xeby."), "GB18030 (not Chinese text) or Big5"},
		{"GB18030 cut short", gb[:len(gb)-1], "GB18030 (offset " + itoa(len(gb)-2) + ")"},
		{"Big5 with a stray byte", append(append(big5[:6:6], 0xFF), big5[6:]...), "Big5 (offset 6)"},
		{"UTF-16 with an odd byte", append(utf16[:len(utf16):len(utf16)], 'x'), "not valid UTF-16LE (first bad byte at offset 22)"},
		{"UTF-16 with a lone surrogate", append(utf16[:len(utf16):len(utf16)], 0x00, 0xD8, 'a', 0), "not valid UTF-16LE (first bad byte at offset 22)"},
		{"UTF-16 without a byte order mark", utf16[2:], "UTF-16 text without a byte order mark"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := content.Load(content.StdinName, bytes.NewReader(tc.data))
			checkInputError(t, err, "stdin", tc.reason)
		})
	}
}

// TestDecodeKeepsWrittenReplacement: U+FFFD written on purpose in GB18030 is a character like any
// other, not a byte the decoder failed on.
func TestDecodeKeepsWrittenReplacement(t *testing.T) {
	text := "标题\n\n全县收入\uFFFD完成12.3亿元。\n"
	b, err := content.Load(content.StdinName, bytes.NewReader(encode(t, simplifiedchinese.GB18030, []byte(text))))
	if err != nil {
		t.Fatal(err)
	}
	if b.Encoding != content.GB18030 || !strings.Contains(b.Sections[0].Text, "\uFFFD") {
		t.Errorf("read as %q: %q", b.Encoding, b.Sections[0].Text)
	}
}
