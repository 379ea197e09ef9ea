package cjk

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongerEntriesComeFirst: prefix tables are matched first come, first served, so an entry
// must never follow one that is its own start (个 before 个百分点 would hide the longer one).
func TestLongerEntriesComeFirst(t *testing.T) {
	units := make([]string, 0, len(Units()))
	english := make([]string, 0, len(EnglishUnits()))
	for _, u := range Units() {
		units = append(units, u.Text)
	}
	for _, u := range EnglishUnits() {
		english = append(english, u.Text)
	}
	tables := map[string][]string{
		"Units": units, "Scales": Scales(), "EnglishUnits": english, "CountMeasures": CountMeasures(),
	}
	for name, table := range tables {
		seen := map[string]bool{}
		for i, entry := range table {
			if seen[entry] {
				t.Errorf("%s lists %q twice", name, entry)
			}
			seen[entry] = true
			for _, earlier := range table[:i] {
				if strings.HasPrefix(entry, earlier) {
					t.Errorf("%s: %q comes after its start %q and can never match", name, entry, earlier)
				}
			}
		}
	}
	// Currencies are matched at the end of the text before a number: US$ before $.
	symbols := Currencies()
	for i, symbol := range symbols {
		for _, earlier := range symbols[:i] {
			if strings.HasSuffix(symbol, earlier) {
				t.Errorf("Currencies: %q comes after its end %q and can never match", symbol, earlier)
			}
		}
	}
}

func TestUnitAt(t *testing.T) {
	tests := []struct {
		text         string
		withCalendar bool
		want         Unit
		size         int
	}{
		{"个百分点，", false, Unit{"个百分点", Rate}, len("个百分点")},
		{"个屋场", false, Unit{"个", Count}, len("个")},
		{"千瓦时电", false, Unit{"千瓦时", Amount}, len("千瓦时")},
		{"标准箱", false, Unit{"标准箱", Amount}, len("标准箱")},
		{"人次", false, Unit{"人次", Amount}, len("人次")},
		{"億元", false, Unit{}, 0}, // a scale, not a unit
		{"個百分點", false, Unit{"个百分点", Rate}, len("個百分點")},
		{"日元", false, Unit{"日元", Amount}, len("日元")},
		{"日", false, Unit{}, 0},
		{"日", true, Unit{"日", Calendar}, len("日")},
		{"月份", true, Unit{"月", Calendar}, len("月")},
		{"百姓", false, Unit{}, 0},
		{"", true, Unit{}, 0},
	}
	for _, test := range tests {
		got, size := UnitAt(test.text, test.withCalendar)
		if got != test.want || size != test.size {
			t.Errorf("UnitAt(%q, %v) = %v, %d; want %v, %d", test.text, test.withCalendar, got, size, test.want, test.size)
		}
	}
}

func TestScales(t *testing.T) {
	for _, r := range "十百千万亿萬億" {
		if !IsScale(r) {
			t.Errorf("IsScale(%q) = false", r)
		}
	}
	for _, r := range "元个零一a1" {
		if IsScale(r) {
			t.Errorf("IsScale(%q) = true", r)
		}
	}
}

func TestSigns(t *testing.T) {
	for _, r := range "+-−－＋﹣±$＄¥￥€£￡₩" {
		if !IsSign(r) {
			t.Errorf("IsSign(%q) = false", r)
		}
	}
	for _, r := range "%1a.元" {
		if IsSign(r) {
			t.Errorf("IsSign(%q) = true", r)
		}
	}
	for _, r := range "%％‰‱℃℉°" {
		if !IsTrailingSign(r) {
			t.Errorf("IsTrailingSign(%q) = false", r)
		}
	}
	if IsCurrency('U') || IsCurrency('R') {
		t.Error("a letter of US$ or RMB is not a currency on its own")
	}
	for _, r := range ".．" {
		if !IsDecimalPoint(r) {
			t.Errorf("IsDecimalPoint(%q) = false", r)
		}
	}
}

func TestFold(t *testing.T) {
	fold := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			b.WriteRune(Fold(r))
		}
		return b.String()
	}
	tests := map[string]string{
		"１０９．１９億元":     "109.19亿元",
		"增長－２．１％":      "增长-2.1%",
		"＄４．２ billion": "$4.2 billion",
		"￥３００":         "¥300",
		"衡南县":          "衡南县",
		"，。":           "，。",
	}
	for in, want := range tests {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
		if got := fold(fold(in)); got != fold(in) {
			t.Errorf("folding %q twice gives %q", in, got)
		}
	}
	// Every folded form must be a character the tables can match: ASCII or a simplified form
	// that folds to itself.
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if f := Fold(r); f != r && Fold(f) != f {
			t.Errorf("Fold(%q) = %q, which folds again to %q", r, f, Fold(f))
		}
	}
}

func TestNumerals(t *testing.T) {
	tests := map[string]int{
		"八": 8, "两": 2, "十": 10, "十二": 12, "二十": 20, "三十五": 35, "两十": 20,
		"": 0, "二三": 0, "十十": 0, "九九九": 0, "三十五六": 0, "百": 0, "八a": 0,
	}
	for in, want := range tests {
		if got := Number(in); got != want {
			t.Errorf("Number(%q) = %d, want %d", in, got, want)
		}
	}
	for _, r := range "一二三四五六七八九十两" {
		if !IsNumeral(r) {
			t.Errorf("IsNumeral(%q) = false", r)
		}
		if utf8.RuneLen(r) != 3 || string(r)[0] != 0xE4 && string(r)[0] != 0xE5 {
			t.Errorf("%q does not start with 0xE4 or 0xE5, which the engine's scanner relies on", r)
		}
	}
	for _, r := range "零〇百a1" {
		if IsNumeral(r) {
			t.Errorf("IsNumeral(%q) = true", r)
		}
	}
	if got := CountAt("方面工作"); got != "方面" {
		t.Errorf("CountAt(方面工作) = %q", got)
	}
	if got := CountAt("张蓝图"); got != "" {
		t.Errorf("CountAt(张蓝图) = %q", got)
	}
}

// TestSignsOutsideTheCJKBlocks: the shortcut that answers Han and CJK punctuation at once must not
// hide a sign: every rune the predicates accept lies outside those blocks.
func TestSignsOutsideTheCJKBlocks(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if !inCJKBlocks(r) {
			continue
		}
		f := FoldWidth(r)
		if f == '+' || f == '-' || f == '±' || f == '%' || f == '.' {
			t.Errorf("%q folds to %q inside the CJK blocks", r, f)
		}
		for _, symbol := range Currencies() {
			if string(f) == symbol {
				t.Errorf("currency %q inside the CJK blocks", r)
			}
		}
	}
}
