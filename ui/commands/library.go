package commands

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"briefing/content/library"
	"briefing/content/report"
)

// writeLibrarySections prints each document's outline: as a JSON array of {"file","outline"} (or
// {"file","error"} for a file that is no briefing), or as text, one document after another.
func writeLibrarySections(cmd *cobra.Command, shelf []library.Entry, asJSON bool) error {
	out := cmd.OutOrStdout()
	if asJSON {
		entries := make([]report.FileOutline, 0, len(shelf))
		for _, e := range shelf {
			entries = append(entries, report.NewFileOutline(e.Name, e.Briefing, e.Skipped))
		}
		return report.WriteJSON(out, entries)
	}
	return eachDocument(out, shelf, func(e library.Entry) error { return report.WriteSections(out, e.Briefing) })
}

// writeLibraryFigures prints each document's figures (as JSON, {"file","figures"} or {"file","error"}
// per file), or with asCSV the figures two or more documents give, side by side.
func writeLibraryFigures(cmd *cobra.Command, shelf []library.Entry, asJSON, asCSV bool) error {
	out := cmd.OutOrStdout()
	switch {
	case asCSV:
		return library.WriteCSV(out, library.Compare(shelf))
	case asJSON:
		entries := make([]report.FileFigures, 0, len(shelf))
		for _, e := range shelf {
			entries = append(entries, report.NewFileFigures(e.Name, e.Briefing, e.Skipped))
		}
		return report.WriteJSON(out, entries)
	}
	return eachDocument(out, shelf, func(e library.Entry) error { return report.WriteFigures(out, e.Briefing, -1) })
}

// eachDocument writes a heading line per file, then the document's report or why it was skipped.
func eachDocument(out io.Writer, shelf []library.Entry, write func(library.Entry) error) error {
	for i, e := range shelf {
		separator := ""
		if i > 0 {
			separator = "\n"
		}
		if !e.OK() {
			if _, err := fmt.Fprintf(out, "%s== %s: skipped: %s\n", separator, e.Name, e.Skipped); err != nil {
				return err
			}
			continue
		}
		if _, err := fmt.Fprintf(out, "%s== %s\n", separator, e.Name); err != nil {
			return err
		}
		if err := write(e); err != nil {
			return err
		}
	}
	return nil
}

// WriteLibrary prints every document's outline as text, one after another: what the reader prints
// for a library when its output is no terminal.
func WriteLibrary(cmd *cobra.Command, shelf []library.Entry) error {
	return writeLibrarySections(cmd, shelf, false)
}
