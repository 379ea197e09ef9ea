package natsbridge

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/log/v2"
	"github.com/nats-io/nats.go"

	"briefing/content"
	"briefing/content/sanitize"
	"briefing/ui/meeting"
)

// Bridge is a node's link to the meeting's other nodes: it publishes what happens in its Hub and
// applies what the others publish.
type Bridge struct {
	cfg    Config
	hub    *meeting.Hub
	doc    Document
	shape  shape
	node   string
	nc     *nats.Conn
	log    *log.Logger
	roster *roster
	warned warnings

	stateSubject, helloSubject string

	lastAsyncErr atomic.Pointer[error] // the latest error the server reported (a permission refused)
	objected     chan struct{}         // closed at the first error the server reports
	objectOnce   sync.Once
	closing      atomic.Bool

	stop      chan struct{}
	done      chan struct{}
	ended     chan struct{}
	endOnce   sync.Once
	closeOnce sync.Once
}

// Join connects to NATS and joins hub, serving b, to the meeting cfg names. It returns once the
// meeting's nodes have answered (or there are none yet); it refuses, with one line that says why, a
// meeting whose nodes serve another document or speak another protocol, and credentials the server
// rejects. logger reports nodes joining and leaving and the connection's troubles.
func Join(ctx context.Context, hub *meeting.Hub, b *content.Briefing, cfg Config, logger *log.Logger) (*Bridge, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	signIn, err := cfg.Credentials.options()
	if err != nil {
		return nil, err
	}
	node, err := newNodeName()
	if err != nil {
		return nil, err
	}
	prefix := "briefing." + cfg.Meeting
	br := &Bridge{
		cfg: cfg, hub: hub, doc: DocumentOf(b), shape: shapeOf(b), node: node, log: logger,
		roster:       newRoster(hub, cfg.Expiry),
		stateSubject: prefix + ".state", helloSubject: prefix + ".hello",
		stop: make(chan struct{}), done: make(chan struct{}), ended: make(chan struct{}),
		objected: make(chan struct{}),
	}
	opts := append(make([]nats.Option, 0, len(signIn)+8), signIn...)
	opts = append(opts,
		nats.Name("briefing "+cfg.Meeting+" "+node),
		nats.NoEcho(),                     // a node never hears its own messages
		nats.MaxReconnects(-1),            // a server restarting or a cluster failing over is waited out
		nats.ReconnectWait(cfg.Heartbeat), // and tried again as often as the node says it is there
		nats.CustomInboxPrefix(prefix+".inbox"),
		nats.DisconnectErrHandler(br.disconnected),
		nats.ReconnectHandler(br.reconnected),
		nats.ClosedHandler(br.closed),
		nats.ErrorHandler(br.asyncError),
	)
	br.nc, err = nats.Connect(cfg.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("--nats %s: %w", redacted(cfg.URL), err)
	}
	if err := br.join(ctx); err != nil {
		br.closing.Store(true)
		br.nc.Close()
		return nil, err
	}
	changes, stopWatching := hub.Watch()
	go br.run(changes, stopWatching)
	logger.Info("joined the meeting", "meeting", cfg.Meeting, "node", node, "nats", br.nc.ConnectedUrlRedacted())
	return br, nil
}

// join listens to the meeting, then asks its nodes for its state and checks their document.
func (br *Bridge) join(ctx context.Context) error {
	br.hub.SetNode(br.node)
	if _, err := br.nc.Subscribe(br.stateSubject, br.receive); err != nil {
		return fmt.Errorf("meeting %q: %w", br.cfg.Meeting, err)
	}
	// The server answers a subscription it refuses before it answers the flush.
	if err := br.nc.FlushTimeout(br.cfg.JoinTimeout); err != nil {
		return fmt.Errorf("meeting %q: %w", br.cfg.Meeting, err)
	}
	if async := br.lastAsyncErr.Load(); async != nil {
		return fmt.Errorf("meeting %q: %w", br.cfg.Meeting, *async)
	}
	ctx, cancel := context.WithTimeout(ctx, br.cfg.JoinTimeout)
	defer cancel()
	// A refusal reported after the flush (the hello's publish, say) ends the wait for an answer.
	go func() {
		select {
		case <-br.objected:
			cancel()
		case <-ctx.Done():
		}
	}()
	reply, err := br.nc.RequestWithContext(ctx, br.helloSubject, encode(br.message(KindHello, false)))
	switch {
	case errors.Is(err, nats.ErrNoResponders):
		br.log.Info("first node of the meeting", "meeting", br.cfg.Meeting)
	case err != nil:
		if async := br.lastAsyncErr.Load(); async != nil {
			return fmt.Errorf("meeting %q: %w", br.cfg.Meeting, *async) // the server refused something: that is the reason
		}
		return fmt.Errorf("meeting %q: no answer from its nodes: %w", br.cfg.Meeting, err)
	default:
		m, err := decode(reply.Data)
		if err != nil {
			return fmt.Errorf("meeting %q: %w", br.cfg.Meeting, err)
		}
		if m.Document.SHA256 != br.doc.SHA256 {
			return fmt.Errorf("meeting %q serves another document: %s (sha256 %s), not %s (sha256 %s); every node must serve the same file",
				br.cfg.Meeting, m.Document.Name, m.Document.short(), sanitize.Line(br.doc.Name), br.doc.short())
		}
		br.take(m, true)
	}
	if _, err := br.nc.Subscribe(br.helloSubject, br.answerHello); err != nil {
		return fmt.Errorf("meeting %q: %w", br.cfg.Meeting, err)
	}
	if err := br.nc.FlushTimeout(br.cfg.JoinTimeout); err != nil {
		return fmt.Errorf("meeting %q: %w", br.cfg.Meeting, err)
	}
	return nil
}

