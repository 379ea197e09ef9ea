package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// twelvePartPlan is a plan of an opening and twelve parts, written for these tests.
func twelvePartPlan() string {
	heads := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"}
	var b strings.Builder
	b.WriteString("某镇二〇二五年重点工作安排\n\n同志们：下面我就今年的重点工作讲几点意见。\n\n")
	for i, h := range heads {
		fmt.Fprintf(&b, "%s、做好第%d方面工作\n全年安排资金%d.5亿元，比上年增长%d.1%%。\n\n", h, i+1, i+2, i+3)
	}
	return b.String()
}

// fakeClock is a session's clock that moves only when the test says.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time               { return c.now }
func (c *fakeClock) advance(d time.Duration)      { c.now = c.now.Add(d) }
func (p *published) Publish(pos meeting.Position) { p.positions = append(p.positions, pos) }

// published records what a presenter's session publishes.
type published struct{ positions []meeting.Position }

// digitTyping is the twelve-part plan's presenter on its opening at 100×30, with its clock and what it
// publishes.
func digitTyping(t *testing.T) (Model, *fakeClock, *published) {
	t.Helper()
	clock := &fakeClock{now: fixedNow()}
	out := &published{}
	b := contenttest.Parse(t, "plan.txt", []byte(twelvePartPlan()))
	if b.Parts() != 12 {
		t.Fatalf("the plan has %d parts, want 12", b.Parts())
	}
	m := New(b, Options{Theme: render.Dark, Role: meeting.Presenter, Meeting: out, Now: clock.Now})
	return step(m, tea.WindowSizeMsg{Width: 100, Height: 30}), clock, out
}

// tick delivers the digits' timeout as the program would when its timer fires: the message the
// command carries, without waiting for it.
func tick(m Model) Model { return step(m, digitsDoneMsg{seq: m.digits.seq}) }

// TestDigitsWaitASecond: with twelve parts, 1 waits for another digit — the footer says so — and opens
// part 1 once a second has passed by the session's clock, not before (a timer firing early waits for
// the rest); the move is published. 1 then 2 opens part 12 at once; enter opens at once and a late
// timeout changes nothing; another key forgets the digits.
func TestDigitsWaitASecond(t *testing.T) {
	section := func(m Model) int { return m.Position().Section }

	m, clock, out := digitTyping(t)
	part1, _ := m.briefing.SectionNumbered(1)
	part12, _ := m.briefing.SectionNumbered(12)
	typing, cmd := stepCmd(m, keyPress("1"))
	if cmd == nil {
		t.Fatal("1 of twelve parts schedules no timeout")
	}
	if section(typing) != 0 || !strings.Contains(ansi.Strip(typing.footer()), "→ 1") {
		t.Fatalf("1 should wait for another digit, saying so; at section %d, footer %q", section(typing), ansi.Strip(typing.footer()))
	}
	clock.advance(digitWait - time.Millisecond)
	early, again := stepCmd(typing, digitsDoneMsg{seq: typing.digits.seq})
	if section(early) != 0 {
		t.Fatalf("the digits opened section %d before their second was over", section(early))
	}
	if again == nil {
		t.Fatal("a timeout that came early schedules nothing for the rest of the second")
	}
	clock.advance(time.Millisecond)
	done := tick(early)
	if section(done) != part1 {
		t.Fatalf("a second after 1 the presenter is at section %d, want part 1 (section %d)", section(done), part1)
	}
	if strings.Contains(ansi.Strip(done.footer()), "→ 1") {
		t.Errorf("the footer still shows the digits: %q", ansi.Strip(done.footer()))
	}
	if n := len(out.positions); n == 0 || out.positions[n-1].Section != part1 {
		t.Errorf("the timeout's move was not published: %+v", out.positions)
	}

	m, clock, _ = digitTyping(t)
	m = press(m, "1")
	clock.advance(digitWait * 9 / 10)
	if twelve := press(m, "2"); section(twelve) != part12 {
		t.Errorf("1 then 2 is at section %d, want part 12 (section %d) at once", section(twelve), part12)
	}

	m, clock, _ = digitTyping(t)
	m = press(m, "1", "enter", "n")
	clock.advance(digitWait)
	if late := tick(m); section(late) != part1+1 {
		t.Errorf("1, enter, n, then the timeout: at section %d, want %d", section(late), part1+1)
	}

	m, clock, _ = digitTyping(t)
	m = press(m, "1", "j")
	clock.advance(digitWait)
	if forgot := tick(m); section(forgot) != 0 {
		t.Errorf("1 then j, then the timeout: at section %d, want the digits forgotten", section(forgot))
	}
}
