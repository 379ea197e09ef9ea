package serve

import (
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content/contenttest"
)

// guesser counts the meeting codes a client is asked for and answers each wrongly.
type guesser struct {
	asked atomic.Int64
}

func (g *guesser) auth(answer string) []gossh.AuthMethod {
	return []gossh.AuthMethod{gossh.RetryableAuthMethod(gossh.KeyboardInteractive(func(_, _ string, questions []string, _ []bool) ([]string, error) {
		if len(questions) > 0 {
			g.asked.Add(1)
		}
		answers := make([]string, len(questions))
		for i := range answers {
			answers[i] = answer
		}
		return answers, nil
	}), 1000)}
}

// dialFrom signs in from the local address source.
func dialFrom(source, addr, user string, auth []gossh.AuthMethod) (*gossh.Client, error) {
	conn, err := (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(source)}, Timeout: timeout}).Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{User: user, Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey()})
	if err != nil {
		conn.Close()
		return nil, err
	}
	_ = conn.SetDeadline(time.Time{})
	return gossh.NewClient(c, chans, reqs), nil
}

// TestPasscodeGuessing: one address guessing the meeting's code as fast as it can, under changing
// user names, gets at most 3 answers per connection and a handful in all before it must wait, ever
// longer; the failures are logged with the address and the count, a few lines in all; a viewer at
// another address still gets in with the code. (Full size, BRIEFING_LOAD=1: 10 s of guessing.)
func TestPasscodeGuessing(t *testing.T) {
	t.Parallel()
	const code = "4711-meeting"
	f := newFixture(t, withConfig(func(c *Config) { c.Passcode = code }))
	duration := time.Duration(scaled(2, 10)) * time.Second
	var g guesser
	var connections, mostPerConnection atomic.Int64
	var wg sync.WaitGroup
	end := time.Now().Add(duration)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(end); i++ {
				var one guesser
				client, err := dialFrom("127.0.0.2", f.addr, "guess"+string(rune('a'+w))+string(rune('a'+i%26)), one.auth("0000"))
				if err == nil {
					client.Close()
					t.Error("a wrong code signed in")
					return
				}
				connections.Add(1)
				g.asked.Add(one.asked.Load())
				for n := one.asked.Load(); ; {
					most := mostPerConnection.Load()
					if n <= most || mostPerConnection.CompareAndSwap(most, n) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	guesses := g.asked.Load()
	perSecond := float64(guesses) / duration.Seconds()
	logged := strings.Count(f.log.String(), "127.0.0.2")
	t.Logf("%v of guessing from one address: %d connections, %d codes asked (%.1f a second), at most %d on one connection; %d log lines name the address",
		duration, connections.Load(), guesses, perSecond, mostPerConnection.Load(), logged)
	if most := mostPerConnection.Load(); most > 3 {
		t.Errorf("a connection was asked for the code %d times; want at most 3", most)
	}
	if limit := 12 + int64(duration/time.Second); guesses > limit {
		t.Errorf("%d codes asked of one address in %v; want at most %d (10 free, then ever longer waits)", guesses, duration, limit)
	}
	if logged == 0 || logged > 2+int(duration/(10*time.Second))*2 {
		t.Errorf("%d log lines name the guessing address; want the failures logged, once per 10 s", logged)
	}
	if !strings.Contains(f.log.String(), "failures") {
		t.Errorf("the log does not count the failures:\n%s", truncate(f.log.String(), 2000))
	}
	if client, err := dialFrom("127.0.0.1", f.addr, "viewer", noKey(code)); err != nil {
		t.Errorf("a viewer at another address with the right code was refused during the penalty: %v", err)
	} else {
		client.Close()
	}
}

// TestManyKeysReachThePrompt: a client whose agent offers many keys the server does not know still
// reaches the meeting code's prompt and gets in.
func TestManyKeysReachThePrompt(t *testing.T) {
	t.Parallel()
	const code = "4711-meeting"
	f := newFixture(t, withConfig(func(c *Config) { c.Passcode = code }))
	var keys []gossh.Signer
	for range 20 {
		keys = append(keys, newKey(t))
	}
	client, err := dialFrom("127.0.0.1", f.addr, "viewer", append([]gossh.AuthMethod{gossh.PublicKeys(keys...)}, noKey(code)...))
	if err != nil {
		t.Fatalf("a client offering 20 unknown keys did not reach the code's prompt: %v", err)
	}
	client.Close()
}

// TestFailedSignInsAreLogged: sign-ins that fail are logged with the address, once per address every
// 10 s however many fail.
func TestFailedSignInsAreLogged(t *testing.T) {
	t.Parallel()
	keys := writeKeys(t, t.TempDir()+"/viewers", newKey(t))
	f := newFixture(t, withConfig(func(c *Config) { c.ViewerKeys = keys }))
	for range 50 {
		if client, err := dialFrom("127.0.0.4", f.addr, "stranger", keyAuth(newKey(t))); err == nil {
			client.Close()
			t.Fatal("a key not in --viewer-keys signed in")
		}
	}
	if !contenttest.Eventually(timeout, func() bool { return strings.Contains(f.log.String(), "127.0.0.4") }) {
		t.Fatalf("failed sign-ins were not logged:\n%s", truncate(f.log.String(), 2000))
	}
	if n := strings.Count(f.log.String(), "127.0.0.4"); n > 2 {
		t.Fatalf("50 failed sign-ins made %d log lines; want one per address every 10 s:\n%s", n, truncate(f.log.String(), 2000))
	}
}

// TestPenaltyBoxReservesQuestions: questions asked at once from one address cannot carry its wrong
// codes past the free ones, past them only one is in flight, and a room answering right all at
// once is never held back.
func TestPenaltyBoxReservesQuestions(t *testing.T) {
	t.Parallel()
	source := []penaltyKey{{"10.0.0.1", 10}}
	p := newPenalties()
	for range 50 { // fifty attendees behind one address, all asked before any answers
		if _, ok := p.ask(source...); !ok {
			t.Fatal("a room answering at once was held back before any wrong code")
		}
	}
	for range 50 {
		p.settle(rightCode, source...)
	}

	p = newPenalties()
	p.ask(source...)
	p.settle(wrongCode, source...) // one wrong code: nine free failures left
	asked := 0
	for range 20 {
		if _, ok := p.ask(source...); ok {
			asked++
		}
	}
	if asked != 9 {
		t.Fatalf("%d questions in flight after one wrong code; want the 9 free failures left", asked)
	}
	for range asked {
		p.settle(wrongCode, source...)
	}
	if _, ok := p.ask(source...); !ok {
		t.Fatal("after the free failures, the next question was not asked")
	}
	if _, ok := p.ask(source...); ok {
		t.Fatal("past the free failures two questions were in flight at once")
	}
	p.settle(wrongCode, source...)
	if wait, ok := p.ask(source...); ok || wait <= 0 {
		t.Fatalf("after a wrong code past the free ones a question was asked (wait %v, asked %v); want a wait", wait, ok)
	}
}
