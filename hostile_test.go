package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileDocumentOnTheCommandLine: a document's escape sequences and control characters never
// reach the local terminal through plain, sections or figures, and a file name carrying them is
// printed cleaned in an error.
func TestHostileDocumentOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "hostile.txt")
	doc := "标题\x1b]52;c;Q0xJUEJPQVJE\x07\n\n一、工业\x1bP1$qDCSMARK\x1b\\强县\n\n产值109.19亿元\x1b_APCMARK\x1b\\，增长13.34%。\x07\x08\u009b2J\n\n" +
		"二、民生稳县\n\n人次达到317.59万人次\x1b]8;;http://x.invalid\x1b\\。\n"
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--plain", path}, {"sections", path}, {"figures", path}} {
		r := runCLI(t, nil, args...)
		if r.code != 0 {
			t.Fatalf("%q: exit %d, %s", args, r.code, r.stderr)
		}
		for _, mark := range []string{"Q0xJUEJPQVJE", "DCSMARK", "APCMARK", "x.invalid"} {
			if strings.Contains(r.stdout, mark) {
				t.Errorf("%q printed the payload %s of an escape sequence", args, mark)
			}
		}
		for _, c := range r.stdout {
			if c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f {
				t.Errorf("%q printed control %U", args, c)
				break
			}
		}
	}
	if r := runCLI(t, nil, "sections", filepath.Join(dir, "no\x1b]0;TITLE\x07such.txt")); strings.ContainsAny(r.stderr, "\x1b\x07") {
		t.Errorf("an error printed a file name's control characters: %q", r.stderr)
	}
}
