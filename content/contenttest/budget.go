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
	if !BudgetsOn() || b.N == 0 {
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

// budgets is -budgets, registered for every test binary that imports this package (as x/exp/golden
// registers -update): false only measures.
var budgets = flag.Bool("budgets", true, "fail a benchmark that is over its time budget (-budgets=false only measures)")

// BudgetsOn says whether budgets are enforced in this run (-budgets).
func BudgetsOn() bool { return *budgets }
