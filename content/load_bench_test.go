package content_test

import (
	"bytes"
	"testing"

	"briefing/content"
	"briefing/seeds"
)

// BenchmarkReadStdin: the seed from standard input, and a stream 1 byte over MaxDocumentSize, which
// is refused.
func BenchmarkReadStdin(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := content.ReadDocument(content.StdinName, bytes.NewReader(seeds.Default())); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("too large", func(b *testing.B) {
		huge := bytes.Repeat([]byte("衡"), content.MaxDocumentSize/3+1)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := content.ReadDocument(content.StdinName, bytes.NewReader(huge)); err == nil {
				b.Fatal("read a document over the limit")
			}
		}
	})
}
