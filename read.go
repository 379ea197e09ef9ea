package main

import (
	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/content/library"
	"briefing/ui"
	"briefing/ui/commands"
	libraryui "briefing/ui/library"
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
	if library.IsLibrary(args) {
		return runLibrary(cmd, args, flags)
	}
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
	var model tea.Model = ui.New(doc.Briefing(), opts)
	if len(args) == 1 && args[0] != content.StdinName {
		// A file is followed on disk: saved again, it is read again in place.
		if f, err := library.Stat("", args[0]); err == nil {
			model = libraryui.NewReader(library.Entry{File: f, Briefing: doc.Briefing()},
				libraryui.Options{Watch: true, Reader: opts, Theme: opts.Theme, Lang: opts.Lang, Context: cmd.Context()})
		}
	}
	final, err := tea.NewProgram(model, tea.WithOutput(out), tea.WithContext(cmd.Context())).Run()
	if m, ok := final.(libraryui.Model); ok {
		m.Close()
	}
	return err
}
