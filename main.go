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

	"briefing/ui/commands"
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
	_, _ = fmt.Fprintf(w, "briefing: %v\n", err) // stderr: if it fails, nowhere is left to say so
}

func newRootCommand(stdin io.Reader) *cobra.Command {
	src := commands.Files{Stdin: stdin}
	root := &cobra.Command{
		Use:   "briefing" + src.ArgsUsage(),
		Short: "Read, browse and present briefings and speeches in the terminal",
		Long: "briefing splits a speech into its opening and parts, renders each section with correct Chinese line\n" +
			"breaking, and shows the key figures it rests on. With no FILE it opens the built-in speech; FILE may\n" +
			"be plain text or markdown, or - for standard input.",
		Args:          src.Args(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	flags := &readerFlags{}
	flags.register(root)
	root.RunE = func(cmd *cobra.Command, args []string) error { return runReader(cmd, args, src, flags) }
	root.AddCommand(commands.Documents(src)...)
	root.AddCommand(newServeCommand(src), newPresentCommand(src))
	return root
}
