package linebreak

import (
	"slices"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	narrow := func(width int) Options { return Options{Width: width} }
	tests := []struct {
		name string
		text string
		opts Options
		want []string
	}{
		{"fits", "守正创新 笃行致远", narrow(20), []string{"守正创新 笃行致远"}},
		{"empty", "", narrow(10), []string{""}},
		{"hard breaks and empty lines", "a\r\nb\n\nc", narrow(9), []string{"a", "b", "", "c"}},
		{"CJK breaks anywhere", "推动衡南高质量发展", narrow(8), []string{"推动衡南", "高质量发", "展"}},
		{"full stop pushes the character before it down", "亲切关怀。衡南", narrow(9), []string{"亲切关", "怀。衡南"}},
		{"opening punctuation never ends a line", "然后（离开）。", narrow(6), []string{"然后", "（离", "开）。"}},
		{"quotes stay with their words", "他说：“前进——后退……”", narrow(6), []string{"他说：", "“前进", "——后", "退……”"}},
		{"ellipsis never split nor first", "他说……好", narrow(5), []string{"他", "说……", "好"}},
		{"middle dot never first", "易通·码上办", narrow(4), []string{"易", "通·", "码上", "办"}},
		{"Latin words stay whole", "The quick brown fox jumps over the lazy dog", narrow(10),
			[]string{"The quick", "brown fox", "jumps over", "the lazy", "dog"}},
		{"only a word longer than the line is split", "see supercalifragilistic", narrow(10),
			[]string{"see", "supercalif", "ragilistic"}},
		{"intra-word punctuation", "don't e.g. U.S. (PDF) well-known", narrow(10),
			[]string{"don't e.g.", "U.S. (PDF)", "well-known"}},
		{"Latin after CJK may break", "衡南Wi-Fi信号", narrow(8), []string{"衡南", "Wi-Fi信", "号"}},
		{"English scales", "growth of 4.2 billion yuan, up 12 percent from 3 million", narrow(12),
			[]string{"growth of", "4.2 billion", "yuan, up", "12 percent", "from", "3 million"}},
		{"signs, separators and units", "共53.85 亿斤粮食, 增长−2.1%与+13.34%和$4.2与1,200人", narrow(10),
			[]string{"共", "53.85 亿斤", "粮食, 增长", "−2.1%与", "+13.34%和", "$4.2与", "1,200人"}},
		{"year may break after 年", "2024年前三季度", narrow(8), []string{"2024年前", "三季度"}},
		{"half-width brackets in Chinese", "星级乡村旅游区(点)20家、省级", narrow(10),
			[]string{"星级乡村旅", "游区(点)", "20家、省级"}},
		{"indent kept when the first word fits", "  indented text", narrow(11), []string{"  indented", "text"}},
		{"indent dropped when it does not", "    indented paragraph", narrow(10), []string{"indented", "paragraph"}},
		{"trailing whitespace kept as far as it fits", "trailing   ", narrow(9), []string{"trailing "}},
		{"full-width digits", "增长１０９．１９亿元", narrow(16), []string{"增长", "１０９．１９亿元"}},
		{"ambiguous quotes narrow", "“工业强县”", narrow(10), []string{"“工业强县”"}},
		{"ambiguous quotes wide", "“工业强县”", Options{Width: 10, AmbiguousWide: true}, []string{"“工业强", "县”"}},
		{"width 0 counts as 1", "ab", narrow(0), []string{"a", "b"}},
		{"width 1 Latin", "ab cd", narrow(1), []string{"a", "b", "c", "d"}},
		{"width 1 puts a wide character alone", "增长,同比", narrow(1), []string{"增", "长", ",", "同", "比"}},
		{"width 2 has no legal break for 长,", "增长,同比", narrow(2), []string{"增", "长", ",", "同", "比"}},
		{"width 3 keeps the comma", "增长,同比", narrow(3), []string{"增", "长,", "同", "比"}},
		{"width 3 cannot keep a full-width comma", "增长，同比", narrow(3), []string{"增", "长", "，", "同", "比"}},
		{"width 4 keeps a full-width comma", "增长，同比", narrow(4), []string{"增", "长，", "同比"}},
		{"emoji clusters are never split", "👨‍👩‍👧‍👦👍🏽e\u0301x", narrow(1),
			[]string{"👨‍👩‍👧‍👦", "👍🏽", "e\u0301", "x"}},
		{"emoji at width 3", "👨‍👩‍👧‍👦👍🏽e\u0301x", narrow(3), []string{"👨‍👩‍👧‍👦", "👍🏽", "e\u0301x"}},
		{"no-break space glues", "a 1\u00a0km", narrow(4), []string{"a", "1\u00a0km"}},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			got := Lines(test.text, test.opts)
			if !slices.Equal(got, test.want) {
				t.Errorf("Lines(%q, %+v)\n got %q\nwant %q", test.text, test.opts, got, test.want)
			}
			checkLines(t, test.text, test.opts, got)
		})
	}
}

