package render

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// timeout bounds every wait in these tests: generous, for busy machines.
const timeout = 10 * time.Second

// TestCacheMissesForOneKeyBuildOnce: sessions that all miss the same key at once wait for one build.
func TestCacheMissesForOneKeyBuildOnce(t *testing.T) {
	c := newCache(8)
	var builds atomic.Int32
	release := make(chan struct{})
	building := make(chan struct{})
	build := func() any {
		if builds.Add(1) == 1 {
			close(building)
		}
		<-release
		return new(int)
	}
	const sessions = 50
	results := make(chan any, sessions)
	var started sync.WaitGroup
	for range sessions {
		started.Add(1)
		go func() {
			started.Done()
			results <- c.get(wrapKey{section: 1, width: 80, theme: Dark}, build)
		}()
	}
	started.Wait()
	waitClosed(t, building, "the build never started")
	close(release)
	first := <-results
	for range sessions - 1 {
		if v := <-results; v != first {
			t.Fatal("sessions that missed the same key got different values")
		}
	}
	if n := builds.Load(); n != 1 {
		t.Fatalf("%d builds for one key; want 1", n)
	}
}

// TestCacheHitsDoNotWaitForABuild: while one key is being built, hits on another are answered.
func TestCacheHitsDoNotWaitForABuild(t *testing.T) {
	c := newCache(8)
	hot := wrapKey{section: 0, width: 80, theme: Dark}
	want := c.get(hot, func() any { return "hot" })
	release := make(chan struct{})
	building := make(chan struct{})
	go c.get(wrapKey{section: 1, width: 80, theme: Dark}, func() any {
		close(building)
		<-release
		return "cold"
	})
	defer close(release)
	waitClosed(t, building, "the cold build never started")
	hit := make(chan any, 1)
	go func() { hit <- c.get(hot, func() any { return "rebuilt" }) }()
	select {
	case v := <-hit:
		if v != want {
			t.Fatalf("hit returned %v; want %v", v, want)
		}
	case <-time.After(timeout):
		t.Fatal("a cache hit waited for another key's build")
	}
}

// TestCacheKeepsTheMostRecent: past its limit the cache forgets the least recently used.
func TestCacheKeepsTheMostRecent(t *testing.T) {
	c := newCache(2)
	builds := 0
	get := func(section int) { c.get(wrapKey{section: section}, func() any { builds++; return section }) }
	get(1)
	get(2)
	get(1) // 1 is now the most recent
	get(3) // forgets 2
	get(1)
	if builds != 3 {
		t.Fatalf("%d builds; want 3 (1, 2, 3, with 1 kept)", builds)
	}
	get(2)
	if builds != 4 || c.len() != 2 {
		t.Fatalf("%d builds, %d kept; want 2 rebuilt and 2 kept", builds, c.len())
	}
}

// TestSectionConcurrentMissesShareOneRendering: sessions asking for the same section at once get the
// same rendering.
func TestSectionConcurrentMissesShareOneRendering(t *testing.T) {
	r := seedRenderer(t)
	const sessions = 20
	results := make([]*Section, sessions)
	var wg sync.WaitGroup
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = r.Section(2, 77, Dark)
		}()
	}
	wg.Wait()
	for i, s := range results {
		if s != results[0] {
			t.Fatalf("session %d got a rendering of its own", i)
		}
	}
	if len(results[0].Lines) == 0 {
		t.Fatal("no lines")
	}
}

func waitClosed(t *testing.T, c <-chan struct{}, message string) {
	t.Helper()
	select {
	case <-c:
	case <-time.After(timeout):
		t.Fatal(message)
	}
}
