package content

import "testing"

// TestCreditLines: the lines that credit a text, the ones that may close its credits, and lines that
// only look like them.
func TestCreditLines(t *testing.T) {
	for _, tc := range []struct {
		text            string
		credit, closing bool
	}{
		{"来源：红星云", true, true},
		{"来源:红星云", true, true},
		{"（来源：新华社）", true, true},
		{"【责任编辑：陈佳】", true, true},
		{"编辑：李华　审核：赵强", true, true},
		{"原标题：西岭县推动县域经济高质量发展", true, true},
		{"*来源：西岭融媒*", true, true},
		{"Source: Xiling Daily", true, true},
		{"SOURCE: Xiling Daily", true, true},
		{"Editing by Sam Reed", true, true},
		{"(Reporting by Ana Ruiz; Editing by Sam Reed)", true, true},
		{"数据来源：县统计局", true, false}, // a note on the data stays with the text
		{"本文为西岭融媒原创稿件。未经授权，不得转载。", false, true},
		{"Copyright 2025 Xiling Daily. All rights reserved.", false, true},
		{"来源：", false, false},                         // nothing credited
		{"来源与去向", false, false},                       // a heading that begins with the word
		{"来源：调查显示，全县农户收入稳步增长。我们要继续努力。", false, false}, // a sentence inside: text
		{"编辑部全体同志要守好阵地", false, false},
		{"Reporting by the Numbers", false, false},
		{"We will protect copyright and reward invention.", false, false},
		{"切实加强知识产权和版权保护，营造良好创新环境。", false, false},
	} {
		p := paragraph{text: tc.text}
		if got := isCredit(p); got != tc.credit {
			t.Errorf("isCredit(%q) = %v, want %v", tc.text, got, tc.credit)
		}
		if got := closingCredit(p) || isRightsNotice(p); got != tc.closing {
			t.Errorf("%q closes the credits: %v, want %v", tc.text, got, tc.closing)
		}
	}
}
