// Package serve runs a meeting over SSH: a presenter drives the briefing and every attendee who runs
// `ssh -p 23234 host` follows live, in a reader sized and coloured for their own terminal, free to
// wander off and snap back.
//
// Roles come from keys: a key listed in --presenter-keys presents, everyone else views. Viewers may be
// limited to --viewer-keys, or asked for a meeting code (--passcode) by keyboard-interactive auth: at
// most 3 answers per connection, and past a few wrong ones an address (or an address and user name)
// waits ever longer before it is asked again (penalties.go). Failed sign-ins and refused connections
// are logged once per address every 10 s.
//
// Sessions are routed by their command (routes.go), with a PTY or without: no command opens the
// reader on the session's terminal (a screen; another view a PTY session asks for by name is one more
// entry), and sections, figures and plain run the command line's own commands from ui/commands, per
// session, with cobra alone (commands.go). They read the served document and never a file a client
// names.
//
// A session's screen is written to its channel directly (output.go), its lone line feeds made CR LF
// as the library's emulated PTY would, without the library's two copies of every frame.
//
// Every session channel passes through a request filter in front of the SSH library's session
// handling (requests.go): a connection holds at most 4 sessions, each with a context of its own; a
// session keeps at most 16 small environment variables a terminal needs, its window changes are kept
// newest-only outside the library, command lines are capped at 4 KB, and agent forwarding is refused.
//
// The package is the SSH plumbing of a meeting kept by ui/meeting: every session joins the server's
// meeting.Hub the same way (sessions.go), and so does the local presenter of `present --serve`
// (Server.Present), whose own terminal presents beside the server. The Hub never waits for a session,
// so a stalled viewer delays no one.
//
// Every bound is explicit (the README's "Security model" lists them with their defaults).
// Connections still starting (no session yet) are limited per address and in all, past a threshold
// refused at random as OpenSSH's MaxStartups does (startups.go), and must open a session within the
// handshake timeout; signed-in viewers are capped per server and per address; viewers' windows are
// clamped (clamp.go: what a session costs, presenters never below 240×70); a session idle — no
// keystrokes while no presenter moves — is closed (idle.go); shutdown tells every session the
// meeting ended, ends each session in order and waits for its client to close it before hanging up,
// all within its timeout, and logs every session's end (shutdown.go); refusals and failures are logged at most once per address every
// 10 s (ratelog.go); and a panic ends only its own session. Text from clients (user names, command
// lines) is shown and logged through content/sanitize. What the server tells attendees (a refusal,
// the code prompt, the end of the meeting, an idle close) is in the document's language, from
// content/locale.
package serve
