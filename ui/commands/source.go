package commands

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/content/library"
	"briefing/seeds"
	"briefing/ui/render"
)

// Document is the briefing a command works on, with the renderer that draws it and the name messages
// give it.
type Document struct {
	Name     string
	Renderer *render.Renderer
}

// Briefing is the parsed document.
func (d Document) Briefing() *content.Briefing { return d.Renderer.Briefing() }

// Source gives the commands their document.
type Source interface {
	// Args checks a command's positional arguments.
	Args() cobra.PositionalArgs
	// ArgsUsage is how a command line shows the arguments: " [FILE]", or "" when there are none.
	ArgsUsage() string
	// Open loads the document the arguments name.
	Open(cmd *cobra.Command, args []string) (Document, error)
	// Library reads the documents the arguments name when they name several (a folder, or more than
	// one file), sorted newest first; nil when they name one document.
	Library(cmd *cobra.Command, args []string) ([]library.Entry, error)
}

// Files is the command line's source: FILE, - for standard input, or the built-in speech when there
// is no argument.
type Files struct {
	Stdin io.Reader
}

// Args takes any number of arguments: one FILE (or - for standard input), one folder, or several
// files; the commands that read one document refuse more.
func (Files) Args() cobra.PositionalArgs { return cobra.ArbitraryArgs }

// ArgsUsage is " [FILE | DIR | FILE...]".
func (Files) ArgsUsage() string { return " [FILE | DIR | FILE...]" }

// Open parses FILE, or the built-in speech. A file read in an encoding other than UTF-8 is announced
// on stderr, since the guess may be wrong.
func (f Files) Open(cmd *cobra.Command, args []string) (Document, error) {
	if len(args) == 0 {
		b, err := content.Parse(seeds.DefaultName, seeds.Default())
		if err != nil {
			return Document{}, err
		}
		return Document{Name: b.Name, Renderer: render.New(b)}, nil
	}
	if want := pickedDoc(cmd); want != "" {
		return f.pickFromLibrary(cmd, args, want)
	}
	if len(args) > 1 {
		return Document{}, fmt.Errorf("%s reads one document; give one FILE (a folder or several files make a library, which sections, figures and the reader read)", cmd.Name())
	}
	b, err := content.Load(args[0], f.Stdin)
	if err != nil {
		return Document{}, err
	}
	if b.Encoding != content.UTF8 {
		cmd.PrintErrf("briefing: %s: read as %s\n", content.DisplayName(args[0]), b.Encoding)
	}
	return Document{Name: b.Name, Renderer: render.New(b)}, nil
}

// Library reads a folder or several files with bounded concurrency.
func (f Files) Library(cmd *cobra.Command, args []string) ([]library.Entry, error) {
	if !library.IsLibrary(args) || pickedDoc(cmd) != "" {
		return nil, nil
	}
	files, err := library.Scan(args)
	if err != nil {
		return nil, err
	}
	return library.ReadAll(cmd.Context(), files), nil
}

// pickFromLibrary is the document --doc names in the library of args, newest first as listed.
func (f Files) pickFromLibrary(cmd *cobra.Command, args []string, want string) (Document, error) {
	if !library.IsLibrary(args) {
		return Document{}, fmt.Errorf("--doc %s: picks a document of a folder or of several files", want)
	}
	files, err := library.Scan(args)
	if err != nil {
		return Document{}, err
	}
	shelf := library.ReadAll(cmd.Context(), files)
	names := make([]string, len(shelf))
	for i, e := range shelf {
		names[i] = e.Name
	}
	i, err := pick(names, want)
	if err != nil {
		return Document{}, err
	}
	if !shelf[i].OK() {
		return Document{}, fmt.Errorf("%s: %s", shelf[i].Name, shelf[i].Skipped)
	}
	return Document{Name: shelf[i].Name, Renderer: render.New(shelf[i].Briefing)}, nil
}

// Served is a server's one document, rendered by the server's shared renderer. It takes no FILE:
// a client names no file of the server's, and messages give only the document's base name.
type Served struct {
	Renderer *render.Renderer
	// Agenda is every document of a meeting of several, in order; --doc picks one, and Current says
	// which the meeting shows (the default). Empty for a meeting of one document.
	Agenda  []*render.Renderer
	Current func() int
}

// Args refuses any argument.
func (Served) Args() cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return fmt.Errorf("%s takes no file: this server shows only its own document (got %q)", cmd.Name(), strings.Join(args, " "))
		}
		return nil
	}
}

// ArgsUsage is "": there are no arguments.
func (Served) ArgsUsage() string { return "" }

// Library is nil: a server's one document is no library.
func (Served) Library(*cobra.Command, []string) ([]library.Entry, error) { return nil, nil }

// Open is the served document.
func (s Served) Open(cmd *cobra.Command, _ []string) (Document, error) {
	want := pickedDoc(cmd)
	if len(s.Agenda) == 0 {
		if want != "" && want != "1" && want != filepath.Base(s.Renderer.Briefing().Name) {
			if _, err := pick([]string{s.Renderer.Briefing().Name}, want); err != nil {
				return Document{}, err
			}
		}
		return Document{Name: filepath.Base(s.Renderer.Briefing().Name), Renderer: s.Renderer}, nil
	}
	i := 0
	if s.Current != nil {
		i = max(0, min(s.Current(), len(s.Agenda)-1))
	}
	if want != "" {
		names := make([]string, len(s.Agenda))
		for j, r := range s.Agenda {
			names[j] = r.Briefing().Name
		}
		var err error
		if i, err = pick(names, want); err != nil {
			return Document{}, err
		}
	}
	r := s.Agenda[i]
	return Document{Name: filepath.Base(r.Briefing().Name), Renderer: r}, nil
}
