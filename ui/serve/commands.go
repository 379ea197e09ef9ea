package serve

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"briefing/content/report"
	"briefing/ui/render"
)

// runCommand runs a command of a session without a PTY, for the served document only: it prints what
// `briefing sections|figures|--plain` prints. Commands never take a file: the server's files are not
// reachable over SSH.
func runCommand(args []string, r *render.Renderer, out io.Writer) error {
	if len(args) == 0 {
		return errors.New("no command; try sections, figures or plain")
	}
	b := r.Briefing()
	flags := pflag.NewFlagSet(args[0], pflag.ContinueOnError)
	flags.SetOutput(io.Discard)
	asJSON := flags.Bool("json", false, "JSON output")
	section := flags.Int("section", 0, "one section only")
	width := flags.Int("width", 80, "line width")
	switch args[0] {
	case "sections", "figures", "plain":
	default:
		return fmt.Errorf("unknown command %q; try sections, figures or plain", args[0])
	}
	if err := flags.Parse(args[1:]); err != nil {
		return fmt.Errorf("%s: %v", args[0], err)
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("%s takes no file: this server shows only its own document (got %q)", args[0], strings.Join(flags.Args(), " "))
	}
	for _, name := range []string{"json", "section", "width"} {
		if flags.Changed(name) && !commandTakes(args[0], name) {
			return fmt.Errorf("%s has no --%s", args[0], name)
		}
	}
	switch args[0] {
	case "sections":
		if *asJSON {
			return report.WriteJSON(out, report.NewOutline(b))
		}
		return report.WriteSections(out, b)
	case "figures":
		n := -1
		if flags.Changed("section") {
			if *section < 0 || *section >= len(b.Sections) {
				return fmt.Errorf("no section %d (the document has sections 0 to %d)", *section, len(b.Sections)-1)
			}
			n = *section
		}
		if *asJSON {
			return report.WriteJSON(out, report.NewFigures(b, n))
		}
		return report.WriteFigures(out, b, n)
	default:
		if *width < 1 || *width > 1000 {
			return fmt.Errorf("--width %d: use 1 to 1000", *width)
		}
		return r.WriteDocument(out, *width, render.Plain)
	}
}

func commandTakes(command, flag string) bool {
	switch command {
	case "sections":
		return flag == "json"
	case "figures":
		return flag == "json" || flag == "section"
	}
	return flag == "width"
}
