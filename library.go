package main

import (
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"briefing/content/library"
	"briefing/ui/commands"
	libraryui "briefing/ui/library"
)

// runLibrary opens the library of a folder or several files: the list, the search across documents,
// the figures compared, and the reader on each, following the files on disk. When stdout is not a
// terminal (or with --plain) it prints every document's outline instead.
func runLibrary(cmd *cobra.Command, args []string, flags *readerFlags) error {
	readOpts, err := flags.read.LibraryOptions(cmd)
	if err != nil {
		return err
	}
	files, err := library.Scan(args)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if flags.asText || !commands.IsTerminal(out) {
		return commands.WriteLibrary(cmd, library.ReadAll(cmd.Context(), files))
	}
	root := ""
	if len(args) == 1 {
		root = filepath.Clean(args[0])
	}
	model := libraryui.New(libraryui.Options{
		Files: files, Root: root, Watch: true, Lang: readOpts.Lang, Theme: readOpts.Theme,
		Reader: readOpts, Context: cmd.Context(),
	})
	final, err := tea.NewProgram(model, tea.WithOutput(out), tea.WithContext(cmd.Context())).Run()
	if m, ok := final.(libraryui.Model); ok {
		m.Close()
	}
	return err
}
