package serve

import (
	"os"
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that no test leaves a goroutine behind: every server is shut down and every
// session's goroutines end. Run with BRIEFING_SERVE_CHILD=1 the test binary is instead the server
// of the load test, in a process of its own so that its memory can be measured apart from the
// clients'.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(runChildServer())
	}
	goleak.VerifyTestMain(m)
}
