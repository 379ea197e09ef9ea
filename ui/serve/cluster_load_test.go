package serve

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoadAcrossNodes: three nodes in processes of their own, joined through NATS (a process of its
// own too), with 100 viewers
// each at 80×24; the presenter on node A changes section every 500 ms for 30 s. It reports the
// follow latency on each node (from the presenter's keypress to a viewer's screen showing the
// section), each node's CPU time over the moves and its resident memory, and from them how many
// following viewers one core holds at this pace. Opt-in: BRIEFING_LOAD=1 (build without -race).
func TestLoadAcrossNodes(t *testing.T) {
	if os.Getenv("BRIEFING_LOAD") != "1" {
		t.Skip("load test: set BRIEFING_LOAD=1 to run it")
	}
	const (
		perNode  = 100
		interval = 500 * time.Millisecond
		nMoves   = int(30 * time.Second / interval)
	)
	url := startNATSChild(t)
	nodes := []*clusterChild{startClusterChild(t, url), startClusterChild(t, url), startClusterChild(t, url)}
	presenter, err := openTerm(t, nodes[0].addr, keyAuth(nodes[0].presenter), termOptions{ptyW: 100, ptyH: 30})
	if err != nil {
		t.Fatal(err)
	}
	presenter.waitFor(header(0), 30*time.Second)
	rssIdle := make([]int64, len(nodes))
	for i, n := range nodes {
		_, rssIdle[i] = n.stats(t)
	}

	moves := make([]move, nMoves)
	for i := range moves {
		moves[i].section = i%4 + 1 // 1, 2, 3, 4, 1, …: every move changes the section
	}
	var current atomic.Int64
	current.Store(-1)
	viewers := make([][]*follower, len(nodes))
	var terms []*term
	var termsMu sync.Mutex
	connectStart := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, perNode*len(nodes))
	slots := make(chan struct{}, 16)
	for n, node := range nodes {
		viewers[n] = make([]*follower, perNode)
		for v := range perNode {
			cv := &follower{seen: make([]time.Time, nMoves)}
			viewers[n][v] = cv
			wg.Go(func() {
				slots <- struct{}{}
				defer func() { <-slots }()
				tm, err := openTerm(t, node.addr, noKey(""), termOptions{ptyW: 80, ptyH: 24, onWrite: func(tm *term) {
					cv.observe(tm, moves, int(current.Load()), header)
				}})
				if err != nil {
					errs <- fmt.Errorf("node %d viewer %d: %w", n, v, err)
					return
				}
				termsMu.Lock()
				terms = append(terms, tm)
				termsMu.Unlock()
				if screen, err := tm.await(func(s string) bool { return strings.Contains(s, header(0)) }, 60*time.Second); err != nil {
					errs <- fmt.Errorf("node %d viewer %d never showed the opening: %w\n%s", n, v, err, screen)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	everyone := 1 + perNode*len(nodes)
	presenter.waitFor(online(everyone), 30*time.Second)
	t.Logf("%d viewers on %d nodes connected in %v; the presenter counts %s", perNode*len(nodes), len(nodes),
		time.Since(connectStart).Round(time.Millisecond), online(everyone))

	cpuBefore, rssConnected := make([]time.Duration, len(nodes)), make([]int64, len(nodes))
	for i, n := range nodes {
		cpuBefore[i], rssConnected[i] = n.stats(t)
	}
	loadBefore := machineLoad()
	movesStart := time.Now()
	tick := time.NewTicker(interval)
	for i := range moves {
		if i > 0 {
			<-tick.C
		}
		moves[i].pressed = time.Now()
		current.Store(int64(i))
		presenter.sendKeys(fmt.Sprint(moves[i].section))
	}
	tick.Stop()
	final := moves[len(moves)-1].section
	for i, tm := range terms {
		if screen, err := tm.await(func(s string) bool { return strings.Contains(s, header(final)) }, 30*time.Second); err != nil {
			t.Errorf("viewer %d did not end on the presenter's section %q: %v\n%s", i, header(final), err, screen)
		}
	}
	wall := time.Since(movesStart)
	cpuAfter, rssAfter := make([]time.Duration, len(nodes)), make([]int64, len(nodes))
	for i, n := range nodes {
		cpuAfter[i], rssAfter[i] = n.stats(t)
	}
	loadAfter := machineLoad()
	for _, tm := range terms {
		tm.close() // stop the pumps before reading what they recorded
	}

	var all []time.Duration
	missed := 0
	for n := range nodes {
		var latencies []time.Duration
		for _, v := range viewers[n] {
			for i, at := range v.seen {
				if at.IsZero() {
					missed++
					continue
				}
				latencies = append(latencies, at.Sub(moves[i].pressed))
			}
		}
		if len(latencies) == 0 {
			t.Fatalf("node %d: no latency measured", n)
		}
		slices.Sort(latencies)
		all = append(all, latencies...)
		cpu := cpuAfter[n] - cpuBefore[n]
		perViewerMove := cpu / time.Duration(nMoves*perNode)
		// At one move per interval, a core spends perViewerMove on each viewer per interval.
		perCore := float64(interval) / float64(perViewerMove)
		role := "viewers only"
		if n == 0 {
			role = "the presenter's"
		}
		t.Logf("node %c (%s): follow p50 %v, p99 %v, max %v; CPU %.1f s for %d moves over %.1f s: %v per viewer per move → about %.0f following viewers per core at one move per %v; RSS %.0f MB idle, %.0f MB with %d viewers, %.0f MB after the moves",
			'A'+n, role, quantile(latencies, 0.5).Round(time.Millisecond), quantile(latencies, 0.99).Round(time.Millisecond),
			latencies[len(latencies)-1].Round(time.Millisecond), cpu.Seconds(), nMoves, wall.Seconds(), perViewerMove.Round(time.Microsecond/10), perCore, interval,
			megabytes(rssIdle[n]), megabytes(rssConnected[n]), perNode, megabytes(rssAfter[n]))
	}
	slices.Sort(all)
	t.Logf("across 3 nodes × %d viewers, %d moves: follow p50 %v, p99 %v, max %v; %d of %d moves not seen on their own (overtaken by the next); load average %s before the moves, %s after",
		perNode, nMoves, quantile(all, 0.5).Round(time.Millisecond), quantile(all, 0.99).Round(time.Millisecond),
		all[len(all)-1].Round(time.Millisecond), missed, nMoves*perNode*len(nodes), loadBefore, loadAfter)
}

// quantile is the q-quantile of sorted durations.
func quantile(sorted []time.Duration, q float64) time.Duration {
	return sorted[min(int(q*float64(len(sorted))), len(sorted)-1)]
}

func megabytes(n int64) float64 { return float64(n) / (1 << 20) }
