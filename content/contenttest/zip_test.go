package contenttest

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestExpandingZip: the archive opens, its one file expands to exactly head, whole pieces and tail,
// and its checksum holds (archive/zip checks it at the end of the read).
func TestExpandingZip(t *testing.T) {
	for _, size := range []int{20, 1000, 200 << 10, 3<<20 + 7} {
		head, piece, tail := "<doc>", "发展", "</doc>"
		data := ExpandingZip(t, "word/document.xml", head, piece, tail, size)
		archive, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if len(archive.File) != 1 || archive.File[0].Name != "word/document.xml" {
			t.Fatalf("size %d: files %v", size, archive.File)
		}
		rc, err := archive.File[0].Open()
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc)
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if err := rc.Close(); err != nil {
			t.Fatal(err)
		}
		want := head + strings.Repeat(piece, (size-len(head)-len(tail))/len(piece)) + tail
		if string(got) != want {
			t.Fatalf("size %d: expands to %d bytes, want %d", size, len(got), len(want))
		}
		if size > 1<<20 && len(data) > size/100 {
			t.Errorf("size %d: the archive is %d bytes, not a bomb", size, len(data))
		}
	}
}
