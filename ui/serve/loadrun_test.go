package serve

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// loadPlan is one run of the load harness: a presenter and viewers at one size, following moves.
type loadPlan struct {
	viewers       int
	moves         int
	interval      time.Duration // between moves; with lockstep, the least time between them
	lockstep      bool          // wait for every viewer to show a move before the next
	width, height int
	sections      []int            // the presenter's moves cycle through these sections (0–9)
	marker        func(int) string // what a screen shows, and shows only, at a section
	keys          func(int) string // what the presenter types to go to a section; its number when nil
	doc           string           // the document served; the seed when empty
	floorRange    bool             // the floor's figures are known (the seed at 100×30): judge the run by them
	profile       string           // if set, the server's CPU profile of the moves is written here (….cpu.pprof), and its heap after them beside it
	settle        time.Duration    // how long the viewers' screens must stay unchanged after connecting before the figures are taken
}

// loadResult is what one server did in one run.
type loadResult struct {
	server              string
	p50, p99, max       time.Duration
	seen, missed        int   // viewer-moves shown, and not shown at all (overtaken)
	bytes               int64 // sent to the viewers during the moves
	rssIdle, rssConnect uint64
	rssAfter            uint64
	cpu, clientCPU      time.Duration // the server's and the clients' CPU time during the moves
	goroutinesIdle      int
	goroutinesConnect   int
	goroutinesAfter     int
	viewers, moves      int
	connect             time.Duration // until every viewer showed the opening
	retries             int           // connections tried again
	collections         int           // the server's garbage collections that ended during the moves
	slowInCollections   float64       // of the slowest 1% of viewer-moves, the share in moves a collection ended in
}

// bytesPerMove is the bytes each viewer received per move.
func (r loadResult) bytesPerMove() float64 {
	return float64(r.bytes) / float64(max(r.viewers*r.moves, 1))
}

// perViewer is an RSS divided among the viewers.
func (r loadResult) perViewer(rss uint64) float64 { return float64(rss) / float64(max(r.viewers, 1)) }

// move is one of the presenter's moves: the section and when the key was sent.
type move struct {
	section int
	pressed time.Time
}

// follower records when a viewer's screen first showed each move's section.
type follower struct {
	mu   sync.Mutex
	seen []time.Time
}

// runLoad runs plan against a server process of kind built as binary.
func runLoad(tb testing.TB, binary, kind string, plan loadPlan) loadResult {
	tb.Helper()
	c := startChild(tb, binary, kind, plan.doc)
	defer c.stop()
	res := loadResult{server: kind, viewers: plan.viewers, moves: plan.moves}
	presenter, err := openTerm(tb, c.addr, keyAuth(c.presenter), termOptions{ptyW: plan.width, ptyH: plan.height})
	if err != nil {
		tb.Fatalf("%s: presenter: %v", kind, err)
	}
	defer discard(presenter)
	presenter.waitFor(plan.marker(0), timeout)
	res.rssIdle, res.goroutinesIdle = c.rss(), c.goroutines()

	moves := make([]move, plan.moves)
	for i := range moves {
		moves[i].section = plan.sections[i%len(plan.sections)]
	}
	var current atomic.Int64
	current.Store(-1)
	connectStart := time.Now()
	followers, terms, retries := connectViewers(tb, c.addr, plan, moves, &current)
	defer func() {
		for _, tm := range terms {
			discard(tm)
		}
	}()
	res.retries, res.connect = retries, time.Since(connectStart)
	quiet(terms, plan.settle, time.Minute)
	res.rssConnect, res.goroutinesConnect = c.rss(), c.goroutines()

	before, cpuBefore, clientBefore := received(terms), c.cpu(), procCPU("self")
	if plan.profile != "" {
		c.ask("heap " + strings.TrimSuffix(plan.profile, ".cpu.pprof") + ".connect.heap.pprof") // the base for what the moves add
		c.ask("profile " + plan.profile)
	}
	presentMoves(tb, presenter, terms, plan, moves, &current)
	final := plan.marker(moves[len(moves)-1].section)
	for v, tm := range terms {
		if screen, err := tm.await(func(s string) bool { return strings.Contains(s, final) }, 30*time.Second); err != nil {
			tb.Errorf("%s: viewer %d did not end on the presenter's section %q: %v\n%s", kind, v, final, err, screen)
		}
	}
	if plan.profile != "" {
		c.ask("endprofile")
	}
	res.bytes, res.cpu, res.clientCPU = received(terms)-before, c.cpu()-cpuBefore, procCPU("self")-clientBefore
	res.rssAfter, res.goroutinesAfter = c.rss(), c.goroutines()
	collections := collectionsDuring(c.collections(), moves[0].pressed, time.Now())
	if plan.profile != "" {
		c.ask("heap " + strings.TrimSuffix(plan.profile, ".cpu.pprof") + ".heap.pprof")
	}
	for _, tm := range terms {
		tm.close() // stop the pumps before reading what they recorded
	}

	var latencies []time.Duration
	for _, fl := range followers {
		for i, at := range fl.seen {
			if at.IsZero() {
				res.missed++
				continue
			}
			latencies = append(latencies, at.Sub(moves[i].pressed))
		}
	}
	slices.Sort(latencies)
	res.seen = len(latencies)
	if len(latencies) > 0 {
		res.p50, res.p99, res.max = percentile(latencies, 0.50), percentile(latencies, 0.99), latencies[len(latencies)-1]
	}
	res.collections = len(collections)
	res.slowInCollections = slowInCollections(followers, moves, collections, res.p99)
	return res
}

