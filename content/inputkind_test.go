package content_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/content"
	"briefing/content/locale"
)

// TestInputKinds: each way a file is no document has its kind, said in the interface's words from
// the locale tables; the command line's English line stays as it was.
func TestInputKinds(t *testing.T) {
	zh, en := locale.Chinese.Words(), locale.English.Words()
	cases := []struct {
		name   string
		data   []byte
		kind   content.InputKind
		zh     string
		reason string // the English line, unchanged
	}{
		{"binary.dat", []byte("GIF89a\x00\x01\x02"), content.KindBinary, fmt.Sprintf(zh.Reasons.Binary, 6), "binary data (NUL byte at offset 6), not text"},
		{"empty.txt", []byte(" \n\u3000\n"), content.KindEmpty, zh.Reasons.Empty, "empty: no text to read"},
		{"latin.txt", []byte("Le budget a augment\xe9 de 3 %."), content.KindUnknownEncoding, zh.Reasons.UnknownEncoding, "not valid UTF-8 (first bad byte at offset 19)"},
		{"scan.pdf", []byte("%PDF-1.7"), content.KindPDF, zh.Reasons.PDF, "a PDF file, which briefing cannot read: save it as .docx or text"},
		{"old.doc", []byte("text"), content.KindWordDoc, zh.Reasons.WordDoc, "a Word 97–2003 document (.doc)"},
		{"note.rtf", []byte(`{\rtf1 hello}`), content.KindRTF, zh.Reasons.RTF, "an RTF document"},
		{"fake.docx", []byte("plain text"), content.KindNotZipDocx, zh.Reasons.NotZipDocx, "not a .docx: it is not a zip archive"},
		{"zip.docx", []byte("PK\x03\x04broken"), content.KindBadDocx, "", "not a readable .docx ("},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		path := filepath.Join(dir, tc.name)
		if err := os.WriteFile(path, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := content.ReadDocument(path, nil)
		var input *content.InputError
		if !errors.As(err, &input) {
			t.Fatalf("%s: %v, want an *InputError", tc.name, err)
		}
		if input.Kind != tc.kind {
			t.Errorf("%s: kind %q, want %q", tc.name, input.Kind, tc.kind)
		}
		if !strings.Contains(err.Error(), path+": "+tc.reason) {
			t.Errorf("%s: the command line's line %q changed", tc.name, err)
		}
		said := input.Explain(zh)
		if tc.zh != "" && said != tc.zh {
			t.Errorf("%s: says %q, want %q", tc.name, said, tc.zh)
		}
		if said == input.Reason || said == input.Explain(en) {
			t.Errorf("%s: says %q in Chinese, as in English", tc.name, said)
		}
	}
	missing := filepath.Join(dir, "gone.txt")
	_, err := content.ReadDocument(missing, nil)
	var input *content.InputError
	if !errors.As(err, &input) || input.Kind != content.KindNotFound || input.Explain(zh) != zh.Reasons.NotFound {
		t.Errorf("a missing file: %v", err)
	}
}

// TestEveryKindHasWords: no kind falls back to the English line in either language.
func TestEveryKindHasWords(t *testing.T) {
	kinds := []content.InputKind{
		content.KindUnreadable, content.KindNotFound, content.KindPermission, content.KindDirectory,
		content.KindTooLarge, content.KindBinary, content.KindInvalidText, content.KindUTF16NoBOM,
		content.KindUnknownEncoding, content.KindEmpty, content.KindPDF, content.KindRTF, content.KindWordDoc,
		content.KindWPS, content.KindOldOffice, content.KindProtectedDocx, content.KindNotZipDocx,
		content.KindBadDocx, content.KindDocxLimit, content.KindNoDocxBody,
	}
	for _, l := range locale.Languages() {
		seen := map[string]content.InputKind{}
		for _, kind := range kinds {
			e := &content.InputError{Name: "x", Reason: "REASON", Kind: kind, Offset: 3, Detail: "UTF-8"}
			said := e.Explain(l.Words())
			if said == "" || said == "REASON" || strings.Contains(said, "%!") {
				t.Errorf("%s: %s says %q", l, kind, said)
			}
			if other, ok := seen[said]; ok {
				t.Errorf("%s: %s and %s both say %q", l, kind, other, said)
			}
			seen[said] = kind
		}
	}
	if got := (&content.InputError{Reason: "REASON"}).Explain(locale.Chinese.Words()); got != "REASON" {
		t.Errorf("an error of no kind says %q, want its line", got)
	}
}
