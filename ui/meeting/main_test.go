package meeting

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that every member's delivery goroutine ends with the member or the meeting.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
