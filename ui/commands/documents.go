package commands

import (
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
	return cmd
}

// Figures prints the key figures of every section, or of one.
func Figures(src Source) *cobra.Command {
	var asJSON bool
	var section int
	cmd := &cobra.Command{
		Use:   "figures" + src.ArgsUsage(),
		Short: "Print the key figures of every section, or of one",
		Args:  src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := src.Open(cmd, args)
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("section") {
				if err := CheckSection(doc, section); err != nil {
					return err
				}
			} else {
				section = -1
			}
			if asJSON {
				return report.WriteJSON(cmd.OutOrStdout(), report.NewFigures(doc.Briefing(), section))
			}
			return report.WriteFigures(cmd.OutOrStdout(), doc.Briefing(), section)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON")
	cmd.Flags().IntVar(&section, "section", 0, "only the figures of section `N` (0 is the opening)")
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
	return cmd
}

// CheckSection refuses a section index the document does not have.
func CheckSection(doc Document, section int) error {
	if n := len(doc.Briefing().Sections); section < 0 || section >= n {
		return fmt.Errorf("%s: no section %d (it has sections 0 to %d)", doc.Name, section, n-1)
	}
	return nil
}
