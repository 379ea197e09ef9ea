package contenttest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"briefing/content"
	"briefing/seeds"
)

// Seed parses the speech that ships with briefing, under the name it is reported by.
func Seed(tb testing.TB) *content.Briefing {
	tb.Helper()
	return Parse(tb, seeds.DefaultName, seeds.Default())
}

// Parse parses text read from name, failing the test if the parser refuses it.
func Parse(tb testing.TB, name string, text []byte) *content.Briefing {
	tb.Helper()
	b, err := content.Parse(name, text)
	if err != nil {
		tb.Fatalf("parse %s: %v", name, err)
	}
	return b
}

// ParseFile reads a document from path (relative to the package under test) and parses it under its
// base name, as the reader would.
func ParseFile(tb testing.TB, path string) *content.Briefing {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read test document: %v", err)
	}
	return Parse(tb, filepath.Base(path), data)
}

// RequireGolden compares got with testdata/<test name>.golden and stops the test with a diff when they
// differ; with -update it rewrites the file first. A missing file says how to create it.
func RequireGolden[T []byte | string](tb testing.TB, got T) {
	tb.Helper()
	path := filepath.Join("testdata", tb.Name()+".golden") // where golden.RequireEqual looks
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && !updating() {
		tb.Fatalf("%s does not exist: run `go test -run '%s' -update` and review it", path, tb.Name())
	}
	golden.RequireEqual(tb, got)
}
