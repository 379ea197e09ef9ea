package content

import (
	"strings"
	"testing"
)

// TestDigest: the digest names the document, not the file: the same text under another name has
// the same digest; a changed word, or text moved from one part to the next, does not.
func TestDigest(t *testing.T) {
	const text = "关于今年工作的报告\n\n同志们：今年全县地区生产总值增长6.5%。\n\n一、抓好产业发展\n\n工业总产值达到109.19亿元。\n\n二、办好民生实事\n\n新建学校3所。\n"
	parse := func(name, text string) *Briefing {
		t.Helper()
		b, err := Parse(name, []byte(text))
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		return b
	}
	base := parse("report.txt", text).Digest()
	if parse("elsewhere/copy.md.txt", text).Digest() != base {
		t.Error("the same text under another name has another digest")
	}
	for _, tc := range []struct{ name, text string }{
		{"a figure changed", strings.Replace(text, "109.19", "109.18", 1)},
		{"a sentence moved to the next part", strings.Replace(strings.Replace(text, "新建学校3所。\n", "", 1), "达到109.19亿元。", "达到109.19亿元。新建学校3所。", 1)},
		{"the title changed", strings.Replace(text, "关于今年", "关于明年", 1)},
	} {
		if parse("report.txt", tc.text).Digest() == base {
			t.Errorf("%s: the digest did not change", tc.name)
		}
	}
}
