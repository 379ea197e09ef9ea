package library_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFilterHoldsThroughReload: with a filter applied, the document opened from it is saved while
// it is read; back from the reader, the list still shows the filter's rows (bubbles' list drops its
// matches when its rows are replaced, and the reader used to swallow the new ones), at 80x24 and
// 120x40.
func TestFilterHoldsThroughReload(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			filterHoldsThroughReload(t, size)
		})
	}
}

func filterHoldsThroughReload(t *testing.T, size [2]int) {
	dir := writeShelf(t)
	tm, s := startLibrary(t, dir, size[0], size[1])
	s.waitFor(t, tm, "all read", func(text string) bool {
		return strings.Contains(text, "4 篇") && !strings.Contains(text, "正在读取")
	})
	press(tm, "/", "临江")
	s.waitFor(t, tm, "filtered", func(text string) bool {
		return strings.Contains(text, "临江市2024年前三季度") && !strings.Contains(text, "南岭区2022年")
	})
	press(tm, "enter", "enter")
	s.waitFor(t, tm, "reader", func(text string) bool { return strings.Contains(text, "532.8亿元") })
	path := filepath.Join(dir, "linjiang-q3.txt")
	edited := strings.Replace(shelf["linjiang-q3.txt"], "需求仍然不足。", "需求仍然不足，消费恢复偏慢。", 1)
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, tm, "reloaded", func(text string) bool { return strings.Contains(text, "文件已更新") })
	press(tm, "esc")
	text := s.waitFor(t, tm, "back to the filtered list", func(text string) bool {
		return strings.Contains(text, "文库") && strings.Contains(text, "临江市2024年前三季度")
	})
	if strings.Contains(text, "南岭区2022年") || strings.Contains(text, "No items") {
		t.Errorf("%v: the filter did not hold:\n%s", size, text)
	}
}
