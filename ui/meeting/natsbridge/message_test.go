package natsbridge

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/nats-io/nats.go"

	"briefing/content/contenttest"
	"briefing/content/sanitize"
	"briefing/ui/meeting"
)

// validMessage is a state message for the seed from node "n1".
func validMessage(t *testing.T) Message {
	return Message{
		Protocol: Protocol, Kind: KindState, Node: "n1", Document: DocumentOf(seed(t)),
		Move:   &Move{Section: 1, Point: -1, View: viewReader, Figure: -1, Seq: 3, Node: "n1"},
		Online: 3, Presenters: 1, Viewers: 2, Names: []string{"a", "b"},
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Message)
		raw    []byte
	}{
		{name: "too large", raw: []byte(`{"names":["` + strings.Repeat("x", MaxMessageSize) + `"]}`)},
		{name: "not JSON", raw: []byte("\x1b]52;c;aGk=\x07")},
		{name: "no node", change: func(m *Message) { m.Node = "" }},
		{name: "a node name with a subject wildcard", change: func(m *Message) { m.Node = "a.>" }},
		{name: "another protocol", change: func(m *Message) { m.Protocol = 2 }},
		{name: "an unknown kind", change: func(m *Message) { m.Kind = "shout" }},
		{name: "no digest", change: func(m *Message) { m.Document.SHA256 = "" }},
		{name: "no version", change: func(m *Message) { m.Document.Version = 0 }},
		{name: "negative online", change: func(m *Message) { m.Online = -1 }},
		{name: "more presenters and viewers than online", change: func(m *Message) { m.Presenters = 3 }},
		{name: "a count past any node", change: func(m *Message) { m.Online, m.Viewers = 1<<40, 1<<40 }},
		{name: "too many names", change: func(m *Message) { m.Names = make([]string, MaxNames+1); m.Online, m.Viewers = MaxNames+1, MaxNames+1 }},
		{name: "a move with no clock", change: func(m *Message) { m.Move.Seq = 0 }},
		{name: "a move with no node", change: func(m *Message) { m.Move.Node = "" }},
		{name: "a move in an unknown view", change: func(m *Message) { m.Move.View = "poster" }},
		{name: "a talk that begins in the future", change: func(m *Message) { m.TalkMillis = -1 }},
		{name: "a talk longer than a week", change: func(m *Message) { m.TalkMillis = maxTalkMillis + 1 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.raw
			if tc.change != nil {
				m := validMessage(t)
				tc.change(&m)
				data = encode(m)
			}
			if _, err := decode(data); err == nil {
				t.Fatal("decoded")
			} else {
				oneLine(t, err)
			}
		})
	}
	if _, err := decode(encode(validMessage(t))); err != nil {
		t.Fatalf("a valid message: %v", err)
	}
}

// TestDecodeSanitisesNames: names and the document's name arrive printable and cut.
func TestDecodeSanitisesNames(t *testing.T) {
	m := validMessage(t)
	m.Names = []string{"eve\x1b]52;c;cHduZWQ=\x07", strings.Repeat("长", 100)}
	m.Document.Name = "doc\x1b[2J.txt"
	got, err := decode(encode(m))
	if err != nil {
		t.Fatal(err)
	}
	if got.Names[0] != "eve" || got.Names[1] != sanitize.Name(m.Names[1]) || got.Document.Name != "doc.txt" {
		t.Fatalf("names %q, document %q; want them printable and cut", got.Names, got.Document.Name)
	}
}

func TestShapeFits(t *testing.T) {
	s := shapeOf(seed(t))
	ok := meeting.Position{Section: len(s) - 1, Point: -1, Figure: -1, Within: 1, View: meeting.SlidesView}
	if !s.fits(ok) {
		t.Fatalf("%+v does not fit", ok)
	}
	for _, p := range []meeting.Position{
		{Section: len(s), Point: -1, Figure: -1},
		{Section: -1, Point: -1, Figure: -1},
		{Section: 0, Point: s[0].points, Figure: -1},
		{Section: 0, Point: -2, Figure: -1},
		{Section: 0, Point: -1, Figure: s[0].figures},
		{Section: 0, Point: -1, Figure: -1, Within: 1.5},
		{Section: 0, Point: -1, Figure: -1, Within: -0.1},
		{Section: 0, Point: -1, Figure: -1, View: 7},
		{Document: 1, Section: 0, Point: -1, Figure: -1},
	} {
		if s.fits(p) {
			t.Errorf("%+v fits", p)
		}
	}
}

