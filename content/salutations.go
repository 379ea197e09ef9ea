package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"briefing/content/locale"
)

// Read-only word lists and patterns of the forms of address a speech opens with.
var (
	// addressEndings end each name of a Chinese salutation (各位代表, 同志们, 尊敬的各位嘉宾, 主席) or
	// make it a greeting (大家上午好).
	addressEndings = []string{
		"们", "們", "代表", "委员", "委員", "嘉宾", "嘉賓", "来宾", "來賓", "主席", "领导", "領導",
		"女士", "先生", "同志", "朋友", "同仁", "同事", "老师", "老師", "同学", "同學", "乡亲", "鄉親",
		"大家好", "上午好", "下午好", "晚上好", "你们好", "你們好", "新年好", "早晨", "早安",
	}
	// addressJoins separate the names of a salutation: 同志们，朋友们 / 女士们、先生们.
	addressJoins = regexp.MustCompile(`[，,、和及与與]`)
	// englishSalutation is a line that addresses the audience: Madam Speaker, Ladies and gentlemen,
	// Members of the council, Good morning.
	englishSalutation = regexp.MustCompile(`^(?i:(?:madam|mister|mr\.?|madame)\s+(?:speaker|president|chair(?:man|woman|person)?|mayor|premier|deputy)|ladies and gentlemen|dear\s+\S+|fellow\s+\S+|distinguished\s+\S+|honou?rable\s+\S+|(?:his|her|your)\s+excellenc(?:y|ies)|members of\s+\S+|good\s+(?:morning|afternoon|evening)|(?:cabinet\s+)?colleagues|friends|the\s+(?:governor|commissioner|minister|premier|mayor|deputy|speaker|president|chair(?:man|woman|person)?|members|leader)(?:\s|,|$))`)
	// nowPattern opens the sentence a report starts with: 现在，我代表县人民政府向大会报告工作.
	nowPattern = regexp.MustCompile(`^(?:现在|現在|下面)\s*[，,]`)
)

// Bounds of a salutation: a longer line, or a longer name in it, is a sentence that happens to address
// people (在县经济工作会议上讲话的同志们).
const (
	maxSalutationRunes = 40
	maxSalutationWords = 12 // in English
	maxAddressRunes    = 12
)

// isSalutation reports whether a paragraph is nothing but a form of address or a greeting: 各位代表：,
// 同志们，朋友们：, 尊敬的各位嘉宾，女士们、先生们：, 大家上午好！, Madam Speaker, Ladies and gentlemen.
func isSalutation(text string, lang locale.Language) bool {
	text = strings.TrimSpace(text)
	if text == "" || strings.Contains(text, "\n") || len(text) > maxSalutationRunes*utf8.UTFMax {
		return false
	}
	if lang == locale.English {
		return englishSalutation.MatchString(text) && len(strings.Fields(text)) <= maxSalutationWords && !strings.ContainsAny(text, ";?")
	}
	if runeLen(text) > maxSalutationRunes {
		return false
	}
	body := strings.TrimRight(text, "：:，,！!。 ")
	if body == "" || body == text && !strings.HasSuffix(body, "好") {
		return false // a salutation is closed by a colon, a comma or an exclamation mark
	}
	for _, name := range addressJoins.Split(body, -1) {
		name = strings.TrimSpace(name)
		if name != "" && (!endsWithAny(name, addressEndings) || runeLen(name) > maxAddressRunes || strings.ContainsAny(name, " \t　")) {
			return false
		}
	}
	return true
}

// opensWithGreeting reports whether a paragraph's first sentence is a greeting or a salutation
// (大家上午好！金秋时节……), which belongs to the opening as the salutation does.
func opensWithGreeting(text string, lang locale.Language) bool {
	if lang == locale.English {
		return false
	}
	head := text[:min(len(text), maxSalutationRunes*utf8.UTFMax)] // a greeting opens the paragraph
	i := strings.IndexAny(head, "！!：:")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	return isSalutation(text[:i+size], lang)
}

// isLoneNow reports whether a paragraph is the one sentence a report opens with (现在，我代表县人民政府
// 向大会报告工作。), which belongs to the opening.
func isLoneNow(text string) bool {
	text = strings.TrimSpace(text)
	if !nowPattern.MatchString(text) {
		return false
	}
	stops := 0
	for _, r := range text {
		if sentenceEnd(r) {
			stops++
		}
	}
	return stops <= 1
}
