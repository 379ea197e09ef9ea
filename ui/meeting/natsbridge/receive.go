package natsbridge

import (
	"sync"
	"time"

	"github.com/nats-io/nats.go"
)

// receive takes a message on the meeting's subject: another node's state, or its goodbye.
func (br *Bridge) receive(msg *nats.Msg) {
	m, err := decode(msg.Data)
	if err != nil {
		br.warnOnce("dropped a message", err.Error())
		return
	}
	if m.Node == br.node || m.Kind == KindHello {
		return
	}
	if m.Document.SHA256 != br.doc.SHA256 {
		br.warnOnce("ignoring a node that serves another document", m.Node, "document", m.Document.Name, "sha256", m.Document.short())
		return
	}
	switch m.Kind {
	case KindBye:
		if br.roster.gone(m.Node) {
			br.log.Info("node left the meeting", "meeting", br.cfg.Meeting, "node", m.Node)
		}
	case KindState:
		br.take(m, false)
	}
}

// take applies another node's state: its attendance, when the talk began, its move if it is later
// than the one held, and the meeting's end. fromHello says the message answers this node's hello:
// its move may be any node's.
func (br *Bridge) take(m Message, fromHello bool) {
	now := time.Now()
	isNew, counted := br.roster.heard(m.Node, m.attendance(), now)
	switch {
	case !counted:
		br.warnOnce("too many nodes: not counting", m.Node)
	case isNew:
		br.log.Info("node in the meeting", "meeting", br.cfg.Meeting, "node", m.Node, "online", m.Online)
	}
	br.hub.BeganAt(m.began(now)) // before the move: the sessions it wakes count from the talk's start
	if m.Move != nil {
		move := m.Move.meetingMove()
		switch {
		case !br.shape.fits(move.Position):
			br.warnOnce("ignoring a move outside the document", m.Node)
		case !fromHello && move.Stamp.Node != m.Node:
			br.warnOnce("ignoring a move passed on by another node", m.Node)
		default:
			br.hub.Apply(move)
		}
	}
	if m.Ended {
		br.endOnce.Do(func() {
			br.log.Info("the meeting was ended on another node", "meeting", br.cfg.Meeting, "node", m.Node)
			br.hub.End()
			close(br.ended)
		})
	}
}

// answerHello tells a joining node the meeting's state, whatever its document: it refuses itself.
func (br *Bridge) answerHello(msg *nats.Msg) {
	m, err := decode(msg.Data)
	if err != nil || m.Kind != KindHello {
		return
	}
	if m.Document.SHA256 != br.doc.SHA256 {
		br.log.Warn("a node with another document asked to join", "meeting", br.cfg.Meeting, "node", m.Node, "document", m.Document.Name)
	}
	if err := msg.Respond(encode(br.message(KindState, true))); err != nil {
		br.log.Warn("cannot answer a joining node", "meeting", br.cfg.Meeting, "node", m.Node, "err", err)
	}
}

func (br *Bridge) disconnected(_ *nats.Conn, err error) {
	if !br.closing.Load() {
		br.log.Warn("lost the connection to NATS; reconnecting, this node's sessions go on", "meeting", br.cfg.Meeting, "err", err)
	}
}

func (br *Bridge) reconnected(nc *nats.Conn) {
	br.log.Info("reconnected to NATS", "meeting", br.cfg.Meeting, "nats", nc.ConnectedUrlRedacted())
}

func (br *Bridge) closed(nc *nats.Conn) {
	if !br.closing.Load() {
		br.log.Error("the NATS connection closed for good: this node goes on alone", "meeting", br.cfg.Meeting, "err", nc.LastError())
	}
}

func (br *Bridge) asyncError(_ *nats.Conn, _ *nats.Subscription, err error) {
	br.lastAsyncErr.Store(&err)
	br.objectOnce.Do(func() { close(br.objected) })
	br.warnOnce("NATS reported an error", err.Error())
}

// warnOnce logs what from a node (or about a reason) once: a node that keeps sending what cannot be
// used does not fill the log. It remembers a bounded number of them.
func (br *Bridge) warnOnce(what, key string, keyvals ...any) {
	if br.warned.first(what + "\x00" + key) {
		br.log.Warn(what, append([]any{"meeting", br.cfg.Meeting, "about", key}, keyvals...)...)
	}
}

// warnings is what warnOnce has said.
type warnings struct {
	mu   sync.Mutex
	seen map[string]struct{}
}

const maxWarnings = 1024

func (w *warnings) first(key string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, ok := w.seen[key]; ok || len(w.seen) >= maxWarnings {
		return false
	}
	if w.seen == nil {
		w.seen = map[string]struct{}{}
	}
	w.seen[key] = struct{}{}
	return true
}
