package serve

import (
	"flag"
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
	flag.Parse()
	waitOnTheNetwork()
	os.Exit(contenttest.RunWithoutLeaks(m))
}

// waitOnTheNetwork lets four parallel tests run at once where -test.parallel does not say otherwise
// (its default is the number of cores). Most of these tests spend their time waiting for a server
// and its clients to answer over loopback; those that read the process's goroutines or heap do not
// call t.Parallel, so they run alone before the others start.
func waitOnTheNetwork() {
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.parallel" })
	if !given {
		_ = flag.Set("test.parallel", "4") // the flag is the testing package's own: it exists
	}
}
