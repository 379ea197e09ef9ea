package watch

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"briefing/content/contenttest"
)

func TestMain(m *testing.M) { os.Exit(contenttest.RunWithoutLeaks(m)) }

func newWatcher(t *testing.T) *Watcher {
	t.Helper()
	w, err := New(20*time.Millisecond, 200*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.Close() })
	return w
}

// waitFor takes batches until one holds path, failing after contenttest.Patience.
func waitFor(t *testing.T, w *Watcher, path string) []string {
	t.Helper()
	deadline := time.After(contenttest.Patience)
	for {
		select {
		case batch := <-w.Changes():
			if slices.Contains(batch, path) {
				return batch
			}
		case <-deadline:
			t.Fatalf("no change reported for %s", path)
		}
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFileReplaced: a file rewritten in place, replaced by a rename (as editors save), renamed away
// and written anew (vim's backup), and removed is reported each time, and only that file is.
func TestFileReplaced(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "speech.txt")
	other := filepath.Join(dir, "other.txt")
	write(t, path, "v1")
	w := newWatcher(t)
	if err := w.AddFile(path); err != nil {
		t.Fatal(err)
	}
	saves := map[string]func(){
		"in place": func() { write(t, path, "v2") },
		"by rename": func() {
			tmp := filepath.Join(dir, ".speech.txt.tmp")
			write(t, tmp, "v3")
			if err := os.Rename(tmp, path); err != nil {
				t.Fatal(err)
			}
		},
		"backup then write": func() {
			if err := os.Rename(path, path+"~"); err != nil {
				t.Fatal(err)
			}
			write(t, path, "v4")
		},
		"removed": func() {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
		},
	}
	for _, name := range []string{"in place", "by rename", "backup then write", "removed"} {
		write(t, other, name) // a neighbour's change is never reported
		saves[name]()
		batch := waitFor(t, w, path)
		if slices.Contains(batch, other) {
			t.Errorf("%s: the neighbour was reported: %q", name, batch)
		}
	}
}

// TestDebounced: a burst of writes is one batch with the path once.
func TestDebounced(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "speech.txt")
	write(t, path, "v0")
	const quiet = time.Second
	w, err := New(quiet, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = w.Close() }() // the test has read all it wants
	if err := w.AddFile(path); err != nil {
		t.Fatal(err)
	}
	var longestGap time.Duration
	last := time.Now()
	for i := range 20 {
		write(t, path, string(rune('a'+i)))
		longestGap, last = max(longestGap, time.Since(last)), time.Now()
	}
	batch := waitFor(t, w, path)
	if len(batch) != 1 {
		t.Errorf("batch %q", batch)
	}
	select {
	case more := <-w.Changes():
		if longestGap < quiet {
			t.Errorf("a second batch %q for one burst whose writes were at most %v apart", more, longestGap)
		} else { // the machine stalled the burst for longer than the quiet period: two bursts
			t.Logf("a second batch %q: the burst's writes were up to %v apart", more, longestGap)
		}
	case <-time.After(100 * time.Millisecond):
	}
}

// TestTree: files added, changed and removed anywhere under a folder are reported, in subfolders
// created after the watch began too; hidden folders are not watched.
func TestTree(t *testing.T) {
	root := t.TempDir()
	w := newWatcher(t)
	if err := w.AddTree(root, 0); err != nil {
		t.Fatal(err)
	}
	added := filepath.Join(root, "new.txt")
	write(t, added, "x")
	waitFor(t, w, added)
	sub := filepath.Join(root, "reports", "2024")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	waitFor(t, w, filepath.Join(root, "reports"))
	// The subfolder is watched once its creation is seen; a file written after is reported.
	deep := filepath.Join(sub, "q3.txt")
	deadline := time.Now().Add(contenttest.Patience)
	for reported := false; !reported; {
		if time.Now().After(deadline) {
			t.Fatal("a file in a new subfolder was never reported")
		}
		write(t, deep, time.Now().String())
		select {
		case batch := <-w.Changes():
			reported = slices.Contains(batch, deep)
		case <-time.After(time.Second):
		}
	}
	// A folder moved in whole: the files it holds are reported, though no event names them.
	outside := filepath.Join(t.TempDir(), "moved")
	if err := os.MkdirAll(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(outside, "inside.txt"), "x")
	if err := os.Rename(outside, filepath.Join(root, "moved")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, w, filepath.Join(root, "moved", "inside.txt"))
	if err := os.Remove(added); err != nil {
		t.Fatal(err)
	}
	waitFor(t, w, added)
}
