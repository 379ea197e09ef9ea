package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// digitWait is how long typed digits wait for another before they open their section, when the
// document has ten parts or more (so that 1 then 2 reaches part 12).
const digitWait = time.Second

// digits are section numbers being typed.
type digits struct {
	typed string
	at    time.Time // when the last digit was typed, by the session's clock
	seq   int       // which typing a timeout belongs to; a later digit makes earlier timeouts stale
}

// digitsDoneMsg ends the typing seq when no other digit came in time.
type digitsDoneMsg struct{ seq int }

// wait schedules the typing's timeout after d.
func (d digits) wait(after time.Duration) tea.Cmd {
	seq := d.seq
	return tea.Tick(after, func(time.Time) tea.Msg { return digitsDoneMsg{seq: seq} })
}

// typeDigit takes a digit key: with fewer than ten parts it opens that section at once; otherwise it
// collects digits until none could follow (the number times ten is past the last part, or it is 0),
// enter, or a second without another digit.
func (m Model) typeDigit(d rune) (Model, tea.Cmd) {
	m.digits.typed += string(d)
	n := atoi(m.digits.typed)
	if n == 0 || n*10 > m.briefing.Parts() {
		return m.openTyped(), nil
	}
	m.digits.seq++
	m.digits.at = m.clock.now()
	m.notice = "→ " + m.digits.typed
	return m, m.digits.wait(digitWait)
}

// digitsDone opens the typed section once a second has passed since the last digit, by the
// session's clock: a timeout that comes early waits for the rest, one of an earlier typing (or of
// digits already opened or forgotten) changes nothing.
func (m Model) digitsDone(msg digitsDoneMsg) (Model, tea.Cmd) {
	if msg.seq != m.digits.seq || m.digits.typed == "" {
		return m, nil
	}
	if left := digitWait - m.clock.now().Sub(m.digits.at); left > 0 {
		return m, m.digits.wait(left)
	}
	return m.openTyped(), nil
}

// openTyped opens the section numbered by the digits typed, if there is one, and forgets them.
func (m Model) openTyped() Model {
	n := atoi(m.digits.typed)
	m.digits.typed, m.notice = "", ""
	if i, ok := m.briefing.SectionNumbered(n); ok {
		return m.apply(navigate(m.nav, m.navContext(), action{kind: jumpTo, n: i}))
	}
	return m
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = min(n*10+int(r-'0'), 1_000_000)
	}
	return n
}
