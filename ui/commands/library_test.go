package commands

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

const (
	annual2023 = "河西县2023年政府工作报告\n（2024年1月10日）\n\n一、过去一年\n\n2023年，全县地区生产总值120.5亿元，同比增长6.1%。\n\n二、今年\n\n稳中求进。\n"
	annual2024 = "河西县2024年政府工作报告\n（2025年1月12日）\n\n一、过去一年\n\n2024年，全县地区生产总值131.2亿元，同比增长6.3%。\n\n二、今年\n\n稳中求进。\n"
)

func shelf(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{"2023.txt": annual2023, "sub/2024.txt": annual2024, "empty.txt": "\n"} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runCommand(t *testing.T, cmd *cobra.Command, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

// TestLibraryJSON: sections DIR --json and figures DIR --json print one entry per file, newest first,
// with an error for a file that is no briefing.
func TestLibraryJSON(t *testing.T) {
	dir := shelf(t)
	out, err := runCommand(t, Sections(Files{}), dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var outlines []struct {
		File    string
		Outline *struct{ Title string }
		Error   string
	}
	if err := json.Unmarshal([]byte(out), &outlines); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(outlines) != 3 || outlines[0].File != "sub/2024.txt" || outlines[0].Outline.Title != "河西县2024年政府工作报告" ||
		outlines[2].File != "empty.txt" || outlines[2].Outline != nil || !strings.Contains(outlines[2].Error, "empty") {
		t.Errorf("sections --json:\n%s", out)
	}
	out, err = runCommand(t, Figures(Files{}), dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var figures []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &figures); err != nil {
		t.Fatal(err)
	}
	if len(figures) != 3 || figures[0]["figures"] == nil || figures[2]["error"] == nil || figures[2]["figures"] != nil {
		t.Errorf("figures --json:\n%s", out)
	}
	files := []string{filepath.Join(dir, "2023.txt"), filepath.Join(dir, "sub", "2024.txt")}
	if out, err := runCommand(t, Figures(Files{}), append(files, "--json")...); err != nil || !strings.Contains(out, `"file": "2024.txt"`) {
		t.Errorf("several files: %v\n%s", err, out)
	}
}

// TestLibraryCSV: figures DIR --csv lines up the figures documents share, with the change between
// like periods.
func TestLibraryCSV(t *testing.T) {
	out, err := runCommand(t, Figures(Files{}), shelf(t), "--csv")
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) < 3 || records[1][0] != "地区生产总值" || records[1][2] != "2023.txt" || records[2][8] != "10.7" {
		t.Errorf("csv:\n%s", out)
	}
}

// TestLibraryRefusals: flags that need one document, and one document with --csv, are refused in one
// line.
func TestLibraryRefusals(t *testing.T) {
	dir := shelf(t)
	cases := [][]string{
		{dir, "--section", "1"},
		{filepath.Join(dir, "2023.txt"), "--csv"},
		{dir, "--csv", "--json"},
	}
	for _, args := range cases {
		if out, err := runCommand(t, Figures(Files{}), args...); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("figures %q: %v, printed %q; want one line of refusal", args, err, out)
		}
	}
	if _, err := runCommand(t, Plain(Files{}), filepath.Join(dir, "2023.txt"), filepath.Join(dir, "sub", "2024.txt")); err == nil {
		t.Error("plain with two files was not refused")
	}
}

// TestLibraryDoc: --doc picks one document of a library, by place (newest first, from 1) or by name.
func TestLibraryDoc(t *testing.T) {
	dir := shelf(t)
	for _, want := range []string{"1", "2024.txt", "sub/2024.txt"} {
		out, err := runCommand(t, Sections(Files{}), dir, "--doc", want, "--json")
		if err != nil || !strings.Contains(out, `"title": "河西县2024年政府工作报告"`) || strings.HasPrefix(out, "[") {
			t.Errorf("--doc %s: %v\n%s", want, err, out)
		}
	}
	if _, err := runCommand(t, Sections(Files{}), dir, "--doc", "9"); err == nil || !strings.Contains(err.Error(), "documents 1 to 3") {
		t.Errorf("--doc 9: %v", err)
	}
}
