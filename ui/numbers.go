package ui

import (
	"strconv"

	"briefing/content"
)

func itoa(n int) string { return strconv.Itoa(n) }

// of writes a position counted from 1: 3/5.
func of(current, total int) string { return itoa(current) + "/" + itoa(total) }

// sectionPlace names section i where the header, the slides and the meeting's status show where one
// is: the opening by its title (导语, Opening), never by a number; a part by its number over the parts,
// 2/4. The numbers are the document's one numbering (content.Briefing.Number).
func sectionPlace(b *content.Briefing, i int) string {
	if i < 0 || i >= len(b.Sections) {
		return ""
	}
	if b.Sections[i].Kind == content.Opening {
		return b.Sections[i].Title
	}
	return of(b.Number(i), b.Parts())
}

// sectionNumber is the number shown beside section i in a list (the outline, the overview): "" for
// the opening, which is shown by its title alone.
func sectionNumber(b *content.Briefing, i int) string {
	if i < 0 || i >= len(b.Sections) || b.Sections[i].Kind == content.Opening {
		return ""
	}
	return itoa(b.Number(i))
}
