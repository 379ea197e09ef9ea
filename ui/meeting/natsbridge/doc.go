// Package natsbridge joins a meeting's Hub to the meeting's other nodes through NATS, so that one
// meeting can span several `briefing serve` processes, each rendering for its own sessions.
//
// Nodes exchange one message type, Message: the document served (its digest and version), the
// node's latest move if it made it, the node's attendance (members, presenters, viewers and their
// names), how long ago the talk began (a duration: the nodes' clocks need not agree; a node keeps
// the earliest start it hears of, and until it hears one counts from when it first saw a move),
// and whether the meeting has ended. Every node publishes it on the meeting's subject
// briefing.<meeting>.state when a presenter here moves, and every heartbeat (one second) in any
// case; a node not heard from for three heartbeats is dropped from the count, and a node that shuts
// down says so (bye) and is dropped at once.
//
// Ordering and loops: a move carries a meeting.Stamp (a logical clock and the node that made it).
// A node applies a move only if it is later than the one it holds, and publishes moves made by its
// own presenters only, never one it received; so a move travels once, heard twice it changes
// nothing, and two presenters on two nodes end with every node on the same (the later) move.
//
// Joining: a new node asks the meeting's nodes for the meeting's state on briefing.<meeting>.hello
// (request and reply; no answer at all means it is the first). A node serving another document
// refuses to join. The connection (credentials, TLS) is the nats.go client's; anyone allowed to
// publish on briefing.<meeting>.> can move the meeting, so the NATS server's permissions decide who
// can present. What arrives is checked before it is used: the size of a message, the position
// against the document, counts, and names (made printable and cut, with content/sanitize).
package natsbridge
