package serve

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content/locale"
)

// Bounds on what one connection and one session may ask of the server.
const (
	maxSessionsPerConn = 4    // sessions open at once on one connection (OpenSSH's MaxSessions is 10)
	maxEnvVars         = 16   // environment variables kept per session
	maxEnvBytes        = 1024 // name and value of one environment variable
	maxCommandBytes    = 4096 // a command line, before anything splits it into words
)

const (
	scopeKey contextKey = "briefing-session"    // the session's *sessionScope
	connKey  contextKey = "briefing-connection" // the connection's *connSessions
)

// openSession is the server's handler of "session" channels, in front of the SSH library's own. It
// refuses a connection's sessions beyond maxSessionsPerConn, gives each session a context of its own
// (sessionScope) and passes the library only the requests it can handle without harm, answering the
// others itself:
//   - env: only the variables a terminal needs, few and small (the library keeps every one);
//   - window-change: kept here, newest only (the library waits for its reader, which does not exist
//     before the shell starts, and stalls the session for good; and it writes the size without a
//     lock while the session reads it);
//   - exec: a command line longer than maxCommandBytes is refused with a reason (splitting one into
//     words takes quadratic time);
//   - agent forwarding, signals, breaks and anything unknown: refused.
func (s *Server) openSession(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	c := sessionsOf(ctx)
	if !c.open() {
		_ = newChan.Reject(gossh.ResourceShortage, fmt.Sprintf("at most %d sessions on one connection", maxSessionsPerConn))
		return
	}
	defer c.close(func() { _ = conn.Close() }, s.cfg.IdleTimeout)
	signedIn(ctx) // the connection has started: it no longer counts against --max-startups
	c.startKeepAlive.Do(func() { go pingUntilDone(ctx, conn, s.cfg.KeepAlive) })
	scope := newSessionScope(ctx, s.cfg.IdleTimeout)
	defer scope.end()
	defer close(scope.channelDone) // the library returns once the client has closed the channel
	ch := filteredChannel{NewChannel: newChan, scope: scope, words: s.briefing.Language.Words()}
	go scope.idle.run(scope.done, func() { s.closeIdle(scope) })
	ssh.DefaultSessionHandler(srv, conn, &ch, scope)
}

// connSessions counts a connection's open sessions. A connection left without sessions for the idle
// timeout is closed.
type connSessions struct {
	mu             sync.Mutex
	count          int
	unused         *time.Timer // closes the connection once it has been without sessions too long
	startKeepAlive sync.Once
}

// sessionsOf is the connection's session count, made at its first session.
func sessionsOf(ctx ssh.Context) *connSessions {
	ctx.Lock()
	defer ctx.Unlock()
	c, ok := ctx.Value(connKey).(*connSessions)
	if !ok {
		c = &connSessions{}
		ctx.SetValue(connKey, c)
	}
	return c
}

func (c *connSessions) open() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.count >= maxSessionsPerConn {
		return false
	}
	c.count++
	if c.unused != nil {
		c.unused.Stop()
		c.unused = nil
	}
	return true
}

// close counts a session's end; after the last one, closeConn runs unless another session opens
// within idle.
func (c *connSessions) close(closeConn func(), idle time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.count--
	if c.count == 0 && idle > 0 {
		c.unused = time.AfterFunc(idle, closeConn)
	}
}

// filteredChannel is a session channel whose requests pass through the scope's filter.
type filteredChannel struct {
	gossh.NewChannel
	scope *sessionScope
	words *locale.Words // the document's, for a refusal
}

func (f *filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	f.scope.mu.Lock()
	f.scope.ch = ch
	f.scope.mu.Unlock()
	passed := make(chan *gossh.Request)
	go f.scope.filter(ch, reqs, passed, f.words)
	return ch, passed, nil
}

// filter answers the session's requests that the library must not see and passes on the others.
// The library's request loop then never blocks: it reads passed until it is closed.
func (s *sessionScope) filter(ch gossh.Channel, reqs <-chan *gossh.Request, passed chan<- *gossh.Request, words *locale.Words) {
	defer close(passed)
	pty := false     // a PTY was asked for; window changes mean something only then
	started := false // a shell, command or subsystem was asked for; the library refuses another
	for req := range reqs {
		switch req.Type {
		case "pty-req":
			pty = true
			passed <- req
		case "shell", "subsystem":
			started = true
			passed <- req
		case "exec":
			var cmd struct{ Value string }
			if err := gossh.Unmarshal(req.Payload, &cmd); err == nil && len(cmd.Value) > maxCommandBytes && !started {
				refuseCommand(ch, req, fmt.Sprintf(words.LongCommand, len(cmd.Value), maxCommandBytes))
				continue
			}
			started = true
			passed <- req
		case "env":
			if s.acceptEnv(req.Payload) {
				passed <- req
				continue
			}
			_ = req.Reply(false, nil)
		case "window-change":
			w, ok := parseWindowChange(req.Payload)
			if ok && pty {
				s.resize(w)
			}
			_ = req.Reply(ok && pty, nil)
		default: // auth-agent-req@openssh.com, x11-req, signal, break, anything else
			_ = req.Reply(false, nil)
		}
	}
}

// acceptEnv reports whether an env request is one of the few a terminal session needs, and counts it.
func (s *sessionScope) acceptEnv(payload []byte) bool {
	var kv struct{ Name, Value string }
	if err := gossh.Unmarshal(payload, &kv); err != nil || len(kv.Name)+len(kv.Value) > maxEnvBytes || !terminalEnv(kv.Name) {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.env >= maxEnvVars {
		return false
	}
	s.env++
	return true
}

// terminalEnv reports whether name is an environment variable that says how to draw for the client's
// terminal: its language, its type and its colours.
func terminalEnv(name string) bool {
	switch name {
	case "LANG", "TERM", "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE":
		return true
	}
	return strings.HasPrefix(name, "LC_") && len(name) > len("LC_")
}

// parseWindowChange reads a window-change request: columns, rows, width and height in pixels.
func parseWindowChange(payload []byte) (ssh.Window, bool) {
	var w struct{ Columns, Rows, Width, Height uint32 }
	if err := gossh.Unmarshal(payload, &w); err != nil {
		return ssh.Window{}, false
	}
	return ssh.Window{Width: int(min(w.Columns, 1<<16)), Height: int(min(w.Rows, 1<<16)), WidthPixels: int(min(w.Width, 1<<16)), HeightPixels: int(min(w.Height, 1<<16))}, true
}

// refuseCommand answers an exec request whose command line is too long: the command "runs" and
// fails at once with the reason, as a shell would report it, and the session closes.
func refuseCommand(ch gossh.Channel, req *gossh.Request, reason string) {
	_ = req.Reply(true, nil)
	_, _ = fmt.Fprintln(ch.Stderr(), "briefing:", reason)
	_, _ = ch.SendRequest("exit-status", false, gossh.Marshal(struct{ Status uint32 }{1}))
	_ = ch.Close()
}
