package commands

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"briefing/content/locale"
	"briefing/ui"
	"briefing/ui/render"
)

// ReadFlags are the flags of reading a briefing (--section, --theme, --lang), shared by the reader
// and present.
type ReadFlags struct {
	Section int
	Theme   string
	Lang    string

	sectionSet bool // --section was given; without it the reader opens at the first section
}

// Register declares the flags on cmd.
func (f *ReadFlags) Register(cmd *cobra.Command) {
	cmd.Flags().Var(sectionFlag{&f.Section, &f.sectionSet}, "section", "open section N first: 0 is the opening, 1… the parts")
	registerTheme(cmd.Flags(), &f.Theme)
	cmd.Flags().StringVar(&f.Lang, "lang", "", "interface language zh|en (default: the document's)")
}

// Options checks the flags against the document and turns them into the reader's options.
func (f *ReadFlags) Options(doc Document) (ui.Options, error) {
	opts := ui.Options{Renderer: doc.Renderer}
	if f.sectionSet {
		index, err := CheckSection(doc, f.Section)
		if err != nil {
			return opts, err
		}
		opts.Section = index
	}
	return f.withLook(opts)
}

func registerTheme(fs *pflag.FlagSet, theme *string) {
	fs.StringVar(theme, "theme", "", "colours for a dark|light background (default: ask the terminal)")
}

// parseTheme reads --theme: "" leaves the choice to the terminal.
func parseTheme(s string) (render.Theme, error) {
	if s == "" {
		return "", nil
	}
	theme, ok := render.ParseTheme(s)
	if !ok || theme == render.Plain {
		return "", fmt.Errorf("--theme %q: use dark or light", s)
	}
	return theme, nil
}

// PlainFlags are the flags of printing the briefing as text: --width.
type PlainFlags struct {
	Width int
}

// maxWidth bounds --width: wider lines help no one, and a client cannot make the server lay out
// a million columns.
const maxWidth = 1000

// Register declares the flags on cmd.
func (f *PlainFlags) Register(cmd *cobra.Command) {
	cmd.Flags().IntVar(&f.Width, "width", 0, "line width W, 1 to 1000 (default: the terminal's, else 80)")
}

// Write prints the document through the reader's pipeline: styled in theme on a terminal (without
// colour under NO_COLOR), plain text with no escape codes anywhere else.
func (f *PlainFlags) Write(cmd *cobra.Command, doc Document, theme string) error {
	look, err := parseTheme(theme)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	terminal, width := terminalSize(out)
	if cmd.Flags().Changed("width") {
		if f.Width < 1 || f.Width > maxWidth {
			return fmt.Errorf("--width %d: use 1 to %d", f.Width, maxWidth)
		}
		width = f.Width
	}
	if width <= 0 {
		width = 80
	}
	if !terminal {
		return doc.Renderer.WriteDocument(out, width, render.Plain)
	}
	if look == "" {
		look = render.Dark
	}
	return doc.Renderer.WriteDocument(colorprofile.NewWriter(out, os.Environ()), width, look)
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	terminal, _ := terminalSize(w)
	return terminal
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

// sectionFlag is --section: a section number, remembering that it was given.
type sectionFlag struct {
	number *int
	set    *bool
}

func (f sectionFlag) String() string {
	if f.number == nil {
		return "0"
	}
	return strconv.Itoa(*f.number)
}

func (f sectionFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is not a section number", s)
	}
	*f.number, *f.set = n, true
	return nil
}

func (sectionFlag) Type() string { return "int" }

// withLook adds --theme and --lang to opts.
func (f *ReadFlags) withLook(opts ui.Options) (ui.Options, error) {
	theme, err := parseTheme(f.Theme)
	if err != nil {
		return opts, err
	}
	opts.Theme = theme
	if f.Lang != "" {
		lang, ok := locale.Parse(f.Lang)
		if !ok {
			return opts, fmt.Errorf("--lang %q: use zh or en", f.Lang)
		}
		opts.Lang = lang
	}
	return opts, nil
}

// LibraryOptions checks the flags for a library: --section names a section of one document and is
// refused; --theme and --lang apply to the library and every document opened from it.
func (f *ReadFlags) LibraryOptions(cmd *cobra.Command) (ui.Options, error) {
	var opts ui.Options
	if cmd.Flags().Changed("section") {
		return opts, fmt.Errorf("--section applies to one document, not a library")
	}
	return f.withLook(opts)
}