// Node is this node's name in the meeting.
func (br *Bridge) Node() string { return br.node }

// Ended is closed when another node ended the meeting; this node's Hub has ended too.
func (br *Bridge) Ended() <-chan struct{} { return br.ended }

// Leave takes this node out of the meeting, which goes on elsewhere: the others stop counting its
// sessions at once. It is safe to call more than once, and after EndMeeting.
func (br *Bridge) Leave() { br.close(sayBye) }

// EndMeeting ends the meeting on every node, then leaves.
func (br *Bridge) EndMeeting() { br.close(sayEnded) }

// farewell is what a node says as it closes.
type farewell int

const (
	sayNothing farewell = iota // as a node that dies: the others notice its silence
	sayBye                     // the node leaves, the meeting goes on
	sayEnded                   // the meeting is over
)

func (br *Bridge) close(say farewell) {
	br.closeOnce.Do(func() {
		close(br.stop)
		<-br.done
		br.closing.Store(true)
		var last *Message
		switch say {
		case sayBye:
			m := br.message(KindBye, false)
			last = &m
		case sayEnded:
			m := br.message(KindState, false)
			m.Ended = true
			last = &m
		}
		if last != nil && br.nc.IsConnected() { // while NATS is away there is no one to tell
			if err := br.nc.Publish(br.stateSubject, encode(*last)); err == nil {
				_ = br.nc.FlushTimeout(2 * time.Second) // a server that is gone cannot hold the shutdown
			}
		}
		br.nc.Close()
	})
}

// run publishes this node's moves as they happen and its state every heartbeat, and drops the
// nodes that fell silent.
func (br *Bridge) run(changes <-chan struct{}, stopWatching func()) {
	defer close(br.done)
	defer stopWatching()
	beat := time.NewTicker(br.cfg.Heartbeat)
	defer beat.Stop()
	sweep := time.NewTicker(max(br.cfg.Heartbeat/4, time.Millisecond))
	defer sweep.Stop()
	var sent meeting.Stamp
	for {
		select {
		case <-br.stop:
			return
		case <-changes:
			if move, moved := br.hub.Latest(); moved && move.Stamp.Node == br.node && move.Stamp != sent {
				sent = move.Stamp
				br.publish(br.message(KindState, false))
			}
		case <-beat.C:
			m := br.message(KindState, false)
			if m.Move != nil {
				sent = meeting.Stamp{Seq: m.Move.Seq, Node: m.Move.Node}
			}
			br.publish(m)
		case now := <-sweep.C:
			for _, node := range br.roster.expire(now) {
				br.log.Warn("node fell silent: no longer counted", "meeting", br.cfg.Meeting, "node", node)
			}
		}
	}
}

// message is this node's state. The move is included when this node's presenter made it, or any
// move when anyMove (the answer to a hello).
func (br *Bridge) message(kind Kind, anyMove bool) Message {
	here := br.hub.Here()
	m := Message{
		Protocol: Protocol, Kind: kind, Node: br.node, Document: br.doc,
		Online: here.Online, Presenters: here.Presenters, Viewers: len(here.Viewers),
		TalkMillis: talkMillis(br.hub.Began(), time.Now()),
	}
	m.Document.Name = sanitize.Cut(sanitize.Line(m.Document.Name), maxDocumentName)
	for _, name := range here.Viewers[:min(len(here.Viewers), MaxNames)] {
		m.Names = append(m.Names, sanitize.Name(name))
	}
	if move, moved := br.hub.Latest(); moved && (anyMove || move.Stamp.Node == br.node) {
		m.Move = wireMove(move)
	}
	return m
}

func (br *Bridge) publish(m Message) {
	if err := br.nc.Publish(br.stateSubject, encode(m)); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		br.log.Warn("cannot publish to the meeting", "meeting", br.cfg.Meeting, "err", err)
	}
}

// newNodeName is a name no other node will have: 16 random hex digits.
func newNodeName() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("name this node: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}
