package serve

import (
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/content/contenttest"
)

// followWithin bounds the wait for a following viewer to show the presenter's move. The budget is a
// second (TestLoadViewersFollow measures it); on a busy CI machine a test allows ten times that.
const followWithin = 10 * time.Second

// timeout bounds waits that have no stated budget: generous for a busy CI machine. A wait ends as
// soon as its condition holds, so only a failing test waits this long.
const timeout = 20 * time.Second

// TestViewerFollowsDetachesAndSnapsBack: a viewer follows the presenter within a second, stays put
// after moving on its own while the presenter moves on, and f brings it back.
func TestViewerFollowsDetachesAndSnapsBack(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	presenter := f.presenterTerm()
	viewer := f.connect(noKey(""), 100, 30)
	viewer.waitForAll(timeout, header(0), followingStatus(0))
	presenter.waitForAll(timeout, header(0), presenterStatus())

	presenter.sendKeys("2")
	viewer.waitFor(header(2), followWithin)
	viewer.waitFor(followingStatus(2), timeout)

	viewer.sendKeys("n")
	viewer.waitForAll(timeout, header(3), detachedStatus(2))

	presenter.sendKeys("4")
	presenter.waitFor(header(4), timeout)
	// The viewer learns where the presenter is, and stays where it went.
	screen := viewer.waitFor(detachedStatus(4), timeout)
	if !strings.Contains(screen, header(3)) {
		t.Fatalf("a detached viewer moved with the presenter; want it still on %q:\n%s", header(3), screen)
	}

	viewer.sendKeys("f")
	viewer.waitForAll(timeout, header(4), followingStatus(4))

	presenter.sendKeys("1")
	viewer.waitFor(header(1), followWithin)
}

// TestViewerCannotMovePresenter: a viewer's keys move only the viewer.
func TestViewerCannotMovePresenter(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	presenter := f.presenterTerm()
	viewer := f.connect(noKey(""), 100, 30)
	presenter.waitFor(header(0), timeout)
	viewer.waitFor(header(0), timeout)

	viewer.sendKeys("3")
	viewer.waitFor(header(3), timeout)
	viewer.sendKeys("n")
	viewer.waitForAll(timeout, header(4), detachedStatus(0))
	// A move is published while the key is handled, before the screen shows it: by now the hub
	// would hold it.
	if pos, moved := f.hubPosition(); moved || pos.Section != 0 {
		t.Fatalf("a viewer's keys moved the meeting to %+v", pos)
	}
	// The presenter is still at the opening, and still drives the meeting.
	if screen := presenter.screen(); !strings.Contains(screen, header(0)) {
		t.Fatalf("the presenter moved with a viewer's keys:\n%s", screen)
	}
	presenter.sendKeys("1")
	viewer.waitFor(detachedStatus(1), timeout)
	presenter.waitFor(header(1), timeout)
}

// TestViewerKeysLimitViewers: with --viewer-keys only listed keys (and presenters) get in; a
// client without a key is refused too.
func TestViewerKeysLimitViewers(t *testing.T) {
	t.Parallel()
	listed, stranger := newKey(t), newKey(t)
	keys := writeKeys(t, t.TempDir()+"/viewers", listed)
	f := newFixture(t, withConfig(func(c *Config) { c.ViewerKeys = keys }))

	f.refused(keyAuth(stranger), "a key not in --viewer-keys")
	f.refused(noKey(""), "a client without a key, although --viewer-keys is set,")
	viewer := f.connect(keyAuth(listed), 100, 30)
	viewer.waitForAll(timeout, header(0), waitingStatus())
	presenter := f.presenterTerm()
	presenter.waitForAll(timeout, header(0), presenterStatus())
	presenter.sendKeys("2")
	viewer.waitFor(header(2), followWithin)
}

// TestUnlistedKeyNeverPresents: a key not in --presenter-keys views: its moves are its own.
func TestUnlistedKeyNeverPresents(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	presenter := f.presenterTerm()
	var seen headerLog
	other, err := f.open(noKey(""), termOptions{ptyW: 100, ptyH: 30, onWrite: seen.observe})
	if err != nil {
		t.Fatal(err)
	}
	stranger := f.connect(keyAuth(newKey(t)), 100, 30)
	stranger.waitForAll(timeout, header(0), followingStatus(0))
	other.waitFor(header(0), timeout)
	presenter.waitFor(header(0), timeout)

	stranger.sendKeys("2")
	screen := stranger.waitForAll(timeout, header(2), detachedStatus(0))
	if strings.Contains(screen, presenterStatus()) {
		t.Fatalf("an unlisted key got the presenter's status line:\n%s", screen)
	}
	if pos, moved := f.hubPosition(); moved || pos.Section != 0 {
		t.Fatalf("an unlisted key moved the meeting to %+v", pos)
	}

	presenter.sendKeys("3")
	other.waitFor(header(3), followWithin)
	stranger.waitFor(detachedStatus(3), timeout)
	presenter.waitFor(header(3), timeout)
	if seen.saw(2) {
		t.Fatalf("a viewer followed an unlisted key to %q", header(2))
	}
}

