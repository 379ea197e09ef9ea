package librarytest

import (
	"testing"
	"time"
)

// CheckBudget fails a benchmark whose operations took longer than budget each, times slack. A
// benchmark package declares the flags that set enforce and slack, as content's benchmarks do with
// -budgets: CI runs every budgeted benchmark once (-benchtime=1x) with a slack of 3, a busy machine's
// margin, and a person measuring runs them long with no slack.
func CheckBudget(b *testing.B, budget time.Duration, enforce bool, slack float64) {
	b.Helper()
	if !enforce || b.N == 0 {
		return
	}
	limit := time.Duration(float64(budget) * max(slack, 1))
	if per := b.Elapsed() / time.Duration(b.N); per > limit {
		b.Errorf("%v an operation, over the budget of %v (slack ×%g)", per, budget, max(slack, 1))
	}
}
