package serve

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The load harness runs the stack's floor (floor_test.go) and briefing's server alternately in one
// run, each in a process of its own built without -race, with the same clients: x/crypto/ssh
// sessions read through x/vt screens. Latency is from the presenter's keypress to a viewer's screen
// showing the section; RSS is the server process's, read from /proc.

// The floor's figures on the 2-core machine, 200 viewers at 100×30: a floor slower than this
// means the machine is too busy for the ratio to prove anything.
const (
	floorP50Low, floorP50High = 81 * time.Millisecond, 121 * time.Millisecond
	floorP99Low, floorP99High = 218 * time.Millisecond, 276 * time.Millisecond
)

// The budgets of briefing against the floor, in the same run.
const (
	maxP99Ratio       = 1.3 // briefing's p99 follow latency
	maxRSSRatio       = 1.5 // RSS per viewer after the moves
	maxRSSGrowthRatio = 1.0 // RSS growth per viewer across the moves
)

// seedPlan is the meeting of the table: the seed at 100×30, the presenter going through the
// four parts, one move every 500 ms.
func seedPlan(viewers, moves int) loadPlan {
	return loadPlan{
		viewers: viewers, moves: moves, interval: 500 * time.Millisecond,
		width: 100, height: 30, sections: []int{1, 2, 3, 4}, marker: header,
	}
}

// TestLoadFloorAndBriefing: 200 viewers follow 60 moves on the floor and on briefing, three runs
// alternating which goes first. Ratios are the medians of the three runs' ratios. Opt-in:
// BRIEFING_LOAD=1; BRIEFING_LOAD_VIEWERS, _MOVES and _RUNS change the size, and BRIEFING_LOAD_PROFILE
// names a directory for the servers' CPU profiles of the moves.
func TestLoadFloorAndBriefing(t *testing.T) {
	if !fullSize() {
		t.Skip("load run: set BRIEFING_LOAD=1 to run it")
	}
	plan := seedPlan(envInt("BRIEFING_LOAD_VIEWERS", 200), envInt("BRIEFING_LOAD_MOVES", 60))
	compareServers(t, plan, envInt("BRIEFING_LOAD_RUNS", 3))
}

// TestLoadSmall is the load run at a size CI affords: a few viewers follow every move on both servers
// (each move waits for every viewer to show the one before), and the figures are only sanity-checked.
func TestLoadSmall(t *testing.T) {
	plan := seedPlan(scaled(4, 8), 6)
	plan.lockstep, plan.interval = true, 100*time.Millisecond
	for _, kind := range []string{floorServer, briefingServer} {
		r := runLoad(t, os.Args[0], kind, plan)
		t.Log(r.row("", 1))
		if r.missed != 0 {
			t.Errorf("%s: %d of %d viewer-moves never shown", kind, r.missed, r.missed+r.seen)
		}
		if r.p50 <= 0 || r.max > 10*timeout {
			t.Errorf("%s: follow latency p50 %v, max %v", kind, r.p50, r.max)
		}
		if b := r.bytesPerMove(); b < 100 || b > 64<<10 {
			t.Errorf("%s: %.0f bytes per viewer per move; a screen of 100×30 is between 100 B and 64 KiB", kind, b)
		}
		if rssAvailable() && (r.rssConnect == 0 || r.rssAfter > 1<<30) {
			t.Errorf("%s: RSS %d at connect, %d after the moves", kind, r.rssConnect, r.rssAfter)
		}
		if grown := r.goroutinesConnect - r.goroutinesIdle; grown < plan.viewers {
			t.Errorf("%s: %d goroutines for %d viewers", kind, grown, plan.viewers)
		}
	}
}

