package ui

import (
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/seeds"
	"briefing/ui/render"
)

// Budgets (reported, not asserted: timings on a shared CI box under -race are noise):
//   BenchmarkNextSection        < 1 ms   one n through Update, then View, everything cached
//   BenchmarkFirstFrame         < 30 ms  parse + New + size + View, nothing cached
//   BenchmarkResizeAllSections  < 50 ms  every section wrapped at a width not seen before
//   heap in use after start     < 40 MB  asserted in TestHeapAfterStart, with a wide margin

var sink string

// BenchmarkNextSection: one n key through Update and the View after it, at 160×48 with every section
// already rendered.
func BenchmarkNextSection(b *testing.B) {
	start := sized(b, 0, 160, 48)
	m := start
	for range start.briefing.Sections { // warm the cache: every section at this width
		m = press(m, "n")
		sink = m.View().Content
	}
	last := len(start.briefing.Sections) - 1
	n := keyPress("n")
	m = start
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if m.nav.Section == last {
			m = start // a copy of a value: back to the opening without rendering anything
		}
		next, _ := m.Update(n)
		m = next.(Model)
		sink = m.View().Content
	}
}

// BenchmarkFirstFrame: from the document's bytes to the first screen, with a fresh renderer.
func BenchmarkFirstFrame(b *testing.B) {
	source := seeds.Default()
	b.ReportAllocs()
	for b.Loop() {
		doc, err := content.Parse(seeds.DefaultName, source)
		if err != nil {
			b.Fatal(err)
		}
		m := New(doc, Options{Theme: render.Dark, Section: 1})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		sink = next.(Model).View().Content
	}
}

// BenchmarkResizeAllSections: every section wrapped at a width the renderer has not cached. The widths
// cycle through 40–200 columns: 161 widths × the sections is more than the renderer's cache holds,
// so in a cycle every width has been evicted before it comes round again.
func BenchmarkResizeAllSections(b *testing.B) {
	doc := contenttest.Seed(b)
	r := render.New(doc)
	for i := range doc.Sections {
		r.Section(i, 80, render.Dark) // glamour's unwrapped rendering is width-free and kept
	}
	const minW, widths = 40, 161
	if widths*len(doc.Sections) <= 512 {
		b.Fatalf("%d widths × %d sections fit the cache; the benchmark would measure hits", widths, len(doc.Sections))
	}
	w := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		width := minW + w%widths
		w++
		for i := range doc.Sections {
			if s := r.Section(i, width, render.Dark); len(s.Lines) == 0 {
				b.Fatalf("section %d at %d: no lines", i, width)
			}
		}
	}
}

// BenchmarkViewHuge: one frame of a 2000×500 terminal, the largest size the resize tests use.
func BenchmarkViewHuge(b *testing.B) {
	m := sized(b, 1, 2000, 500)
	b.ReportAllocs()
	for b.Loop() {
		sink = m.View().Content
	}
}

// heapAfterStart is the heap in use, after a collection, once the reader is up at 160×48 and every
// section has been shown once.
func heapAfterStart(tb testing.TB) (inUse, growth uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m := sized(tb, 0, 160, 48)
	for range m.briefing.Sections {
		m = press(m, "n")
		sink = m.View().Content
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(m)
	return after.HeapInuse, after.HeapInuse - min(before.HeapInuse, after.HeapInuse)
}

// TestHeapAfterStart: the heap stays far under the 40 MB budget.
func TestHeapAfterStart(t *testing.T) {
	inUse, growth := heapAfterStart(t)
	t.Logf("heap in use after start: %.1f MB (%.1f MB for the reader)", float64(inUse)/(1<<20), float64(growth)/(1<<20))
	if inUse > 40<<20 {
		t.Errorf("heap in use after start %.1f MB, over the 40 MB budget", float64(inUse)/(1<<20))
	}
}

// BenchmarkHeapAfterStart reports the same as a metric beside the timings.
func BenchmarkHeapAfterStart(b *testing.B) {
	var inUse, growth uint64
	for b.Loop() {
		inUse, growth = heapAfterStart(b)
	}
	b.ReportMetric(float64(inUse)/(1<<20), "heap-MB")
	b.ReportMetric(float64(growth)/(1<<20), "reader-MB")
}

// BenchmarkFiguresPanelSteps: the figures panel of the part with the most figures, on a renderer that
// has drawn nothing yet, resized through 20 heights at one width and its selection moved through
// every card: what a terminal dragged taller and a presenter walking the cards cost.
func BenchmarkFiguresPanelSteps(b *testing.B) {
	doc := contenttest.Seed(b)
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	b.ReportAllocs()
	for b.Loop() {
		p := newFiguresPanel(render.New(doc), NewStyles(true), doc.Language.Words(), defaultKeys()).SetSection(2).Focus()
		for h := 10; h < 30; h++ {
			p = p.SetSize(40, h)
			sink = p.View()
		}
		for range doc.Sections[2].Figures {
			p, _ = p.Update(down)
			sink = p.View()
		}
	}
}
