package meeting

import (
	"net"
	"strings"
	"time"
)

// Attendee is who a member is, as the presenter's audience panel lists them. The transport fills it
// in: the name is the one the person chose (an SSH user name), made safe for a terminal before it
// gets here; Proof is what the transport vouches for (a key fingerprint, else an address).
type Attendee struct {
	Name   string
	Proof  string
	Role   Role
	Joined time.Time
	// Local is the serving process's own terminal (present --serve): the person at the machine, with
	// no transport in between and so no proof.
	Local bool
	// Elsewhere is an attendee of another node of the meeting, known here by name only.
	Elsewhere bool
}

// before orders the audience: presenters first, then by arrival, then by name.
func (a Attendee) before(b Attendee) bool {
	if (a.Role == Presenter) != (b.Role == Presenter) {
		return a.Role == Presenter
	}
	if !a.Joined.Equal(b.Joined) {
		return a.Joined.Before(b.Joined)
	}
	return a.Name < b.Name
}

// NamePosesAsProof reports whether a chosen name looks like what only the transport can vouch for —
// a key fingerprint (SHA256:…, MD5:…) or an address — so that a panel can say the name was chosen
// by the person, not checked.
func NamePosesAsProof(name string) bool {
	lower := strings.ToLower(strings.TrimSpace(name))
	for _, prefix := range []string{"sha256:", "sha1:", "md5:", "ssh-"} {
		if strings.HasPrefix(lower, prefix) {
			return true
		}
	}
	host := lower
	if h, _, err := net.SplitHostPort(lower); err == nil {
		host = h
	}
	host, _, _ = strings.Cut(host, "%") // an IPv6 zone
	return net.ParseIP(strings.Trim(host, "[]")) != nil
}
