package contenttest

import (
	"flag"
	"testing"
	"time"

	"briefing/content"
	"briefing/seeds"
)

// smokeSlack is how much a benchmark's one-iteration run (-benchtime=1x, CI's smoke run of the
// budgets) may exceed its budget: one iteration measures a cold start, with nothing warmed and
// nothing averaged.
const smokeSlack = 3

// quietReference is what the reference workload (the seed parsed referenceParses times) takes on a
// quiet 2-core machine; see machineLoad.
const (
	referenceParses = 20
	quietReference  = referenceParses * 420 * time.Microsecond
)

// budgets is -budgets, registered for every test binary that imports this package (as x/exp/golden
// registers -update): false only measures.
var budgets = flag.Bool("budgets", true, "fail a benchmark that is over its time budget (-budgets=false only measures)")

// BudgetsOn says whether budgets are enforced in this run (-budgets).
func BudgetsOn() bool { return *budgets }

// CheckBudget fails a benchmark that spends more than budget on each operation. A one-iteration run
// (the smoke run) may take three times its budget, times how much slower than a quiet machine this
// one runs at the moment (machineLoad): CI machines are shared, and a smoke run under two busy cores
// must not fail for that, while a threefold regression still fails on a quiet one. -budgets=false
// only measures.
func CheckBudget(b *testing.B, budget time.Duration) {
	b.Helper()
	if !BudgetsOn() || b.N == 0 {
		return
	}
	spent := b.Elapsed() / time.Duration(b.N)
	limit := budget
	if b.N == 1 {
		limit *= smokeSlack
		if spent > limit {
			load := machineLoad()
			limit = time.Duration(float64(limit) * load)
			b.Logf("the machine runs %.1f× slower than a quiet one at the moment: %v allowed", load, limit)
		}
	}
	if spent > limit {
		b.Errorf("%v an operation, over the budget of %v (%v allowed in this run of %d)", spent, budget, limit, b.N)
	}
}

// machineLoad is how many times slower than a quiet machine this one runs now, never below 1: the
// seed parsed referenceParses times, the fastest of three tries, over quietReference.
func machineLoad() float64 {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		for range referenceParses {
			if _, err := content.Parse(seeds.DefaultName, seeds.Default()); err != nil {
				return 1
			}
		}
		best = min(best, time.Since(start))
	}
	return max(1, float64(best)/float64(quietReference))
}
