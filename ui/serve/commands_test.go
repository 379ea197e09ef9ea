package serve

import (
	"bytes"
	"errors"
	"net"
	"os"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content/report"
	"briefing/ui/render"
)

// exec runs command in a session without a PTY and returns what it printed and its exit status.
func (f *fixture) exec(auth []gossh.AuthMethod, command string) (stdout, stderr string, status int) {
	f.tb.Helper()
	return f.run(auth, command, false)
}

// execWithPty runs command in a session with a PTY, as ssh -t does.
func (f *fixture) execWithPty(auth []gossh.AuthMethod, command string) (stdout, stderr string, status int) {
	f.tb.Helper()
	return f.run(auth, command, true)
}

func (f *fixture) run(auth []gossh.AuthMethod, command string, pty bool) (stdout, stderr string, status int) {
	f.tb.Helper()
	conn, client, err := f.dial(auth, nil)
	if err != nil {
		f.tb.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		f.tb.Fatalf("session: %v", err)
	}
	defer sess.Close()
	if pty {
		if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
			f.tb.Fatalf("pty: %v", err)
		}
	}
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	if command == "" {
		err = sess.Shell()
		if err == nil {
			err = sess.Wait()
		}
	} else {
		err = sess.Run(command)
	}
	var exit *gossh.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		status = exit.ExitStatus()
	default:
		f.tb.Fatalf("%q: %v (stderr %q)", command, err, errOut.String())
	}
	return out.String(), errOut.String(), status
}

// TestCommandsPrintWhatTheCLIPrints: sessions without a PTY run sections, figures and plain for the
// served document and exit 0.
func TestCommandsPrintWhatTheCLIPrints(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var sections, outline, figures, plain bytes.Buffer
	if err := report.WriteSections(&sections, f.b); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteJSON(&outline, report.NewOutline(f.b)); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteJSON(&figures, report.NewFigures(f.b, 1)); err != nil {
		t.Fatal(err)
	}
	if err := render.New(f.b).WriteDocument(&plain, 60, render.Plain); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ command, want string }{
		{"sections", sections.String()},
		{"sections --json", outline.String()},
		{"figures --json --section 1", figures.String()},
		{"plain --width 60", plain.String()},
	} {
		for _, auth := range [][]gossh.AuthMethod{noKey(""), keyAuth(f.presenter)} {
			stdout, stderr, status := f.exec(auth, tc.command)
			if status != 0 || stderr != "" {
				t.Errorf("%q: status %d, stderr %q; want 0 and nothing", tc.command, status, stderr)
			}
			if stdout != tc.want {
				t.Errorf("%q printed\n%s\nwant\n%s", tc.command, stdout, tc.want)
			}
		}
	}
	if !strings.Contains(sections.String(), seedTitles()[2]) || !strings.Contains(plain.String(), seedTitles()[4]) {
		t.Fatalf("the expected output lacks the seed's titles:\n%s", sections.String())
	}
}

// TestCommandErrors: an unknown command or argument, or a file name, prints an error and exits 1,
// and nothing of any file on the server is printed.
func TestCommandErrors(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	passwd, _ := os.ReadFile("/etc/passwd")
	for _, command := range []string{
		"plain /etc/passwd",
		"sections /etc/passwd",
		"figures --section 1 /etc/passwd",
		"cat /etc/passwd",
		"nope",
		"sections --bogus",
		"sections --width 60",
		"figures --section 99",
		"figures --section -1",
		"plain --width 0",
		"plain --width 100000",
		"plain --width abc",
	} {
		stdout, stderr, status := f.exec(noKey(""), command)
		if status != 1 {
			t.Errorf("%q exited %d; want 1", command, status)
		}
		if stdout != "" {
			t.Errorf("%q printed %q on stdout; want nothing", command, truncate(stdout, 200))
		}
		if !strings.Contains(stderr, "briefing:") {
			t.Errorf("%q: stderr %q; want an error", command, stderr)
		}
		if strings.Contains(stdout+stderr, "root:") || len(passwd) > 0 && strings.Contains(stdout+stderr, strings.SplitN(string(passwd), "\n", 2)[0]) {
			t.Errorf("%q printed the server's /etc/passwd", command)
		}
	}
}

