package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// syncBuffer is a bytes.Buffer that a server goroutine may write while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeCommand: `briefing serve` prints where it listens and the host key's fingerprint, serves
// that key to clients, and exits 0 when interrupted.
func TestServeCommand(t *testing.T) {
	dir := t.TempDir()
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(private)
	if err != nil {
		t.Fatal(err)
	}
	presenters := filepath.Join(dir, "presenters")
	if err := os.WriteFile(presenters, gossh.MarshalAuthorizedKey(signer.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	exited := make(chan int, 1)
	go func() {
		exited <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key"),
			"--presenter-keys", presenters}, strings.NewReader(""), &stdout, &stderr)
	}()

	banner := regexp.MustCompile(`Serving \S+ on (127\.0\.0\.1:\d+)\nHost key (SHA256:\S+)\nAttendees connect with: ssh NAME@127\.0\.0\.1 -p (\d+)\n` +
		`.*\n200 viewers at the 240×80 window clamp would take about 1\.\d GiB of memory`)
	var m []string
	deadline := time.Now().Add(contenttest.Patience)
	for m = banner.FindStringSubmatch(stdout.String()); m == nil; m = banner.FindStringSubmatch(stdout.String()) {
		select {
		case code := <-exited:
			t.Fatalf("serve exited %d: stdout %q, stderr %q", code, stdout.String(), stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve printed %q; want where it listens and its host key", stdout.String())
		}
	}
	if _, port, _ := net.SplitHostPort(m[1]); port != m[3] {
		t.Fatalf("serve listens on %s but tells attendees port %s", m[1], m[3])
	}

	var seen string
	client, err := gossh.Dial("tcp", m[1], &gossh.ClientConfig{
		User: "presenter",
		Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			seen = gossh.FingerprintSHA256(key)
			return nil
		},
		Timeout: contenttest.Patience,
	})
	if err != nil {
		t.Fatalf("dial %s: %v", m[1], err)
	}
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.Output("sections")
	if err != nil || !strings.Contains(string(out), "以文教旺推进城乡旺") {
		t.Fatalf("sections over SSH: %v\n%s", err, out)
	}
	_ = client.Close()
	if seen != m[2] {
		t.Fatalf("serve printed host key %s, clients see %s", m[2], seen)
	}

	cancel()
	select {
	case code := <-exited:
		if code != 0 {
			t.Fatalf("serve exited %d after an interrupt; want 0 (stderr %q)", code, stderr.String())
		}
	case <-time.After(contenttest.Patience):
		t.Fatal("serve did not stop after an interrupt")
	}
}

// TestServeCommandErrors: bad serve flags give one line on stderr and exit 1.
func TestServeCommandErrors(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "host_key")
	for _, tc := range []struct {
		args   []string
		reason string
	}{
		{[]string{"serve", "--listen", "127.0.0.1:0", "--host-key", key, "--presenter-keys", filepath.Join(dir, "missing")}, "missing"},
		{[]string{"serve", "--listen", "no-port", "--host-key", key}, "no-port"},
		{[]string{"serve", "--listen", "127.0.0.1:0", "--host-key", key, "--max-sessions", "-1"}, "negative"},
	} {
		r := runCLI(t, nil, tc.args...)
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if r.code != 1 || len(lines) != 1 || !strings.Contains(r.stderr, tc.reason) {
			t.Errorf("%q: exit %d, stderr %q; want 1 and one line mentioning %q", tc.args, r.code, r.stderr, tc.reason)
		}
	}
}
