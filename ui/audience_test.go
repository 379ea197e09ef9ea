package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// Fingerprints as the server writes them (SHA256: and 43 characters of base64), made up for the test.
const (
	zhangFingerprint = "SHA256:q3ZvH8kTn5bWc2LmR0xYpA7dE9fGh1iJ4kLmN6oPqRs"
	posingKey        = "SHA256:Wm4tB7yUe2rQ9sXc5vN1aZ0dK8jH3gF6pL2oM5iE7wT"
)

// audience is a meeting as the presenter's panel receives it: the local presenter, viewers with a key
// or only an address, one whose name poses as a fingerprint, one on another node.
func audience(now time.Time) meeting.State {
	return meeting.State{
		HasPresenter: true, Presenting: true, Online: 5,
		Attendees: []meeting.Attendee{
			{Name: "presenter@podium", Role: meeting.Presenter, Joined: now.Add(-42*time.Minute - 5*time.Second), Local: true},
			{Name: "张三", Proof: zhangFingerprint, Role: meeting.Viewer, Joined: now.Add(-3*time.Minute - 25*time.Second)},
			{Name: "li.si", Proof: "127.0.0.1:41404", Role: meeting.Viewer, Joined: now.Add(-90 * time.Second)},
			{Name: "SHA256:AAAAfakefakefakefake", Proof: posingKey, Role: meeting.Viewer, Joined: now.Add(-7 * time.Second)},
			{Name: "王五", Role: meeting.Viewer, Elsewhere: true},
		},
	}
}

// withAudience is the seed's presenter at w×h in lang with the audience panel open.
func withAudience(t *testing.T, lang locale.Language, w, h int) Model {
	t.Helper()
	m := New(contenttest.Seed(t), Options{Theme: render.Dark, Lang: lang, Role: meeting.Presenter, Now: fixedNow})
	m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
	m = step(m, MeetingMsg{audience(fixedNow())})
	return press(m, "a")
}

// TestAudiencePanelFits: at 80×24 every attendee's row shows their role, name, how long they have been
// connected and what the server vouches for, shortened to fit: a fingerprint keeps its algorithm and
// the start and end of its hash. The local presenter is "this terminal", an attendee of another
// server says so. At 40×12 each still shows role, name and time, with the proof under it.
func TestAudiencePanelFits(t *testing.T) {
	for _, lang := range []locale.Language{locale.Chinese, locale.English} {
		w := lang.Words()
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				m := withAudience(t, lang, size[0], size[1])
				screen := ansi.Strip(m.View().Content)
				lines := strings.Split(screen, "\n")
				if len(lines) != size[1] {
					t.Fatalf("%d lines, want %d", len(lines), size[1])
				}
				for i, line := range lines {
					if width := render.StringWidth(line); width > size[0] {
						t.Errorf("line %d is %d wide:\n%s", i, width, line)
					}
				}
				rows := []struct {
					name, role, since, proof, fingerprint string
				}{
					{"presenter@podium", w.Presenter, "42:05", w.ThisTerminal, ""},
					{"张三", w.ViewerRole, "03:25", "", zhangFingerprint},
					{"li.si", w.ViewerRole, "01:30", "127.0.0.1:41404", ""},
					{"SHA256:AAAA", w.ViewerRole, "00:07", "", posingKey},
					{"王五", w.ViewerRole, "—", w.OtherServer, ""},
				}
				wide := size[0] >= 80
				shown := 0
				for _, r := range rows {
					row, next := rowOf(lines, r.name)
					if row == "" {
						continue
					}
					shown++
					if !strings.Contains(row, r.role) || !strings.Contains(row, r.since) {
						t.Errorf("the row of %q lacks its role %q or its time %q:\n%s", r.name, r.role, r.since, row)
					}
					proof := row
					if !wide {
						proof = next // narrow: the proof is on the line below
					}
					if r.proof != "" && !strings.Contains(proof, r.proof) {
						t.Errorf("the row of %q lacks %q:\n%s", r.name, r.proof, proof)
					}
					if r.fingerprint != "" && !containsShortened(proof, r.fingerprint) {
						t.Errorf("the row of %q does not show %s, whole or as its start…end:\n%s", r.name, r.fingerprint, proof)
					}
				}
				more := 0
				for _, line := range lines[:len(lines)-1] { // the footer's help has a ↓ too
					if strings.HasPrefix(strings.TrimSpace(line), "↓") {
						more, _ = strconv.Atoi(regexp.MustCompile(`\d+`).FindString(line))
					}
				}
				if wide && shown != len(rows) || shown+more != len(rows) {
					t.Errorf("%d rows shown and %d counted below; want %d (all shown at 80×24):\n%s", shown, more, len(rows), screen)
				}
				if row, _ := rowOf(lines, "SHA256:AAAA"); row != "" && !strings.Contains(row, w.ChosenName) {
					t.Errorf("a name posing as a fingerprint is not marked as chosen:\n%s", row)
				}
			})
		}
	}
}

