package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// clock is the presenter's timer: the time of day and how long since the talk began, which is the
// first move (s starts it again). In a meeting the meeting says when that was (From): a session
// that joins late counts from the same moment as one that was there.
type clock struct {
	now       func() time.Time
	started   time.Time // zero until the first move
	restarted bool      // s started it again here: the meeting's start no longer counts
	ticking   bool      // a tick is on its way
}

// clockTickMsg redraws the clock once a second while slides are shown.
type clockTickMsg struct{}

func newClock(now func() time.Time) clock {
	if now == nil {
		now = time.Now
	}
	return clock{now: now}
}

// Start starts the timer at the first move; later moves do not restart it.
func (c clock) Start() clock {
	if c.started.IsZero() {
		c.started = c.now()
	}
	return c
}

// From starts the timer at began, when the meeting's talk began, unless it was started again
// here; a zero began changes nothing.
func (c clock) From(began time.Time) clock {
	if !began.IsZero() && !c.restarted {
		c.started = began
	}
	return c
}

// Restart starts the timer again from now, whatever the meeting says.
func (c clock) Restart() clock {
	c.started, c.restarted = c.now(), true
	return c
}

// Running reports whether the talk has begun: the timer has a start.
func (c clock) Running() bool { return !c.started.IsZero() }

// Elapsed is the time since the start, zero before it.
func (c clock) Elapsed() time.Duration {
	if c.started.IsZero() {
		return 0
	}
	return c.now().Sub(c.started)
}

// Tick schedules the next redraw unless one is already on its way.
func (c clock) Tick() (clock, tea.Cmd) {
	if c.ticking {
		return c, nil
	}
	c.ticking = true
	return c, tea.Tick(time.Second, func(time.Time) tea.Msg { return clockTickMsg{} })
}

// Ticked notes that the tick arrived.
func (c clock) Ticked() clock {
	c.ticking = false
	return c
}

// formatElapsed writes a duration as mm:ss, or h:mm:ss past an hour.
func formatElapsed(d time.Duration) string {
	total := int(d / time.Second)
	h, m, s := total/3600, total/60%60, total%60
	two := func(n int) string {
		if n < 10 {
			return "0" + itoa(n)
		}
		return itoa(n)
	}
	if h > 0 {
		return itoa(h) + ":" + two(m) + ":" + two(s)
	}
	return two(m) + ":" + two(s)
}
