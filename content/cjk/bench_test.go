package cjk

import "testing"

func BenchmarkUnitAt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		UnitAt("元，同比增长", false)
		UnitAt("，同比增长", false)
	}
}
