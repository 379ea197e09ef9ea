package locale

// Language is the language of a document or of the interface.
type Language string

// The languages briefing reads and speaks.
const (
	Chinese Language = "zh"
	English Language = "en"
)

// Languages lists every language there are words for.
func Languages() []Language { return []Language{Chinese, English} }

// Parse reads a language's code as the --lang flag takes it: zh or en.
func Parse(code string) (Language, bool) {
	switch l := Language(code); l {
	case Chinese, English:
		return l, true
	}
	return "", false
}

// Words returns the words of l: English for English, Chinese for anything else (the language
// briefing was first written for).
func (l Language) Words() *Words {
	if l == English {
		return englishWords()
	}
	return chineseWords()
}
