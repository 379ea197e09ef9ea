package library

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/library"
	"briefing/content/locale"
)

// figuresBrief is a quarterly brief written for these tests: one long paragraph of figures.
const figuresBrief = "关于全县一季度经济运行情况的汇报\n\n一、主要指标完成情况\n\n" +
	"一季度，全县地区生产总值完成86.4亿元，同比增长5.9%。规模以上工业增加值增长7.2%，固定资产投资完成31.6亿元，同比增长8.5%。" +
	"社会消费品零售总额29.3亿元，增长6.1%。城镇、农村居民人均可支配收入分别达到1.18万元和0.62万元，分别增长5.2%和6.8%。" +
	"一般公共预算支出安排47.5亿元，下降2.3%，民生支出增长9.4%。\n\n二、存在的问题\n\n需求仍然不足，增长动能有待增强。\n"

// loadedLibrary is the library of files written to a folder, every file parsed, at w×h.
func loadedLibrary(t *testing.T, files map[string]string, opts Options, w, h int) Model {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	scanned, err := library.Scan([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	opts.Files, opts.Root = scanned, dir
	m := New(opts)
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m = drive(next.(Model), m.Init(), Model.Loaded)
	t.Cleanup(m.Close)
	return m
}

// typeKeys sends keys to the model one by one and returns what the last one started.
func typeKeys(m Model, keys ...string) (Model, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		var next tea.Model
		next, cmd = m.Update(keyPress(k))
		m = next.(Model)
	}
	return m, cmd
}

// TestSearchLinesKeepNumbersWhole: at 120 and 80 columns, the search's hit lines never cut a number
// from its decimals or unit (增长6 for 增长6.1%) and use the width the screen has.
func TestSearchLinesKeepNumbersWhole(t *testing.T) {
	number := regexp.MustCompile(`[0-9][0-9.]*(%|亿元|万元)?`)
	whole := map[string]bool{}
	for _, n := range number.FindAllString(figuresBrief, -1) {
		whole[n] = true
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		m := loadedLibrary(t, map[string]string{"brief.txt": figuresBrief}, Options{Lang: locale.Chinese}, size[0], size[1])
		m, cmd := typeKeys(m, "ctrl+f", "增长", "enter")
		m = drive(m, cmd, func(m Model) bool { return !m.search.searching })
		if len(m.search.hits) < 7 {
			t.Fatalf("%d: %d hits", size[0], len(m.search.hits))
		}
		widest := 0
		for _, line := range strings.Split(ansi.Strip(m.screen()), "\n") {
			if !strings.Contains(line, "增长") || strings.Contains(line, "ctrl+f") {
				continue
			}
			widest = max(widest, ansi.StringWidth(line))
			for _, n := range number.FindAllString(line, -1) {
				if !whole[n] {
					t.Errorf("%d columns: %q cut in %q", size[0], n, line)
				}
			}
		}
		if widest < size[0]-8 {
			t.Errorf("%d columns: the widest hit line is %d columns\n%s", size[0], widest, ansi.Strip(m.screen()))
		}
	}
}
