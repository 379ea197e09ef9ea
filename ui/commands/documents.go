package commands

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"briefing/content/report"
)

// Documents are the commands that print the document: sections, figures and plain. The command line
// and every SSH session add these same commands.
func Documents(src Source) []*cobra.Command {
	return []*cobra.Command{Sections(src), Figures(src), Plain(src)}
}

// Sections prints the outline.
func Sections(src Source) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sections" + src.ArgsUsage(),
		Short: "Print the outline: the opening, the parts and their sub-points",
		Args:  src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			if shelf, err := src.Library(cmd, args); err != nil || shelf != nil {
				return errors.Join(err, writeLibrarySections(cmd, shelf, asJSON))
			}
			doc, err := src.Open(cmd, args)
			if err != nil {
				return err
			}
			if asJSON {
				return report.WriteJSON(cmd.OutOrStdout(), report.NewOutline(doc.Briefing()))
			}
			return report.WriteSections(cmd.OutOrStdout(), doc.Briefing())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the outline as JSON")
	registerDoc(cmd.Flags())
	return cmd
}

// Figures prints the key figures of every section, or of one.
func Figures(src Source) *cobra.Command {
	var asJSON, asCSV bool
	var section int
	cmd := &cobra.Command{
		Use:   "figures" + src.ArgsUsage(),
		Short: "Print the key figures of every section, or of one",
		Args:  src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			shelf, err := src.Library(cmd, args)
			if err != nil {
				return err
			}
			if shelf != nil {
				if cmd.Flags().Changed("section") {
					return errors.New("--section applies to one document, not a library")
				}
				return writeLibraryFigures(cmd, shelf, asJSON, asCSV)
			}
			if asCSV {
				return errors.New("--csv compares documents: give a folder or several files")
			}
			doc, err := src.Open(cmd, args)
			if err != nil {
				return err
			}
			index := -1 // every section
			if cmd.Flags().Changed("section") {
				if index, err = CheckSection(doc, section); err != nil {
					return err
				}
			}
			if asJSON {
				return report.WriteJSON(cmd.OutOrStdout(), report.NewFigures(doc.Briefing(), index))
			}
			return report.WriteFigures(cmd.OutOrStdout(), doc.Briefing(), index)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON")
	cmd.Flags().BoolVar(&asCSV, "csv", false, "for a library: print the figures two or more documents give, side by side, as CSV")
	cmd.MarkFlagsMutuallyExclusive("json", "csv")
	registerDoc(cmd.Flags())
	cmd.Flags().IntVar(&section, "section", 0, "only the figures of section N: 0 is the opening, 1… the parts")
	return cmd
}

// Plain prints the whole briefing as text: styled on a terminal, plain anywhere else (a pipe, a
// file, an SSH session).
func Plain(src Source) *cobra.Command {
	flags := &PlainFlags{}
	var theme string
	cmd := &cobra.Command{
		Use:   "plain" + src.ArgsUsage(),
		Short: "Print the whole briefing as text, laid out as the reader shows it",
		Args:  src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := src.Open(cmd, args)
			if err != nil {
				return err
			}
			return flags.Write(cmd, doc, theme)
		},
	}
	flags.Register(cmd)
	registerTheme(cmd.Flags(), &theme)
	registerDoc(cmd.Flags())
	return cmd
}

// CheckSection finds the section numbered number (0 the opening, 1… the parts, as the reader shows
// them) and returns its index, or refuses a number the document does not have.
func CheckSection(doc Document, number int) (int, error) {
	b := doc.Briefing()
	if i, ok := b.SectionNumbered(number); ok {
		return i, nil
	}
	if b.FirstNumber() == 0 {
		return 0, fmt.Errorf("%s: no section %d (0 is the opening, 1 to %d the parts)", doc.Name, number, b.Parts())
	}
	return 0, fmt.Errorf("%s: no section %d (it has no opening: the parts are 1 to %d)", doc.Name, number, b.Parts())
}
