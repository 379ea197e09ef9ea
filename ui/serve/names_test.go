package serve

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"
)

// hostileName is a user name that tries to drive the presenter's terminal: a hyperlink (OSC 8), a
// DCS and an APC string, and blinking red text (SGR).
const hostileName = "\x1b]8;;http://evil.invalid\x1b\\click\x1b]8;;\x1b\\\x1bP+qDCSNAME\x1b\\\x1b_APCNAME\x1b\\\x1b[5;31mSGRNAME"

// TestNamesCannotDrivePresenter: viewers' user names reach the presenter's screen and the log only
// as printable text cut to 32 columns: no escape sequence of theirs reaches the presenter, no log line
// grows with them, and 200 KB names do not slow the presenter down.
func TestNamesCannotDrivePresenter(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	presenter, err := f.open(keyAuth(f.presenter), termOptions{ptyW: 200, ptyH: 30, recordRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	presenter.waitFor(header(0), timeout)
	hostile, err := f.open(noKey(""), termOptions{ptyW: 80, ptyH: 24, user: hostileName})
	if err != nil {
		t.Fatal(err)
	}
	hostile.waitFor(header(0), timeout)
	presenter.waitFor(online(2), timeout)
	presenter.sendKeys("a") // the audience panel lists the names
	presenter.waitFor("clickSGRNAME", timeout)
	for _, bad := range []string{"\x1b]8;;http://evil", "evil.invalid", "DCSNAME", "APCNAME", "\x1b[5;31m"} {
		if strings.Contains(presenter.output(), bad) {
			t.Errorf("a viewer's user name sent %q to the presenter's terminal", bad)
		}
	}
	if !strings.Contains(presenter.screen(), "clickSGRNAME") {
		t.Errorf("the presenter does not see the viewer's name as text:\n%s", presenter.screen())
	}

	n := scaled(10, 60)
	start := time.Now()
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := range n {
		c, err := openLightViewerAs(f.addr, fmt.Sprintf("%03d", i)+strings.Repeat("x", 200<<10))
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	presenter.waitFor(online(n+2), 3*timeout)
	t.Logf("%d viewers with 200 KB names joined in %v", n, time.Since(start).Round(time.Millisecond))
	var moves []time.Duration
	for i, section := range []int{1, 2, 3, 4, 1} {
		began := time.Now()
		presenter.sendKeys(fmt.Sprint(section))
		presenter.waitFor(header(section), 3*timeout)
		if i > 0 { // the first move may still wait for the announcement of the arrivals
			moves = append(moves, time.Since(began))
		}
	}
	t.Logf("presenter's moves with %d viewers named 200 KB each: %v", n, moves)
	for _, took := range moves {
		if took > followWithin {
			t.Errorf("a presenter's move took %v with %d long names in the meeting; want well under a second", took, n)
		}
	}
	for _, line := range strings.Split(f.log.String(), "\n") {
		if len(line) > 1024 {
			t.Fatalf("a log line of %d bytes: %q…", len(line), line[:200])
		}
	}
}
