// Package contenttest is what the tests of every package share: the seed and small documents parsed
// with one clear failure, and golden files compared through github.com/charmbracelet/x/exp/golden.
//
// A golden file lives at testdata/<test name>.golden beside the package under test: a subtest's name
// is a folder and a file, testdata/TestScreens/help_72x24.golden. Refresh them with
// `go test ./PKG -run TestName -update` and read every diff by eye before committing it; the golden
// package registers -update, so no test declares it again.
//
// It is imported by tests only; it depends on content and seeds, never on ui.
package contenttest
