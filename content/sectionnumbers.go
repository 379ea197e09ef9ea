package content

// Sections are named by one number wherever people see or type one: the opening is 0 (and is shown
// by its name, never by the number), the parts are 1, 2, 3… in order, whether or not the document
// has an opening. The reader, the slides, the digit keys, --section and the commands all use these
// numbers; a section's Index is its place in Sections, which equals its number only when the
// document opens with an opening.

// Number is the number of section i: 0 for the opening, 1… for the parts.
func (b *Briefing) Number(i int) int {
	if b.hasOpening() {
		return i
	}
	return i + 1
}

// SectionNumbered is the index of the section numbered n, and false when there is none (0 in a
// document without an opening, a number past the last part).
func (b *Briefing) SectionNumbered(n int) (int, bool) {
	i := n
	if !b.hasOpening() {
		i = n - 1
	}
	if i < 0 || i >= len(b.Sections) {
		return 0, false
	}
	return i, true
}

// Parts is how many parts the document has: its highest section number.
func (b *Briefing) Parts() int {
	if b.hasOpening() {
		return len(b.Sections) - 1
	}
	return len(b.Sections)
}

// FirstNumber is the lowest section number of the document: 0 with an opening, else 1.
func (b *Briefing) FirstNumber() int {
	if b.hasOpening() {
		return 0
	}
	return 1
}

func (b *Briefing) hasOpening() bool {
	return len(b.Sections) > 0 && b.Sections[0].Kind == Opening
}
