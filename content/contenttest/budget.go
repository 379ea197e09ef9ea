package contenttest

import (
	"flag"
	"testing"
	"time"
)

// smokeSlack is how much a benchmark's one-iteration run (-benchtime=1x, CI's smoke run of the
// budgets) may exceed its budget: one iteration measures a cold start, with nothing warmed and
// nothing averaged, on a machine others share.
const smokeSlack = 3

// CheckBudget fails a benchmark that spends more than budget on each operation, or more than three
// times budget when it ran a single operation (the smoke run). -budgets=false only measures.
func CheckBudget(b *testing.B, budget time.Duration) {
	b.Helper()
	if !budgetsOn() || b.N == 0 {
		return
	}
	limit := budget
	if b.N == 1 {
		limit *= smokeSlack
	}
	if spent := b.Elapsed() / time.Duration(b.N); spent > limit {
		b.Errorf("%v an operation, over the budget of %v (%v allowed in this run of %d)", spent, budget, limit, b.N)
	}
}

// budgetsOn reads -budgets, which the package registers for every test binary that imports it.
func budgetsOn() bool {
	f := flag.Lookup("budgets")
	return f == nil || f.Value.String() != "false"
}
