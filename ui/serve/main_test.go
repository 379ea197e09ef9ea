package serve

import (
	"os"
	"testing"

	"briefing/content/contenttest"
)

// TestMain checks that no test leaves a goroutine behind: every server is shut down and every
// session's goroutines end, allowing a busy machine time for the last of them to wind down. Run with
// BRIEFING_SERVE_CHILD=floor or =briefing the test binary is instead a server of the load harness, in
// a process of its own so that its memory can be measured apart from the clients' (loadchild_test.go);
// with BRIEFING_CLUSTER_CHILD set, it is a node of a meeting across servers that a test can kill, and
// with BRIEFING_NATS_CHILD the NATS server of the load run across nodes (cluster_helpers_test.go).
func TestMain(m *testing.M) {
	if kind := os.Getenv(childEnv); kind != "" {
		os.Exit(runChild(kind))
	}
	if os.Getenv(clusterChildEnv) != "" {
		os.Exit(runClusterChild())
	}
	if os.Getenv(natsChildEnv) != "" {
		os.Exit(runNATSChild())
	}
	os.Exit(contenttest.RunWithoutLeaks(m))
}
