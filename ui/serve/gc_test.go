package serve

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC: a server collects at ServerGCPercent, unless GOGC in the environment says otherwise.
func TestTuneGC(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	t.Setenv("GOGC", "")
	TuneGC()
	if got := debug.SetGCPercent(100); got != ServerGCPercent {
		t.Errorf("without GOGC the target is %d; want %d", got, ServerGCPercent)
	}
	t.Setenv("GOGC", "80")
	debug.SetGCPercent(80) // as the runtime reads GOGC at start
	TuneGC()
	if got := debug.SetGCPercent(100); got != 80 {
		t.Errorf("with GOGC=80 the target is %d; want 80", got)
	}
}
