package main

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/content/locale"
	"briefing/ui"
	"briefing/ui/render"
)

// readFlags are the reader's options on the command line.
type readFlags struct {
	section int
	theme   string
	lang    string
	plain   bool
	width   int
}

func (f *readFlags) register(cmd *cobra.Command) {
	cmd.Flags().IntVar(&f.section, "section", 0, "open section `N` first (0 is the opening)")
	cmd.Flags().StringVar(&f.theme, "theme", "", "colours for a `dark|light` background (default: ask the terminal)")
	cmd.Flags().StringVar(&f.lang, "lang", "", "interface language `zh|en` (default: the document's)")
	cmd.Flags().BoolVar(&f.plain, "plain", false, "print the whole briefing as text instead of opening the reader")
	cmd.Flags().IntVar(&f.width, "width", 0, "line width `W` for --plain (default: the terminal's, else 80)")
}

// options checks the flags against the document and turns them into the reader's options.
func (f *readFlags) options(b *content.Briefing) (ui.Options, error) {
	opts := ui.Options{Section: f.section}
	if err := checkSection(b, f.section); err != nil {
		return opts, err
	}
	if f.theme != "" {
		theme, ok := render.ParseTheme(f.theme)
		if !ok || theme == render.Plain {
			return opts, fmt.Errorf("--theme %q: use dark or light", f.theme)
		}
		opts.Theme = theme
	}
	if f.lang != "" {
		lang, ok := locale.Parse(f.lang)
		if !ok {
			return opts, fmt.Errorf("--lang %q: use zh or en", f.lang)
		}
		opts.Lang = lang
	}
	if f.width < 0 {
		return opts, fmt.Errorf("--width %d: a width is at least 1", f.width)
	}
	return opts, nil
}

// runReader opens the reader on a terminal, or prints the briefing when asked to or when stdout is
// not a terminal. A bad document is reported before the screen is taken over.
func runReader(cmd *cobra.Command, args []string, stdin io.Reader, flags *readFlags) error {
	b, err := loadBriefing(cmd, args, stdin)
	if err != nil {
		return err
	}
	opts, err := flags.options(b)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	terminal, width := terminalSize(out)
	if flags.plain || !terminal {
		return writePlain(out, b, opts, terminal, flags.width, width)
	}
	_, err = tea.NewProgram(ui.New(b, opts), tea.WithOutput(out), tea.WithContext(cmd.Context())).Run()
	return err
}

// writePlain prints the briefing through the reader's pipeline: styled on a terminal (without
// colour under NO_COLOR), plain text with no escape codes anywhere else.
func writePlain(out io.Writer, b *content.Briefing, opts ui.Options, terminal bool, width, terminalWidth int) error {
	if width == 0 {
		width = terminalWidth
	}
	if width <= 0 {
		width = 80
	}
	r := render.New(b)
	if !terminal {
		return r.WriteDocument(out, width, render.Plain)
	}
	theme := opts.Theme
	if theme == "" {
		theme = render.Dark
	}
	return r.WriteDocument(colorprofile.NewWriter(out, os.Environ()), width, theme)
}

// terminalSize reports whether w is a terminal and how wide it is.
func terminalSize(w io.Writer) (bool, int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return false, 0
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return true, 0
	}
	return true, width
}
