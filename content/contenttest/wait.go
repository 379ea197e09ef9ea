package contenttest

import (
	"fmt"
	"os"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// Patience bounds a test's wait for something that should happen promptly: long enough for a busy
// 2-core machine running other builds beside the tests. A wait ends as soon as its condition holds,
// so only a failing test ever waits this long. A latency a test measures is asserted separately,
// with ten times its budget.
const Patience = 60 * time.Second

// pollEvery is how often a condition is looked at again.
const pollEvery = 10 * time.Millisecond

// Eventually looks at cond every 10 ms until it holds or limit has passed, and says whether it held.
func Eventually(limit time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		if cond() {
			return true
		}
		select {
		case <-tick.C:
		case <-deadline.C:
			return cond()
		}
	}
}

// WaitFor is Eventually that stops the test when cond has not held within limit, saying what it
// waited for.
func WaitFor(tb testing.TB, limit time.Duration, what string, cond func() bool) {
	tb.Helper()
	if !Eventually(limit, cond) {
		tb.Fatalf("waited %v for %s", limit, what)
	}
}

// RunWithoutLeaks runs a package's tests (call it from TestMain and exit with what it returns) and
// then fails the run if goroutines the tests started are still running once Patience has passed:
// on a busy machine a session may take seconds to wind down after its test has ended, which
// goleak's own retries (under a second) do not allow.
func RunWithoutLeaks(m *testing.M) int {
	code := m.Run()
	if code != 0 {
		return code
	}
	var leaked error
	if !Eventually(Patience, func() bool { leaked = goleak.Find(); return leaked == nil }) {
		fmt.Fprintf(os.Stderr, "goroutines left running %v after the tests ended: %v\n", Patience, leaked)
		return 1
	}
	return 0
}
