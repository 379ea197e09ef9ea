package serve

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"briefing/ui/meeting"
)

// Config is how a meeting is served. Zero values take the defaults of DefaultConfig.
type Config struct {
	Listen        string        // address to listen on
	HostKeyPath   string        // the server's ed25519 key, created on first use
	PresenterKeys string        // authorized_keys file of the presenters
	ViewerKeys    string        // authorized_keys file of the viewers; empty lets anyone view
	Passcode      string        // the meeting's code for viewers without a listed key
	MaxSessions   int           // signed-in viewers in all
	MaxPerIP      int           // signed-in viewers from one address
	IdleTimeout   time.Duration // a session without keystrokes while no presenter moves this long is closed; so is a connection left without sessions

	HandshakeTimeout time.Duration // a connection must sign in and open a session within this
	// MaxStartups limits the connections starting at once (connected, no session yet): past Start,
	// new ones are refused at random, Rate % at first, all at Full. MaxStartupsPerSource limits
	// those from one address, so that one address cannot take the slots of everyone else.
	MaxStartups          Startups
	MaxStartupsPerSource int
	KeepAlive            time.Duration // how often a client is asked whether it is still there
	// Viewers' windows are clamped to MaxWidth × MaxHeight: a screen's cells cost memory. A
	// viewer's session at 320×120 costs the server about 15 MiB of RSS (10 MiB of heap), at 240×80
	// about 8 MiB, at 80×24 about 2 MiB (SessionCost; TestMemoryAtTheClamp measures it). Presenters
	// are never clamped below 240×70.
	MaxWidth        int
	MaxHeight       int
	ShutdownTimeout time.Duration // how long shutting down may take

	// View is where sessions open before the presenter has moved: the reader for `serve`, the slides
	// for `present --serve`.
	View meeting.View
	// Duration is how long the talk should take: the speaker console counts down and paces each
	// section by it. 0 for none.
	Duration time.Duration
}

// DefaultConfig is the configuration of `briefing serve` with no flags.
func DefaultConfig() Config {
	return Config{
		Listen:               "127.0.0.1:23234",
		HostKeyPath:          defaultHostKeyPath(),
		MaxSessions:          200,
		MaxPerIP:             64,
		IdleTimeout:          30 * time.Minute,
		HandshakeTimeout:     30 * time.Second,
		MaxStartups:          Startups{Start: 64, Rate: 30, Full: 256},
		MaxStartupsPerSource: 32,
		KeepAlive:            30 * time.Second,
		MaxWidth:             240, // 200 viewers at 240×80: about 1.7 GiB
		MaxHeight:            80,
		ShutdownTimeout:      5 * time.Second,
	}
}

// defaultHostKeyPath is under the user's configuration directory, so restarts reuse the key and
// attendees' known_hosts stay valid.
func defaultHostKeyPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "briefing", "ssh_host_ed25519")
}

// withDefaults fills the zero fields from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Listen == "" {
		c.Listen = d.Listen
	}
	if c.HostKeyPath == "" {
		c.HostKeyPath = d.HostKeyPath
	}
	for _, f := range []struct{ value, fallback *int }{
		{&c.MaxSessions, &d.MaxSessions}, {&c.MaxPerIP, &d.MaxPerIP}, {&c.MaxStartupsPerSource, &d.MaxStartupsPerSource},
		{&c.MaxWidth, &d.MaxWidth}, {&c.MaxHeight, &d.MaxHeight},
	} {
		if *f.value == 0 {
			*f.value = *f.fallback
		}
	}
	if c.MaxStartups == (Startups{}) {
		c.MaxStartups = d.MaxStartups
	}
	for _, f := range []struct{ value, fallback *time.Duration }{
		{&c.IdleTimeout, &d.IdleTimeout}, {&c.HandshakeTimeout, &d.HandshakeTimeout},
		{&c.KeepAlive, &d.KeepAlive}, {&c.ShutdownTimeout, &d.ShutdownTimeout},
	} {
		if *f.value == 0 {
			*f.value = *f.fallback
		}
	}
	return c
}

// validate reports the first setting that cannot work.
func (c Config) validate() error {
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return fmt.Errorf("--listen %q: %w", c.Listen, err)
	}
	if c.MaxSessions < 0 || c.MaxPerIP < 0 || c.MaxStartupsPerSource < 0 {
		return errors.New("session limits cannot be negative")
	}
	if err := c.MaxStartups.validate(); err != nil {
		return err
	}
	if c.IdleTimeout < 0 || c.HandshakeTimeout < 0 {
		return errors.New("timeouts cannot be negative")
	}
	return nil
}

// loopbackOnly reports whether the address listens on this machine only.
func loopbackOnly(listen string) bool {
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
