package locale

import "fmt"

// Words are the words of the program in one language. Build them with [Language.Words]; a table is
// never changed after that, so one can be shared.
type Words struct {
	Language Language

	// The reader's panes.
	Outline      string  // the outline's title
	KeyFigures   string  // the figures panel's title, and the heading of each section's figures in plain output
	Overview     string  // the figures panel on the opening: every part at a glance
	Changes      string  // the chart of rates of change
	NoFigures    string  // a section without figures, in the panel
	FigureCount  Counted // a section's figures, in the panel's title
	FiguresInAll Counted // the whole briefing's figures, on the overview
	MoreBelow    Counted // entries of the panel below its window
	More         string  // more of the panel below, when no entry is cut
	SearchPrompt string  // the search box's placeholder
	NoMatches    string  // a search that found nothing
	ReadAs       string  // before the encoding a file was read in, when it was not UTF-8
	TooSmall     string  // a terminal too small for the reader
	YearOnYear   string  // before a change that compares with the year before
	Notes        string  // before the speaker notes on the slides
	Keys         KeyWords
	Library      LibraryWords // the library, its search and comparison, reloading, the agenda
	Reasons      ReasonWords  // why a file is no document briefing can read

	// A meeting.
	Presenter    string  // the presenter's status line starts with it
	Online       Counted // how many are connected
	Following    string  // a viewer who follows the presenter
	Detached     string  // a viewer reading alone; the presenter's position follows it
	MeetingEnded string  // the server shut down
	MeetingFull  string  // a viewer refused: no seat left
	TooManyFrom  string  // a viewer refused: too many sessions from one address, %s
	CodeNeeded   string  // asking a client for the meeting's code
	CodePrompt   string  // the prompt for the code
	LongCommand  string  // a command line refused for its length: %d bytes, at most %d

	// Who is presenting, as a viewer is told.
	PresenterLeft string // the last presenter left
	NoPresenter   string // no presenter has come yet
	ReadFreely    string // after PresenterLeft: what a following viewer may do meanwhile
	// The presenter's screens: the audience panel, how to connect, the speaker console.
	Audience     string  // the audience panel's title
	ViewerRole   string  // a viewer's role in the panel
	ChosenName   string  // beside a name that looks like a fingerprint or an address
	ConnectedFor string  // the column of how long someone has been connected
	RoleColumn   string  // the column of roles in the audience panel
	NameColumn   string  // the column of names in the audience panel
	ProofColumn  string  // the column of what the server vouches for: a key fingerprint or an address
	ThisTerminal string  // the proof of the presenter at the serving machine's own terminal
	OtherServer  string  // the proof of an attendee connected to another server of the meeting
	MorePeople   Counted // attendees below the panel's window
	ConnectTitle string  // the panel of how to connect
	ConnectWith  string  // before the command attendees type
	YourName     string  // the place of the attendee's name in that command
	Fingerprint  string  // before the host key's fingerprint
	Console      string  // the speaker console's title
	NoNotes      string  // a section without speaker notes, on the console
	NextUp       string  // before the next section's title on the console
	Elapsed      string  // before the time since the talk began
	Remaining    string  // before the time left of --duration
	Overtime     string  // before the time past --duration
	SectionPace  string  // before the time spent in the section and its share of the duration
	Joined       string  // after a name: joined the meeting
	Left         string  // after a name: left the meeting
	// q with viewers connected asks first: how many are connected, then what a second q does (it
	// ends the meeting, or the presenter only leaves) and how not to; the footer keeps the second
	// part whole however narrow it is.
	ViewersOnline Counted // %d viewers
	ConfirmEnd    string
	ConfirmLeave  string
	ConsoleOnly   string // a session that asked for the console without a presenter's key
	IdleClosed    string // a session closed for having been idle too long

	// The document.
	Opening         string // the title of the text before the first part
	Untitled        string // the title of a document with no title, no heading and no file name
	NoText          string // under a section that is nothing but its heading
	Source          string // before the document's source
	SourceSeparator string // between the publishers of a document with several 来源/Source lines
	LabelSeparator  string // between a figure's label and its value in a list

	// The text reports (sections and figures commands).
	SectionFigures Counted // a section's figures in the outline
	NoFiguresAtAll string  // a figures table with no row
	SectionColumn  string
	LabelColumn    string
	ValueColumn    string
	ChangeColumn   string
	PeriodColumn   string
	BaselineColumn string
}

// KeyWords are the key help's descriptions, one per binding of the reader's key map.
type KeyWords struct {
	NextSection, PrevSection, NextPoint, PrevPoint string
	Down, Up, PageDown, PageUp, Top, Bottom, Jump  string
	Focus, FocusBack, Open                         string
	Search, NextMatch, PrevMatch, Clear            string
	ToggleOutline, ToggleFigures, Help, Quit       string
	Cancel, Follow, ToggleView, ResetClock         string
	ToggleNotes, ShowAudience, ShowConnect         string
	NotesDown, NotesUp                             string // the console's notes
}

// Counted is a phrase with a number in it, as a pattern with one %d: One for a count of one, Other
// for any other count.
type Counted struct {
	One, Other string
}

// N writes the phrase for n: "1 figure", "3 figures", "3 项".
func (c Counted) N(n int) string {
	pattern := c.Other
	if n == 1 {
		pattern = c.One
	}
	return fmt.Sprintf(pattern, n)
}

// Same is a Counted that does not change with the number, as in Chinese.
func Same(pattern string) Counted { return Counted{pattern, pattern} }
