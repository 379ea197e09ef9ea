package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/ui/meeting"
)

// seedWords are the interface's words for the seed, a Chinese document (loadSeed holds it to that):
// the tests read them from the same table as the reader and the server.
func seedWords() *locale.Words { return locale.Chinese.Words() }

// seedTitles are the seed's sections, in order. header(i) is how the reader's header names section i.
func seedTitles() []string {
	return []string{seedWords().Opening, "以工业强支撑县域强", "以文教旺推进城乡旺", "以民生稳促进大局稳", "以作风实保障发展实"}
}

// header is the right-hand side of the reader's header for section i: "2/4 · 以文教旺推进城乡旺", and
// for the opening its name alone.
func header(i int) string {
	if i == 0 {
		return seedTitles()[0]
	}
	return place(i) + " · " + seedTitles()[i]
}

// place is how the header and the status lines name section i of the seed: the opening by its name,
// a part by its number over the four parts.
func place(i int) string {
	if i == 0 {
		return seedTitles()[0]
	}
	return fmt.Sprintf("%d/%d", i, len(seedTitles())-1)
}

// followingStatus is a viewer's status line while following the presenter at section i.
func followingStatus(i int) string {
	return seedWords().Following + " · " + place(i)
}

// waitingStatus is a viewer's status line while no presenter has joined yet.
func waitingStatus() string { return seedWords().NoPresenter + " · " + seedWords().ReadFreely }

// leftStatus is a following viewer's status line after the last presenter left.
func leftStatus() string { return seedWords().PresenterLeft + " · " + seedWords().ReadFreely }

// detachedStatus is a viewer's status line while reading alone, the presenter at section i.
func detachedStatus(i int) string {
	return seedWords().Detached + " " + place(i)
}

// presenterStatus() starts the presenter's status line ("主讲 · 2 人在线 · …"); a viewer's says 跟随主讲 or
// 自由浏览 instead.
func presenterStatus() string { return "\n" + seedWords().Presenter + " · " }

// online is the presenter's count of who is connected: online(3).
func online(n int) string { return seedWords().Online.N(n) }

func loadSeed(tb testing.TB) *content.Briefing {
	tb.Helper()
	b := contenttest.Seed(tb)
	if b.Language != seedWords().Language {
		tb.Fatalf("the seed reads as %q, the tests expect %q", b.Language, seedWords().Language)
	}
	if len(b.Sections) != len(seedTitles()) {
		tb.Fatalf("seed has %d sections, the tests expect %d", len(b.Sections), len(seedTitles()))
	}
	for i, s := range b.Sections {
		if s.Title != seedTitles()[i] {
			tb.Fatalf("seed section %d is %q, the tests expect %q", i, s.Title, seedTitles()[i])
		}
	}
	return b
}

// newKey makes an ed25519 client key.
func newKey(tb testing.TB) gossh.Signer {
	tb.Helper()
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(private)
	if err != nil {
		tb.Fatal(err)
	}
	return signer
}

