package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/content"
	"briefing/seeds"
)

// result is what one run of the command line left behind.
type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, stdin, &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

// wantOneLineError: exit code 1, nothing on stdout, one line on stderr naming the document and reason.
func wantOneLineError(t *testing.T, r result, name, reason string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if r.code != 1 || r.stdout != "" || len(lines) != 1 || !strings.HasSuffix(r.stderr, "\n") ||
		!strings.Contains(r.stderr, name+":") || !strings.Contains(r.stderr, reason) {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1, no output and one line naming %q and %q", r.code, r.stdout, r.stderr, name, reason)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	huge := write("huge.txt", nil)
	if err := os.Truncate(huge, content.MaxDocumentSize+1); err != nil {
		t.Fatal(err)
	}
	files := []struct {
		name, path, reason string
	}{
		{"missing", filepath.Join(dir, "missing.txt"), "no such file"},
		{"directory", dir, "is a directory"},
		{"empty", write("empty.txt", nil), "empty"},
		{"whitespace", write("blank.txt", []byte("  \n\t\n\u3000\n")), "empty"},
		{"invalid UTF-8", write("latin1.txt", []byte("caf\xe9 au lait")), "not valid UTF-8"},
		{"binary", write("image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), "binary"},
		{"too large", huge, "larger than 16 MiB"},
	}
	tooLarge := strings.Repeat("衡", content.MaxDocumentSize/3+1) // one text for every command: a reader never changes it
	stdins := []struct {
		name   string
		stdin  func() io.Reader
		reason string
	}{
		{"empty", func() io.Reader { return strings.NewReader("") }, "empty"},
		{"whitespace", func() io.Reader { return strings.NewReader(" \n\n\t") }, "empty"},
		{"invalid UTF-8", func() io.Reader { return strings.NewReader("\xc3\x28") }, "not valid UTF-8"},
		{"binary", func() io.Reader { return strings.NewReader("a\x00b") }, "binary"},
		{"too large", func() io.Reader { return strings.NewReader(tooLarge) }, "larger than 16 MiB"},
	}
	for _, command := range [][]string{{"sections"}, {"sections", "--json"}, {"figures"}, {"figures", "--json"}, {"figures", "--section", "1"}, {"--plain"}} {
		for _, f := range files {
			if f.name == "directory" {
				continue // a folder is a library (ui/commands and ui/library test it)
			}
			t.Run(strings.Join(command, " ")+"/"+f.name, func(t *testing.T) {
				wantOneLineError(t, runCLI(t, nil, append(command, f.path)...), f.path, f.reason)
			})
		}
		for _, s := range stdins {
			t.Run(strings.Join(command, " ")+"/stdin "+s.name, func(t *testing.T) {
				wantOneLineError(t, runCLI(t, s.stdin(), append(command, "-")...), "stdin", s.reason)
			})
		}
	}
}

func TestSectionOutOfRange(t *testing.T) {
	seed := filepath.Join("seeds", seeds.DefaultName)
	for _, tc := range []struct {
		args         []string
		name, reason string
	}{
		{[]string{"figures", "--section", "9"}, seeds.DefaultName, "no section 9"},
		{[]string{"figures", seed, "--section", "9"}, seed, "no section 9"},
		{[]string{"figures", seed, "--section", "5", "--json"}, seed, "no section 5"},
		{[]string{"figures", "--section", "-1"}, seeds.DefaultName, "no section -1"},
		{[]string{"--plain", "--section", "9"}, seeds.DefaultName, "no section 9"},
	} {
		wantOneLineError(t, runCLI(t, nil, tc.args...), tc.name, tc.reason)
	}
}

func TestVersionAndHelp(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--version"}, version},
		{[]string{"-v"}, version},
		{[]string{"--help"}, "sections"},
		{[]string{"figures", "--help"}, "--section"},
	} {
		r := runCLI(t, nil, tc.args...)
		if r.code != 0 || !strings.Contains(r.stdout, tc.want) || r.stderr != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 0 and %q on stdout", tc.args, r.code, head(r.stdout), r.stderr, tc.want)
		}
	}
}

// TestCommandsMatchGolden: the commands print exactly what the content tests pinned.
func TestCommandsMatchGolden(t *testing.T) {
	seed := filepath.Join("seeds", seeds.DefaultName)
	for _, tc := range []struct {
		args   []string
		stdin  io.Reader
		golden string
	}{
		{[]string{"sections", "--json"}, nil, "outline.golden"},
		{[]string{"sections", seed, "--json"}, nil, "outline.golden"},
		{[]string{"sections", "-", "--json"}, bytes.NewReader(seeds.Default()), "outline.golden"},
		{[]string{"figures", "--json"}, nil, "figures.golden"},
		{[]string{"figures", seed, "--json"}, nil, "figures.golden"},
	} {
		want, err := os.ReadFile(filepath.Join("content", "testdata", "TestSeedGolden", tc.golden))
		if err != nil {
			t.Fatal(err)
		}
		if r := runCLI(t, tc.stdin, tc.args...); r.code != 0 || r.stdout != string(want) || r.stderr != "" {
			t.Errorf("%q: exit %d, stderr %q, stdout differs from %s: %v", tc.args, r.code, r.stderr, tc.golden, r.stdout != string(want))
		}
	}
	for _, args := range [][]string{{"sections"}, {"figures"}, {"figures", "--section", "2"}} {
		if r := runCLI(t, nil, args...); r.code != 0 || r.stdout == "" || r.stderr != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, r.code, head(r.stdout), r.stderr)
		}
	}
}

