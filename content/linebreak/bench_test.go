package linebreak

import "testing"

func BenchmarkWrapSeed(b *testing.B) {
	seed := seedText(b)
	opts := Options{Width: 80}
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	for b.Loop() {
		Wrap(seed, opts)
	}
}

// BenchmarkWrapANSI wraps the seed styled the way glamour styles it, one paragraph a line,
// at 80 columns with a two-space hanging indent.
func BenchmarkWrapANSI(b *testing.B) {
	lines := styleSeed(seedText(b))
	opts := Options{Width: 80}
	size := 0
	for _, line := range lines {
		size += len(line)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, line := range lines {
			WrapANSI(line, 2, opts)
		}
	}
}
