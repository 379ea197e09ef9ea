package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// loadHostKey reads the server's key, creating it on first use: ed25519, written with mode 0600 in
// a directory only the user can enter. The same key on every start keeps attendees' known_hosts
// valid.
func loadHostKey(path string) (pemBytes []byte, signer gossh.Signer, err error) {
	pemBytes, err = os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		pemBytes, err = createHostKey(path)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("host key %s: %w", path, err)
	}
	signer, err = gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		return nil, nil, fmt.Errorf("host key %s: %w", path, err)
	}
	return pemBytes, signer, nil
}

func createHostKey(path string) ([]byte, error) {
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(private, "briefing host key")
	if err != nil {
		return nil, err
	}
	data := pem.EncodeToMemory(block)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	// O_EXCL: two servers starting at once must not both write a key.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return os.ReadFile(path)
		}
		return nil, err
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close() // the write's error is the one to report
		return nil, err
	}
	return data, f.Close()
}

// hostKeyWarnings says what is unwise about the host key at path: a file others may read (anyone who
// has it can pose as this server), a key that is not ed25519, a symbolic link (the key may be
// replaced by whoever controls its target).
func hostKeyWarnings(path string, signer gossh.Signer) []string {
	var warnings []string
	if info, err := os.Lstat(path); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		warnings = append(warnings, "is a symbolic link; keep the key in a file of its own")
	}
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o077 != 0 {
		warnings = append(warnings, fmt.Sprintf("may be read by others (mode %04o); chmod 600 it", info.Mode().Perm()))
	}
	if kind := signer.PublicKey().Type(); kind != gossh.KeyAlgoED25519 {
		warnings = append(warnings, fmt.Sprintf("is %s, not ed25519", kind))
	}
	return warnings
}