// collectionsDuring is the collections that ended between from and to.
func collectionsDuring(ends []time.Time, from, to time.Time) []time.Time {
	var during []time.Time
	for _, end := range ends {
		if end.After(from) && end.Before(to) {
			during = append(during, end)
		}
	}
	return during
}

// slowInCollections is the share of the viewer-moves at or over p99 that belong to a move during
// which (from its keypress to its slowest viewer's showing it) a collection ended: whether the
// slowest moves are the collector's.
func slowInCollections(followers []*follower, moves []move, collections []time.Time, p99 time.Duration) float64 {
	var slow, during int
	for i, mv := range moves {
		var last time.Time
		var slowHere int
		for _, fl := range followers {
			at := fl.seen[i]
			if at.After(last) {
				last = at
			}
			if !at.IsZero() && at.Sub(mv.pressed) >= p99 {
				slowHere++
			}
		}
		if slowHere == 0 {
			continue
		}
		slow += slowHere
		if len(collectionsDuring(collections, mv.pressed, last)) > 0 {
			during += slowHere
		}
	}
	if slow == 0 {
		return 0
	}
	return float64(during) / float64(slow)
}

// connectViewers signs the viewers in, 16 at a time, and waits for each to show the opening. Each
// records, on every write to its screen, when it first showed each move. It returns how many
// connections were tried again.
func connectViewers(tb testing.TB, addr string, plan loadPlan, moves []move, current *atomic.Int64) ([]*follower, []*term, int) {
	tb.Helper()
	var retries atomic.Int32
	followers := make([]*follower, plan.viewers)
	terms := make([]*term, plan.viewers)
	var wg sync.WaitGroup
	errs := make(chan error, plan.viewers)
	slots := make(chan struct{}, 16)
	for v := range plan.viewers {
		fl := &follower{seen: make([]time.Time, len(moves))}
		followers[v] = fl
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			opts := termOptions{ptyW: plan.width, ptyH: plan.height, onWrite: func(tm *term) {
				fl.observe(tm, moves, int(current.Load()), plan.marker)
			}}
			tm, err := openTerm(tb, addr, noKey(""), opts)
			for attempt := 1; err != nil && attempt < 3; attempt++ { // a busy machine can be slow to answer
				retries.Add(1)
				tm, err = openTerm(tb, addr, noKey(""), opts)
			}
			if err != nil {
				errs <- fmt.Errorf("viewer %d: %w", v, err)
				return
			}
			terms[v] = tm
			if screen, err := tm.await(func(s string) bool { return strings.Contains(s, plan.marker(0)) }, time.Minute); err != nil {
				errs <- fmt.Errorf("viewer %d never showed the opening: %w\n%s", v, err, screen)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		tb.Fatal(err)
	}
	return followers, terms, int(retries.Load())
}

// presentMoves presses the moves' keys, one every interval; in lockstep each waits for every viewer
// to show the one before.
func presentMoves(tb testing.TB, presenter *term, terms []*term, plan loadPlan, moves []move, current *atomic.Int64) {
	tb.Helper()
	tick := time.NewTicker(plan.interval)
	defer tick.Stop()
	for i := range moves {
		if i > 0 {
			<-tick.C
			if plan.lockstep {
				shown := plan.marker(moves[i-1].section)
				for v, tm := range terms {
					if screen, err := tm.await(func(s string) bool { return strings.Contains(s, shown) }, 10*timeout); err != nil {
						tb.Fatalf("viewer %d did not follow move %d to %q: %v\n%s", v, i-1, shown, err, screen)
					}
				}
			}
		}
		moves[i].pressed = time.Now()
		current.Store(int64(i))
		presenter.sendKeys(plan.keysFor(moves[i].section))
	}
}

// keysFor is what the presenter types to go to section.
func (p loadPlan) keysFor(section int) string {
	if p.keys != nil {
		return p.keys(section)
	}
	return fmt.Sprint(section)
}

// observe runs after each write to a viewer's screen: it records the first time the screen shows the
// section of one of the latest moves it has not seen yet.
func (fl *follower) observe(tm *term, moves []move, current int, marker func(int) string) {
	if current < 0 {
		return
	}
	fl.mu.Lock()
	defer fl.mu.Unlock()
	var screen string
	for i := current; i >= max(current-2, 0); i-- {
		if !fl.seen[i].IsZero() {
			return // caught up already; older moves were overtaken
		}
		if screen == "" {
			screen = tm.screen()
		}
		if strings.Contains(screen, marker(moves[i].section)) {
			fl.seen[i] = time.Now()
			return
		}
	}
}

// received is the bytes all the terms have received so far.
func received(terms []*term) int64 {
	var n int64
	for _, tm := range terms {
		n += tm.received.Load()
	}
	return n
}

// quiet waits until no term has received anything for a while (the server has drawn everything it
// had to draw, the audience announced), or at most limit.
func quiet(terms []*term, still, limit time.Duration) bool {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	last, since, start := received(terms), time.Now(), time.Now()
	for time.Since(start) < limit {
		<-tick.C
		if n := received(terms); n != last {
			last, since = n, time.Now()
		} else if time.Since(since) >= still {
			return true
		}
	}
	return false
}

// discard closes a term and lets its emulator go: the test keeps every term until it ends, and a
// run of 200 viewers' screens is memory enough.
func discard(tm *term) {
	tm.close()
	tm.emu = nil
}

func percentile(sorted []time.Duration, q float64) time.Duration {
	return sorted[min(int(q*float64(len(sorted))), len(sorted)-1)]
}

func mb(n uint64) float64 { return float64(n) / (1 << 20) }

// profilePath names a run's CPU profile in dir, or "" when no profile is asked for.
func profilePath(dir, kind string, run int) string {
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, fmt.Sprintf("%s-%d.cpu.pprof", kind, run))
}
