package serve

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"briefing/ui/meeting"
)

func TestAuthenticator(t *testing.T) {
	t.Parallel()
	presenter, viewer, stranger := newKey(t), newKey(t), newKey(t)
	presenters := keySet{presenter.PublicKey().Marshal()}
	viewers := keySet{viewer.PublicKey().Marshal()}
	noQuestion := func(t *testing.T) gossh.KeyboardInteractiveChallenge {
		return func(string, string, []string, []bool) ([]string, error) {
			t.Error("a question was asked")
			return nil, nil
		}
	}
	answer := func(a ...string) gossh.KeyboardInteractiveChallenge {
		return func(_, _ string, q []string, _ []bool) ([]string, error) {
			if len(q) != 1 {
				t.Errorf("asked %q; want one question", q)
			}
			return a, nil
		}
	}

	open := authenticator{presenters: presenters}
	if !open.publicKey(nil, presenter.PublicKey()) || !open.publicKey(nil, stranger.PublicKey()) || !open.keyboardInteractive(nil, noQuestion(t)) {
		t.Fatal("with no limits, presenters, strangers and clients without a key all get in")
	}

	limited := authenticator{presenters: presenters, viewers: viewers, passcode: "code", words: seedWords()}
	if !limited.publicKey(nil, presenter.PublicKey()) || !limited.publicKey(nil, viewer.PublicKey()) {
		t.Fatal("--viewer-keys refused a listed key")
	}
	if limited.publicKey(nil, stranger.PublicKey()) || limited.keyboardInteractive(nil, noQuestion(t)) {
		t.Fatal("--viewer-keys admitted a key not listed, or a client without a key")
	}
	if nobody := (authenticator{viewers: keySet{}}); nobody.publicKey(nil, stranger.PublicKey()) || nobody.keyboardInteractive(nil, noQuestion(t)) {
		t.Fatal("an empty --viewer-keys file admitted someone")
	}

	coded := authenticator{presenters: presenters, passcode: "4711", words: seedWords()}
	if !coded.publicKey(nil, presenter.PublicKey()) {
		t.Fatal("a presenter was asked for the code")
	}
	if coded.publicKey(nil, stranger.PublicKey()) {
		t.Fatal("an unknown key skipped the code")
	}
	for _, tc := range []struct {
		challenge gossh.KeyboardInteractiveChallenge
		ok        bool
	}{
		{answer("4711"), true},
		{answer("4712"), false},
		{answer(""), false},
		{answer("4711", "4711"), false},
		{func(string, string, []string, []bool) ([]string, error) { return nil, errors.New("hung up") }, false},
	} {
		if got := coded.keyboardInteractive(nil, tc.challenge); got != tc.ok {
			t.Errorf("keyboard-interactive with the code: got %v, want %v", got, tc.ok)
		}
	}
}

// fakeSession is the part of ssh.Session that roles and names are read from.
type fakeSession struct {
	ssh.Session
	key ssh.PublicKey
}

func (s fakeSession) PublicKey() ssh.PublicKey { return s.key }
func (s fakeSession) User() string             { return "ann" }
func (s fakeSession) RemoteAddr() net.Addr     { return tcpAddr("10.0.0.9", 5555) }

// TestRoleOnlyFromTheSignedInKey: a session presents only if it signed in with a presenter's key,
// whatever keys it offered or asked about before.
func TestRoleOnlyFromTheSignedInKey(t *testing.T) {
	t.Parallel()
	presenter, other := newKey(t), newKey(t)
	a := authenticator{presenters: keySet{presenter.PublicKey().Marshal()}}
	// A client may ask whether the presenter's (public) key would do, and then sign in otherwise.
	if !a.publicKey(nil, presenter.PublicKey()) {
		t.Fatal("the presenter's key was refused")
	}
	for _, tc := range []struct {
		key  ssh.PublicKey
		want meeting.Role
	}{
		{presenter.PublicKey(), meeting.Presenter},
		{nil, meeting.Viewer},
		{other.PublicKey(), meeting.Viewer},
	} {
		if got := a.roleOf(fakeSession{key: tc.key}); got != tc.want {
			t.Errorf("signed in with %v: role %v; want %v", tc.key, got, tc.want)
		}
	}
	if got := identity(fakeSession{}); got != "ann@10.0.0.9:5555" {
		t.Errorf("identity without a key: %q", got)
	}
	if got := identity(fakeSession{key: other.PublicKey()}); got != gossh.FingerprintSHA256(other.PublicKey()) {
		t.Errorf("identity with a key: %q", got)
	}
}

func TestLoadKeys(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if keys, err := loadKeys(""); keys != nil || err != nil {
		t.Fatalf("no file: %v, %v; want an empty set", keys, err)
	}
	if _, err := loadKeys(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("a missing file was accepted")
	}
	bad := filepath.Join(dir, "bad")
	if err := os.WriteFile(bad, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadKeys(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Fatalf("a malformed file: %v; want an error naming it", err)
	}
	one, two := newKey(t), newKey(t)
	good := filepath.Join(dir, "good")
	data := "# presenters\n\n" + string(gossh.MarshalAuthorizedKey(one.PublicKey())) + "\n" +
		strings.TrimSpace(string(gossh.MarshalAuthorizedKey(two.PublicKey()))) + " laptop\n"
	if err := os.WriteFile(good, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	keys, err := loadKeys(good)
	if err != nil || len(keys) != 2 || !keys.contains(one.PublicKey()) || !keys.contains(two.PublicKey()) || keys.contains(newKey(t).PublicKey()) || keys.contains(nil) {
		t.Fatalf("loadKeys: %d keys, %v", len(keys), err)
	}
}
