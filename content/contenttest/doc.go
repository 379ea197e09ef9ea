// Package contenttest is what the tests of every package share: the seed and small documents parsed
// with one clear failure, golden files compared through github.com/charmbracelet/x/exp/golden,
// waiting on a condition (Eventually, WaitFor, Patience), benchmark budgets (CheckBudget, -budgets),
// a generated provincial work report (Report) and zip archives for the .docx tests.
//
// A golden file lives at testdata/<test name>.golden beside the package under test: a subtest's name
// is a folder and a file, testdata/TestScreens/help_72x24.golden. Refresh them with
// `go test ./PKG -run TestName -update` and read every diff by eye before committing it; the golden
// package registers -update, and this one -budgets, so no test declares them again.
//
// It is imported by tests only; it depends on content and seeds, never on ui.
package contenttest
