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

// noticeChanges adds who joined and who left between two announcements of the audience.
func noticeChanges(notices []notice, before, after []meeting.Attendee, now time.Time) []notice {
	key := func(a meeting.Attendee) string { return a.Name + "\x00" + a.Proof + "\x00" + a.Joined.String() }
	was := map[string]bool{}
	for _, a := range before {
		was[key(a)] = true
	}
	is := map[string]bool{}
	var added []notice
	for _, a := range after {
		is[key(a)] = true
		if !was[key(a)] {
			added = append(added, notice{at: now, name: a.Name, joined: true})
		}
	}
	for _, a := range before {
		if !is[key(a)] {
			added = append(added, notice{at: now, name: a.Name})
		}
	}
	if len(added) == 0 {
		return notices
	}
	out := append(append([]notice(nil), notices...), added...)
	return out[max(len(out)-maxNotices, 0):]
}
