package library

import (
	"testing"

	"briefing/content/linebreak"
)

// TestColumnsBetweenMeasuresAsTheLineDoes: the columns between any two places an excerpt may cut
// at, or the match's ends, are what measuring that stretch of the line gives.
func TestColumnsBetweenMeasuresAsTheLineDoes(t *testing.T) {
	for _, line := range []string{
		"一季度，全县地区生产总值完成86.4亿元，同比增长5.9%。Revenue rose 4.1% to $1.2 billion, up 12 percent.",
		"“三高四新”美好蓝图 · 109.19亿元（同比+13.34%）…… 👩‍👩‍👧 家庭 café naïve",
		"",
	} {
		breaks := append([]int{0}, linebreak.Breaks(line, linebreak.Options{})...)
		breaks = append(breaks, len(line))
		start, end := len(line)/3, len(line)/2
		for start > 0 && !runeBoundary(line, start) {
			start--
		}
		for end > start && !runeBoundary(line, end) {
			end--
		}
		columns := columnsBetween(line, breaks, start, end)
		places := append(append([]int(nil), breaks...), start, end)
		for _, a := range places {
			for _, b := range places {
				if a > b {
					continue
				}
				if got, want := columns(a, b), linebreak.Width(line[a:b], linebreak.Options{}); got != want {
					t.Errorf("%q[%d:%d]: %d columns; measured, %d", line, a, b, got, want)
				}
			}
		}
	}
}

func runeBoundary(s string, i int) bool { return i == len(s) || s[i]&0xC0 != 0x80 }
