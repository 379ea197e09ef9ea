package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/content/library"
	"briefing/ui/commands"
)

// agendaOf reads what serve serves: one document (a FILE, standard input or the built-in speech), or
// an agenda of several (a folder's files by name, or the FILEs in the order given). Files that are
// no briefing are left out with one line on stderr each. paths are the files to follow on disk, in
// agenda order (none for standard input or the built-in speech).
func agendaOf(cmd *cobra.Command, src commands.Source, args []string) ([]*content.Briefing, []string, error) {
	if !library.IsLibrary(args) {
		doc, err := src.Open(cmd, args)
		if err != nil {
			return nil, nil, err
		}
		var paths []string
		if len(args) == 1 && args[0] != content.StdinName {
			paths = args
		}
		return []*content.Briefing{doc.Briefing()}, paths, nil
	}
	files, err := library.Scan(args)
	if err != nil {
		return nil, nil, err
	}
	if len(args) == 1 { // a folder: its files by name, which is how agendas are numbered (01-…, 02-…)
		slices.SortFunc(files, func(a, b library.File) int { return strings.Compare(a.Name, b.Name) })
	}
	var docs []*content.Briefing
	var paths []string
	for _, f := range files {
		e := library.Read(f)
		if !e.OK() {
			cmd.PrintErrf("briefing: %s: left out of the agenda: %s\n", f.Name, e.Skipped)
			continue
		}
		docs, paths = append(docs, e.Briefing), append(paths, f.Path)
	}
	if len(docs) == 0 {
		return nil, nil, fmt.Errorf("%s: no briefing to serve", content.DisplayName(args[0]))
	}
	return docs, paths, nil
}
