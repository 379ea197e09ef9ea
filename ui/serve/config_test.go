package serve

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"

	"briefing/content/report"
	"briefing/ui/commands"
	"briefing/ui/render"
)

func TestRunCommandErrors(t *testing.T) {
	t.Parallel()
	b := loadSeed(t)
	r := render.New(b)
	for _, args := range [][]string{ // a session with no command opens the reader, never a command
		{"nope"},
		{"sections", "extra"},
		{"plain", "/etc/passwd"},
		{"sections", "--width", "40"},
		{"sections", "--section", "1"},
		{"plain", "--json"},
		{"figures", "--width", "40"},
		{"figures", "--section", "5"},
		{"figures", "--section", "-1"},
		{"plain", "--width", "0"},
		{"plain", "--width", "1001"},
		{"plain", "--width", "x"},
		{"sections", "--unknown"},
	} {
		var out, errOut bytes.Buffer
		err := execute(context.Background(), commandTree(commands.Served{Renderer: r}, "ssh"), args, nil, &out, &errOut)
		if err == nil {
			t.Errorf("%q succeeded; want an error", args)
		}
		if out.Len() > 0 || errOut.Len() > 0 {
			t.Errorf("%q printed %q and %q; the error is the caller's to print", args, truncate(out.String(), 100), errOut.String())
		}
	}
	var got, want bytes.Buffer
	if err := execute(context.Background(), commandTree(commands.Served{Renderer: r}, "ssh"), []string{"figures", "--section", "2"}, nil, &got, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteFigures(&want, b, 2); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("figures --section 2:\n%s\nwant\n%s", got.String(), want.String())
	}
}

func TestConfigDefaults(t *testing.T) {
	t.Parallel()
	d := DefaultConfig()
	if d.Listen != "127.0.0.1:23234" || d.MaxStartups != (Startups{64, 30, 256}) || d.MaxStartupsPerSource != 32 ||
		d.MaxSessions != 200 || d.MaxPerIP != 64 ||
		d.HandshakeTimeout != 30*time.Second || d.KeepAlive != 30*time.Second || d.IdleTimeout != 30*time.Minute ||
		d.MaxWidth != 240 || d.MaxHeight != 80 || d.ShutdownTimeout != 5*time.Second || !strings.HasSuffix(d.HostKeyPath, "ssh_host_ed25519") {
		t.Fatalf("DefaultConfig() = %+v", d)
	}
	if got := (Config{}).withDefaults(); got != d {
		t.Fatalf("a zero Config with defaults = %+v; want %+v", got, d)
	}
	set := Config{Listen: "127.0.0.1:0", MaxSessions: 3, MaxStartups: Startups{5, 50, 10}, KeepAlive: time.Second, MaxWidth: 100}
	got := set.withDefaults()
	if got.Listen != set.Listen || got.MaxSessions != 3 || got.MaxStartups != set.MaxStartups || got.KeepAlive != time.Second || got.MaxWidth != 100 || got.MaxPerIP != d.MaxPerIP || got.MaxHeight != d.MaxHeight {
		t.Fatalf("withDefaults overwrote a setting or missed a default: %+v", got)
	}
	for _, bad := range []Config{
		{Listen: "no port"},
		{MaxSessions: -1},
		{MaxPerIP: -1},
		{MaxStartupsPerSource: -1},
		{MaxStartups: Startups{10, 30, 5}},
		{MaxStartups: Startups{10, 101, 20}},
		{IdleTimeout: -time.Second},
		{HandshakeTimeout: -time.Second},
	} {
		if err := bad.withDefaults().validate(); err == nil {
			t.Errorf("%+v validated", bad)
		}
	}
	for listen, want := range map[string]bool{
		"127.0.0.1:1": true, "localhost:1": true, "[::1]:1": true,
		"0.0.0.0:1": false, ":1": false, "192.168.1.2:1": false, "bad": false,
	} {
		if loopbackOnly(listen) != want {
			t.Errorf("loopbackOnly(%q) = %v", listen, !want)
		}
	}
}

func TestNewRefusesBadFiles(t *testing.T) {
	t.Parallel()
	b := loadSeed(t)
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage")
	if err := os.WriteFile(garbage, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, cfg := range map[string]Config{
		"missing presenter keys": {PresenterKeys: filepath.Join(dir, "none")},
		"bad viewer keys":        {ViewerKeys: garbage},
		"bad host key":           {HostKeyPath: garbage},
		"bad listen":             {Listen: "nowhere"},
	} {
		if cfg.HostKeyPath == "" {
			cfg.HostKeyPath = filepath.Join(dir, "key")
		}
		if _, err := New(b, cfg, log.New(io.Discard)); err == nil {
			t.Errorf("%s: New succeeded", name)
		}
	}
}
