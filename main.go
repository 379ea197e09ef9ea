// Command briefing is a terminal browser for briefings and speeches: it splits a speech into sections,
// renders each with its key figures, and presents it to a meeting over SSH.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"syscall"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/seeds"
)

// version is the release this source builds.
const version = "0.1.0"

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the process's exit code. Every error reaches the user as
// one line on stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCommand(stdin)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(version),
		fang.WithoutManpage(),
		fang.WithNotifySignal(os.Interrupt, syscall.SIGTERM),
		fang.WithErrorHandler(printOneLine),
	)
	if err != nil {
		return 1
	}
	return 0
}

// printOneLine reports an error the way scripts and people both read easily: one line, prefixed with
// the program's name.
func printOneLine(w io.Writer, _ fang.Styles, err error) {
	fmt.Fprintf(w, "briefing: %v\n", err)
}

func newRootCommand(stdin io.Reader) *cobra.Command {
	root := &cobra.Command{
		Use:   "briefing [FILE]",
		Short: "Read, browse and present briefings and speeches in the terminal",
		Long: "briefing splits a speech into its opening and parts, renders each section with correct Chinese line\n" +
			"breaking, and shows the key figures it rests on. With no FILE it opens the built-in speech; FILE may\n" +
			"be plain text or markdown, or - for standard input.",
		Args:          cobra.MaximumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	flags := &readFlags{}
	flags.register(root)
	root.RunE = func(cmd *cobra.Command, args []string) error { return runReader(cmd, args, stdin, flags) }
	root.AddCommand(newSectionsCommand(stdin), newFiguresCommand(stdin), newServeCommand(stdin), newPresentCommand(stdin))
	return root
}

// loadBriefing parses FILE, or the built-in speech when there is none. A file read in an encoding
// other than UTF-8 is announced on stderr, since the guess may be wrong.
func loadBriefing(cmd *cobra.Command, args []string, stdin io.Reader) (*content.Briefing, error) {
	if len(args) == 0 {
		return content.Parse(seeds.DefaultName, seeds.Default())
	}
	b, err := content.Load(args[0], stdin)
	if err == nil && b.Encoding != content.UTF8 {
		fmt.Fprintf(cmd.ErrOrStderr(), "briefing: %s: read as %s\n", content.DisplayName(args[0]), b.Encoding)
	}
	return b, err
}
