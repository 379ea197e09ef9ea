package content_test

import (
	"bytes"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/seeds"
)

// BenchmarkLoadEncoded loads a 4 MiB file, as a user opening it pays: read, decode, check, parse. The
// GB18030 file is the seed's body repeated until its encoded bytes reach 4 MiB; the UTF-8 file, the
// baseline, is the same text (about 1.4 times as many bytes). Budget: 12 MB/s of the file's bytes,
// 350 ms for 4 MiB of GB18030.
func BenchmarkLoadEncoded(b *testing.B) {
	seed := seeds.Default()
	gbSeed := encode(b, simplifiedchinese.GB18030, seed)
	times := 4<<20/len(gbSeed) + 1
	text := repeatedSpeech(seed, times)
	files := []struct {
		name string
		data []byte
		want content.Encoding
	}{
		{"UTF-8", text, content.UTF8},
		{"GB18030", encode(b, simplifiedchinese.GB18030, text), content.GB18030},
	}
	for _, f := range files {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(f.data)))
			b.ReportAllocs()
			var sections int
			for b.Loop() {
				briefing, err := content.Load(content.StdinName, bytes.NewReader(f.data))
				if err != nil {
					b.Fatal(err)
				}
				if briefing.Encoding != f.want {
					b.Fatalf("read as %q, want %q", briefing.Encoding, f.want)
				}
				sections = len(briefing.Sections)
			}
			if want := 4*times + 1; sections != want {
				b.Errorf("%d sections, want %d", sections, want)
			}
			if f.want == content.GB18030 {
				contenttest.CheckBudget(b, time.Duration(float64(len(f.data))/12e6*float64(time.Second)))
			}
		})
	}
	// What decoding alone costs of the above.
	b.Run("GB18030-decode-only", func(b *testing.B) {
		data := files[1].data
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := content.Decode("large.txt", data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
