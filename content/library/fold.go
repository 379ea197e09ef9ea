package library

import (
	"strings"

	"briefing/content/simplify"
)

// scopeWords are the words of scope a label may carry or not (全县工业总产值, 工业总产值): removed by
// Normalize.
func scopeWords() []string {
	return []string{"全县", "全市", "全区", "全省", "全州", "全镇", "全乡", "全国", "全年", "全体"}
}

// Normalize is the form in which two labels that name the same measure agree: folded as search folds
// (width, case, traditional characters), without spaces and without scope words. 全縣工業總產值 and
// 工业总产值 normalise alike.
func Normalize(label string) string {
	s := simplify.ForSearch(label).Text
	for _, word := range scopeWords() {
		s = strings.ReplaceAll(s, word, "")
	}
	return strings.Join(strings.Fields(s), "")
}
