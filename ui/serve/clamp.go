package serve

import (
	"fmt"

	"charm.land/ssh"

	"briefing/ui/meeting"
)

// What a viewer's session costs the server, as the resident memory of the server process grows with
// each one (TestMemoryAtTheClamp measures it): a base, and Bubble Tea's screen buffers, which grow
// with the window's cells.
const (
	sessionBaseBytes = 1<<20 + 1<<19
	sessionCellBytes = 400
)

// Presenters are never clamped below this window, whatever --max-window says: the presenter's
// console needs the room, and there are few of them.
const (
	presenterMinWidth  = 240
	presenterMinHeight = 70
)

// SessionCost is the memory a viewer's session with a w×h window costs the server.
func SessionCost(w, h int) uint64 {
	return sessionBaseBytes + sessionCellBytes*uint64(max(w, 0))*uint64(max(h, 0))
}

// MemoryNote says what MaxSessions viewers at the window clamp would cost, for the start-up banner.
func MemoryNote(c Config) string {
	c = c.withDefaults()
	each := SessionCost(c.MaxWidth, c.MaxHeight)
	return fmt.Sprintf("%d viewers at the %d×%d window clamp would take about %.1f GiB of memory (%.1f MiB each)",
		c.MaxSessions, c.MaxWidth, c.MaxHeight, float64(uint64(c.MaxSessions)*each)/(1<<30), float64(each)/(1<<20))
}

// clamp holds a session's window to the configured clamp (a client claiming 65535×65535 costs no
// more than a large screen), or for a presenter to at least presenterMinWidth × presenterMinHeight.
func (s *Server) clamp(sess ssh.Session, w, h int) (int, int) {
	maxW, maxH := s.cfg.MaxWidth, s.cfg.MaxHeight
	if s.auth.roleOf(sess) == meeting.Presenter {
		maxW, maxH = max(maxW, presenterMinWidth), max(maxH, presenterMinHeight)
	}
	return max(0, min(w, maxW)), max(0, min(h, maxH))
}
