package serve

import (
	"bytes"
	"crypto/subtle"
	"fmt"
	"os"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content/locale"
	"briefing/content/sanitize"
	"briefing/ui/meeting"
)

// keySet is the public keys of an authorized_keys file.
type keySet [][]byte

// loadKeys reads an authorized_keys file; an empty path is an empty set.
func loadKeys(path string) (keySet, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keys %s: %w", path, err)
	}
	var keys keySet
	for len(bytes.TrimSpace(data)) > 0 {
		key, _, _, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			return nil, fmt.Errorf("keys %s: %w", path, err)
		}
		keys = append(keys, key.Marshal())
		data = rest
	}
	return keys, nil
}

func (k keySet) contains(key ssh.PublicKey) bool {
	if key == nil {
		return false
	}
	wire := key.Marshal()
	for _, known := range k {
		if subtle.ConstantTimeCompare(known, wire) == 1 {
			return true
		}
	}
	return false
}

// contextKey names the values the server keeps on a connection's context.
type contextKey string

const (
	trackerKey contextKey = "briefing-handshake" // the connection's *startingConn
	memberKey  contextKey = "briefing-member"    // the session's *meeting.Member
)

// authenticator decides who may sign in, and as what.
type authenticator struct {
	presenters keySet
	viewers    keySet // nil: anyone may view
	passcode   string
	words      *locale.Words // the document's: the code is asked for in its language
}

// publicKey accepts presenters' keys, and viewers' keys unless the meeting wants a code from viewers
// it does not know (then the client falls back to keyboard-interactive and is asked). It decides
// admission only: the role is read from the key the connection actually signed in with (roleOf),
// because this callback also answers clients that merely ask whether a key would do.
func (a authenticator) publicKey(_ ssh.Context, key ssh.PublicKey) bool {
	switch {
	case a.presenters.contains(key):
		return true
	case a.viewers != nil:
		return a.viewers.contains(key)
	}
	return a.passcode == ""
}

// keyboardInteractive lets a client without an accepted key view: without a question, or after the
// meeting's code when there is one. It never admits anyone when viewers are limited to known keys.
func (a authenticator) keyboardInteractive(_ ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	if a.viewers != nil {
		return false
	}
	if a.passcode == "" {
		return true
	}
	answers, err := challenge("briefing", a.words.CodeNeeded, []string{a.words.CodePrompt}, []bool{false})
	return err == nil && len(answers) == 1 && subtle.ConstantTimeCompare([]byte(answers[0]), []byte(a.passcode)) == 1
}

// roleOf is a session's role: presenter only for a presenter's key that the session signed in with.
func (a authenticator) roleOf(s ssh.Session) meeting.Role {
	if a.presenters.contains(s.PublicKey()) {
		return meeting.Presenter
	}
	return meeting.Viewer
}

// attendee is how a session appears in the presenter's audience panel: the name its user chose
// (ssh 张三@host), printable and cut to 32 columns, with what the server vouches for beside it: its
// key's fingerprint, else its address.
func attendee(s ssh.Session, role meeting.Role) meeting.Attendee {
	proof := s.RemoteAddr().String()
	if key := s.PublicKey(); key != nil {
		proof = gossh.FingerprintSHA256(key)
	}
	return meeting.Attendee{Name: sanitize.Name(s.User()), Proof: proof, Role: role, Joined: time.Now()}
}

// identity names a session for the presenter and the log: its key's fingerprint, else user@address.
// The user name is the client's to choose: it is shown as printable text cut to 32 columns
// (sanitize.Name), so that it can neither drive the presenter's terminal nor slow every frame.
func identity(s ssh.Session) string {
	if key := s.PublicKey(); key != nil {
		return gossh.FingerprintSHA256(key)
	}
	return sanitize.Name(s.User()) + "@" + s.RemoteAddr().String()
}
