package natsbridge

import (
	"os"
	"testing"

	"briefing/content/contenttest"
)

// TestMain checks that a bridge leaves no goroutine behind once it has left, and that the NATS
// servers the tests start are shut down.
func TestMain(m *testing.M) {
	os.Exit(contenttest.RunWithoutLeaks(m))
}
