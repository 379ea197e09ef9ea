package content_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/content"
	"briefing/seeds"
)

// badInput is data that is not a document, with the words its error must contain.
type badInput struct {
	name   string
	data   []byte // nil: no file at all
	reason string
}

func badInputs() []badInput {
	return []badInput{
		{"missing", nil, "no such file"},
		{"empty", []byte{}, "empty"},
		{"whitespace", []byte(" \n\t\r\n\u3000\n"), "empty"},
		{"bom only", []byte("\uFEFF\n"), "empty"},
		{"invalid UTF-8", []byte("衡南\xff\xfe县"), "not valid UTF-8"},
		{"binary", []byte("GIF89a\x00\x01\x02"), "binary"},
	}
}

func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range badInputs() {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".txt")
			if tc.data != nil {
				if err := os.WriteFile(path, tc.data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := content.Load(path, strings.NewReader("unused"))
			checkInputError(t, err, path, tc.reason)
			if tc.data != nil {
				_, err = content.Load(content.StdinName, bytes.NewReader(tc.data))
				checkInputError(t, err, "stdin", tc.reason)
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		_, err := content.Load(dir, nil)
		checkInputError(t, err, dir, "directory")
	})
	t.Run("too large file", func(t *testing.T) {
		path := filepath.Join(dir, "huge.txt")
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, content.MaxDocumentSize+1); err != nil {
			t.Fatal(err)
		}
		_, err := content.Load(path, nil)
		checkInputError(t, err, path, "larger than 16 MiB")
	})
	t.Run("too large stdin", func(t *testing.T) {
		_, err := content.Load(content.StdinName, io.LimitReader(repeatReader('a'), content.MaxDocumentSize+1))
		checkInputError(t, err, "stdin", "larger than 16 MiB")
	})
}

// checkInputError wants one *InputError whose message is one line naming the document and the reason.
func checkInputError(t *testing.T, err error, name, reason string) {
	t.Helper()
	var inputErr *content.InputError
	if !errors.As(err, &inputErr) {
		t.Fatalf("error %v (%T), want an *InputError", err, err)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, name+": ") || !strings.Contains(msg, reason) {
		t.Errorf("error %q, want one line %q naming %q", msg, name+": …"+reason+"…", name)
	}
}

func TestLoadGoodInput(t *testing.T) {
	fromStdin, err := content.Load(content.StdinName, bytes.NewReader(seeds.Default()))
	if err != nil {
		t.Fatal(err)
	}
	fromFile, err := content.Load(filepath.Join("..", "seeds", seeds.DefaultName), nil)
	if err != nil {
		t.Fatal(err)
	}
	if fromStdin.Name != content.StdinName || len(fromFile.Sections) != 5 || len(fromStdin.Sections) != 5 {
		t.Errorf("stdin %q with %d sections, file with %d; want \"-\" and 5 each", fromStdin.Name, len(fromStdin.Sections), len(fromFile.Sections))
	}
	// A byte order mark and Windows line ends change nothing but the offsets' base.
	crlf := append([]byte("\uFEFF"), bytes.ReplaceAll(seeds.Default(), []byte("\n"), []byte("\r\n"))...)
	b, err := content.Parse("crlf", crlf)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sections) != 5 || b.Title != fromFile.Title || b.FigureCount() != fromFile.FigureCount() || b.Sections[1].Text != fromFile.Sections[1].Text {
		t.Errorf("with a BOM and CRLF: %d sections, title %q, %d figures; want the seed's", len(b.Sections), b.Title, b.FigureCount())
	}
}

// repeatReader yields one byte for ever.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	// Filled by doubling copies: a loop over every byte costs a second for 16 MiB under -race.
	p[0] = byte(r)
	for n := 1; n < len(p); n *= 2 {
		copy(p[n:], p[:n])
	}
	return len(p), nil
}
