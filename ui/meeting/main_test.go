package meeting

import (
	"os"
	"testing"

	"briefing/content/contenttest"
)

// TestMain checks that every member's delivery goroutine ends with the member or the meeting.
func TestMain(m *testing.M) {
	os.Exit(contenttest.RunWithoutLeaks(m))
}
