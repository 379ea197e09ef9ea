package serve

import (
	"fmt"
	"net"
	"sync"

	"briefing/content/locale"
)

// seats counts signed-in viewers, in all and per address. Presenters never take a seat and are never
// refused.
type seats struct {
	mu       sync.Mutex
	max      int
	maxPerIP int
	total    int
	perIP    map[string]int
	words    *locale.Words // a refusal is told in the document's language
}

func newSeats(most, maxPerIP int, words *locale.Words) *seats {
	return &seats{max: most, maxPerIP: maxPerIP, perIP: map[string]int{}, words: words}
}

// take gives a viewer from addr a seat, or reports why there is none.
func (s *seats) take(addr net.Addr) (release func(), reason string) {
	host := hostOf(addr)
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.max > 0 && s.total >= s.max:
		return nil, s.words.MeetingFull
	case s.maxPerIP > 0 && s.perIP[host] >= s.maxPerIP:
		return nil, fmt.Sprintf(s.words.TooManyFrom, host)
	}
	s.total++
	s.perIP[host]++
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.total--
			if s.perIP[host]--; s.perIP[host] <= 0 {
				delete(s.perIP, host)
			}
		})
	}, ""
}

func hostOf(addr net.Addr) string {
	if addr == nil {
		return ""
	}
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return host
}

// taken is how many seats are taken.
func (s *seats) taken() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total
}
