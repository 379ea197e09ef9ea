package ui

import (
	"fmt"
	"testing"
	"time"

	"briefing/ui/meeting"
)

// TestNoticeChanges: the console hears of each arrival and departure once, tells apart one name
// joining again (another time, another key), keeps the newest maxNotices, and an announcement of the
// same audience (every move's) adds nothing and allocates nothing.
func TestNoticeChanges(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	now := at.Add(time.Hour)
	ann := meeting.Attendee{Name: "安", Proof: "SHA256:a", Joined: at}
	bo := meeting.Attendee{Name: "博", Proof: "SHA256:b", Joined: at.Add(time.Minute)}
	annAgain := ann
	annAgain.Joined = at.Add(2 * time.Minute)
	describe := func(ns []notice) string {
		s := ""
		for _, n := range ns {
			s += fmt.Sprintf("%s:%v ", n.name, n.joined)
		}
		return s
	}
	for _, c := range []struct {
		name          string
		before, after []meeting.Attendee
		want          string
	}{
		{"same audience", []meeting.Attendee{ann, bo}, []meeting.Attendee{ann, bo}, ""},
		{"an arrival", []meeting.Attendee{ann}, []meeting.Attendee{ann, bo}, "博:true "},
		{"a departure", []meeting.Attendee{ann, bo}, []meeting.Attendee{bo}, "安:false "},
		{"the same name again", []meeting.Attendee{ann}, []meeting.Attendee{annAgain}, "安:true 安:false "},
		{"the same attendees in another order", []meeting.Attendee{ann, bo}, []meeting.Attendee{bo, ann}, ""},
	} {
		if got := describe(noticeChanges(nil, c.before, c.after, now)); got != c.want {
			t.Errorf("%s: notices %q; want %q", c.name, got, c.want)
		}
	}

	var many []notice
	var audience []meeting.Attendee
	for i := range maxNotices + 3 {
		next := append(append([]meeting.Attendee(nil), audience...), meeting.Attendee{Name: fmt.Sprint(i), Joined: at.Add(time.Duration(i) * time.Second)})
		many = noticeChanges(many, audience, next, now)
		audience = next
	}
	if len(many) != maxNotices || many[len(many)-1].name != fmt.Sprint(maxNotices+2) {
		t.Errorf("kept %q; want the newest %d", describe(many), maxNotices)
	}

	if allocs := testing.AllocsPerRun(100, func() { noticeChanges(many, audience, audience, now) }); allocs != 0 {
		t.Errorf("the same audience again costs %v allocations", allocs)
	}
}