// TestHostKeyIsKept: two servers with the same --host-key present the same key, the one the client
// sees, stored with mode 0600.
func TestHostKeyIsKept(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := dir + "/state/host_key"
	var fingerprints []string
	for range 2 {
		f := newFixture(t, withConfig(func(c *Config) { c.HostKeyPath = path }))
		var seen string
		conn, client, err := f.dial(keyAuth(f.presenter), func(_ string, _ net.Addr, key gossh.PublicKey) error {
			seen = gossh.FingerprintSHA256(key)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		client.Close()
		conn.Close()
		if seen != f.srv.Fingerprint() || !strings.HasPrefix(seen, "SHA256:") {
			t.Fatalf("the client saw host key %q, the server says %q", seen, f.srv.Fingerprint())
		}
		fingerprints = append(fingerprints, seen)
	}
	if fingerprints[0] != fingerprints[1] {
		t.Fatalf("the host key changed between two servers with the same path: %q, %q", fingerprints[0], fingerprints[1])
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o600 {
		t.Fatalf("host key mode %v; want 0600", mode)
	}
	if dirInfo, err := os.Stat(dir + "/state"); err != nil || dirInfo.Mode().Perm()&0o077 != 0 {
		t.Fatalf("host key directory: %v, %v; want it closed to others", dirInfo.Mode(), err)
	}
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// TestCommandHelpOverSSH: --help and help work over SSH like on the command line, exit 0, and list
// only the commands a client may run, named as the client reaches the server.
func TestCommandHelpOverSSH(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, port, _ := net.SplitHostPort(f.addr)
	reached := "ssh -p " + port + " 127.0.0.1"
	for _, tc := range []struct {
		command string
		want    []string
	}{
		{"sections --help", []string{"Usage:", reached + " sections [flags]", "--json"}},
		{"figures -h", []string{reached + " figures [flags]", "--section int", "--json"}},
		{"plain --help", []string{reached + " plain [flags]", "--width int", "--theme"}},
		{"help figures", []string{reached + " figures [flags]", "--section int"}},
		{"--help", []string{"sections", "figures", "plain"}},
	} {
		stdout, stderr, status := f.exec(noKey(""), tc.command)
		if status != 0 || stderr != "" {
			t.Errorf("%q: status %d, stderr %q; want 0 and nothing", tc.command, status, stderr)
		}
		for _, want := range tc.want {
			if !strings.Contains(stdout, want) {
				t.Errorf("%q printed\n%s\nwant %q in it", tc.command, stdout, want)
			}
		}
		for _, never := range []string{"serve", "present", "completion", "[FILE]"} {
			if strings.Contains(stdout, never) {
				t.Errorf("%q mentions %q, which a client cannot use:\n%s", tc.command, never, stdout)
			}
		}
	}
}

// TestOnlyTheDocumentCommandsAreReachable: the command line's other commands, cobra's own hidden
// ones and flags before a command are refused with one line and status 1.
func TestOnlyTheDocumentCommandsAreReachable(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	for _, command := range []string{
		"serve", "present", "completion bash", "__complete sections ''", "__completeNoDesc ''", "--plain",
	} {
		stdout, stderr, status := f.exec(noKey(""), command)
		if status != 1 || stdout != "" || !strings.HasPrefix(stderr, "briefing: ") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: status %d, stdout %q, stderr %q; want 1, nothing, one line", command, status, truncate(stdout, 100), stderr)
		}
	}
	// After --, words are no command: the help, never shell completion.
	if stdout, _, _ := f.exec(noKey(""), "-- __complete ''"); strings.Contains(stdout, "Completion ended") || !strings.Contains(stdout, "Usage:") {
		t.Errorf("-- __complete printed %q; want the help", truncate(stdout, 200))
	}
}

// TestSessionsAreRoutedByTheirCommand: a session with a PTY that names a command runs it (its lines
// ending as a terminal wants them), and a session with neither a PTY nor a command is told how to
// connect.
func TestSessionsAreRoutedByTheirCommand(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var sections bytes.Buffer
	if err := report.WriteSections(&sections, f.b); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status := f.execWithPty(noKey(""), "sections")
	if status != 0 || stderr != "" {
		t.Errorf("sections with a PTY: status %d, stderr %q", status, stderr)
	}
	if want := strings.ReplaceAll(sections.String(), "\n", "\r\n"); stdout != want {
		t.Errorf("sections with a PTY printed\n%q\nwant\n%q", truncate(stdout, 300), truncate(want, 300))
	}
	if _, stderr, status := f.execWithPty(noKey(""), "nope"); status != 1 || !strings.Contains(stderr, `unknown command "nope"`) {
		t.Errorf("an unknown command with a PTY: status %d, stderr %q; want 1 and the reason", status, stderr)
	}
	stdout, stderr, status = f.exec(noKey(""), "")
	if status != 1 || stdout != "" || !strings.Contains(stderr, "ssh -t") {
		t.Errorf("no PTY and no command: status %d, stdout %q, stderr %q; want 1 and how to connect", status, stdout, stderr)
	}
}