// rowOf is the first line after the panel's title row that contains s, and the line below it.
func rowOf(lines []string, s string) (row, next string) {
	for i, line := range lines {
		if strings.Contains(line, s) {
			if i+1 < len(lines) {
				next = lines[i+1]
			}
			return line, next
		}
	}
	return "", ""
}

// containsShortened reports whether screen shows the fingerprint whole, or its algorithm and at least
// four characters of each end of its hash around an ellipsis.
func containsShortened(screen, fingerprint string) bool {
	if strings.Contains(screen, fingerprint) {
		return true
	}
	algorithm, hash, _ := strings.Cut(fingerprint, ":")
	for head := 4; head < len(hash); head++ {
		for tail := 4; head+tail < len(hash); tail++ {
			if strings.Contains(screen, algorithm+":"+hash[:head]+"…"+hash[len(hash)-tail:]) {
				return true
			}
		}
	}
	return false
}

// TestShortProof: a proof is whole when it fits; a fingerprint keeps its algorithm and equal parts of
// both ends of its hash; anything else keeps its two ends; nothing is ever wider than asked.
func TestShortProof(t *testing.T) {
	for _, tc := range []struct {
		proof string
		width int
		want  string
	}{
		{zhangFingerprint, 50, zhangFingerprint},
		{zhangFingerprint, 16, "SHA256:q3Zv…PqRs"},
		{zhangFingerprint, 17, "SHA256:q3ZvH…PqRs"},
		{zhangFingerprint, 18, "SHA256:q3ZvH…oPqRs"},
		{"127.0.0.1:41404", 15, "127.0.0.1:41404"},
		{"[fe80::1ff:fe23:4567:890a]:41404", 15, "[fe80::…]:41404"},
		{zhangFingerprint, 5, "SHA2…"},
		{zhangFingerprint, 0, ""},
	} {
		got := shortProof(tc.proof, tc.width)
		if got != tc.want {
			t.Errorf("shortProof(%q, %d) = %q, want %q", tc.proof, tc.width, got, tc.want)
		}
		if ansi.StringWidth(got) > tc.width {
			t.Errorf("shortProof(%q, %d) is %d wide", tc.proof, tc.width, ansi.StringWidth(got))
		}
	}
}

// TestAudiencePanelAnySize: the panel draws at every size without a line too wide or too many.
func TestAudiencePanelAnySize(t *testing.T) {
	m := withAudience(t, locale.English, 80, 24)
	for w := 1; w <= 90; w += 7 {
		for h := 1; h <= 26; h += 5 {
			m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
			lines := strings.Split(m.View().Content, "\n")
			if len(lines) != h {
				t.Fatalf("%d×%d: %d lines", w, h, len(lines))
			}
			for _, line := range lines {
				if render.StringWidth(line) > w {
					t.Fatalf("%d×%d: a line %d wide: %q", w, h, render.StringWidth(line), line)
				}
			}
		}
	}
}
