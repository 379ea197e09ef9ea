package meeting

import "time"

// View is which of the two ways of showing a section a session uses.
type View int

// The views: the reader (outline, text, figures) and the slides (one section per screen).
const (
	ReaderView View = iota
	SlidesView
)

// Position is where a session is, in terms that survive another terminal size: a presenter at 160
// columns and a viewer at 80 see the same sub-point at the top even though their lines differ.
type Position struct {
	// Document is the document's place in the meeting's agenda, from 0; a meeting of one document is
	// always at 0.
	Document int
	Section  int
	Point    int     // the sub-point being read, -1 before the first one
	Within   float64 // how far through that sub-point (or the text before the first), from 0 to 1
	View     View
	Figure   int // the figure whose sentence is highlighted, -1 for none
}

// StartPosition is the opening, at the top, in view v.
func StartPosition(v View) Position {
	return Position{Point: -1, Figure: -1, View: v}
}

// SamePlace reports whether two positions show the same text, whatever the view.
func SamePlace(a, b Position) bool {
	a.View, b.View = 0, 0
	return a == b
}

// Role is what a session is in a meeting.
type Role int

// The roles. A solo reader is in no meeting; a presenter moves the meeting; a viewer follows it.
const (
	Solo Role = iota
	Presenter
	Viewer
)

// State is the meeting as one member sees it: sent whenever the presenter moves or the audience
// changes, and once more when the meeting ends.
type State struct {
	Presenter    Position
	HasPresenter bool       // some presenter has moved since the meeting began
	FromSelf     bool       // the position was published by this very member
	Online       int        // members connected, on every node of the meeting, as last announced
	Presenting   bool       // a presenter is connected, on any node, as last announced
	Audience     []string   // the viewers' names, for presenters only
	Attendees    []Attendee // who is connected, presenters first, then by arrival; for presenters only
	Ended        bool       // the meeting is over: the last delivery
	// Agenda names each document of the meeting, in order, as its latest version: a document read
	// again (its file saved during the meeting) has a new digest and version, and every session
	// showing it, following or not, shows the new version.
	Agenda []Revision
	// Began is when the talk began: the first presenter's move, on any node of the meeting; zero
	// before it. Every session's clock counts from it, whenever the session joined.
	Began time.Time
	// Entered is when the presenter's position moved into the section it is in (on another node:
	// when this node first saw it there), for the speaker console's pace.
	Entered time.Time
}

// Revision names one version of one document of a meeting's agenda.
type Revision struct {
	Name    string // the file's base name, sanitised
	SHA256  string // hex digest of what a reader navigates (content.Briefing.Digest)
	Version int    // 1 as first served, one more each time it is read again
	// Problem is why the file's newest version on disk could not be read: the meeting goes on with
	// this version, and sessions say why. Empty when the version shown is the newest.
	Problem string
}
