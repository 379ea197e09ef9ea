package linebreak

import (
	"slices"
	"strings"
	"testing"
)

// TestBreaks: the places an excerpt may be cut are between ideographs and at spaces, never inside
// a number with its unit or a Latin word, never before closing punctuation; a new line is one.
func TestBreaks(t *testing.T) {
	tests := []struct {
		text  string
		whole []string // never cut inside
		cuts  []string // a cut right before each
	}{
		{
			text:  "社会消费品零售总额29.3亿元，增长6.1%。城镇、农村居民人均可支配收入分别达到1.18万元和2.05万元。",
			whole: []string{"29.3亿元，", "6.1%。", "1.18万元", "2.05万元。", "镇、"},
			cuts:  []string{"增长", "城镇", "和2.05", "29.3"},
		},
		{
			text:  "Revenue rose 4.1% to $1.2 billion in 2023.\n下降2.3个百分点",
			whole: []string{"Revenue", "4.1%", "$1.2 billion", "2023.", "2.3个百分点"},
			cuts:  []string{"rose", "to", "in", "下降"},
		},
	}
	for _, tt := range tests {
		breaks := Breaks(tt.text, Options{})
		if !slices.IsSorted(breaks) {
			t.Errorf("%q: offsets not increasing: %v", tt.text, breaks)
		}
		for _, b := range breaks {
			if b <= 0 || b >= len(tt.text) {
				t.Errorf("%q: offset %d outside the text", tt.text, b)
			}
		}
		for _, w := range tt.whole {
			at := strings.Index(tt.text, w)
			for _, b := range breaks {
				if b > at && b < at+len(w) {
					t.Errorf("%q: cut inside %q: %q | %q", tt.text, w, tt.text[at:b], tt.text[b:at+len(w)])
				}
			}
		}
		for _, c := range tt.cuts {
			if at := strings.Index(tt.text, c); !slices.Contains(breaks, at) {
				t.Errorf("%q: no cut before %q (%v)", tt.text, c, breaks)
			}
		}
	}
}
