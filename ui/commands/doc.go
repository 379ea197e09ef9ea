// Package commands builds the commands that print a briefing (sections, figures, plain) and the
// reader's flags, once, for every place that runs them: the command line (through fang) and each SSH
// session (through cobra alone, per session, with the session as stdin, stdout and stderr).
//
// A Source gives the commands their document: Files reads FILE, standard input or the built-in
// speech; Served is the one document a server shows and refuses any FILE, so no file of the server's
// is reachable by a client. The commands, their flags, checks and messages are otherwise the same
// wherever they run.
package commands