// writeKeys writes an authorized_keys file holding the signers' public keys.
func writeKeys(tb testing.TB, path string, signers ...gossh.Signer) string {
	tb.Helper()
	var data []byte
	for _, s := range signers {
		data = append(data, gossh.MarshalAuthorizedKey(s.PublicKey())...)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// fixture is a server listening on 127.0.0.1:0 with one presenter key.
type fixture struct {
	tb        testing.TB
	b         *content.Briefing
	agenda    []*content.Briefing // several documents to serve, when set (agenda_test.go)
	srv       *Server
	addr      string
	dir       string
	presenter gossh.Signer
	log       lockedBuffer // what the server logged
}

// lockedBuffer is a buffer that the server's logger and a test may use at once.
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

// testConfig is the configuration of a test server: loopback, a fresh host key, one presenter, and
// limits that let a crowd in from 127.0.0.1.
func testConfig(dir string) Config {
	return Config{
		Listen:        "127.0.0.1:0",
		HostKeyPath:   filepath.Join(dir, "key"),
		PresenterKeys: filepath.Join(dir, "presenters"),
		MaxSessions:   1000,
		MaxPerIP:      1000,
	}
}

// fixtureOption changes a fixture's configuration before the server is built.
type fixtureOption func(*fixture, *Config)

// withConfig changes the configuration.
func withConfig(change func(*Config)) fixtureOption {
	return func(_ *fixture, c *Config) { change(c) }
}

// withDocument serves text (named name) instead of the seed.
func withDocument(name, text string) fixtureOption {
	return func(f *fixture, _ *Config) {
		b, err := content.Parse(name, []byte(text))
		if err != nil {
			f.tb.Fatalf("parse %s: %v", name, err)
		}
		f.b = b
	}
}

// withPresenters lists more presenter keys beside the fixture's own.
func withPresenters(signers ...gossh.Signer) fixtureOption {
	return func(f *fixture, c *Config) {
		writeKeys(f.tb, c.PresenterKeys, append([]gossh.Signer{f.presenter}, signers...)...)
	}
}

// newFixture starts a server. It is shut down at the end of the test, after the clients the test
// opened have closed.
func newFixture(tb testing.TB, opts ...fixtureOption) *fixture {
	tb.Helper()
	f := &fixture{tb: tb, b: loadSeed(tb), dir: tb.TempDir(), presenter: newKey(tb)}
	cfg := testConfig(f.dir)
	writeKeys(tb, cfg.PresenterKeys, f.presenter)
	for _, o := range opts {
		o(f, &cfg)
	}
	docs := f.agenda
	if len(docs) == 0 {
		docs = []*content.Briefing{f.b}
	}
	srv, err := NewAgenda(docs, cfg, log.New(&f.log))
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	tb.Cleanup(func() {
		if err := srv.Shutdown(context.Background()); err != nil {
			tb.Errorf("Shutdown: %v", err)
		}
		select {
		case err := <-served:
			if err != nil {
				tb.Errorf("Serve: %v", err)
			}
		case <-time.After(timeout):
			tb.Errorf("Serve did not return %v after Shutdown", timeout)
		}
	})
	f.srv, f.addr = srv, ln.Addr().String()
	return f
}

// hubPosition is the meeting's position as the hub holds it.
func (f *fixture) hubPosition() (meeting.Position, bool) {
	return f.srv.hub.Position()
}

// keyAuth signs in with a key; noKey signs in without one, answering any question with answer.
func keyAuth(s gossh.Signer) []gossh.AuthMethod { return []gossh.AuthMethod{gossh.PublicKeys(s)} }

func noKey(answer string) []gossh.AuthMethod {
	return []gossh.AuthMethod{gossh.KeyboardInteractive(func(_, _ string, questions []string, _ []bool) ([]string, error) {
		answers := make([]string, len(questions))
		for i := range answers {
			answers[i] = answer
		}
		return answers, nil
	})}
}

// noKeyRecording is noKey that also records the questions asked.
func noKeyRecording(mu *sync.Mutex, questions *[]string, answer string) []gossh.AuthMethod {
	return []gossh.AuthMethod{gossh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
		mu.Lock()
		*questions = append(*questions, qs...)
		mu.Unlock()
		answers := make([]string, len(qs))
		for i := range answers {
			answers[i] = answer
		}
		return answers, nil
	})}
}

// refused fails the test if a client signing in with auth gets in.
func (f *fixture) refused(auth []gossh.AuthMethod, what string) {
	f.tb.Helper()
	conn, client, err := f.dial(auth, nil)
	if err == nil {
		client.Close()
		conn.Close()
		f.tb.Fatalf("%s signed in", what)
	}
}

// dial opens an SSH connection to the fixture. hostKey may be nil (any host key).
func (f *fixture) dial(auth []gossh.AuthMethod, hostKey gossh.HostKeyCallback) (net.Conn, *gossh.Client, error) {
	return dialSSH(f.addr, auth, hostKey)
}

func dialSSH(addr string, auth []gossh.AuthMethod, hostKey gossh.HostKeyCallback) (net.Conn, *gossh.Client, error) {
	return dialSSHAs(addr, "tester", auth, hostKey)
}

// dialSSHAs is dialSSH with a user name.
func dialSSHAs(addr, user string, auth []gossh.AuthMethod, hostKey gossh.HostKeyCallback) (net.Conn, *gossh.Client, error) {
	if hostKey == nil {
		hostKey = gossh.InsecureIgnoreHostKey()
	}
	conn, err := net.DialTimeout("tcp", addr, timeout)
	if err != nil {
		return nil, nil, err
	}
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second)) // the handshake only
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{User: user, Auth: auth, HostKeyCallback: hostKey})
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	_ = conn.SetDeadline(time.Time{})
	return conn, gossh.NewClient(c, chans, reqs), nil
}
