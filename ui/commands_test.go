package ui

import (
	"reflect"
	"runtime"
	"testing"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// waitsOnly reports whether cmd is one of the commands that only wait and then say so: Bubble Tea's
// tick (the presenter's clock) and the text cursor's blink. Their message is decided when they are
// made (a clock tick, a blink), so running them would only wait a second or half of one to learn
// it: they can never quit, open anything or ask the terminal a question.
func waitsOnly(cmd tea.Cmd) bool {
	switch runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name() {
	case "charm.land/bubbletea/v2.Tick.func1", "charm.land/bubbles/v2/cursor.(*Model).Blink.func1":
		return true
	}
	return false
}

// messagesNow runs cmd and every command of a batch or sequence it returns, except those that only
// wait (waitsOnly), and returns their messages in order.
func messagesNow(cmd tea.Cmd) []tea.Msg {
	if cmd == nil || waitsOnly(cmd) {
		return nil
	}
	msg := cmd()
	if v := reflect.ValueOf(msg); v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var msgs []tea.Msg
		for i := range v.Len() {
			msgs = append(msgs, messagesNow(v.Index(i).Interface().(tea.Cmd))...)
		}
		return msgs
	}
	return []tea.Msg{msg}
}

// TestWaitsOnlyKnowsTheTimers: the commands messagesNow does not run are the clock's tick and the
// cursor's blink, as they are made, and nothing else is skipped.
func TestWaitsOnlyKnowsTheTimers(t *testing.T) {
	input := textinput.New()
	if !waitsOnly(tea.Tick(time.Hour, func(time.Time) tea.Msg { return nil })) || !waitsOnly(input.Focus()) {
		t.Fatal("a tick or the cursor's blink is not recognised: messagesNow would wait for it")
	}
	for _, cmd := range []tea.Cmd{tea.Quit, tea.RequestBackgroundColor, tea.Batch(tea.Quit, tea.Quit)} {
		if waitsOnly(cmd) {
			t.Fatal("a command that does not wait is taken for a timer")
		}
	}
	msgs := messagesNow(tea.Sequence(tea.Quit, tea.Batch(tea.RequestBackgroundColor, tea.Tick(time.Hour, nil))))
	if len(msgs) != 2 || msgs[0] != tea.Quit() || msgs[1] != tea.RequestBackgroundColor() {
		t.Fatalf("messagesNow gave %v, want quit and the background request", msgs)
	}
}
