package natsbridge

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
)

// Config is how a node joins a meeting.
type Config struct {
	URL         string // the NATS server, or several separated by commas (a cluster)
	Meeting     string // the meeting's name: letters, digits, - and _, at most 64
	Credentials Credentials
	Heartbeat   time.Duration // how often a node says it is there; default 1 s
	Expiry      time.Duration // a node not heard from this long is dropped; default 3 heartbeats
	JoinTimeout time.Duration // how long a joining node waits for the meeting's answer; default 5 s
}

// Credentials are how the node signs in to NATS: at most one of a user and password, an nkey seed
// file or a credentials (JWT) file, and TLS beside any of them. Everything else is the nats.go
// client's; this package does no cryptography of its own.
type Credentials struct {
	User         string
	Password     string
	PasswordFile string // the password, on the file's first line
	NKeyFile     string // an nkey user seed (SU…)
	CredsFile    string // a .creds file: a user JWT and its nkey seed
	CAFile       string // PEM certificates of the CAs that sign the server's certificate
	CertFile     string // the node's client certificate (PEM), with KeyFile
	KeyFile      string
}

// meetingName is what the name of a meeting may be: one token of a NATS subject.
var meetingName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

func (c Config) withDefaults() Config {
	if c.Heartbeat <= 0 {
		c.Heartbeat = time.Second
	}
	if c.Expiry <= 0 {
		c.Expiry = 3 * c.Heartbeat
	}
	if c.JoinTimeout <= 0 {
		c.JoinTimeout = 5 * time.Second
	}
	return c
}

// Validate reports the first setting that cannot work, in the flags' words.
func (c Config) Validate() error {
	if strings.TrimSpace(c.URL) == "" {
		return errors.New("--nats needs a server URL")
	}
	if !meetingName.MatchString(c.Meeting) {
		return fmt.Errorf("--meeting %q: use 1 to 64 letters, digits, - or _", c.Meeting)
	}
	return c.Credentials.validate()
}

func (c Credentials) validate() error {
	ways := 0
	for _, set := range []bool{c.User != "", c.NKeyFile != "", c.CredsFile != ""} {
		if set {
			ways++
		}
	}
	switch {
	case ways > 1:
		return errors.New("sign in to NATS one way: a user and password, an nkey or a credentials file")
	case (c.Password != "" || c.PasswordFile != "") && c.User == "":
		return errors.New("a NATS password needs --nats-user")
	case c.Password != "" && c.PasswordFile != "":
		return errors.New("give the NATS password once: in a file or from the environment")
	case (c.CertFile == "") != (c.KeyFile == ""):
		return errors.New("a NATS client certificate needs both --nats-cert and --nats-key")
	}
	return nil
}

// options are the nats.go options that sign in with c.
func (c Credentials) options() ([]nats.Option, error) {
	var opts []nats.Option
	if c.User != "" {
		password := c.Password
		if c.PasswordFile != "" {
			data, err := os.ReadFile(c.PasswordFile)
			if err != nil {
				return nil, fmt.Errorf("NATS password: %w", err)
			}
			password, _, _ = strings.Cut(string(data), "\n")
			password = strings.TrimSuffix(password, "\r")
		}
		opts = append(opts, nats.UserInfo(c.User, password))
	}
	if c.NKeyFile != "" {
		opt, err := nats.NkeyOptionFromSeed(c.NKeyFile)
		if err != nil {
			return nil, fmt.Errorf("NATS nkey %s: %w", c.NKeyFile, err)
		}
		opts = append(opts, opt)
	}
	if c.CredsFile != "" {
		if _, err := os.Stat(c.CredsFile); err != nil {
			return nil, fmt.Errorf("NATS credentials: %w", err)
		}
		opts = append(opts, nats.UserCredentials(c.CredsFile))
	}
	if c.CAFile != "" {
		opts = append(opts, nats.RootCAs(c.CAFile))
	}
	if c.CertFile != "" {
		opts = append(opts, nats.ClientCert(c.CertFile, c.KeyFile))
	}
	return opts, nil
}

// redacted is the server list without passwords or tokens, for messages: a URL's user name stays
// when it has a password; alone, it may be a token.
func redacted(servers string) string {
	list := strings.Split(servers, ",")
	out := make([]string, 0, len(list))
	for _, s := range list {
		s = strings.TrimSpace(s)
		if u, err := url.Parse(s); err == nil && u.User != nil {
			if _, hasPassword := u.User.Password(); hasPassword {
				u.User = url.UserPassword(u.User.Username(), "xxxxx")
			} else {
				u.User = url.User("xxxxx")
			}
			s = u.String()
		}
		out = append(out, s)
	}
	return strings.Join(out, ",")
}
