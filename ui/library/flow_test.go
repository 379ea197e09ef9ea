package library_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/charmbracelet/x/vt"

	"briefing/content/library"
	libraryui "briefing/ui/library"
	"briefing/ui/render"
)

// screen replays a program's output into a terminal emulator: assertions read the screen.
type screen struct {
	emu *vt.Emulator
	fed int
}

func newScreen(w, h int) *screen {
	emu := vt.NewEmulator(w, h)
	go func() { _, _ = io.Copy(io.Discard, emu) }()
	return &screen{emu: emu}
}

func (s *screen) text() string { return ansi.Strip(s.emu.Render()) }

// waitFor feeds the program's output to the screen until cond holds, and returns the screen.
func (s *screen) waitFor(t *testing.T, tm *teatest.TestModel, what string, cond func(string) bool) string {
	t.Helper()
	var text string
	held, drawn := false, false
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		if drawn && len(b) == s.fed {
			return held // nothing new since the last check: the same screen
		}
		_, _ = s.emu.Write(bytes.ReplaceAll(b[s.fed:], []byte("\n"), []byte("\r\n")))
		s.fed = len(b)
		text, drawn = s.text(), true
		held = cond(text)
		return held
	}, teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
	s.fed = 0
	if !cond(text) {
		t.Fatalf("%s: screen\n%s", what, text)
	}
	return text
}

// Documents of the genre, written for these tests.
var shelf = map[string]string{
	"2023/qingshan.txt": "青山县2023年政府工作报告\n（2024年1月8日）\n青山县县长 周明\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n" +
		"一、过去一年的工作\n\n2023年，全县地区生产总值210.4亿元，同比增长5.6%。\n\n二、今年的主要任务\n\n稳中求进，以进促稳。\n",
	"linjiang-q3.txt": "临江市2024年前三季度经济运行分析\n\n一、总体情况\n\n2024年前三季度，全市地区生产总值532.8亿元，同比增长5.1%。\n\n" +
		"二、主要问题\n\n需求仍然不足。\n",
	"riverton.md": "# Riverton Budget Speech 2024\n\nRemarks by Mayor Daniel Osei, April 14, 2024\n\n## I. Where we stand\n\n" +
		"Revenue rose 4.1% to $1.2 billion in 2023.\n\n## II. What we will do\n\nWe will fix the roads first.\n",
	"nanling.txt": "南岭区2022年民生工作讲话\n（2022年6月30日）\n\n一、办好民生实事\n\n全年新增城镇就业1.2万人。\n\n二、守住安全底线\n\n压实责任。\n",
	"scan.pdf":    "%PDF-1.7 not a briefing",
}

func writeShelf(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range shelf {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func startLibrary(t *testing.T, dir string, w, h int) (*teatest.TestModel, *screen) {
	t.Helper()
	files, err := library.Scan([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	m := libraryui.New(libraryui.Options{Files: files, Root: dir, Watch: true, Theme: render.Dark})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithEnvironment([]string{"TERM=xterm-256color"}), tea.WithColorProfile(colorprofile.TrueColor)))
	t.Cleanup(func() {
		_ = tm.Quit()
		if final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(20*time.Second)).(libraryui.Model); ok {
			final.Close()
		}
	})
	return tm, newScreen(w, h)
}

func press(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		switch k {
		case "enter":
			tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
		case "esc":
			tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
		case "down":
			tm.Send(tea.KeyPressMsg{Code: tea.KeyDown})
		case "ctrl+f":
			tm.Send(tea.KeyPressMsg{Code: 'f', Mod: tea.ModCtrl})
		default:
			for _, r := range k {
				tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
}

// TestLibraryFlow: the library lists the briefings newest first with the skipped PDF; a filter
// leaves one; enter opens it in the reader; esc comes back to the list as it was; another opens.
func TestLibraryFlow(t *testing.T) {
	tm, s := startLibrary(t, writeShelf(t), 120, 40)
	first := s.waitFor(t, tm, "all read", func(text string) bool {
		return strings.Contains(text, "4 篇") && strings.Contains(text, "跳过 1 个文件") && !strings.Contains(text, "正在读取")
	})
	// Newest first: Riverton (April 2024) before 临江 (2024 Q3 → September) ... top level before 2023/.
	if i, j := strings.Index(first, "临江市2024年前三季度"), strings.Index(first, "Riverton Budget Speech 2024"); i < 0 || j < 0 || i > j {
		t.Errorf("not newest first:\n%s", first)
	}
	if !strings.Contains(first, "scan.pdf") || !strings.Contains(first, "已跳过") {
		t.Errorf("the PDF is not listed as skipped:\n%s", first)
	}
	press(tm, "/", "Riverton")
	s.waitFor(t, tm, "filtered", func(text string) bool {
		return strings.Contains(text, "Remarks by Mayor Daniel Osei") && !strings.Contains(text, "南岭区2022年") && !strings.Contains(text, "scan.pdf")
	})
	press(tm, "enter", "enter")
	s.waitFor(t, tm, "reader", func(text string) bool {
		return strings.Contains(text, "Revenue rose 4.1%") && strings.Contains(text, "Where we stand")
	})
	press(tm, "esc")
	s.waitFor(t, tm, "back, still filtered", func(text string) bool {
		return strings.Contains(text, "文库") && strings.Contains(text, "Riverton Budget Speech 2024") && !strings.Contains(text, "南岭区2022年")
	})
	press(tm, "esc") // clears the filter; Riverton stays selected, now second of the whole list
	s.waitFor(t, tm, "unfiltered", func(text string) bool { return strings.Contains(text, "南岭区2022年") })
	press(tm, "down", "enter")
	s.waitFor(t, tm, "the next document", func(text string) bool {
		return strings.Contains(text, "办好民生实事") && strings.Contains(text, "1.2万人")
	})
}

// TestLibraryFollowsTheFolder: a file added to the folder appears in the list, a file removed
// disappears.
func TestLibraryFollowsTheFolder(t *testing.T) {
	dir := writeShelf(t)
	tm, s := startLibrary(t, dir, 120, 40)
	s.waitFor(t, tm, "all read", func(text string) bool {
		return strings.Contains(text, "4 篇") && !strings.Contains(text, "正在读取")
	})
	added := filepath.Join(dir, "reports", "donghu.txt")
	if err := os.MkdirAll(filepath.Dir(added), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(added, []byte("东湖街道2024年工作总结\n\n一、主要成绩\n\n新增市场主体320户。\n\n二、下一步\n\n抓落实。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, tm, "added", func(text string) bool {
		return strings.Contains(text, "东湖街道2024年工作总结") && strings.Contains(text, "5 篇")
	})
	if err := os.Remove(filepath.Join(dir, "nanling.txt")); err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, tm, "removed", func(text string) bool {
		return !strings.Contains(text, "南岭区2022年") && strings.Contains(text, "4 篇")
	})
}
