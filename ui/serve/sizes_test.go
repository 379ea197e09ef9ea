package serve

import (
	"fmt"
	"runtime"
	"testing"
)

// TestWindowSizes: windows of 0×0, 1×1 and 65535×65535, asked for in the PTY request and in window
// changes, crash nothing, cost bounded memory, and the session keeps working.
func TestWindowSizes(t *testing.T) {
	f := newFixture(t)
	presenter := f.presenterTerm()
	presenter.waitFor(header(0), timeout)
	heapBefore := heapInuse()
	sizes := [][2]int{{0, 0}, {1, 1}, {65535, 65535}}
	for _, opened := range sizes {
		// The emulator stays 80×24 whatever the server is told.
		viewer, err := f.open(noKey(""), termOptions{ptyW: opened[0], ptyH: opened[1], emuW: 80, emuH: 24})
		if err != nil {
			t.Fatalf("open %dx%d: %v", opened[0], opened[1], err)
		}
		viewer.waitStarted()
		for _, changed := range append(sizes, [2]int{80, 24}) {
			viewer.resize(changed[0], changed[1])
		}
		viewer.waitFor(header(0), timeout)
		section := (opened[0] % 4) + 1
		viewer.sendKeys(fmt.Sprint(section)) // a key after all that still works
		viewer.waitForAll(timeout, header(section), detachedStatus(0))
		// And the meeting reaches it.
		viewer.sendKeys("f")
		presenter.sendKeys("4")
		viewer.waitForAll(timeout, header(4), followingStatus(4))
		presenter.sendKeys("0")
		viewer.waitFor(header(0), timeout)
	}
	// A window left at 65535×65535 while the presenter moves.
	// Its emulator has the size the server clamps it to.
	clamp := DefaultConfig()
	big, err := f.open(noKey(""), termOptions{ptyW: 65535, ptyH: 65535, emuW: clamp.MaxWidth, emuH: clamp.MaxHeight})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []int{1, 2, 3} {
		presenter.sendKeys(fmt.Sprint(s))
		presenter.waitFor(header(s), timeout)
	}
	big.waitFor(header(3), timeout)
	big.resize(80, 24)
	presenter.sendKeys("2")
	big.waitFor(header(2), timeout)
	// Four sessions went through 65535×65535 and are still open. Each costs the server what a window
	// of the clamped size costs (240×80: about 8 MiB, mostly Bubble Tea's cell buffers; an unclamped
	// one would be 4·10⁹ cells), plus this process's emulator (the last, at the clamp).
	perSession := (float64(heapInuse()) - float64(heapBefore)) / 4
	t.Logf("heap per session that asked for 65535×65535: %.1f MB", perSession/(1<<20))
	if perSession > 40<<20 {
		t.Fatalf("heap grew by %.1f MB per session with absurd window sizes; want it bounded (< 40 MB)", perSession/(1<<20))
	}
}

func heapInuse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}
