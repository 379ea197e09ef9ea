package meeting

import (
	"testing"
	"time"
)

// TestReviseReachesEveryMember: a new version of a document is delivered to every member, presenter
// and viewers, following or not, with its digest and version.
func TestReviseReachesEveryMember(t *testing.T) {
	h := NewHub(ReaderView)
	h.SetAgenda([]Revision{{Name: "a.txt", SHA256: "aa", Version: 1}, {Name: "b.txt", SHA256: "bb", Version: 1}})
	got := make(chan State, 16)
	var members []*Member
	for _, role := range []Role{Presenter, Viewer, Viewer} {
		m := h.Join("m", role)
		m.Attach(func(s State) { got <- s })
		members = append(members, m)
	}
	defer func() {
		for _, m := range members {
			m.Leave()
		}
	}()
	h.Revise(1, Revision{Name: "b.txt", SHA256: "cc", Version: 2}, nil)
	h.Revise(7, Revision{Name: "nowhere"}, nil) // not on the agenda: nothing changes
	seen := 0
	deadline := time.After(10 * time.Second)
	for seen < len(members) {
		select {
		case s := <-got:
			if len(s.Agenda) == 2 && s.Agenda[1].Version == 2 && s.Agenda[1].SHA256 == "cc" {
				seen++
			}
		case <-deadline:
			t.Fatalf("%d of %d members saw version 2", seen, len(members))
		}
	}
	if a := h.Agenda(); len(a) != 2 || a[0].Version != 1 {
		t.Errorf("agenda %+v", a)
	}
}
