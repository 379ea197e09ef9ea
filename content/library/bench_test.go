package library_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"briefing/content/contenttest"
	"briefing/content/library"
	"briefing/content/library/librarytest"
)

// BenchmarkReadAll parses 200 generated briefings (2k–60k characters, median 8k) with one worker per
// processor, and, beside it in the same run, the same files one after another: the baseline that
// says what the machine gives at the moment. Budget for the library: 2 s.
func BenchmarkReadAll(b *testing.B) {
	files := librarytest.Shelf(b, 200, 1)
	b.Run("parallel", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if n := len(library.ReadAll(context.Background(), files)); n != 200 {
				b.Fatalf("%d entries", n)
			}
		}
		contenttest.CheckBudget(b, 2*time.Second)
	})
	b.Run("serial-baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, f := range files {
				_ = library.Read(f)
			}
		}
	})
}

// BenchmarkSearch searches the 200 briefings' text and labels for a phrase every document has, after
// the index is built (built once per library, on the first search). Budget: 50 ms.
func BenchmarkSearch(b *testing.B) {
	entries := library.ReadAll(context.Background(), librarytest.Shelf(b, 200, 1))
	b.Run("index", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = library.NewIndex(entries)
		}
	})
	idx := library.NewIndex(entries)
	b.Run("query", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(idx.Search("地區生產總值", 1000)) == 0 {
				b.Fatal("no hits")
			}
		}
		contenttest.CheckBudget(b, 50*time.Millisecond)
	})
	b.Run("compare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = library.Compare(entries)
		}
	})
}

// BenchmarkExcerpts cuts the excerpt of every hit of a phrase in the 200 briefings, at a narrow and
// a wide screen's width: what a search's list of hits draws.
func BenchmarkExcerpts(b *testing.B) {
	idx := library.NewIndex(library.ReadAll(context.Background(), librarytest.Shelf(b, 200, 1)))
	hits := idx.Search("地區生產總值", 1000)
	if len(hits) == 0 {
		b.Fatal("no hits")
	}
	for _, width := range []int{60, 160} {
		b.Run(strconv.Itoa(width), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, h := range hits {
					_ = h.Excerpt(width)
				}
			}
			b.ReportMetric(float64(len(hits)), "hits")
		})
	}
}