// compareServers runs the floor and briefing alternately and checks briefing's budgets against the
// floor's figures, which must themselves be in range.
func compareServers(t *testing.T, plan loadPlan, runs int) {
	binary := childBinary(t)
	profiles := os.Getenv("BRIEFING_LOAD_PROFILE")
	var floors, briefings []loadResult
	t.Log(tableHeader())
	for run := 1; run <= runs; run++ {
		order := []string{floorServer, briefingServer}
		if run%2 == 0 {
			order = []string{briefingServer, floorServer}
		}
		for _, kind := range order {
			p := plan
			p.profile = profilePath(profiles, kind, run)
			load := loadAverage()
			r := runLoad(t, binary, kind, p)
			t.Log(r.row(load, run))
			if kind == floorServer {
				floors = append(floors, r)
			} else {
				briefings = append(briefings, r)
			}
		}
	}
	ratio := func(of func(loadResult) float64) float64 {
		var ratios []float64
		for i := range floors {
			ratios = append(ratios, of(briefings[i])/of(floors[i]))
		}
		return median(ratios)
	}
	p99 := ratio(func(r loadResult) float64 { return float64(r.p99) })
	rssPerViewer := ratio(func(r loadResult) float64 { return float64(r.rssAfter) })
	growth := ratio(func(r loadResult) float64 { return float64(r.rssAfter) - float64(r.rssConnect) })
	p50 := ratio(func(r loadResult) float64 { return float64(r.p50) })
	bytes := ratio(func(r loadResult) float64 { return r.bytesPerMove() })
	cpu := ratio(func(r loadResult) float64 { return float64(r.cpu) })
	t.Logf("briefing ÷ floor, medians of %d runs: p50 %.2f, p99 %.2f (budget %.1f), server CPU per move %.2f, bytes per move %.2f, RSS per viewer after the moves %.2f (budget %.1f), RSS growth across the moves %.2f (budget %.1f)",
		runs, p50, p99, maxP99Ratio, cpu, bytes, rssPerViewer, maxRSSRatio, growth, maxRSSGrowthRatio)

	floorP50 := medianDuration(floors, func(r loadResult) time.Duration { return r.p50 })
	floorP99 := medianDuration(floors, func(r loadResult) time.Duration { return r.p99 })
	if plan.viewers == 200 && (floorP50 > floorP50High || floorP99 > floorP99High) {
		t.Fatalf("the floor's median p50 %v and p99 %v are over its range (p50 %v–%v, p99 %v–%v): the machine is too busy and the ratios prove nothing; run again when it is quieter",
			floorP50, floorP99, floorP50Low, floorP50High, floorP99Low, floorP99High)
	}
	if floorP50 < floorP50Low || floorP99 < floorP99Low {
		t.Logf("the floor is faster than on the issue's machine (p50 %v, p99 %v)", floorP50, floorP99)
	}
	for _, r := range briefings {
		if r.missed != 0 {
			t.Errorf("briefing: %d viewer-moves never shown", r.missed)
		}
	}
	if p99 > maxP99Ratio {
		t.Errorf("briefing's p99 is %.2f× the floor's; budget %.1f×", p99, maxP99Ratio)
	}
	if rssPerViewer > maxRSSRatio {
		t.Errorf("briefing's RSS per viewer after the moves is %.2f× the floor's; budget %.1f×", rssPerViewer, maxRSSRatio)
	}
	if growth > maxRSSGrowthRatio {
		t.Errorf("briefing's RSS grows %.2f× as fast as the floor's across the moves; budget %.1f×", growth, maxRSSGrowthRatio)
	}
}

func tableHeader() string {
	return "| run | load avg | server | p50 | p99 | max | missed | CPU/move server, clients | bytes/viewer/move | RSS idle | RSS at connect | RSS after moves | goroutines idle→connect→after | connect (retries) |"
}

// row is the result as a line of the table; RSS is given in all and per viewer.
func (r loadResult) row(load string, run int) string {
	ms := func(d time.Duration) string { return strconv.FormatInt(d.Milliseconds(), 10) + " ms" }
	perMove := func(d time.Duration) string { return ms(d / time.Duration(max(r.moves, 1))) }
	rss := func(n uint64) string {
		return fmt.Sprintf("%.0f MB (%.2f MB/viewer)", mb(n), r.perViewer(n)/(1<<20))
	}
	return fmt.Sprintf("| %d | %s | %s | %s | %s | %s | %d/%d | %s, %s | %.2f KiB | %.0f MB | %s | %s | %d→%d→%d | %v (%d) |",
		run, load, r.server, ms(r.p50), ms(r.p99), ms(r.max), r.missed, r.missed+r.seen, perMove(r.cpu), perMove(r.clientCPU), r.bytesPerMove()/1024,
		mb(r.rssIdle), rss(r.rssConnect), rss(r.rssAfter), r.goroutinesIdle, r.goroutinesConnect, r.goroutinesAfter,
		r.connect.Round(100*time.Millisecond), r.retries)
}

// loadAverage is the machine's load average over 1, 5 and 15 minutes, as uptime shows it.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	fields := strings.Fields(string(data))
	return strings.Join(fields[:min(3, len(fields))], " ")
}

func rssAvailable() bool { return rss() > 0 }

func median(values []float64) float64 {
	if len(values) == 0 {
		return 0
	}
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	return sorted[len(sorted)/2]
}

func medianDuration(results []loadResult, of func(loadResult) time.Duration) time.Duration {
	values := make([]float64, len(results))
	for i, r := range results {
		values[i] = float64(of(r))
	}
	return time.Duration(median(values))
}

// envInt is an integer from the environment, or fallback.
func envInt(name string, fallback int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return fallback
}
