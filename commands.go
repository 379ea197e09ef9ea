package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/content/report"
)

func newSectionsCommand(stdin io.Reader) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sections [FILE]",
		Short: "Print the outline: the opening, the parts and their sub-points",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := loadBriefing(cmd, args, stdin)
			if err != nil {
				return err
			}
			if asJSON {
				return report.WriteJSON(cmd.OutOrStdout(), report.NewOutline(b))
			}
			return report.WriteSections(cmd.OutOrStdout(), b)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the outline as JSON")
	return cmd
}

func newFiguresCommand(stdin io.Reader) *cobra.Command {
	var asJSON bool
	var section int
	cmd := &cobra.Command{
		Use:   "figures [FILE]",
		Short: "Print the key figures of every section, or of one",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := loadBriefing(cmd, args, stdin)
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("section") {
				if err := checkSection(b, section); err != nil {
					return err
				}
			} else {
				section = -1
			}
			if asJSON {
				return report.WriteJSON(cmd.OutOrStdout(), report.NewFigures(b, section))
			}
			return report.WriteFigures(cmd.OutOrStdout(), b, section)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON")
	cmd.Flags().IntVar(&section, "section", 0, "only the figures of section `N` (0 is the opening)")
	return cmd
}

// checkSection refuses a section index the document does not have.
func checkSection(b *content.Briefing, section int) error {
	if section < 0 || section >= len(b.Sections) {
		return fmt.Errorf("%s: no section %d (it has sections 0 to %d)", b.Name, section, len(b.Sections)-1)
	}
	return nil
}
