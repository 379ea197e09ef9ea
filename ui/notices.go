package ui

import (
	"time"

	"briefing/ui/meeting"
)

// notice is one arrival or departure, for the console.
type notice struct {
	at     time.Time
	name   string
	joined bool
}

// maxNotices is how many arrivals and departures the console keeps.
const maxNotices = 6

// noticeChanges adds who joined and who left between two announcements of the audience. Most
// announcements (every move of the presenter's) bring the same audience, which costs one pass.
func noticeChanges(notices []notice, before, after []meeting.Attendee, now time.Time) []notice {
	if sameAudience(before, after) {
		return notices
	}
	was := map[attendeeKey]bool{}
	for _, a := range before {
		was[keyOf(a)] = true
	}
	is := map[attendeeKey]bool{}
	var added []notice
	for _, a := range after {
		is[keyOf(a)] = true
		if !was[keyOf(a)] {
			added = append(added, notice{at: now, name: a.Name, joined: true})
		}
	}
	for _, a := range before {
		if !is[keyOf(a)] {
			added = append(added, notice{at: now, name: a.Name})
		}
	}
	if len(added) == 0 {
		return notices
	}
	out := append(append([]notice(nil), notices...), added...)
	return out[max(len(out)-maxNotices, 0):]
}

// attendeeKey tells attendees apart: one name may join twice, with another key or at another time.
type attendeeKey struct {
	name, proof string
	joined      int64
}

func keyOf(a meeting.Attendee) attendeeKey {
	return attendeeKey{name: a.Name, proof: a.Proof, joined: a.Joined.UnixNano()}
}

// sameAudience reports whether two announcements list the same attendees in the same order.
func sameAudience(before, after []meeting.Attendee) bool {
	if len(before) != len(after) {
		return false
	}
	for i := range before {
		if keyOf(before[i]) != keyOf(after[i]) {
			return false
		}
	}
	return true
}
