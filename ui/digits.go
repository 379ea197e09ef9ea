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
	seq   int // which typing a timeout belongs to; a later digit makes earlier timeouts stale
}

// digitsDoneMsg ends the typing seq when no other digit came in time.
type digitsDoneMsg struct{ seq int }

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
	seq := m.digits.seq
	m.notice = "→ " + m.digits.typed
	return m, tea.Tick(digitWait, func(time.Time) tea.Msg { return digitsDoneMsg{seq: seq} })
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