func head(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// TestPlainCommand: plain prints what --plain prints, takes a FILE like the other commands, and
// checks --width the same way everywhere (the SSH commands are the same constructors).
func TestPlainCommand(t *testing.T) {
	seed := filepath.Join("seeds", seeds.DefaultName)
	alias := runCLI(t, nil, "--plain", "--width", "60")
	if alias.code != 0 || alias.stdout == "" {
		t.Fatalf("--plain: exit %d, stderr %q", alias.code, alias.stderr)
	}
	for _, args := range [][]string{{"plain", "--width", "60"}, {"plain", seed, "--width", "60"}, {"plain", "--width", "60", "--theme", "light"}} {
		if r := runCLI(t, nil, args...); r.code != 0 || r.stdout != alias.stdout || r.stderr != "" {
			t.Errorf("%q: exit %d, stderr %q, same as --plain: %v", args, r.code, r.stderr, r.stdout == alias.stdout)
		}
	}
	for _, tc := range []struct {
		args   []string
		reason string
	}{
		{[]string{"plain", "--width", "0"}, "--width 0: use 1 to 1000"},
		{[]string{"--plain", "--width", "1001"}, "--width 1001: use 1 to 1000"},
		{[]string{"plain", "--theme", "blue"}, `--theme "blue"`},
		{[]string{"plain", "--section", "1"}, "unknown flag: --section"},
	} {
		r := runCLI(t, nil, tc.args...)
		if r.code != 1 || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, tc.reason) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 1 and one line with %q", tc.args, r.code, head(r.stdout), r.stderr, tc.reason)
		}
	}
}

// TestCommandsShareTheirFlags: present and the reader declare the reading flags once, and every
// command's help says so.
func TestCommandsShareTheirFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"plain", "--section", "--theme", "--lang", "--plain", "--width"}},
		{[]string{"present", "--help"}, []string{"--section", "--theme", "--lang", "--serve"}},
		{[]string{"plain", "--help"}, []string{"--width", "--theme"}},
	} {
		r := runCLI(t, nil, tc.args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%q: exit %d, stderr %q", tc.args, r.code, r.stderr)
		}
		for _, want := range tc.want {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%q does not mention %s:\n%s", tc.args, want, r.stdout)
			}
		}
	}
}
