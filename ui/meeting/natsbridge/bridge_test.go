package natsbridge

import (
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
)

// TestMovesReachEveryNode: a presenter's move on node A reaches the viewers of B and C; the
// attendance of the three nodes is summed on each.
func TestMovesReachEveryNode(t *testing.T) {
	url := startNATS(t, "")
	b := seed(t)
	a, bn, c := joinNode(t, b, testConfig(url)), joinNode(t, b, testConfig(url)), joinNode(t, b, testConfig(url))
	presenter := a.hub.Join("presenter", meeting.Presenter)
	defer presenter.Leave()
	var viewers []*meeting.Member
	for _, n := range []*node{bn, bn, c} {
		v := n.hub.Join("viewer", meeting.Viewer)
		defer v.Leave()
		viewers = append(viewers, v)
	}
	// Everyone counts everyone: one presenter and three viewers.
	for i, m := range append([]*meeting.Member{presenter}, viewers...) {
		if !contenttest.Eventually(timeout, func() bool { return m.Snapshot().Online == 4 }) {
			t.Fatalf("member %d counts %d online; want 4", i, m.Snapshot().Online)
		}
	}
	if s := presenter.Snapshot(); len(s.Audience) != 3 {
		t.Fatalf("the presenter's audience is %v; want the three viewers", s.Audience)
	}

	start := time.Now()
	presenter.Publish(at(3))
	for i, v := range viewers {
		if !contenttest.Eventually(timeout, func() bool { s := v.Snapshot(); return s.HasPresenter && s.Presenter.Section == 3 }) {
			t.Fatalf("viewer %d never followed the move", i)
		}
	}
	t.Logf("a move on node A reached the viewers of B and C in %v", time.Since(start).Round(time.Millisecond))
}

// spy listens to the meeting's subject as any client allowed to could.
type spy struct {
	mu   sync.Mutex
	msgs []Message
}

func listen(t *testing.T, url string) *spy {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	s := &spy{}
	if _, err := nc.Subscribe("briefing.board.state", func(msg *nats.Msg) {
		m, err := decode(msg.Data)
		if err != nil {
			t.Errorf("a node sent what it cannot read back: %v", err)
			return
		}
		s.mu.Lock()
		s.msgs = append(s.msgs, m)
		s.mu.Unlock()
	}); err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	return s
}

// from is what node sent, in order.
func (s *spy) from(node string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, m := range s.msgs {
		if m.Node == node {
			out = append(out, m)
		}
	}
	return out
}

// TestNoNodePassesOnAMove: after A's presenter moves, B and C apply the move and keep sending
// heartbeats, none of which carries A's move (a node never re-publishes what it received); A's own
// heartbeats carry it.
func TestNoNodePassesOnAMove(t *testing.T) {
	t.Parallel() // waits on NATS and timers more than it works
	url := startNATS(t, "")
	heard := listen(t, url)
	b := seed(t)
	a, bn, c := joinNode(t, b, quickConfig(url)), joinNode(t, b, quickConfig(url)), joinNode(t, b, quickConfig(url))
	presenter := a.hub.Join("presenter", meeting.Presenter)
	defer presenter.Leave()
	presenter.Publish(at(2))
	for _, n := range []*node{bn, c} {
		if !contenttest.Eventually(timeout, func() bool { m, _ := n.hub.Latest(); return m.Position.Section == 2 }) {
			t.Fatal("a node never applied the move")
		}
	}
	// Two heartbeats from each after the move arrived.
	counts := map[string]int{bn.br.Node(): len(heard.from(bn.br.Node())), c.br.Node(): len(heard.from(c.br.Node()))}
	for node, before := range counts {
		if !contenttest.Eventually(timeout, func() bool { return len(heard.from(node)) >= before+2 }) {
			t.Fatalf("node %s stopped sending heartbeats", node)
		}
	}
	for _, n := range []*node{bn, c} {
		for _, m := range heard.from(n.br.Node()) {
			if m.Move != nil {
				t.Fatalf("node %s passed on a move it received: %+v", n.br.Node(), *m.Move)
			}
		}
	}
	withMove := 0
	for _, m := range heard.from(a.br.Node()) {
		if m.Move != nil && m.Move.Section == 2 && m.Move.Node == a.br.Node() {
			withMove++
		}
	}
	if withMove == 0 {
		t.Fatal("node A never published its presenter's move")
	}
}

