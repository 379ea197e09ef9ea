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

// FullSize reports whether the full-size loads, floods and sweeps run (BRIEFING_LOAD=1). Without it
// they run at a size a busy 2-core CI machine affords, checking the same things on less.
func FullSize() bool { return os.Getenv("BRIEFING_LOAD") == "1" }

// Sampled reports whether a sweep over sizes or widths checks a sample of its cases rather than every
// one: under -race, which has nothing to find in a sweep on one goroutine and makes it several times
// slower, or -short; never with BRIEFING_LOAD=1.
func Sampled() bool { return (RaceDetector || testing.Short()) && !FullSize() }

// Widths lists the widths a sweep from..to checks: every one, or when Sampled, every one of the
// narrowest 32 (where lines run out of room and most breaking rules are tried), every fourth after,
// and the widest.
func Widths(from, to int) []int {
	var widths []int
	for w := from; w <= to; w++ {
		if !Sampled() || w < from+32 || (w-from)%4 == 0 || w == to {
			widths = append(widths, w)
		}
	}
	return widths
}
