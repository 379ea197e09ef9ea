package library_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"briefing/content"
	"briefing/content/library"
	"briefing/content/locale"
	"briefing/ui"
	libraryui "briefing/ui/library"
	"briefing/ui/render"
)

// reloadBudget is how soon a saved document must be on screen: 1 s, with the tenfold slack a busy
// CI machine needs.
const reloadBudget = 10 * time.Second

// speech writes a speech whose third part has three long sub-points; marker stands at the start of
// the second one's text. With extraPart, a new part comes before it, so it is the fourth.
func speech(marker string, extraPart bool) string {
	filler := strings.Repeat("我们坚持稳中求进工作总基调，统筹发展和安全，各项工作扎实推进，群众获得感不断增强。", 3)
	var b strings.Builder
	b.WriteString("青山县2024年工作报告\n（2024年12月1日）\n\n各位代表：\n\n现在，我代表县人民政府报告工作。\n\n")
	parts := []string{"一、稳住经济大盘", "二、扩大有效投资"}
	if extraPart {
		parts = append(parts, "三、新增的一部分")
	}
	for _, p := range parts {
		fmt.Fprintf(&b, "%s\n\n%s\n\n", p, filler)
	}
	numeral := "三"
	if extraPart {
		numeral = "四"
	}
	fmt.Fprintf(&b, "%s、聚焦重点任务\n\n本部分讲三件事。\n\n", numeral)
	for i, point := range []string{"（一）突出产业集聚。", "（二）突出项目建设。", "（三）突出民生保障。"} {
		b.WriteString(point + "\n\n")
		if i == 1 {
			b.WriteString(marker + "是第二个分点的第一句话。\n\n")
		}
		for range 6 {
			b.WriteString(filler + "\n\n")
		}
	}
	b.WriteString("五、加强自身建设\n\n" + filler + "\n")
	return b.String()
}

// TestReaderReloads: a reader on part 3, sub-point 2 shows each new version of its file within the
// budget, at the same sub-point, whether the file is rewritten in place or replaced by a rename; a
// part added before it moves it, and the reader follows it by its title; a version that cannot be
// read leaves the last good one on screen with the reason.
func TestReaderReloads(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "speech.txt")
	if err := os.WriteFile(path, []byte(speech("MARKER-ONE", false)), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := content.Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	f, err := library.Stat("", path)
	if err != nil {
		t.Fatal(err)
	}
	m := libraryui.NewReader(library.Entry{File: f, Briefing: b},
		libraryui.Options{Watch: true, Theme: render.Dark, Reader: ui.Options{Section: 3, Theme: render.Dark}})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithEnvironment([]string{"TERM=xterm-256color"}), tea.WithColorProfile(colorprofile.TrueColor)))
	t.Cleanup(func() {
		_ = tm.Quit()
		if final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(20*time.Second)).(libraryui.Model); ok {
			final.Close()
		}
	})
	s := newScreen(100, 30)
	s.waitFor(t, tm, "part 3", func(text string) bool { return strings.Contains(text, "本部分讲三件事") })
	press(tm, "]", "]")
	atPoint := func(marker string) func(string) bool {
		return func(text string) bool {
			lines := strings.Split(text, "\n")
			// The sub-point's heading is at the top of the reader: the line under the header.
			return len(lines) > 2 && strings.Contains(lines[1]+lines[2], "突出项目建设") && strings.Contains(text, marker)
		}
	}
	s.waitFor(t, tm, "sub-point 2", atPoint("MARKER-ONE"))

	saves := []struct {
		name   string
		marker string
		extra  bool
		save   func(text string) error
	}{
		{"in place", "MARKER-TWO", false, func(text string) error { return os.WriteFile(path, []byte(text), 0o644) }},
		{"by rename, a part added before", "MARKER-THREE", true, func(text string) error {
			tmp := filepath.Join(dir, ".speech.txt.swp")
			if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
				return err
			}
			return os.Rename(tmp, path)
		}},
	}
	for _, save := range saves {
		start := time.Now()
		if err := save.save(speech(save.marker, save.extra)); err != nil {
			t.Fatal(err)
		}
		s.waitFor(t, tm, save.name, atPoint(save.marker))
		took := time.Since(start)
		t.Logf("%s: the new text on screen at the same sub-point after %v", save.name, took.Round(time.Millisecond))
		if took > reloadBudget {
			t.Errorf("%s: %v to show the new version, over %v", save.name, took, reloadBudget)
		}
	}
	text := s.waitFor(t, tm, "updated notice", func(text string) bool { return strings.Contains(text, "文件已更新") })
	if !strings.Contains(text, "4/") && !strings.Contains(text, "聚焦重点任务") {
		t.Errorf("not on the moved part:\n%s", text)
	}

	if err := os.WriteFile(path, []byte("broken\x00edit"), 0o644); err != nil {
		t.Fatal(err)
	}
	text = s.waitFor(t, tm, "broken edit", func(text string) bool { return strings.Contains(text, "新版本无法读取") })
	if !atPoint("MARKER-THREE")(text) || !strings.Contains(text, fmt.Sprintf(locale.Chinese.Words().Reasons.Binary, 6)) {
		t.Errorf("a broken edit did not keep the last good version with the reason:\n%s", text)
	}
}
