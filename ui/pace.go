package ui

import (
	"time"
	"unicode"

	"briefing/content"
)

// pace is how long the talk has spent in each section, for the console's per-section pace.
type pace struct {
	section int
	since   time.Time       // when the current section was opened; zero before the first
	spent   []time.Duration // per section, before the current visit; copied on change
}

// Since starts counting the pace of section from since, the moment the talk entered it: a session
// that joins in the middle of a section counts its time from there. A pace already counting is
// left as it is.
func (p pace) Since(section int, since time.Time) pace {
	if !p.since.IsZero() || since.IsZero() {
		return p
	}
	p.section, p.since = section, since
	return p
}

// At notes that section is shown at now.
func (p pace) At(section int, now time.Time) pace {
	if p.since.IsZero() {
		p.section, p.since = section, now
		return p
	}
	if section == p.section {
		return p
	}
	spent := make([]time.Duration, max(len(p.spent), section+1, p.section+1))
	copy(spent, p.spent)
	spent[p.section] += now.Sub(p.since)
	p.spent, p.section, p.since = spent, section, now
	return p
}

// Spent is the time spent in section until now, over every visit.
func (p pace) Spent(section int, now time.Time) time.Duration {
	var d time.Duration
	if section < len(p.spent) {
		d = p.spent[section]
	}
	if section == p.section && !p.since.IsZero() {
		d += now.Sub(p.since)
	}
	return d
}

// share is section i's part of the talk's duration, by its words against the whole document's.
func share(b *content.Briefing, i int, duration time.Duration) time.Duration {
	total := 0
	for _, s := range b.Sections {
		total += wordCount(s.Text)
	}
	if total == 0 || i < 0 || i >= len(b.Sections) {
		return 0
	}
	return time.Duration(float64(duration) * float64(wordCount(b.Sections[i].Text)) / float64(total))
}

// wordCount counts what a speaker says: every Han character, and every run of letters or digits in
// other scripts.
func wordCount(text string) int {
	n, inWord := 0, false
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				n++
			}
			inWord = true
		default:
			inWord = false
		}
	}
	return n
}
