package locale

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestEveryWordIsThere: each language has every word, and every pattern takes what its callers give.
func TestEveryWordIsThere(t *testing.T) {
	for _, l := range Languages() {
		w := l.Words()
		if w.Language != l {
			t.Errorf("%s.Words().Language = %q", l, w.Language)
		}
		checkFields(t, string(l), reflect.ValueOf(*w))
		if strings.Count(w.TooManyFrom, "%s") != 1 || strings.Count(w.TooManyFrom, "%") != 1 {
			t.Errorf("%s: TooManyFrom %q needs exactly one %%s", l, w.TooManyFrom)
		}
		if strings.Count(w.LongCommand, "%d") != 2 || strings.Count(w.LongCommand, "%") != 2 {
			t.Errorf("%s: LongCommand %q needs exactly two %%d", l, w.LongCommand)
		}
		r := w.Reasons
		for _, p := range []struct{ name, pattern, verbs string }{
			{"NoFilterMatch", w.Library.NoFilterMatch, "%s"}, {"Filtered", w.Library.Filtered, "%s"}, {"SameTitle", w.Library.SameTitle, "%s%s"}, {"Unreadable", r.Unreadable, "%s"}, {"BadDocx", r.BadDocx, "%s"},
			{"TooLarge", r.TooLarge, "%d"}, {"Binary", r.Binary, "%d"}, {"InvalidText", r.InvalidText, "%s%d"},
		} {
			if verbs := strings.Join(regexp.MustCompile(`%.`).FindAllString(p.pattern, -1), ""); verbs != p.verbs {
				t.Errorf("%s: %s %q takes %s, want %s", l, p.name, p.pattern, verbs, p.verbs)
			}
		}
	}
}

func checkFields(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	for i := range v.NumField() {
		name := path + "." + v.Type().Field(i).Name
		switch field := v.Field(i); field.Interface().(type) {
		case string:
			if field.String() == "" {
				t.Errorf("%s is empty", name)
			}
		case Counted:
			for _, pattern := range []string{field.Field(0).String(), field.Field(1).String()} {
				if strings.Count(pattern, "%d") != 1 || strings.Count(pattern, "%") != 1 {
					t.Errorf("%s: %q needs exactly one %%d", name, pattern)
				}
			}
		case Language:
		default:
			checkFields(t, name, field)
		}
	}
}

func TestCounted(t *testing.T) {
	en, zh := English.Words(), Chinese.Words()
	tests := []struct {
		c    Counted
		n    int
		want string
	}{
		{en.FigureCount, 1, "1 figure"},
		{en.FigureCount, 2, "2 figures"},
		{en.FigureCount, 0, "0 figures"},
		{en.FiguresInAll, 1, "1 figure in all"},
		{en.SectionFigures, 3, "3 figures"},
		{zh.FigureCount, 1, "1 项"},
		{zh.FigureCount, 6, "6 项"},
		{zh.Online, 2, "2 人在线"},
	}
	for _, test := range tests {
		if got := test.c.N(test.n); got != test.want {
			t.Errorf("%+v.N(%d) = %q, want %q", test.c, test.n, got, test.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, l := range Languages() {
		if got, ok := Parse(string(l)); !ok || got != l {
			t.Errorf("Parse(%q) = %q, %v", l, got, ok)
		}
	}
	for _, code := range []string{"", "fr", "ZH", "zh-CN"} {
		if _, ok := Parse(code); ok {
			t.Errorf("Parse(%q) accepted", code)
		}
	}
	if Language("").Words().Language != Chinese {
		t.Error("a document of no known language gets the Chinese words")
	}
}
