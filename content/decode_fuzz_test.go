package content_test

import (
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