// publisher is a NATS client that is not a node: whoever may publish on the meeting's subject.
func publisher(t *testing.T, url string) func(Message) {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return func(m Message) {
		t.Helper()
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if err := nc.Publish("briefing.board.state", data); err != nil {
			t.Fatal(err)
		}
		if err := nc.Flush(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWhatArrivesIsChecked: moves outside the document and moves passed on for another node are not
// applied; names with escape sequences reach the presenter printable; and a well-formed move from any
// client allowed to publish moves the meeting (the security model: publishing is presenting).
func TestWhatArrivesIsChecked(t *testing.T) {
	url := startNATS(t, "")
	a := joinNode(t, seed(t), testConfig(url))
	presenter := a.hub.Join("presenter", meeting.Presenter)
	defer presenter.Leave()
	send := publisher(t, url)

	outside := validMessage(t)
	outside.Node, outside.Move.Node, outside.Move.Section, outside.Move.Seq = "x1", "x1", 99, 1000
	passedOn := validMessage(t)
	passedOn.Node, passedOn.Move.Node, passedOn.Move.Seq = "x2", "someone-else", 1001
	named := validMessage(t)
	named.Node, named.Move = "x3", nil
	named.Names = []string{"mallory\x1b]0;owned\x07", "\x1b[31mred\x1b[0m"}
	send(outside)
	send(passedOn)
	send(named)
	if !contenttest.Eventually(timeout, func() bool { return presenter.Snapshot().Online == 1+3*3 }) {
		t.Fatalf("counted %d; want the presenter and three nodes of three", presenter.Snapshot().Online)
	}
	if _, moved := a.hub.Latest(); moved {
		m, _ := a.hub.Latest()
		t.Fatalf("a move outside the document or passed on was applied: %+v", m)
	}
	audience := fmt.Sprint(presenter.Snapshot().Audience)
	if strings.ContainsAny(audience, "\x1b\x07") || !strings.Contains(audience, "mallory") || !strings.Contains(audience, "red") {
		t.Fatalf("the presenter's audience is %q; want the names, printable", audience)
	}
	for _, want := range []string{"ignoring a move outside the document", "ignoring a move passed on by another node"} {
		if !strings.Contains(a.log.String(), want) {
			t.Errorf("the node did not log %q:\n%s", want, a.log.String())
		}
	}

	forged := validMessage(t)
	forged.Node, forged.Move.Node, forged.Move.Section, forged.Move.Seq = "x4", "x4", 3, 5
	send(forged)
	if !contenttest.Eventually(timeout, func() bool { s := presenter.Snapshot(); return s.HasPresenter && s.Presenter.Section == 3 }) {
		t.Fatal("a well-formed move from a client allowed to publish did not move the meeting")
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"no URL", Config{Meeting: "m"}, "--nats needs"},
		{"no meeting", Config{URL: "nats://127.0.0.1:4222"}, "--meeting"},
		{"a meeting that is not one subject token", Config{URL: "x", Meeting: "a.b"}, "--meeting"},
		{"a password without a user", Config{URL: "x", Meeting: "m", Credentials: Credentials{Password: "p"}}, "needs --nats-user"},
		{"a certificate without its key", Config{URL: "x", Meeting: "m", Credentials: Credentials{CertFile: "c"}}, "both"},
	} {
		err := tc.cfg.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want an error saying %q", tc.name, err, tc.want)
		}
	}
}

func TestRedacted(t *testing.T) {
	got := redacted("nats://node:s3cret@127.0.0.1:4222, nats://t0ken@127.0.0.1:4223,nats://127.0.0.1:4224")
	if strings.Contains(got, "s3cret") || strings.Contains(got, "t0ken") || !strings.Contains(got, "node:") || !strings.Contains(got, "127.0.0.1:4224") {
		t.Fatalf("redacted: %q", got)
	}
}
