package serve

import (
	"io"
	"sync"
	"time"

	"charm.land/ssh"

	"briefing/ui/meeting"
)

// idleWatch decides when a session is idle: it has sent no keystrokes and no presenter has moved for
// the idle timeout. The SSH library's own idle timeout counted any traffic, the server's keepalives
// and their replies included, so with a keepalive shorter than the timeout it never fired; and it
// would have cut off attendees who only watch a meeting that is going on.
type idleWatch struct {
	timeout time.Duration

	mu       sync.Mutex
	last     time.Time        // the last keystroke or move
	position meeting.Position // the presenter's, as last delivered
	moved    bool             // position holds a presenter's move
	idled    bool             // the session was closed for being idle
}

func newIdleWatch(timeout time.Duration) *idleWatch {
	return &idleWatch{timeout: timeout, last: time.Now()}
}

func (w *idleWatch) active() {
	w.mu.Lock()
	w.last = time.Now()
	w.mu.Unlock()
}

// run waits until the session has been idle for the timeout and then calls closeIdle, or returns
// when done is closed.
func (w *idleWatch) run(done <-chan struct{}, closeIdle func()) {
	if w.timeout <= 0 {
		return
	}
	timer := time.NewTimer(w.timeout)
	defer timer.Stop()
	for {
		select {
		case <-done:
			return
		case <-timer.C:
			w.mu.Lock()
			quiet := time.Since(w.last)
			if quiet >= w.timeout {
				w.idled = true
			}
			w.mu.Unlock()
			if quiet >= w.timeout {
				closeIdle()
				return
			}
			timer.Reset(w.timeout - quiet)
		}
	}
}

// idledOut reports whether the session was closed for being idle.
func (w *idleWatch) idledOut() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.idled
}

// typed is the session's input, each read of it counting as activity.
func typed(sess ssh.Session) io.Reader {
	if scope, ok := scopeOf(sess); ok {
		return activeReader{Reader: sess, watch: scope.idle}
	}
	return sess
}

type activeReader struct {
	io.Reader
	watch *idleWatch
}

func (r activeReader) Read(p []byte) (int, error) {
	n, err := r.Reader.Read(p)
	if n > 0 {
		r.watch.active()
	}
	return n, err
}

// watched passes the meeting's deliveries to deliver, a presenter's move counting as activity.
func watched(sess ssh.Session, deliver func(meeting.State)) func(meeting.State) {
	scope, ok := scopeOf(sess)
	if !ok {
		return deliver
	}
	w := scope.idle
	return func(s meeting.State) {
		w.mu.Lock()
		if s.HasPresenter && (!w.moved || s.Presenter != w.position) {
			w.position, w.moved, w.last = s.Presenter, true, time.Now()
		}
		w.mu.Unlock()
		deliver(s)
	}
}

// idledOut reports whether sess was closed for being idle.
func idledOut(sess ssh.Session) bool {
	scope, ok := scopeOf(sess)
	return ok && scope.idle.idledOut()
}

// closeIdle ends a session that has been idle for the timeout: its reader quits (farewell says
// why), and if the session is still open a few seconds later its channel is closed.
func (s *Server) closeIdle(scope *sessionScope) {
	s.log.Info("closing an idle session", "addr", scope.RemoteAddr().String(), "idle", s.cfg.IdleTimeout)
	scope.end()
	time.AfterFunc(5*time.Second, func() {
		scope.mu.Lock()
		ch := scope.ch
		scope.mu.Unlock()
		if ch != nil {
			_ = ch.Close()
		}
	})
}