// TestLatestMoveWins: presenters on A and B move at the same time, over and over; every node ends
// on the same move, the one with the latest stamp.
func TestLatestMoveWins(t *testing.T) {
	url := startNATS(t, "")
	b := seed(t)
	nodes := []*node{joinNode(t, b, testConfig(url)), joinNode(t, b, testConfig(url)), joinNode(t, b, testConfig(url))}
	p1 := nodes[0].hub.Join("p1", meeting.Presenter)
	defer p1.Leave()
	p2 := nodes[1].hub.Join("p2", meeting.Presenter)
	defer p2.Leave()
	var wg sync.WaitGroup
	for i, p := range []*meeting.Member{p1, p2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for step := range 200 {
				p.Publish(at((step + i) % 5))
			}
		}()
	}
	wg.Wait()
	same := func() bool {
		first, _ := nodes[0].hub.Latest()
		for _, n := range nodes[1:] {
			if m, _ := n.hub.Latest(); m != first {
				return false
			}
		}
		return true
	}
	if !contenttest.Eventually(timeout, same) {
		var held []meeting.Move
		for _, n := range nodes {
			m, _ := n.hub.Latest()
			held = append(held, m)
		}
		t.Fatalf("the nodes never agreed: %+v", held)
	}
	final, _ := nodes[0].hub.Latest()
	for _, p := range []*meeting.Member{p1, p2} {
		if s := p.Snapshot(); s.Presenter != final.Position {
			t.Fatalf("a presenter sees %+v; the meeting is at %+v", s.Presenter, final.Position)
		}
	}
}

// TestSilentNodeIsDropped: a node that stops sending heartbeats (its connection gone, no goodbye)
// is no longer counted once its expiry has passed (by default three heartbeats of a second, so
// within 5 s: ui/serve's TestMeetingAcrossThreeNodes kills a node at the defaults); a node that
// leaves is dropped at once. The nodes here beat four times a second.
func TestSilentNodeIsDropped(t *testing.T) {
	t.Parallel() // waits on NATS and timers more than it works
	if d := (Config{}).withDefaults(); d.Heartbeat != time.Second || d.Expiry != 3*time.Second {
		t.Errorf("the default heartbeat is %v and expiry %v; want 1 s and 3 s", d.Heartbeat, d.Expiry)
	}
	url := startNATS(t, "")
	b := seed(t)
	a, bn, c := joinNode(t, b, quickConfig(url)), joinNode(t, b, quickConfig(url)), joinNode(t, b, quickConfig(url))
	presenter := a.hub.Join("presenter", meeting.Presenter)
	defer presenter.Leave()
	for _, n := range []*node{bn, c, c} {
		defer n.hub.Join("viewer", meeting.Viewer).Leave()
	}
	if !contenttest.Eventually(timeout, func() bool { return presenter.Snapshot().Online == 4 }) {
		t.Fatalf("counted %d; want 4", presenter.Snapshot().Online)
	}

	// C dies: its heartbeats stop and its connection drops without a word.
	c.br.close(sayNothing)
	died := time.Now()
	if !contenttest.Eventually(timeout, func() bool { return presenter.Snapshot().Online == 2 }) {
		t.Fatalf("still counting %d after C died; want 2", presenter.Snapshot().Online)
	}
	dropped := time.Since(died)
	cfg := quickConfig(url).withDefaults()
	t.Logf("a silent node was dropped from the count after %v (heartbeat %v, expiry %v)", dropped.Round(time.Millisecond), cfg.Heartbeat, cfg.Expiry)
	if dropped < cfg.Expiry-cfg.Heartbeat {
		t.Errorf("a silent node was dropped after %v, before its expiry of %v could pass", dropped, cfg.Expiry)
	}
	if !strings.Contains(a.log.String(), "node fell silent") {
		t.Errorf("A did not log the silent node:\n%s", a.log.String())
	}

	bn.br.Leave()
	left := time.Now()
	if !contenttest.Eventually(timeout, func() bool { return presenter.Snapshot().Online == 1 }) {
		t.Fatalf("still counting %d after B left; want 1", presenter.Snapshot().Online)
	}
	t.Logf("a node that left was dropped after %v", time.Since(left).Round(time.Millisecond))
}

