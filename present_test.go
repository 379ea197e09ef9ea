package main

import (
	"strings"
	"testing"
)

// TestHelpHasNoBackticks: every command's --help reads as prose: no literal backticks around the
// names of flag values.
func TestHelpHasNoBackticks(t *testing.T) {
	for _, command := range []string{"", "present", "serve", "sections", "figures", "plain"} {
		args := append(strings.Fields(command), "--help")
		r := runCLI(t, nil, args...)
		if r.code != 0 || r.stdout == "" {
			t.Fatalf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
		if i := strings.IndexByte(r.stdout, '`'); i >= 0 {
			t.Errorf("%v shows a backtick: %q", args, r.stdout[max(i-40, 0):min(i+40, len(r.stdout))])
		}
	}
}

// TestPresentNeedsATerminal: present into a file or a pipe refuses in one line instead of drawing
// blind, with or without --serve.
func TestPresentNeedsATerminal(t *testing.T) {
	for _, args := range [][]string{{"present"}, {"present", "--serve", "127.0.0.1:0", "--host-key", t.TempDir() + "/key", "--log", t.TempDir() + "/log"}} {
		r := runCLI(t, nil, args...)
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if r.code != 1 || r.stdout != "" || len(lines) != 1 || !strings.Contains(r.stderr, "present needs a terminal") {
			t.Errorf("%v without a terminal: exit %d, stdout %q, stderr %q; want one line saying it needs a terminal", args, r.code, r.stdout, r.stderr)
		}
	}
}