// TestNoKeyViewsWithoutQuestion: a client without a key signs in by keyboard-interactive, is asked
// nothing, and views.
func TestNoKeyViewsWithoutQuestion(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var mu sync.Mutex
	var questions []string
	auth := noKeyRecording(&mu, &questions, "")
	viewer := f.connect(auth, 100, 30)
	viewer.waitForAll(timeout, header(0), waitingStatus())
	mu.Lock()
	defer mu.Unlock()
	if len(questions) > 0 {
		t.Fatalf("a client without a key was asked %q; want no question when there is no passcode", questions)
	}
}

// TestPasscode: with --passcode, clients without a listed key must answer the meeting's code.
func TestPasscode(t *testing.T) {
	t.Parallel()
	const code = "4711-meeting"
	f := newFixture(t, withConfig(func(c *Config) { c.Passcode = code }))

	var mu sync.Mutex
	var questions []string
	f.refused(noKeyRecording(&mu, &questions, "wrong"), "a client with a wrong code")
	mu.Lock()
	if len(questions) == 0 {
		t.Fatal("the client was never asked for the code")
	}
	mu.Unlock()
	f.refused(noKey(""), "a client with an empty code")
	stranger := newKey(t)
	f.refused(keyAuth(stranger), "an unknown key without the code")
	f.refused(append(keyAuth(stranger), noKey("wrong")...), "an unknown key with a wrong code")

	viewer := f.connect(noKey(code), 100, 30)
	viewer.waitForAll(timeout, header(0), waitingStatus())
	keyed := f.connect(append(keyAuth(stranger), noKey(code)...), 100, 30)
	keyed.waitForAll(timeout, header(0), waitingStatus())
	presenter := f.presenterTerm() // presenters need no code
	presenter.waitForAll(timeout, header(0), presenterStatus())
	presenter.sendKeys("3")
	viewer.waitFor(header(3), followWithin)
	keyed.waitFor(header(3), followWithin)
}

// TestPresenterReconnects: a presenter who drops and comes back opens where the meeting is and
// drives it again.
func TestPresenterReconnects(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	presenter := f.presenterTerm()
	viewer := f.connect(noKey(""), 100, 30)
	presenter.waitFor(header(0), timeout)
	presenter.sendKeys("3")
	viewer.waitFor(header(3), followWithin)
	presenter.close()
	if !contenttest.Eventually(timeout, func() bool { return f.srv.hub.Online() == 1 }) {
		t.Fatalf("the presenter's session did not leave the meeting: %d online", f.srv.hub.Online())
	}

	back := f.presenterTerm()
	back.waitForAll(timeout, header(3), presenterStatus())
	back.sendKeys("1")
	viewer.waitFor(header(1), followWithin)
	if screen := viewer.screen(); !strings.Contains(screen, followingStatus(1)) {
		t.Fatalf("viewer screen:\n%s", screen)
	}
}

// TestLatestPresenterWins: with two presenter sessions, viewers follow whoever moved last, and each
// presenter sees the other's moves.
func TestLatestPresenterWins(t *testing.T) {
	t.Parallel()
	second := newKey(t)
	f := newFixture(t, withPresenters(second))
	one := f.presenterTerm()
	two := f.connect(keyAuth(second), 100, 30)
	viewer := f.connect(noKey(""), 100, 30)
	for _, tm := range []*term{one, two, viewer} {
		tm.waitFor(header(0), timeout)
	}
	two.waitFor(presenterStatus(), timeout)

	one.sendKeys("2")
	viewer.waitFor(header(2), followWithin)
	two.waitFor(header(2), timeout)
	two.sendKeys("4")
	viewer.waitFor(header(4), followWithin)
	one.waitFor(header(4), timeout)
	one.sendKeys("1")
	viewer.waitFor(header(1), followWithin)
	two.waitFor(header(1), timeout)
	// The same key twice is two presenters as well.
	again := f.presenterTerm()
	again.waitFor(header(1), timeout)
	again.sendKeys("3")
	viewer.waitFor(header(3), followWithin)
	one.waitFor(header(3), timeout)
}

// headerLog records which sections' headers a screen ever showed.
type headerLog struct {
	mu   sync.Mutex
	seen [8]bool
}

func (l *headerLog) observe(t *term) {
	screen := t.screen()
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := range seedTitles() {
		if strings.Contains(screen, header(i)) {
			l.seen[i] = true
		}
	}
}

func (l *headerLog) saw(i int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.seen[i]
}
