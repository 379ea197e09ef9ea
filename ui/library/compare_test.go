package library

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"briefing/content/locale"
)

// Two work reports with the same title, written for this test: a city's and a county's.
var sameTitles = map[string]string{
	"linjiang-2024.txt": "政府工作报告\n（2024年1月10日）\n临江市人民政府市长 周明远\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n" +
		"一、2023年工作回顾\n\n全年地区生产总值2856.4亿元，增长5.8%。城镇居民人均可支配收入4.86万元，农村居民人均可支配收入2.31万元。全年完成总投资超过4000亿元。\n\n" +
		"二、2024年主要任务\n\n抓落实。\n",
	"hexi-2023.txt": "政府工作报告\n（2023年2月16日）\n河西县县长 李春华\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n" +
		"一、过去一年\n\n全县地区生产总值386.5亿元，增长4.1%。城镇居民人均可支配收入3.61万元，农村居民人均可支配收入1.52万元。全县完成总投资超过120亿元。\n\n" +
		"二、今年安排\n\n抓落实。\n",
}

// TestCompareLabelsBoundsAndTitles: the comparison writes a bound where the text does (超过4000亿元),
// gives a label the columns the screen has (农村居民人均可支配收入 whole at 120), and tells two
// documents of the same title apart by their dates.
func TestCompareLabelsBoundsAndTitles(t *testing.T) {
	words := locale.Chinese.Words()
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		m := loadedLibrary(t, sameTitles, Options{Lang: locale.Chinese}, size[0], size[1])
		m, cmd := typeKeys(m, "c")
		m = drive(m, cmd, func(m Model) bool { return m.compare.ready })
		rows := m.compare.comparison.Rows
		investment := -1
		for i, r := range rows {
			if r.Label == "总投资" {
				investment = i
			}
		}
		if investment < 0 {
			t.Fatalf("%v: no row of 总投资 among %d", size, len(rows))
		}
		for range investment {
			m, _ = typeKeys(m, "down")
		}
		screen := ansi.Strip(m.screen())
		if !strings.Contains(screen, "超过4000亿元") || strings.Contains(screen, "4000亿元超过") {
			t.Errorf("%v: the bound is not before the number:\n%s", size, screen)
		}
		for _, want := range []string{sprintf(words.Library.SameTitle, "政府工作报告", "2024年1月10日"), sprintf(words.Library.SameTitle, "政府工作报告", "2023年2月16日")} {
			if !strings.Contains(screen, want) {
				t.Errorf("%v: no %q in the detail:\n%s", size, want, screen)
			}
		}
		if size[0] >= 120 && !strings.Contains(screen, "农村居民人均可支配收入 ") {
			t.Errorf("%v: a label is cut though the screen has room:\n%s", size, screen)
		}
	}
}
