package serve

import (
	"os"
	"runtime/debug"
)

// ServerGCPercent is the garbage collector's target for a process that serves a meeting: the heap
// may grow by three quarters of what is live before a collection, where Go's default lets it double.
//
// A meeting's memory is mostly screen buffers that live as long as their sessions, and each move
// adds a little short-lived garbage. At Go's default the process keeps a second heap's worth of
// pages for that garbage, which with hundreds of viewers is hundreds of megabytes. Collecting
// sooner keeps fewer, but each collection slows the moves it falls on, and the load harness finds
// a meeting's slowest moves (the p99 of its follow latency) among those: at 50 the heap grows half
// as much between collections as at the default, so they come twice as often. 75 keeps the pages
// held for garbage to about three quarters of the default's and collects a third more often.
const ServerGCPercent = 75

// TuneGC sets the process's collection target for serving, unless GOGC in the environment already
// says what it should be.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(ServerGCPercent)
	}
}
