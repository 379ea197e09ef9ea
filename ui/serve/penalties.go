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
//
// A question is reserved before it is asked (ask), and the answer settles it (settle): connections
// from one address asking at once cannot all slip through before the first wrong answer counts.
// Questions may overlap until wrong codes come; then only as many as the free failures left, and past
// them one at a time.
type penalties struct {
	now func() time.Time

	mu      sync.Mutex
	records map[string]*penaltyRecord
}

type penaltyRecord struct {
	failures int
	pending  int       // questions asked and not yet answered
	until    time.Time // no question before this
}

// penaltyKey is a key of the box with its free failures.
type penaltyKey struct {
	key  string
	free int
}

func newPenalties() *penalties {
	return &penalties{now: time.Now, records: map[string]*penaltyRecord{}}
}

// ask reserves a question for every key, or says how long the first key that must wait still has to
// (0 when another question of its is being answered past its free failures).
func (p *penalties) ask(keys ...penaltyKey) (time.Duration, bool) {
	now := p.now()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, k := range keys {
		r, ok := p.records[k.key]
		if !ok {
			continue
		}
		if now.Before(r.until) {
			return r.until.Sub(now), false
		}
		// Once wrong codes have come, questions in flight may not carry the failures past the free
		// ones, and past them only one is asked at a time. A room behind one address answering
		// right all at once is never held back.
		if r.failures > 0 && r.pending > 0 && r.failures+r.pending >= k.free {
			return 0, false
		}
	}
	for _, k := range keys {
		r, ok := p.records[k.key]
		if !ok {
			if len(p.records) >= maxPenaltyRecords {
				p.forgetServed(now)
			}
			r = &penaltyRecord{}
			p.records[k.key] = r
		}
		r.pending++
	}
	return 0, true
}

// settle ends the questions ask reserved: a wrong answer counts a failure for every key and returns
// the first key's count; a right one clears the last key's record (the address and name); no answer
// (the client left) counts nothing.
func (p *penalties) settle(answer codeAnswer, keys ...penaltyKey) int {
	now := p.now()
	p.mu.Lock()
	defer p.mu.Unlock()
	counted := 0
	for i, k := range keys {
		r, ok := p.records[k.key]
		if !ok {
			continue // forgotten meanwhile, under a flood of addresses
		}
		r.pending = max(r.pending-1, 0)
		switch answer {
		case wrongCode:
			r.failures++
			if over := r.failures - k.free; over > 0 {
				penalty := maxPenalty
				if over <= 20 {
					penalty = min(firstPenalty<<(over-1), maxPenalty)
				}
				r.until = now.Add(penalty)
			}
			if i == 0 {
				counted = r.failures
			}
		case rightCode:
			if i == len(keys)-1 {
				delete(p.records, k.key)
			}
		}
	}
	return counted
}

// codeAnswer is how a question ended.
type codeAnswer int

const (
	noAnswer codeAnswer = iota
	wrongCode
	rightCode
)

// forgetServed drops the records whose penalty is over, and if that is not enough, all of them: a
// flood of addresses must not grow the box without bound.
func (p *penalties) forgetServed(now time.Time) {
	for key, r := range p.records {
		if !now.Before(r.until) && r.pending == 0 {
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
	keys := []penaltyKey{{source, freeFailuresPerSource}, {source + " " + nameKey(ctx.User()), freeFailuresPerName}}
	if wait, ok := s.penalties.ask(keys...); !ok {
		s.signInLog.warn(source, "meeting code not asked: too many wrong codes", "wait", wait.Round(time.Second))
		return false
	}
	if !codeAnswersOf(ctx).take() {
		s.penalties.settle(noAnswer, keys...)
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
		s.penalties.settle(rightCode, keys...)
	case answered:
		failures := s.penalties.settle(wrongCode, keys...)
		s.signInLog.warn(source, "wrong meeting code", "user", sanitize.Name(ctx.User()), "failures", failures)
	default:
		s.penalties.settle(noAnswer, keys...)
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
