package main

import (
	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"briefing/ui"
	"briefing/ui/commands"
)

// readerFlags are the root command's: the flags of reading, and --plain with --width, an alias of
// the plain command.
type readerFlags struct {
	read   commands.ReadFlags
	plain  commands.PlainFlags
	asText bool
}

func (f *readerFlags) register(cmd *cobra.Command) {
	f.read.Register(cmd)
	f.plain.Register(cmd)
	cmd.Flags().BoolVar(&f.asText, "plain", false, "print the whole briefing as text instead of opening the reader (as the plain command does)")
}

// runReader opens the reader on a terminal, or prints the briefing when asked to or when stdout is
// not a terminal. A bad document or flag is reported before the screen is taken over.
func runReader(cmd *cobra.Command, args []string, src commands.Source, flags *readerFlags) error {
	doc, err := src.Open(cmd, args)
	if err != nil {
		return err
	}
	opts, err := flags.read.Options(doc)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if flags.asText || !commands.IsTerminal(out) {
		return flags.plain.Write(cmd, doc, flags.read.Theme)
	}
	_, err = tea.NewProgram(ui.New(doc.Briefing(), opts), tea.WithOutput(out), tea.WithContext(cmd.Context())).Run()
	return err
}
