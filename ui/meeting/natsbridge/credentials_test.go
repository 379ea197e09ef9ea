package natsbridge

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nkeys"

	"briefing/content/contenttest"
)

// nodeUsers is the NATS configuration the README gives: nodes sign in as users allowed on their
// meeting's subjects only.
const nodeUsers = `
authorization {
  users: [
    { user: board-node, password: "board-secret",
      permissions: { publish: "briefing.board.>", subscribe: "briefing.board.>" } }
    { user: other-node, password: "other-secret",
      permissions: { publish: "briefing.other.>", subscribe: "briefing.other.>" } }
  ]
}
`

// TestUserAndPassword: nodes sign in with a user and a password, given directly or in a file.
func TestUserAndPassword(t *testing.T) {
	url := startNATS(t, nodeUsers)
	b := seed(t)
	cfg := testConfig(url)
	cfg.Credentials = Credentials{User: "board-node", Password: "board-secret"}
	a := joinNode(t, b, cfg)

	file := filepath.Join(t.TempDir(), "password")
	if err := os.WriteFile(file, []byte("board-secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.Credentials = Credentials{User: "board-node", PasswordFile: file}
	c := joinNode(t, b, cfg)
	presenter := a.hub.Join("presenter", 1)
	defer presenter.Leave()
	presenter.Publish(at(2))
	if !contenttest.Eventually(timeout, func() bool { m, _ := c.hub.Latest(); return m.Position.Section == 2 }) {
		t.Fatal("the move did not reach the node signed in with a password file")
	}
}

// TestBadCredentialsFailInOneLine: a wrong password, no password, a user allowed on another
// meeting's subjects only, and credentials files that do not exist are refused with one line each,
// as soon as the server or the files say so.
func TestBadCredentialsFailInOneLine(t *testing.T) {
	t.Parallel() // waits on NATS and timers more than it works
	url := startNATS(t, nodeUsers)
	b := seed(t)
	for _, tc := range []struct {
		name  string
		creds Credentials
		want  string
	}{
		{"wrong password", Credentials{User: "board-node", Password: "guess"}, "authorization violation"},
		{"no credentials", Credentials{}, "authorization violation"},
		{"another meeting's user", Credentials{User: "other-node", Password: "other-secret"}, "permissions violation"},
		{"missing password file", Credentials{User: "board-node", PasswordFile: "/nonexistent/password"}, "NATS password"},
		{"missing nkey seed", Credentials{NKeyFile: "/nonexistent/seed"}, "NATS nkey"},
		{"missing creds file", Credentials{CredsFile: "/nonexistent/node.creds"}, "NATS credentials"},
		{"two ways at once", Credentials{User: "board-node", NKeyFile: "seed"}, "one way"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(url)
			cfg.Credentials = tc.creds
			cfg.JoinTimeout = 20 * time.Second // a refusal ends the join, not the timeout
			start := time.Now()
			_, err := tryJoin(t, b, cfg)
			if err == nil {
				t.Fatal("joined")
			}
			if took := time.Since(start); took > cfg.JoinTimeout/4 {
				t.Errorf("the refusal took %v: the join waited for its timeout", took)
			}
			oneLine(t, err)
			if !strings.Contains(strings.ToLower(err.Error()), strings.ToLower(tc.want)) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Fatalf("the error shows a password: %q", err)
			}
			t.Logf("%s: %v", tc.name, err)
		})
	}
}

// TestNKey: a node signs in with an nkey seed file.
func TestNKey(t *testing.T) {
	user, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	public, err := user.PublicKey()
	if err != nil {
		t.Fatal(err)
	}
	seedText, err := user.Seed()
	if err != nil {
		t.Fatal(err)
	}
	seedFile := filepath.Join(t.TempDir(), "node.nk")
	if err := os.WriteFile(seedFile, seedText, 0o600); err != nil {
		t.Fatal(err)
	}
	url := startNATS(t, fmt.Sprintf(`authorization { users: [ { nkey: %q, permissions: { publish: "briefing.board.>", subscribe: "briefing.board.>" } } ] }`, public))
	cfg := testConfig(url)
	if _, err := tryJoin(t, seed(t), cfg); err == nil {
		t.Fatal("joined without the nkey")
	}
	cfg.Credentials = Credentials{NKeyFile: seedFile}
	joinNode(t, seed(t), cfg)
}

// TestTLS: a node reaches a server over TLS, trusting its CA, and signs in with a client certificate
// that the server verifies; without the CA it is refused in one line.
func TestTLS(t *testing.T) {
	dir := t.TempDir()
	ca := newCA(t)
	caFile := writePEM(t, dir, "ca.pem", "CERTIFICATE", ca.der)
	serverCert, serverKey := ca.issue(t, dir, "server", true)
	clientCert, clientKey := ca.issue(t, dir, "node", false)
	url := startNATS(t, fmt.Sprintf(`tls { cert_file: %q, key_file: %q, ca_file: %q, verify: true }`, serverCert, serverKey, caFile))
	url = strings.Replace(url, "nats://", "tls://", 1)

	cfg := testConfig(url)
	cfg.Credentials = Credentials{CAFile: caFile, CertFile: clientCert, KeyFile: clientKey}
	joinNode(t, seed(t), cfg)

	cfg.Credentials = Credentials{CertFile: clientCert, KeyFile: clientKey} // the server's CA not trusted
	_, err := tryJoin(t, seed(t), cfg)
	if err == nil {
		t.Fatal("joined trusting no CA")
	}
	oneLine(t, err)
	t.Logf("without the CA: %v", err)
}

// testCA is a certificate authority made for one test.
type testCA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	der  []byte
}

func newCA(t *testing.T) *testCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "briefing test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &testCA{cert: cert, key: key, der: der}
}

// issue makes a certificate for 127.0.0.1, for a server or a client, and returns its files.
func (ca *testCA) issue(t *testing.T, dir, name string, server bool) (certFile, keyFile string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	usage := x509.ExtKeyUsageClientAuth
	if server {
		usage = x509.ExtKeyUsageServerAuth
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: name},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage},
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return writePEM(t, dir, name+".pem", "CERTIFICATE", der), writePEM(t, dir, name+"-key.pem", "EC PRIVATE KEY", keyDER)
}

func writePEM(t *testing.T, dir, name, kind string, der []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
