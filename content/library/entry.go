package library

import (
	"cmp"
	"crypto/sha256"
	"slices"

	"briefing/content"
	"briefing/content/locale"
)

// Entry is one file of the library, read: a briefing, or skipped with the reason.
type Entry struct {
	File
	Briefing *content.Briefing // nil when skipped
	Skipped  string            // why the file is no briefing, in one line of English; "" for a briefing
	// Problem is the error behind Skipped: a view says it in its own words with SkippedIn.
	Problem error
	When    When              // the date or period the text gives
	Sum     [sha256.Size]byte // of the file's bytes as read
}

// OK reports whether the entry is a briefing.
func (e Entry) OK() bool { return e.Briefing != nil }

// Parts is the number of parts (sections but the opening).
func (e Entry) Parts() int {
	if e.Briefing == nil {
		return 0
	}
	n := 0
	for _, s := range e.Briefing.Sections {
		if s.Kind == content.Part {
			n++
		}
	}
	return n
}

// Figures is the number of key figures.
func (e Entry) Figures() int {
	if e.Briefing == nil {
		return 0
	}
	return e.Briefing.FigureCount()
}

// Title is the briefing's title, or the file's name when it is skipped.
func (e Entry) Title() string {
	if e.Briefing == nil {
		return e.Name
	}
	return e.Briefing.Title
}

// Read reads and parses one file. A file that is no briefing gives a skipped Entry, never an error.
func Read(f File) Entry {
	e := Entry{File: f}
	doc, err := content.ReadDocument(f.Path, nil)
	if err != nil {
		e.Skipped, e.Problem = content.ReasonOf(err), err
		return e
	}
	e.Sum = sha256.Sum256(doc.Text)
	b, err := content.Parse(f.Name, doc.Text)
	if err != nil {
		e.Skipped, e.Problem = content.ReasonOf(err), err
		return e
	}
	b.Encoding = doc.Encoding
	e.Briefing = b
	e.When = WhenOf(b)
	return e
}

// SkippedIn is why the file is no briefing in words, without its name: the kind of content's
// InputError said in the language of words; the English line for an error of another kind.
func (e Entry) SkippedIn(words *locale.Words) string {
	if e.Problem == nil {
		return e.Skipped
	}
	return content.ExplainError(e.Problem, words)
}

// Sort orders entries newest first: by the date the text gives, else the file's modification time;
// then by name. Skipped files come last, by name.
func Sort(entries []Entry) {
	slices.SortStableFunc(entries, Newer)
}

// Newer is Sort's order: negative when a comes before b.
func Newer(a, b Entry) int {
	if a.OK() != b.OK() {
		if a.OK() {
			return -1
		}
		return 1
	}
	if a.OK() {
		if c := b.sortTime().Compare(a.sortTime()); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.Name, b.Name)
}
