package natsbridge

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"time"

	"briefing/content/sanitize"
	"briefing/ui/meeting"
)

// Protocol is the version of Message. A node refuses to join a meeting whose nodes speak another.
const Protocol = 1

// Bounds on what a message may carry. A message past them is dropped whole.
const (
	MaxMessageSize  = 64 << 10                                     // bytes
	MaxNames        = 256                                          // viewers' names per node; the count says how many there are
	maxOnline       = 1 << 20                                      // members a node may claim
	maxDocumentName = 80                                           // columns of a document's name in messages
	maxTalkMillis   = int64(7 * 24 * time.Hour / time.Millisecond) // a talk longer than a week is not believed
)

// Kind is why a message was sent.
type Kind string

const (
	// KindState is a node's state: sent when a presenter there moves, every heartbeat, and as the
	// answer to a hello.
	KindState Kind = "state"
	// KindHello asks the meeting's nodes for its state; a joining node sends it as a request.
	KindHello Kind = "hello"
	// KindBye says the node is leaving: the others stop counting its attendance at once.
	KindBye Kind = "bye"
)

// Message is the one message the meeting's nodes exchange: the meeting as one node holds it.
type Message struct {
	Protocol int      `json:"protocol"`
	Kind     Kind     `json:"kind"`
	Node     string   `json:"node"` // the sender
	Document Document `json:"document"`
	// Move is the meeting's latest move. In a heartbeat it is present only when the sender's own
	// presenter made it (a node never sends on what it received); in the answer to a hello it is
	// whatever move the sender holds.
	Move *Move `json:"move,omitempty"`
	// The sender's own attendance: members, how many present, how many view and (at most MaxNames
	// of) their names.
	Online     int      `json:"online"`
	Presenters int      `json:"presenters"`
	Viewers    int      `json:"viewers"`
	Names      []string `json:"names,omitempty"`
	Ended      bool     `json:"ended,omitempty"` // the meeting is over, for every node
	// TalkMillis is how long ago the talk began, by the sender's clock, in milliseconds; 0 before
	// the first move. A duration, not a time of day: the nodes' clocks need not agree.
	TalkMillis int64 `json:"talk_ms,omitempty"`
}

// Move is a presenter's move on the wire: where, and its stamp.
type Move struct {
	Document int     `json:"document"` // the document's place in the agenda: 0 for now (document.go)
	Section  int     `json:"section"`
	Point    int     `json:"point"`
	Within   float64 `json:"within"`
	View     string  `json:"view"` // reader or slides
	Figure   int     `json:"figure"`
	Seq      uint64  `json:"seq"`
	Node     string  `json:"node"` // the node whose presenter made it
}

// Views on the wire.
const (
	viewReader = "reader"
	viewSlides = "slides"
)

// wireMove is m as sent.
func wireMove(m meeting.Move) *Move {
	view := viewReader
	if m.Position.View == meeting.SlidesView {
		view = viewSlides
	}
	p := m.Position
	return &Move{Document: p.Document, Section: p.Section, Point: p.Point, Within: p.Within, View: view, Figure: p.Figure, Seq: m.Stamp.Seq, Node: m.Stamp.Node}
}

// meetingMove is the move as the Hub takes it.
func (m *Move) meetingMove() meeting.Move {
	view := meeting.ReaderView
	if m.View == viewSlides {
		view = meeting.SlidesView
	}
	return meeting.Move{
		Position: meeting.Position{Document: m.Document, Section: m.Section, Point: m.Point, Within: m.Within, View: view, Figure: m.Figure},
		Stamp:    meeting.Stamp{Seq: m.Seq, Node: m.Node},
	}
}

// talkMillis is how long ago a talk that began at began did, in milliseconds on the wire; 0 for
// none.
func talkMillis(began, now time.Time) int64 {
	if began.IsZero() {
		return 0
	}
	return min(max(now.Sub(began).Milliseconds(), 1), maxTalkMillis)
}

// began is when the sender's talk began, by this node's clock at now; zero for none.
func (m Message) began(now time.Time) time.Time {
	if m.TalkMillis <= 0 {
		return time.Time{}
	}
	return now.Add(-time.Duration(m.TalkMillis) * time.Millisecond)
}

// attendance is the sender's attendance as the Hub takes it.
func (m Message) attendance() meeting.Attendance {
	return meeting.Attendance{Online: m.Online, Presenters: m.Presenters, Viewers: m.Names}
}

// nodeName is what a node's name may be: the names this package makes are 16 hex digits.
var nodeName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// digest is a SHA-256 in hex.
var digest = regexp.MustCompile(`^[0-9a-f]{64}$`)

// encode is m on the wire.
func encode(m Message) []byte {
	data, err := json.Marshal(m)
	if err != nil { // a Message holds nothing json cannot encode
		panic(fmt.Sprintf("natsbridge: encode: %v", err))
	}
	return data
}

// decode reads a message from the wire and checks what does not depend on the document: its size,
// protocol, kind, names and counts. The viewers' names come back printable and cut to a width.
func decode(data []byte) (Message, error) {
	var m Message
	if len(data) > MaxMessageSize {
		return m, fmt.Errorf("a message of %d bytes (at most %d)", len(data), MaxMessageSize)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("not a meeting message: %w", err)
	}
	if !nodeName.MatchString(m.Node) {
		return m, errors.New("a message without a valid node name")
	}
	if m.Protocol != Protocol {
		return m, fmt.Errorf("node %s speaks protocol %d, this node %d", m.Node, m.Protocol, Protocol)
	}
	if !digest.MatchString(m.Document.SHA256) || m.Document.Version < 1 {
		return m, fmt.Errorf("node %s names its document without a valid digest and version", m.Node)
	}
	switch m.Kind {
	case KindState, KindHello, KindBye:
	default:
		return m, fmt.Errorf("node %s sent a message of unknown kind %q", m.Node, sanitize.Name(string(m.Kind)))
	}
	if m.Online < 0 || m.Online > maxOnline || m.Presenters < 0 || m.Viewers < 0 || m.Presenters+m.Viewers > m.Online || len(m.Names) > MaxNames {
		return m, fmt.Errorf("node %s sent impossible counts (%d online, %d presenting, %d viewing, %d names)", m.Node, m.Online, m.Presenters, m.Viewers, len(m.Names))
	}
	if m.TalkMillis < 0 || m.TalkMillis > maxTalkMillis {
		return m, fmt.Errorf("node %s says the talk began %d ms ago", m.Node, m.TalkMillis)
	}
	if m.Move != nil && (!nodeName.MatchString(m.Move.Node) || m.Move.Seq == 0 || m.Move.View != viewReader && m.Move.View != viewSlides) {
		return m, fmt.Errorf("node %s sent a move without a valid stamp or view", m.Node)
	}
	for i, name := range m.Names {
		m.Names[i] = sanitize.Name(name)
	}
	m.Document.Name = sanitize.Cut(sanitize.Line(m.Document.Name), maxDocumentName)
	return m, nil
}
