package serve

import (
	"sync"
	"time"

	"charm.land/log/v2"
)

// rateLog logs an event of one kind from one source at most once per interval, adding how many
// were not logged since, so that a flood of refused handshakes or wrong codes makes one line per
// source and interval instead of thousands. It remembers at most maxSources sources; beyond that,
// events of new sources are counted together under "others".
type rateLog struct {
	log        *log.Logger
	interval   time.Duration
	maxSources int
	now        func() time.Time

	mu      sync.Mutex
	sources map[string]*rateEntry
}

type rateEntry struct {
	logged     time.Time
	suppressed int
}

func newRateLog(logger *log.Logger, interval time.Duration) *rateLog {
	return &rateLog{log: logger, interval: interval, maxSources: 1024, now: time.Now, sources: map[string]*rateEntry{}}
}

// warn logs msg for source (an address) unless it logged one for it less than an interval ago.
// keyvals must be short: they are logged as they are.
func (r *rateLog) warn(source, msg string, keyvals ...any) {
	now := r.now()
	r.mu.Lock()
	e, known := r.sources[source]
	if !known {
		if len(r.sources) >= r.maxSources {
			r.forgetOld(now)
		}
		if len(r.sources) >= r.maxSources {
			source = "others"
			e, known = r.sources[source]
		}
		if !known {
			e = &rateEntry{}
			r.sources[source] = e
		}
	}
	if known && now.Sub(e.logged) < r.interval {
		e.suppressed++
		r.mu.Unlock()
		return
	}
	suppressed := e.suppressed
	e.logged, e.suppressed = now, 0
	r.mu.Unlock()
	keyvals = append(keyvals, "addr", source)
	if suppressed > 0 {
		keyvals = append(keyvals, "more since last logged", suppressed)
	}
	r.log.Warn(msg, keyvals...)
}

// forgetOld drops the sources last logged more than an interval ago with nothing left unsaid.
func (r *rateLog) forgetOld(now time.Time) {
	for source, e := range r.sources {
		if now.Sub(e.logged) >= r.interval && e.suppressed == 0 {
			delete(r.sources, source)
		}
	}
}
