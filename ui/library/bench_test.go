package library

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"briefing/content/contenttest"
	"briefing/content/library"
	"briefing/content/library/librarytest"
	"briefing/ui/render"
)

// generatedLibrary writes the benchmarks' library once per test binary run: 200 briefings from the
// generator's templates, 2k to 60k characters with a median of 8k.
func generatedLibrary(b *testing.B) []library.File {
	b.Helper()
	return librarytest.Shelf(b, 200, 1)
}

// drive runs the model's commands on goroutines and feeds their messages back, as a program does,
// until done says the model is where it should be. It returns that model.
func drive(m Model, first tea.Cmd, done func(Model) bool) Model {
	msgs := make(chan tea.Msg, 1024) // commands still running when done is met never block
	run := func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		go func() { msgs <- cmd() }()
	}
	run(first)
	for !done(m) {
		msg := <-msgs
		switch msg := msg.(type) {
		case nil:
			continue
		case tea.BatchMsg:
			for _, cmd := range msg {
				run(cmd)
			}
			continue
		}
		next, cmd := m.Update(msg)
		m = next.(Model)
		run(cmd)
	}
	return m
}

func sized(files []library.File) Model {
	m := New(Options{Files: files, Theme: render.Dark, Context: context.Background()})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return next.(Model)
}

// firstPage reports whether the list's first screen is all parsed briefings: as many rows as the
// screen holds are read and, being sorted, are the newest of what is read.
func firstPage(m Model) bool {
	perPage := m.list.Paginator.PerPage
	return len(m.entries) >= min(perPage, m.total) && m.list.View() != ""
}

// BenchmarkLibraryFirstScreen is the time from opening a library of 200 generated briefings to its
// first screen full of parsed rows, drawn. Budget: 150 ms.
func BenchmarkLibraryFirstScreen(b *testing.B) {
	files := generatedLibrary(b)
	b.ReportAllocs()
	for b.Loop() {
		m := sized(files)
		m = drive(m, m.Init(), firstPage)
		_ = m.View()
		m.Close()
	}
	contenttest.CheckBudget(b, 150*time.Millisecond)
}

// BenchmarkLibraryAllParsed is the time to parse all 200 in the background, the list sorted after
// every batch. Budget: 2 s.
func BenchmarkLibraryAllParsed(b *testing.B) {
	files := generatedLibrary(b)
	b.ReportAllocs()
	for b.Loop() {
		m := sized(files)
		m = drive(m, m.Init(), Model.Loaded)
		m.Close()
	}
	contenttest.CheckBudget(b, 2*time.Second)
}

// BenchmarkLibraryFilterToOne is typing a filter that leaves one of the 200 briefings, up to the list
// showing it alone. Budget: 10 ms.
func BenchmarkLibraryFilterToOne(b *testing.B) {
	files := generatedLibrary(b)
	m := sized(files)
	m = drive(m, m.Init(), Model.Loaded)
	defer m.Close()
	target := uniqueQuery(b, m)
	b.ReportAllocs()
	for b.Loop() {
		f := m
		next, _ := f.Update(keyPress("/"))
		f = next.(Model)
		last := []rune(target)[len([]rune(target))-1]
		f.list.FilterInput.SetValue(strings.TrimSuffix(target, string(last)))
		next, cmd := f.Update(keyPress(string(last))) // the last key typed: the list filters
		f = next.(Model)
		f = drive(f, cmd, func(f Model) bool { return len(f.list.VisibleItems()) == 1 })
		if f.list.FilterState() != list.Filtering || !strings.Contains(target, f.list.VisibleItems()[0].(row).entry.Name) {
			b.Fatalf("filtered to %d rows", len(f.list.VisibleItems()))
		}
		_ = f.View()
	}
	contenttest.CheckBudget(b, 10*time.Millisecond)
}

// uniqueQuery finds what a person would type to find one document: its file name, else its title and
// file name, whichever the fuzzy filter matches in that row alone.
func uniqueQuery(b *testing.B, m Model) string {
	var targets []string
	for _, item := range m.list.Items() {
		targets = append(targets, item.FilterValue())
	}
	for _, e := range m.entries[len(m.entries)/2:] {
		for _, q := range []string{e.Name, e.Title() + " " + e.Name} {
			if len(list.DefaultFilter(q, targets)) == 1 {
				return q
			}
		}
	}
	b.Fatal("no query finds one document alone")
	return ""
}

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(m.Run())
}