func TestNumbersStayWhole(t *testing.T) {
	for _, text := range []string{"总产值109.19亿元,同比增长13.34%", "总产值109.19亿元，同比增长13.34%。"} {
		for width := 12; width <= 40; width++ {
			wrapped := "\n" + Wrap(text, Options{Width: width}) + "\n"
			for _, number := range []string{"109.19亿元", "13.34%"} {
				if !strings.Contains(wrapped, number) {
					t.Errorf("width %d splits %s: %q", width, number, wrapped)
				}
			}
			for _, comma := range []string{"\n,", "\n，", "\n。"} {
				if strings.Contains(wrapped, comma) {
					t.Errorf("width %d starts a line with %q: %q", width, comma[1:], wrapped)
				}
			}
		}
	}
}

func TestWidth(t *testing.T) {
	tests := []struct {
		text string
		opts Options
		want int
	}{
		{"abc", Options{}, 3},
		{"衡南", Options{}, 4},
		{"“衡南”", Options{}, 6},
		{"“衡南”", Options{AmbiguousWide: true}, 8},
		{"‘清’易通·‘码’上办…", Options{}, 18},
		{"‘清’易通·‘码’上办…", Options{AmbiguousWide: true}, 24},
		{"👨‍👩‍👧‍👦e\u0301", Options{}, 3},
		{"\x1b[31m衡南\x1b[0m \x1b]8;;https://example.com\x07link\x1b]8;;\x07", Options{}, 9},
		{"short\nlonger line", Options{}, 11},
	}
	for _, test := range tests {
		if got := Width(test.text, test.opts); got != test.want {
			t.Errorf("Width(%q, %+v) = %d, want %d", test.text, test.opts, got, test.want)
		}
	}
}

// TestUnitsOfTheEngineStayWithTheirNumbers: the breaker reads the same table of units as the figure
// rules, so every quantity the figures panel shows is also kept whole in the text beside it.
func TestUnitsOfTheEngineStayWithTheirNumbers(t *testing.T) {
	tests := []struct{ text, number string }{
		{"港口集装箱吞吐量达12.5万标准箱，同比增长", "12.5万标准箱"},
		{"全年用电量达3.2亿千瓦时，同比增长", "3.2亿千瓦时"},
		{"新增装机容量200兆瓦，同比增长", "200兆瓦"},
		{"全县地区生产总值達109.19億元，同比增長", "109.19億元"},
		{"接待游客317.59萬人次，同比增長", "317.59萬人次"},
	}
	for _, test := range tests {
		// From the width of the number and the comma after it, which must not start a line.
		for width := runewidthOf(test.number + "，"); width <= 2*runewidthOf(test.text); width++ {
			wrapped := "\n" + Wrap(test.text, Options{Width: width}) + "\n"
			if !strings.Contains(wrapped, test.number) {
				t.Errorf("width %d splits %s: %q", width, test.number, wrapped)
				break
			}
		}
	}
}

// runewidthOf is the display width of s.
func runewidthOf(s string) int { return Width(s, Options{}) }
