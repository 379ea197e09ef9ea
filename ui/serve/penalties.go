package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content/sanitize"
)

// Bounds on guessing the meeting's code. The SSH library's own limit (MaxAuthTries) counts every
// failed method, keys included, so a client whose agent offers many keys never reached the prompt,
// while a guesser got six answers per connection and could open connections without end.
const (
	maxAuthTries          = 64 // failed sign-in attempts of any kind on one connection
	maxCodeAnswers        = 3  // meeting codes answered on one connection
	freeFailuresPerSource = 10 // wrong codes from one address before it must wait
	freeFailuresPerName   = 3  // wrong codes from one address and user name before they must wait
	firstPenalty          = time.Second
	maxPenalty            = 10 * time.Minute
	maxPenaltyRecords     = 65536
)

// penalties is a penalty box for wrong meeting codes, as OpenSSH's PerSourcePenalties: past a few
// free failures, a key (an address, or an address and user name) must wait before it is asked for
// the code again, twice as long after each further failure, up to maxPenalty. A right code clears
// the address and name's record.
type penalties struct {
	now func() time.Time

	mu      sync.Mutex
	records map[string]*penaltyRecord
}

type penaltyRecord struct {
	failures int
	until    time.Time // no question before this
}

func newPenalties() *penalties {
	return &penalties{now: time.Now, records: map[string]*penaltyRecord{}}
}

// wait is how long the first of keys still has to wait, if any must.
func (p *penalties) wait(keys ...string) (time.Duration, bool) {
	now := p.now()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, key := range keys {
		if r, ok := p.records[key]; ok && now.Before(r.until) {
			return r.until.Sub(now), true
		}
	}
	return 0, false
}

// failed counts a wrong code for key, which has free failures before it must wait, and returns the
// failures counted.
func (p *penalties) failed(key string, free int) int {
	now := p.now()
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.records[key]
	if !ok {
		if len(p.records) >= maxPenaltyRecords {
			p.forgetServed(now)
		}
		r = &penaltyRecord{}
		p.records[key] = r
	}
	r.failures++
	if over := r.failures - free; over > 0 {
		penalty := maxPenalty
		if over <= 20 {
			penalty = min(firstPenalty<<(over-1), maxPenalty)
		}
		r.until = now.Add(penalty)
	}
	return r.failures
}

// succeeded clears key's record.
func (p *penalties) succeeded(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.records, key)
}

// forgetServed drops the records whose penalty is over, and if that is not enough, all of them: a
// flood of addresses must not grow the box without bound.
func (p *penalties) forgetServed(now time.Time) {
	for key, r := range p.records {
		if !now.Before(r.until) {
			delete(p.records, key)
		}
	}
	if len(p.records) >= maxPenaltyRecords {
		clear(p.records)
	}
}

// codeAnswers counts the meeting codes answered on one connection.
type codeAnswers struct {
	mu sync.Mutex
	n  int
}

const codeAnswersKey contextKey = "briefing-code-answers" // the connection's *codeAnswers

// take reports whether the connection may answer one more code, and counts it.
func (c *codeAnswers) take() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= maxCodeAnswers {
		return false
	}
	c.n++
	return true
}

func codeAnswersOf(ctx ssh.Context) *codeAnswers {
	ctx.Lock()
	defer ctx.Unlock()
	c, ok := ctx.Value(codeAnswersKey).(*codeAnswers)
	if !ok {
		c = &codeAnswers{}
		ctx.SetValue(codeAnswersKey, c)
	}
	return c
}

// keyboardInteractive asks for the meeting's code within the bounds above, and logs wrong codes
// (once per address every 10 s, with the count). Without a code it is the authenticator's answer.
func (s *Server) keyboardInteractive(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	if s.auth.passcode == "" || s.auth.viewers != nil {
		return s.auth.keyboardInteractive(ctx, challenge)
	}
	source := hostOf(ctx.RemoteAddr())
	name := source + " " + nameKey(ctx.User())
	if wait, blocked := s.penalties.wait(source, name); blocked {
		s.signInLog.warn(source, "meeting code not asked: too many wrong codes", "wait", wait.Round(time.Second))
		return false
	}
	if !codeAnswersOf(ctx).take() {
		return false
	}
	answered := false
	ok := s.auth.keyboardInteractive(ctx, func(name, instruction string, questions []string, echos []bool) ([]string, error) {
		answers, err := challenge(name, instruction, questions, echos)
		answered = err == nil
		return answers, err
	})
	switch {
	case ok:
		s.penalties.succeeded(name)
	case answered:
		failures := s.penalties.failed(source, freeFailuresPerSource)
		s.penalties.failed(name, freeFailuresPerName)
		s.signInLog.warn(source, "wrong meeting code", "user", sanitize.Name(ctx.User()), "failures", failures)
	}
	return ok
}

// signInFailed is the server's ConnectionFailedCallback: a connection that did not sign in (a
// refused key or code, a handshake that failed or timed out) is logged once per address every 10 s.
func (s *Server) signInFailed(c net.Conn, err error) {
	s.signInLog.warn(hostOf(c.RemoteAddr()), "sign-in failed", "reason", sanitize.Cut(sanitize.Line(err.Error()), 200))
}

// nameKey is a user name as a key of the penalty box: itself when short, else a digest, so that long
// names cannot fill memory.
func nameKey(user string) string {
	if len(user) <= 64 {
		return user
	}
	sum := sha256.Sum256([]byte(user))
	return hex.EncodeToString(sum[:])
}
