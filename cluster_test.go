package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/nats-io/nats-server/v2/server"

	"briefing/content/contenttest"
	"briefing/ui/meeting"
	"briefing/ui/meeting/natsbridge"
)

// startNATS runs a NATS server on 127.0.0.1 with config (nats-server's configuration language) and
// returns its URL.
func startNATS(t *testing.T, config string) string {
	t.Helper()
	opts := &server.Options{}
	if err := opts.ProcessConfigString(config); err != nil {
		t.Fatal(err)
	}
	opts.Host, opts.Port, opts.NoLog, opts.NoSigs = "127.0.0.1", -1, true, true
	ns, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(contenttest.Patience) {
		t.Fatal("the NATS server did not start")
	}
	t.Cleanup(func() { ns.Shutdown(); ns.WaitForShutdown() })
	return ns.ClientURL()
}

// natsUsers lets user node in with password "right", on meeting board's subjects.
const natsUsers = `authorization { users: [ { user: node, password: right,
  permissions: { publish: "briefing.board.>", subscribe: "briefing.board.>" } } ] }`

// node is a `briefing serve` process run in the test: exited is closed when it returns code.
type node struct {
	exited chan struct{}
	code   int
	stderr syncBuffer
}

// serveNode runs `briefing serve` with args until the test ends, and returns once it listens.
func serveNode(t *testing.T, args ...string) *node {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout syncBuffer
	n := &node{exited: make(chan struct{})}
	args = append([]string{"serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "key")}, args...)
	go func() {
		defer close(n.exited)
		n.code = run(ctx, args, strings.NewReader(""), &stdout, &n.stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-n.exited:
		case <-time.After(contenttest.Patience):
			t.Error("serve did not stop")
		}
	})
	listening := regexp.MustCompile(`Attendees connect with: ssh NAME@\S+ -p \d+`)
	deadline := time.NewTimer(contenttest.Patience)
	defer deadline.Stop()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !listening.MatchString(stdout.String()) {
		select {
		case <-n.exited:
			t.Fatalf("serve exited %d: %s", n.code, n.stderr.String())
		case <-deadline.C:
			t.Fatalf("serve did not start: %q", stdout.String())
		case <-tick.C:
		}
	}
	return n
}

// TestServeRefusesAnotherDocument: a server whose document differs from the meeting's exits 1 with
// one line saying so, before it opens its port.
func TestServeRefusesAnotherDocument(t *testing.T) {
	url := startNATS(t, natsUsers)
	password := filepath.Join(t.TempDir(), "password")
	if err := os.WriteFile(password, []byte("right\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	signIn := []string{"--nats", url, "--meeting", "board", "--nats-user", "node", "--nats-password-file", password}
	serveNode(t, signIn...)

	other := filepath.Join(t.TempDir(), "other.txt")
	if err := os.WriteFile(other, []byte("年中工作分析\n\n一、经济运行\n\n全县生产总值增长5.1%。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, nil, append([]string{"serve", other, "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "key")}, signIn...)...)
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if r.code != 1 || len(lines) != 1 || !strings.Contains(r.stderr, `meeting "board" serves another document`) || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want exit 1, no port opened and one line saying the document differs", r.code, r.stdout, r.stderr)
	}
	t.Logf("refused: %s", r.stderr)
}

// TestServeNATSErrors: bad credentials and NATS settings without --nats give one line and exit 1.
func TestServeNATSErrors(t *testing.T) {
	url := startNATS(t, natsUsers)
	dir := t.TempDir()
	wrong := filepath.Join(dir, "wrong")
	if err := os.WriteFile(wrong, []byte("guess\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	key := filepath.Join(dir, "key")
	for _, tc := range []struct {
		args   []string
		reason string
	}{
		{[]string{"--nats", url, "--meeting", "board", "--nats-user", "node", "--nats-password-file", wrong}, "Authorization Violation"},
		{[]string{"--nats", url, "--meeting", "board"}, "Authorization Violation"},
		{[]string{"--nats", "nats://127.0.0.1:1", "--meeting", "board"}, "127.0.0.1:1"},
		{[]string{"--nats", url}, "--meeting"},
		{[]string{"--nats", url, "--meeting", "a.b"}, "--meeting"},
		{[]string{"--meeting", "board"}, "--meeting needs --nats"},
		{[]string{"--nats-user", "node"}, "--nats-user needs --nats"},
	} {
		r := runCLI(t, nil, append([]string{"serve", "--listen", "127.0.0.1:0", "--host-key", key}, tc.args...)...)
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if r.code != 1 || len(lines) != 1 || !strings.Contains(r.stderr, tc.reason) || strings.Contains(r.stderr, "guess") {
			t.Errorf("%q: exit %d, stderr %q; want 1 and one line mentioning %q", tc.args, r.code, r.stderr, tc.reason)
		}
	}
}

// TestServeEndsWithTheMeeting: a server exits 0 when another node ends the meeting.
func TestServeEndsWithTheMeeting(t *testing.T) {
	url := startNATS(t, natsUsers)
	password := filepath.Join(t.TempDir(), "password")
	if err := os.WriteFile(password, []byte("right"), 0o600); err != nil {
		t.Fatal(err)
	}
	creds := natsbridge.Credentials{User: "node", PasswordFile: password}
	served := serveNode(t, "--nats", url, "--meeting", "board", "--nats-user", "node", "--nats-password-file", password)

	other, err := natsbridge.Join(context.Background(), meeting.NewHub(meeting.ReaderView), contenttest.Seed(t),
		natsbridge.Config{URL: url, Meeting: "board", Credentials: creds}, log.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	other.EndMeeting()
	select {
	case <-served.exited:
		if served.code != 0 {
			t.Fatalf("serve exited %d after the meeting ended: %s", served.code, served.stderr.String())
		}
	case <-time.After(contenttest.Patience):
		t.Fatalf("serve goes on after the meeting ended elsewhere: %s", served.stderr.String())
	}
	if !strings.Contains(served.stderr.String(), "the meeting was ended on another node") {
		t.Errorf("serve did not log why it stopped: %s", served.stderr.String())
	}
}
