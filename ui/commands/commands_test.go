package commands

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"briefing/content/contenttest"
	"briefing/seeds"
	"briefing/ui/render"
)

func served(t *testing.T) Served {
	t.Helper()
	return Served{Renderer: render.New(contenttest.Parse(t, "/srv/talks/"+seeds.DefaultName, seeds.Default()))}
}

// flagsOf lists a command's flags as "name=usage".
func flagsOf(cmd *cobra.Command) []string {
	var out []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) { out = append(out, f.Name+"="+f.Usage) })
	return out
}

// TestSourcesGetTheSameCommands: a server's commands differ from the command line's only in their
// FILE argument.
func TestSourcesGetTheSameCommands(t *testing.T) {
	files, server := Documents(Files{}), Documents(served(t))
	if len(files) != len(server) {
		t.Fatalf("%d commands on the command line, %d on a server", len(files), len(server))
	}
	for i := range files {
		if files[i].Use != server[i].Use+(Files{}).ArgsUsage() {
			t.Errorf("uses %q and %q differ beyond the files", files[i].Use, server[i].Use)
		}
		if a, b := strings.Join(flagsOf(files[i]), "\n"), strings.Join(flagsOf(server[i]), "\n"); a != b {
			t.Errorf("%s: flags differ:\n%s\n--\n%s", files[i].Name(), a, b)
		}
	}
}

// TestServedTakesNoFile: a served command refuses any argument, and names the document by its base
// name only.
func TestServedTakesNoFile(t *testing.T) {
	src := served(t)
	for _, cmd := range Documents(src) {
		var out bytes.Buffer
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		cmd.SetArgs([]string{"/etc/passwd"})
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), "takes no file") || out.Len() > 0 {
			t.Errorf("%s /etc/passwd: %v, printed %q; want refused, nothing printed", cmd.Name(), err, out.String())
		}
	}
	doc, err := src.Open(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CheckSection(doc, 9); err == nil || strings.Contains(err.Error(), "/srv") || !strings.HasPrefix(err.Error(), seeds.DefaultName+": no section 9") {
		t.Errorf("CheckSection: %v; want the base name and the reason", err)
	}
}
