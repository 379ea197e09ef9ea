package serve

import (
	"bytes"
	"io"
	"sync"

	"charm.land/ssh"
)

// A session's screen is written to its channel through lineEnds rather than through the session.
//
// The SSH library emulates the PTY a client asks for instead of allocating one, and does what a
// terminal driver would on output: every line feed becomes CR LF. It does so with two copies of each
// write, each the size of the write, and a meeting writes a frame to every viewer at every move: with
// 200 viewers that is a quarter of what the server allocates during the moves, and so a quarter of
// its garbage collections. Bubble Tea ends its lines with CR LF itself and moves down with a bare line
// feed only now and then, so lineEnds copies only a write that has a line feed standing alone, into a
// buffer it keeps.

// maxKeptBuffer is the largest conversion buffer a session keeps between writes: a frame of a large
// window; a larger write's buffer is let go.
const maxKeptBuffer = 64 << 10

// lineEnds writes to w with every line feed not already after a carriage return made CR LF. It is
// safe for concurrent use: writes reach w whole and in order.
type lineEnds struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
}

func newLineEnds(w io.Writer) *lineEnds { return &lineEnds{w: w} }

// Write writes p with its lone line feeds made CR LF. The count is of p's bytes, never more than
// len(p), as io.Writer requires.
func (l *lineEnds) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	first := loneLineFeed(p, 0)
	if first < 0 {
		return l.w.Write(p)
	}
	out := l.buf[:0]
	start := 0
	for at := first; at >= 0; at = loneLineFeed(p, at+1) {
		out = append(out, p[start:at]...)
		out = append(out, '\r', '\n')
		start = at + 1
	}
	out = append(out, p[start:]...)
	n, err := l.w.Write(out)
	if cap(out) <= maxKeptBuffer {
		l.buf = out
	} else {
		l.buf = nil
	}
	return min(n, len(p)), err
}

// loneLineFeed is the index of the first line feed in p at or after from that does not follow a
// carriage return, or -1.
func loneLineFeed(p []byte, from int) int {
	for from < len(p) {
		i := bytes.IndexByte(p[from:], '\n')
		if i < 0 {
			return -1
		}
		at := from + i
		if at == 0 || p[at-1] != '\r' {
			return at
		}
		from = at + 1
	}
	return -1
}

// screenOutput is where a session's screen is written: its channel through lineEnds when the PTY is
// the library's emulation and the channel is known (the session came through openSession), else nil
// and the session itself.
func screenOutput(sess ssh.Session) io.Writer {
	scope, ok := scopeOf(sess)
	if !ok || !sess.EmulatedPty() {
		return nil
	}
	scope.mu.Lock()
	ch := scope.ch
	scope.mu.Unlock()
	if ch == nil {
		return nil
	}
	return newLineEnds(ch)
}
