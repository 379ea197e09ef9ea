package natsbridge

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/nats-io/nats-server/v2/server"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/ui/meeting"
)

// timeout bounds waits that have no stated budget: generous, for a busy machine.
const timeout = contenttest.Patience

// startNATS runs a NATS server on 127.0.0.1 with config (nats-server's configuration language; empty
// for none) and returns its URL. It is shut down at the end of the test.
func startNATS(tb testing.TB, config string) string {
	tb.Helper()
	ns := startNATSOn(tb, config, -1)
	tb.Cleanup(func() {
		ns.Shutdown()
		ns.WaitForShutdown()
	})
	return ns.ClientURL()
}

// startNATSOn runs a NATS server on 127.0.0.1:port (-1 for any); the caller shuts it down.
func startNATSOn(tb testing.TB, config string, port int) *server.Server {
	tb.Helper()
	opts := &server.Options{}
	if config != "" {
		if err := opts.ProcessConfigString(config); err != nil {
			tb.Fatalf("NATS configuration: %v", err)
		}
	}
	opts.Host, opts.Port, opts.NoLog, opts.NoSigs = "127.0.0.1", port, true, true
	ns, err := server.NewServer(opts)
	if err != nil {
		tb.Fatalf("NATS server: %v", err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(timeout) {
		tb.Fatal("the NATS server did not start")
	}
	return ns
}

// lockedBuffer is a log that a bridge writes while a test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// node is one node of a meeting: a hub announcing every 50 ms, joined by a bridge.
type node struct {
	hub *meeting.Hub
	br  *Bridge
	log *lockedBuffer
}

func seed(tb testing.TB) *content.Briefing {
	tb.Helper()
	return contenttest.Seed(tb)
}

// otherDocument is a short briefing of our own, not the seed.
func otherDocument(tb testing.TB) *content.Briefing {
	tb.Helper()
	return contenttest.Parse(tb, "other.txt", []byte("年中工作分析\n\n一、经济运行\n\n全县生产总值增长5.1%。\n\n二、下步打算\n\n抓好项目建设。\n"))
}

// testConfig joins meeting "board" on url with the default heartbeat.
func testConfig(url string) Config {
	return Config{URL: url, Meeting: "board"}
}

// quickConfig is testConfig with a heartbeat four times as frequent, for tests whose proof does not
// depend on the default timings but that wait for heartbeats, expiries or reconnections.
func quickConfig(url string) Config {
	c := testConfig(url)
	c.Heartbeat = 250 * time.Millisecond
	return c
}

// joinNode starts a hub and joins it to the meeting; the node leaves at the end of the test.
func joinNode(tb testing.TB, b *content.Briefing, cfg Config) *node {
	tb.Helper()
	n, err := tryJoin(tb, b, cfg)
	if err != nil {
		tb.Fatalf("join: %v", err)
	}
	return n
}

func tryJoin(tb testing.TB, b *content.Briefing, cfg Config) (*node, error) {
	n := &node{hub: meeting.NewHub(meeting.ReaderView), log: &lockedBuffer{}}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() { defer close(ran); n.hub.Run(ctx, 50*time.Millisecond) }()
	tb.Cleanup(func() { cancel(); <-ran })
	br, err := Join(context.Background(), n.hub, b, cfg, log.New(n.log))
	if err != nil {
		return nil, err
	}
	n.br = br
	tb.Cleanup(br.Leave)
	return n, nil
}

func at(section int) meeting.Position {
	p := meeting.StartPosition(meeting.ReaderView)
	p.Section = section
	return p
}

// oneLine fails the test if err is not a single line.
func oneLine(tb testing.TB, err error) {
	tb.Helper()
	if strings.Contains(err.Error(), "\n") {
		tb.Fatalf("the error is more than one line: %q", err)
	}
}
