package serve

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/pem"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// TestHostKeyHygiene: the server warns when its host key may be read by others, is not ed25519, or
// is a symbolic link, and still serves; a key created by the server draws no warning.
func TestHostKeyHygiene(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fresh := filepath.Join(dir, "fresh", "key")
	readable := filepath.Join(dir, "readable")
	link := filepath.Join(dir, "link")
	ecdsaKey := filepath.Join(dir, "ecdsa")
	if _, _, err := loadHostKey(fresh); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(readable, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fresh, link); err != nil {
		t.Fatal(err)
	}
	private, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(private, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ecdsaKey, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, warning string }{
		{fresh, ""},
		{readable, "may be read by others (mode 0644)"},
		{link, "symbolic link"},
		{ecdsaKey, "not ed25519"},
	} {
		f := newFixture(t, withConfig(func(c *Config) { c.HostKeyPath = tc.path }))
		conn, client, err := f.dial(noKey(""), nil)
		if err != nil {
			t.Fatalf("a server with the host key %s: %v", filepath.Base(tc.path), err)
		}
		client.Close()
		conn.Close()
		logged := f.log.String()
		switch {
		case tc.warning == "" && strings.Contains(logged, "host key"):
			t.Errorf("a host key made by the server drew a warning: %s", logged)
		case tc.warning != "" && (!strings.Contains(logged, tc.warning) || !strings.Contains(logged, tc.path)):
			t.Errorf("host key %s: the log does not warn %q naming the file:\n%s", filepath.Base(tc.path), tc.warning, logged)
		}
	}
}

// TestConnectCommand: the connect line the server prints works as printed for an address on this
// machine, and names a reachable host, never 0.0.0.0 or ::, for one that listens everywhere.
func TestConnectCommand(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var command string
	if !contenttest.Eventually(timeout, func() bool { command = f.srv.ConnectCommand("ann"); return !strings.HasSuffix(command, " -p 0") }) {
		t.Fatalf("the server does not say where it listens: %q", command)
	}
	fields := strings.Fields(command)
	if len(fields) != 4 || fields[0] != "ssh" || fields[2] != "-p" || !strings.HasPrefix(fields[1], "ann@") {
		t.Fatalf("connect command %q; want ssh ann@HOST -p PORT", command)
	}
	conn, client, err := dialSSHAs(net.JoinHostPort(strings.TrimPrefix(fields[1], "ann@"), fields[3]), "ann", noKey(""), nil)
	if err != nil {
		t.Fatalf("%q does not connect: %v", command, err)
	}
	client.Close()
	conn.Close()

	for _, everywhere := range []string{"0.0.0.0:23234", "[::]:23234", ":23234"} {
		command := (&Server{cfg: Config{Listen: everywhere}}).ConnectCommand("ann")
		host := strings.Trim(strings.TrimPrefix(strings.Fields(command)[1], "ann@"), "[]")
		if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() || !strings.HasSuffix(command, "-p 23234") {
			t.Errorf("listening on %s, attendees are told %q", everywhere, command)
		}
	}
}
