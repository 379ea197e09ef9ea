package content

import (
	"testing"

	"briefing/content/locale"
)

// TestSalutations: the forms of address a speech opens with, and lines that only look like them.
func TestSalutations(t *testing.T) {
	for _, tc := range []struct {
		text       string
		lang       locale.Language
		salutation bool
	}{
		{"各位代表：", locale.Chinese, true},
		{"同志们，朋友们：", locale.Chinese, true},
		{"尊敬的各位嘉宾，女士们、先生们：", locale.Chinese, true},
		{"主席、各位委員女士、先生：", locale.Chinese, true},
		{"大家上午好！", locale.Chinese, true},
		{"各位代表！", locale.Chinese, true},
		{"各位代表", locale.Chinese, false},        // no closing mark: a heading could read so
		{"人大代表建议办理情况：", locale.Chinese, false}, // a heading that names delegates
		{"主要做法：", locale.Chinese, false},
		{"各位代表！这些成绩来之不易，我们要倍加珍惜。", locale.Chinese, false},
		{"Madam Speaker,", locale.English, true},
		{"Ladies and gentlemen,", locale.English, true},
		{"Members of the council:", locale.English, true},
		{"Honourable Members", locale.English, true},
		{"Good morning.", locale.English, true},
		{"Members of the council will vote on the plan next month; we expect a close vote.", locale.English, false},
		{"The plan", locale.English, false},
	} {
		if got := isSalutation(tc.text, tc.lang); got != tc.salutation {
			t.Errorf("isSalutation(%q) = %v, want %v", tc.text, got, tc.salutation)
		}
	}
}

// TestLoneNow: the sentence a report opens with, and a paragraph that only begins like it.
func TestLoneNow(t *testing.T) {
	for text, want := range map[string]bool{
		"现在，我代表县人民政府，向大会报告工作，请予审议。": true,
		"现在，我代表县人民政府向大会报告工作。请予审议。":  false, // two sentences: a paragraph
		"现在的任务是稳增长。":                false,
		"下面，我讲三点意见。":                true,
	} {
		if got := isLoneNow(text); got != want {
			t.Errorf("isLoneNow(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCutTitle: a long title is cut where a word or clause ends, never inside an English word.
func TestCutTitle(t *testing.T) {
	for _, tc := range []struct{ in, kept string }{
		{"全年新增就业两千人", "全年新增就业两千人"},
		{"全镇上下团结一心，克服困难，各项工作取得新的进展，群众满意度持续提高", "全镇上下团结一心，克服困难，各项工作取得新的进展"},
		{"The council approved the riverfront plan after a long and heated public hearing", "The council approved the riverfront plan after"},
	} {
		kept, cut := cutTitle(tc.in)
		if kept != tc.kept || cut != (kept != tc.in) {
			t.Errorf("cutTitle(%q) = %q, %v; want %q", tc.in, kept, cut, tc.kept)
		}
	}
}
