package serve

import (
	"os"
	"strconv"
	"strings"
)

// fullSize reports whether the full-size reproductions run (BRIEFING_LOAD=1): floods and crowds as
// large as the reports that found them. CI runs them smaller, at a size that still shows the fault.
func fullSize() bool { return os.Getenv("BRIEFING_LOAD") == "1" }

// scaled is ci normally and full with BRIEFING_LOAD=1.
func scaled(ci, full int) int {
	if fullSize() {
		return full
	}
	return ci
}

// rss is this process's resident set size in bytes, from /proc (0 where there is none).
func rss() uint64 { return procRSS("self") }

// procRSS is the resident set size of process pid ("self" for this one) in bytes, from /proc (0 where
// there is none): what the machine pays for it, unlike the Go heap's own figures.
func procRSS(pid string) uint64 {
	data, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
