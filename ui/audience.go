package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"briefing/ui/meeting"
)

// The audience panel is a table: role, name, how long connected, and what the server vouches for
// (the proof). Role and time are short and always whole; the name and the proof share the rest. A
// proof that does not fit is shortened from its middle (shortProof); a name is cut only when it
// would leave the proof less than a short fingerprint, and then a name posing as a fingerprint, which
// is only worth its mark, is cut first. When even that does not fit (40 columns), each attendee
// takes two lines: role, name and time, then the proof.

const (
	columnGap = 2
	// shortFingerprint is the narrowest a proof is drawn beside a name: SHA256:abcd…wxyz.
	shortFingerprint = 16
	// narrowName is the narrowest a name column is drawn, unless every name is shorter.
	narrowName = 8
)

// audienceRow is one attendee's cells, in plain text.
type audienceRow struct {
	role, name, mark, since, proof string
}

// audienceLines list who is connected, in width × height.
func (m Model) audienceLines(width, height int) []string {
	w, s := m.words, m.styles
	title := s.PaneTitle.Render(w.Audience) + s.Muted.Render(" · "+w.Online.N(m.meet.latest.Online))
	rows := m.audienceRows()
	head := audienceRow{role: w.RoleColumn, name: w.NameColumn, since: w.ConnectedFor, proof: w.ProofColumn}
	roleW, nameWant, sinceW, proofWant := cellWidths(head, rows)

	// Role, time and the gaps are fixed; the name and the proof share what is left.
	shared := width - roleW - sinceW - 3*columnGap
	minProof := min(shortFingerprint, proofWant)
	nameW := min(nameWant, max(shared-proofWant, shared/2))
	nameW = min(nameW, shared-minProof)
	stacked := nameW < min(nameWant, narrowName)

	var table [][]string // the lines of each attendee, the heading first
	for i, r := range append([]audienceRow{head}, rows...) {
		style := s.OutlineSection
		if i == 0 {
			style = s.Muted
		}
		role, since := fit(r.role, roleW), fit(r.since, sinceW)
		gap := strings.Repeat(" ", columnGap)
		if stacked { // role, name and time; under them the proof (none under the heading)
			nameRoom := max(width-roleW-sinceW-2*columnGap, 1)
			name := style.Render(nameCell(r, nameRoom, s.Warning.Render))
			name += strings.Repeat(" ", max(nameRoom-ansi.StringWidth(name), 0))
			entry := []string{role + gap + name + gap + s.Muted.Render(since)}
			if i > 0 {
				entry = append(entry, strings.Repeat(" ", roleW+columnGap)+s.Muted.Render(shortProof(r.proof, width-roleW-columnGap)))
			}
			table = append(table, entry)
			continue
		}
		proofRoom := max(shared-nameW, 1)
		name := style.Render(nameCell(r, nameW, s.Warning.Render))
		name += strings.Repeat(" ", max(nameW-ansi.StringWidth(name), 0))
		table = append(table, []string{role + gap + name + gap + s.Muted.Render(since+gap+shortProof(r.proof, proofRoom))})
	}

	// As many attendees as the height holds, the rest counted; the blank line under the title only
	// when there is room for it.
	heading, entries := table[0], table[1:]
	per := 1 // lines per attendee
	if stacked {
		per = 2
	}
	lines := []string{title}
	if 1+1+len(heading)+per*len(entries) <= height {
		lines = append(lines, "")
	}
	lines = append(lines, heading...)
	shown := len(entries)
	if room := height - len(lines); per*shown > room {
		shown = max((room-1)/per, 0) // a line for how many more
	}
	for _, entry := range entries[:shown] {
		lines = append(lines, entry...)
	}
	if shown < len(entries) {
		lines = append(lines, s.Muted.Render(w.MorePeople.N(len(entries)-shown)))
	}
	return lines
}

// audienceRows are the attendees' cells: a role, the name they chose (marked when it poses as a
// fingerprint or an address), how long they have been connected, and what vouches for them.
func (m Model) audienceRows() []audienceRow {
	w := m.words
	now := m.clock.now()
	rows := make([]audienceRow, 0, len(m.meet.latest.Attendees))
	for _, a := range m.meet.latest.Attendees {
		r := audienceRow{role: w.ViewerRole, name: a.Name, since: "—", proof: a.Proof}
		if a.Role == meeting.Presenter {
			r.role = w.Presenter
		}
		if meeting.NamePosesAsProof(a.Name) {
			r.mark = w.ChosenName
		}
		if !a.Joined.IsZero() {
			r.since = formatElapsed(max(now.Sub(a.Joined), 0).Truncate(time.Second))
		}
		switch {
		case a.Local:
			r.proof = w.ThisTerminal
		case a.Elsewhere:
			r.proof = w.OtherServer
		case r.proof == "":
			r.proof = "—"
		}
		rows = append(rows, r)
	}
	return rows
}

// cellWidths are the widths each column wants: its widest cell, heading included.
func cellWidths(head audienceRow, rows []audienceRow) (role, name, since, proof int) {
	for _, r := range append([]audienceRow{head}, rows...) {
		role = max(role, ansi.StringWidth(r.role))
		name = max(name, nameCellWidth(r))
		since = max(since, ansi.StringWidth(r.since))
		proof = max(proof, ansi.StringWidth(r.proof))
	}
	return role, name, since, proof
}

func nameCellWidth(r audienceRow) int {
	if r.mark == "" {
		return ansi.StringWidth(r.name)
	}
	return ansi.StringWidth(r.name) + 1 + ansi.StringWidth(r.mark)
}

// nameCell is the name in at most width cells, with its mark (drawn by markStyle) kept whole while
// the name keeps a character beside it: the mark says more than the rest of a name posing as a
// fingerprint.
func nameCell(r audienceRow, width int, markStyle func(...string) string) string {
	if r.mark == "" {
		return ansi.Truncate(r.name, width, "…")
	}
	room := width - 1 - ansi.StringWidth(r.mark)
	if room < 2 {
		return ansi.Truncate(r.name+" "+r.mark, width, "…")
	}
	return ansi.Truncate(r.name, room, "…") + " " + markStyle(r.mark)
}

// shortProof fits what vouches for an attendee into width cells. It is whole when it fits; a key
// fingerprint keeps its algorithm and equal parts of the start and the end of its hash
// (SHA256:abcd…wxyz), the parts people compare; an address keeps its start and its end (the port).
// When not even one character of each end fits, it is cut at the end.
func shortProof(proof string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(proof) <= width {
		return proof
	}
	keep, rest := "", proof
	if algorithm, hash, ok := strings.Cut(proof, ":"); ok && isFingerprintAlgorithm(algorithm) {
		keep, rest = algorithm+":", hash
	}
	room := width - len(keep) - 1 // the ellipsis
	if room < 2 || !isASCII(proof) {
		return ansi.Truncate(proof, width, "…")
	}
	tail := room / 2
	head := room - tail
	return keep + rest[:head] + "…" + rest[len(rest)-tail:]
}

// isFingerprintAlgorithm reports whether s names a key fingerprint's hash, as ssh writes it.
func isFingerprintAlgorithm(s string) bool {
	switch strings.ToUpper(s) {
	case "SHA256", "SHA1", "MD5":
		return true
	}
	return false
}
