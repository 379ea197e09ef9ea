package cjk

// EnglishUnit is a word that follows a number after a space in English text: a scale
// (4.2 billion), a rate (12 percent) or a measure (2.5 miles, 30 days). Counted nouns (2,300
// workers) are not units: they name the figure.
type EnglishUnit struct {
	Text string // as written, lower case
	Unit string // how a figure names it: "billion", "%", "percentage points"
	Kind Kind   // Amount for a scale or a measure, Rate for a percentage
}

// EnglishUnits lists the words that follow a number in English, longest first where one is the
// start of another (percentage points before percentage point).
func EnglishUnits() []EnglishUnit {
	return []EnglishUnit{
		{"percentage points", "percentage points", Rate}, {"percentage point", "percentage points", Rate},
		{"per cent", "%", Rate}, {"percent", "%", Rate},
		{"hundred", "hundred", Amount}, {"thousand", "thousand", Amount}, {"million", "million", Amount},
		{"billion", "billion", Amount}, {"trillion", "trillion", Amount}, {"bn", "bn", Amount},
		{"cents", "cents", Amount}, {"miles", "miles", Amount}, {"mile", "mile", Amount},
		{"kilometres", "kilometres", Amount}, {"kilometers", "kilometers", Amount},
		{"acres", "acres", Amount}, {"tonnes", "tonnes", Amount}, {"tons", "tons", Amount},
		{"megawatts", "megawatts", Amount}, {"gigawatts", "gigawatts", Amount},
		{"minutes", "minutes", Amount}, {"hours", "hours", Amount}, {"days", "days", Amount},
		{"weeks", "weeks", Amount}, {"months", "months", Amount},
	}
}

// EnglishRates lists the words that make an amount a rate per something: 38 cents a share,
// $410 a month, $14 million a year.
func EnglishRates() []string {
	return []string{"a share", "per share", "a month", "per month", "a year", "per year", "a day", "per day",
		"a week", "per week", "an hour", "per hour", "a head", "per head", "per capita", "a barrel", "per barrel"}
}
