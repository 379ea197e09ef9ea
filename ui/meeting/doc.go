// Package meeting is a meeting of sessions reading one briefing: where the presenter is, who presents,
// who is there, and whether the meeting has ended. It knows no transport and no terminal (no SSH, no
// bubbletea): ui/serve joins SSH sessions to a Hub, and another transport (a second node, a web page)
// can join the same Hub the same way.
//
// A Hub keeps only the presenter's latest Position. Publishing stores it and wakes every Member
// without waiting; each member's own goroutine then hands the newest State to its deliver function
// (a session's program). A slow or stalled session delays only itself and never receives a backlog.
// Who is connected is announced at most once per interval, and only when it changed. The State also
// says when the talk began (the first move) and when the presenter entered its section, so that
// every session's clock counts from the same moment, whenever it joined.
//
// A meeting may span several nodes, each a Hub with its own sessions, joined by a bridge that knows
// the transport (nodes.go): moves carry a Stamp (a logical clock and the node's name) so that every
// node keeps the same latest move whatever order moves arrive in; a bridge applies other nodes' moves
// as if a presenter here had made them, and tells the Hub who is connected elsewhere, which is
// counted with its own members.
package meeting
