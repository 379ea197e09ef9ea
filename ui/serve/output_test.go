package serve

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"

	"charm.land/ssh"
)

// TestLineEnds: a line feed standing alone becomes CR LF, one after a carriage return stays as it
// is, and a write with none reaches the writer as it came, uncopied.
func TestLineEnds(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"a\r\nb\r\n", "a\r\nb\r\n"},
		{"a\nb", "a\r\nb"},
		{"\n", "\r\n"},
		{"\nstart", "\r\nstart"},
		{"end\n", "end\r\n"},
		{"\r\n\n\r\n", "\r\n\r\n\r\n"},
		{"a\rb\n", "a\rb\r\n"},
		{"\x1b[31m红\x1b[m\n\n第二行\r\n", "\x1b[31m红\x1b[m\r\n\r\n第二行\r\n"},
	}
	for _, c := range cases {
		var out bytes.Buffer
		n, err := newLineEnds(&out).Write([]byte(c.in))
		if err != nil || n != len(c.in) || out.String() != c.want {
			t.Errorf("Write(%q) = %d, %v, wrote %q; want %d, nil, %q", c.in, n, err, out.String(), len(c.in), c.want)
		}
	}

	var seen [][]byte
	w := newLineEnds(writerFunc(func(p []byte) (int, error) { seen = append(seen, p); return len(p), nil }))
	frame := []byte("\x1b[H第一行\r\n第二行\r\n")
	if _, err := w.Write(frame); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 || &seen[0][0] != &frame[0] {
		t.Error("a write without a lone line feed was copied")
	}
}

// TestLineEndsKeepsItsBufferBounded: the conversion buffer is reused between writes up to
// maxKeptBuffer, and a larger one is let go.
func TestLineEndsKeepsItsBufferBounded(t *testing.T) {
	w := newLineEnds(&bytes.Buffer{})
	if _, err := w.Write([]byte("a\nb")); err != nil {
		t.Fatal(err)
	}
	if w.buf == nil {
		t.Error("a small buffer was not kept")
	}
	if _, err := w.Write([]byte(strings.Repeat("line\n", maxKeptBuffer/4))); err != nil {
		t.Fatal(err)
	}
	if w.buf != nil {
		t.Errorf("a %d-byte buffer was kept; at most %d are", cap(w.buf), maxKeptBuffer)
	}
}

// TestLineEndsErrors: a failed write reports the writer's error and never more than was given.
func TestLineEndsErrors(t *testing.T) {
	broken := errors.New("channel closed")
	w := newLineEnds(writerFunc(func(p []byte) (int, error) { return len(p), broken }))
	n, err := w.Write([]byte("a\nb\nc"))
	if !errors.Is(err, broken) || n > 5 {
		t.Errorf("Write = %d, %v; want at most 5 and %v", n, err, broken)
	}
}

// TestLineEndsConcurrent: writes from several goroutines reach the writer whole.
func TestLineEndsConcurrent(t *testing.T) {
	var mu sync.Mutex
	var got []string
	w := newLineEnds(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, string(p))
		return len(p), nil
	}))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if _, err := w.Write([]byte("frame\nline\n")); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	for _, p := range got {
		if p != "frame\r\nline\r\n" {
			t.Fatalf("a write arrived as %q", p)
		}
	}
	if len(got) != 400 {
		t.Errorf("%d writes arrived; want 400", len(got))
	}
}

// FuzzLineEnds: lineEnds writes what the SSH library's own PTY writer writes, for every output
// without two carriage returns in a row (where the library drops one and lineEnds keeps both, which
// a terminal shows alike).
func FuzzLineEnds(f *testing.F) {
	for _, seed := range []string{"", "a\nb", "a\r\nb\n", "\n\n\r\n", "\rx\n", "\x1b[2J第一行\r\n\n"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if bytes.Contains(in, []byte("\r\r")) {
			t.Skip()
		}
		var ours, library bytes.Buffer
		if _, err := newLineEnds(&ours).Write(in); err != nil {
			t.Fatal(err)
		}
		if _, err := ssh.NewPtyWriter(&library).Write(in); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours.Bytes(), library.Bytes()) {
			t.Errorf("%q: wrote %q; the library writes %q", in, ours.Bytes(), library.Bytes())
		}
	})
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
