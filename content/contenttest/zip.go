package contenttest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"testing"
)

// ExpandingZip is a zip archive of one file, name, that expands to head, then piece repeated (whole
// pieces only) while the file stays within size bytes, then tail: a .docx bomb of tens of megabytes
// whose headers tell the truth. Each stretch is compressed once by a fresh compressor and its bytes
// repeated, which is a valid deflate stream (no stretch refers back past its own start), so building
// the bomb costs milliseconds where compressing every byte would cost seconds under -race.
func ExpandingZip(tb testing.TB, name, head, piece, tail string, size int) []byte {
	tb.Helper()
	const chunkSize = 64 << 10
	chunk := bytes.Repeat([]byte(piece), max(chunkSize/len(piece), 1))
	room := size - len(head) - len(tail)
	room -= room % len(piece)
	chunks, rest := room/len(chunk), room%len(chunk)

	var compressed bytes.Buffer
	crc := crc32.NewIEEE()
	stretch := func(data []byte, times int, last bool) {
		var one bytes.Buffer
		fw, err := flate.NewWriter(&one, flate.BestSpeed)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := fw.Write(data); err != nil {
			tb.Fatal(err)
		}
		if last {
			err = fw.Close()
		} else {
			err = fw.Flush() // ends on a byte boundary, the stream still open
		}
		if err != nil {
			tb.Fatal(err)
		}
		for range times {
			compressed.Write(one.Bytes())
			crc.Write(data)
		}
	}
	stretch([]byte(head), 1, false)
	stretch(chunk, chunks, false)
	stretch(chunk[:rest], 1, false)
	stretch([]byte(tail), 1, true)

	var archive bytes.Buffer
	w := zip.NewWriter(&archive)
	fw, err := w.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(compressed.Len()), UncompressedSize64: uint64(len(head) + room + len(tail))})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := fw.Write(compressed.Bytes()); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return archive.Bytes()
}
