package simplify

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldsBeyondTheFigureWords: characters no figure rule knows fold too, character for character.
func TestFoldsBeyondTheFigureWords(t *testing.T) {
	cases := map[string]string{
		"經濟發展穩中有進":    "经济发展稳中有进",
		"臺灣鄉鎮":        "台湾乡镇",
		"報告與講話":       "报告与讲话",
		"已经是简体":       "已经是简体",
		"GDP 增長 5.8%": "GDP 增长 5.8%",
	}
	for in, want := range cases {
		got := String(in)
		if got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(in) {
			t.Errorf("String(%q) changed the number of characters", in)
		}
	}
	if err := Ready(); err != nil {
		t.Fatal(err)
	}
}

// TestFoldIsStable: folding a simplified text changes nothing, and folding twice is folding once.
func TestFoldIsStable(t *testing.T) {
	folds, err := table()
	if err != nil {
		t.Fatal(err)
	}
	if len(folds) < 2000 {
		t.Fatalf("only %d characters in the table; OpenCC's has about 4,000", len(folds))
	}
	for from, to := range folds {
		if again := Rune(to); again != to && Rune(again) != again {
			t.Errorf("%c → %c → %c: folding is not stable", from, to, again)
		}
	}
}

// BenchmarkLoad is the cost of the first fold in a process: building the table.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkString folds a paragraph of traditional text once the table is built.
func BenchmarkString(b *testing.B) {
	text := "二〇二四年，全縣經濟發展穩中有進，地區生產總值增長5.8%，一般公共預算收入完成12.3億元。"
	_ = Ready()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = String(text)
	}
}

// TestForSearch: width, case and script fold, and every offset of the folded text maps back to where
// its character stands in the text.
func TestForSearch(t *testing.T) {
	text := "GDP增長２０２４年發展"
	f := ForSearch(text)
	if f.Text != "gdp增长2024年发展" {
		t.Fatalf("ForSearch(%q) = %q", text, f.Text)
	}
	at := strings.Index(f.Text, "2024")
	if got := text[f.Original(at):f.Original(at+len("2024"))]; got != "２０２４" {
		t.Errorf("2024 maps back to %q, want ２０２４", got)
	}
	if plain := ForSearch("发展"); plain.Original(3) != 3 || plain.Text != "发展" {
		t.Errorf("simplified text moved: %+v", plain)
	}
}