// TestJoinerLearnsThePosition: a node that joins after the presenter moved opens where the meeting
// is, even when the node whose presenter made the move has left.
func TestJoinerLearnsThePosition(t *testing.T) {
	url := startNATS(t, "")
	b := seed(t)
	a, bn := joinNode(t, b, testConfig(url)), joinNode(t, b, testConfig(url))
	presenter := a.hub.Join("presenter", meeting.Presenter)
	presenter.Publish(at(4))
	if !contenttest.Eventually(timeout, func() bool { m, _ := bn.hub.Latest(); return m.Position.Section == 4 }) {
		t.Fatal("B never applied the move")
	}
	presenter.Leave()
	a.br.Leave()

	late := joinNode(t, b, testConfig(url))
	if m, moved := late.hub.Latest(); !moved || m.Position.Section != 4 {
		t.Fatalf("a node joining late holds %+v (moved %v); want section 4", m, moved)
	}
}

// TestEndMeeting: a node that ends the meeting ends it on every node.
func TestEndMeeting(t *testing.T) {
	url := startNATS(t, "")
	b := seed(t)
	a, bn := joinNode(t, b, testConfig(url)), joinNode(t, b, testConfig(url))
	viewer := bn.hub.Join("viewer", meeting.Viewer)
	defer viewer.Leave()
	a.br.EndMeeting()
	select {
	case <-bn.br.Ended():
	case <-time.After(timeout):
		t.Fatal("B never heard that the meeting ended")
	}
	if !bn.hub.Ended() || !viewer.Snapshot().Ended {
		t.Fatal("B's meeting goes on after it ended elsewhere")
	}
}

// TestAnotherDocumentIsRefused: a node serving another document cannot join, and says why in one
// line; the meeting goes on.
func TestAnotherDocumentIsRefused(t *testing.T) {
	url := startNATS(t, "")
	a := joinNode(t, seed(t), testConfig(url))
	_, err := tryJoin(t, otherDocument(t), testConfig(url))
	if err == nil {
		t.Fatal("a node serving another document joined")
	}
	oneLine(t, err)
	for _, want := range []string{`meeting "board" serves another document`, "hengnan-2024.txt", "other.txt"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("refusal %q does not say %q", err, want)
		}
	}
	if !strings.Contains(a.log.String(), "a node with another document asked to join") {
		t.Errorf("the meeting's node did not log the refused node:\n%s", a.log.String())
	}
	// The same document under another name joins.
	renamed := seed(t)
	renamed.Name = "copy-of-the-speech.md"
	joinNode(t, renamed, testConfig(url))
}

// TestNATSRestart: when the NATS server goes away, each node's sessions go on alone; when it comes
// back on the same address, the nodes reconnect, count each other again and moves flow again.
func TestNATSRestart(t *testing.T) {
	t.Parallel() // waits on NATS and timers more than it works
	ns := startNATSOn(t, "", -1)
	url := ns.ClientURL()
	port := ns.Addr().(*net.TCPAddr).Port
	b := seed(t)
	a, bn := joinNode(t, b, quickConfig(url)), joinNode(t, b, quickConfig(url))
	presenter := a.hub.Join("presenter", meeting.Presenter)
	defer presenter.Leave()
	viewer := bn.hub.Join("viewer", meeting.Viewer)
	defer viewer.Leave()
	if !contenttest.Eventually(timeout, func() bool { return presenter.Snapshot().Online == 2 }) {
		t.Fatalf("counted %d; want 2", presenter.Snapshot().Online)
	}

	ns.Shutdown()
	ns.WaitForShutdown()
	presenter.Publish(at(1)) // the meeting on A goes on without NATS
	if s := presenter.Snapshot(); s.Presenter.Section != 1 {
		t.Fatalf("the presenter's own node did not take the move: %+v", s)
	}
	if !contenttest.Eventually(timeout, func() bool { return presenter.Snapshot().Online == 1 }) {
		t.Fatalf("B is still counted while unreachable: %d", presenter.Snapshot().Online)
	}

	restarted := startNATSOn(t, "", port)
	defer func() { restarted.Shutdown(); restarted.WaitForShutdown() }()
	if !contenttest.Eventually(timeout, func() bool { return presenter.Snapshot().Online == 2 }) {
		t.Fatalf("B was not counted again after NATS came back: %d", presenter.Snapshot().Online)
	}
	presenter.Publish(at(4))
	if !contenttest.Eventually(timeout, func() bool { s := viewer.Snapshot(); return s.Presenter.Section == 4 }) {
		t.Fatal("moves do not reach B after NATS came back")
	}
	if !strings.Contains(a.log.String(), "reconnected to NATS") {
		t.Errorf("A did not log the reconnection:\n%s", a.log.String())
	}
}
