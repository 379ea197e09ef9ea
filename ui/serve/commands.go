package serve

import (
	"context"
	"fmt"
	"io"
	"net"

	"charm.land/ssh"
	"github.com/spf13/cobra"

	"briefing/ui/commands"
)

// runCommand runs a session's command with the command line's own commands (sections, figures,
// plain), built afresh for the session and reading the served document: the same flags, checks,
// messages and help as `briefing sections` and the rest, and no FILE. They run with cobra alone,
// never through fang, which would probe the server's own terminal for colours. The session exits 0,
// or 1 after one line on its stderr.
func (s *Server) runCommand(sess ssh.Session) {
	root := commandTree(s.served(), reachedAs(sess))
	if err := execute(sess.Context(), root, sess.Command(), sess, sess, sess.Stderr()); err != nil {
		_, _ = fmt.Fprintf(sess.Stderr(), "briefing: %v\n", err) // a client gone already has no stderr to read
		_ = sess.Exit(1)
		return
	}
	_ = sess.Exit(0)
}

// execute runs args with the commands of root, reading in and writing out and errOut.
func execute(ctx context.Context, root *cobra.Command, args []string, in io.Reader, out, errOut io.Writer) error {
	root.SetArgs(args)
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errOut)
	if err := reachable(root, args); err != nil {
		return err
	}
	return root.ExecuteContext(ctx)
}

// served is what a session's commands read: the newest version of each document, and with an
// agenda of several, the one the meeting shows unless --doc names another.
func (s *Server) served() commands.Served {
	src := commands.Served{Renderer: s.agenda.document(0).renderer}
	if n := s.agenda.len(); n > 1 {
		for i := range n {
			src.Agenda = append(src.Agenda, s.agenda.document(i).renderer)
		}
		src.Current = func() int {
			p, _ := s.hub.Position()
			return p.Document
		}
	}
	return src
}

// commandTree is the commands a client may run on the document r renders, under a root named as the
// client reaches the server (ssh -p PORT HOST).
func commandTree(src commands.Served, reachedAs string) *cobra.Command {
	root := &cobra.Command{
		Use:                "ssh",
		Short:              "The commands of this meeting's document; with no command, ssh -t opens the reader",
		Annotations:        map[string]string{cobra.CommandDisplayNameAnnotation: reachedAs},
		SilenceErrors:      true,
		SilenceUsage:       true,
		DisableSuggestions: true, // an error is one line
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(commands.Documents(src)...)
	root.InitDefaultHelpCmd()
	return root
}

// reachable refuses a command line that names none of the tree's commands, before cobra adds its
// hidden ones (shell completion, which reads the server's environment).
func reachable(root *cobra.Command, args []string) error {
	_, _, err := root.Find(args)
	return err
}

// reachedAs is how a client reaches this server, for the commands' help: ssh -p PORT HOST.
func reachedAs(sess ssh.Session) string {
	host, port, err := net.SplitHostPort(sess.LocalAddr().String())
	if err != nil {
		return "ssh"
	}
	if port == "22" {
		return "ssh " + host
	}
	return "ssh -p " + port + " " + host
}
