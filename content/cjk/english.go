package cjk

// EnglishUnit is a word that follows a number after a space in English text: a scale
// (4.2 billion) or a rate (12 percent).
type EnglishUnit struct {
	Text string // as written, lower case
	Unit string // how a figure names it: "billion", "%", "percentage points"
	Kind Kind   // Amount for a scale, Rate for a percentage
}

// EnglishUnits lists the words that follow a number in English, longest first where one is the
// start of another (percentage points before percentage point).
func EnglishUnits() []EnglishUnit {
	return []EnglishUnit{
		{"percentage points", "percentage points", Rate}, {"percentage point", "percentage points", Rate},
		{"per cent", "%", Rate}, {"percent", "%", Rate},
		{"hundred", "hundred", Amount}, {"thousand", "thousand", Amount}, {"million", "million", Amount},
		{"billion", "billion", Amount}, {"trillion", "trillion", Amount}, {"bn", "bn", Amount},
	}
}
