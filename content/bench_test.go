package content_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/seeds"
)

// BenchmarkParseSeed parses the seed and extracts its figures, as every start of briefing does.
// Budget: 1 ms.
func BenchmarkParseSeed(b *testing.B) {
	data := seeds.Default()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := content.Parse(seeds.DefaultName, data); err != nil {
			b.Fatal(err)
		}
	}
	contenttest.CheckBudget(b, time.Millisecond)
}

// BenchmarkParseLarge parses speeches made of the seed's body repeated 1, 10, 100 times and up to
// 4 MiB, to show that time grows linearly with the text: the cost of a byte at 4 MiB may not exceed
// three times its cost in the seed. Budget: 400 ms for 4 MiB.
func BenchmarkParseLarge(b *testing.B) {
	seed := seeds.Default()
	times4MiB := 4<<20/len(seed) + 1
	perByte := map[int]time.Duration{} // the latest measure of each size
	for _, times := range []int{1, 10, 100, times4MiB} {
		data := repeatedSpeech(seed, times)
		name := fmt.Sprintf("%dx", times)
		if times == times4MiB {
			name = "4MiB"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var sections int
			for b.Loop() {
				briefing, err := content.Parse("large", data)
				if err != nil {
					b.Fatal(err)
				}
				sections = len(briefing.Sections)
			}
			if want := 4*times + 1; sections != want { // the opening, then four parts a repetition
				b.Errorf("%d sections, want %d", sections, want)
			}
			perByte[times] = b.Elapsed() / time.Duration(b.N*len(data)/1000+1)
			if times == times4MiB {
				contenttest.CheckBudget(b, 400*time.Millisecond)
			}
		})
	}
	if small, large := perByte[1], perByte[times4MiB]; contenttest.BudgetsOn() && small > 0 && large > 3*small {
		b.Errorf("not linear: %v per kB at 4 MiB, %v per kB for the seed", large, small)
	}
}

// repeatedSpeech keeps the seed's header and source line once and repeats its body.
func repeatedSpeech(seed []byte, times int) []byte {
	lines := bytes.Split(bytes.TrimRight(seed, "\n"), []byte("\n"))
	var header, body, source []byte
	for i, line := range lines {
		switch {
		case i < 6:
			header = append(append(header, line...), '\n')
		case i == len(lines)-1:
			source = append(source, line...)
		default:
			body = append(append(body, line...), '\n')
		}
	}
	out := append([]byte{}, header...)
	out = append(out, bytes.Repeat(body, times)...)
	return append(out, source...)
}
