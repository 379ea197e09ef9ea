// Command score measures the content engine on documents with gold files typed by hand
// (NAME.gold.json beside NAME.txt or NAME.md, in the format of content/score) and prints a scorecard:
// totals, one line per document, one line per shape.
//
//	go run ./content/cmd/score [-v] [--strict] DIR
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"briefing/content/score"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	verbose bool
	strict  bool
}

// errBelow is returned when --strict is set and the scorecard misses a threshold.
var errBelow = errors.New("below the required thresholds")

func run(args []string, stdout, stderr io.Writer) int {
	var opts options
	cmd := &cobra.Command{
		Use:           "score DIR",
		Short:         "Score the briefing engine on documents with gold files",
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return scoreDir(args[0], opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVarP(&opts.verbose, "verbose", "v", false, "list every missed, spurious and wrong figure and outline difference")
	cmd.Flags().BoolVar(&opts.strict, "strict", false, "exit 1 unless every outline is exact, recall and precision reach 0.97 and label exact 0.92")
	cmd.SetArgs(args)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	if err := cmd.Execute(); err != nil {
		_, _ = fmt.Fprintf(stderr, "score: %v\n", err) // a failed write to stderr leaves nowhere to say so
		return 1
	}
	return 0
}

func scoreDir(dir string, opts options, stdout io.Writer) error {
	card, err := score.Dir(dir)
	if err != nil {
		return err
	}
	if err := card.Write(stdout, opts.verbose); err != nil {
		return fmt.Errorf("write scorecard: %w", err)
	}
	if failures := card.Failures(score.Required()); opts.strict && len(failures) > 0 {
		for _, f := range failures {
			if _, err := fmt.Fprintln(stdout, "FAIL", f); err != nil {
				return fmt.Errorf("write scorecard: %w", err)
			}
		}
		return errBelow
	}
	return nil
}
