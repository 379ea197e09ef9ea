package locale

func englishWords() *Words {
	return &Words{
		Language: English,

		Outline:      "Outline",
		KeyFigures:   "Key figures",
		Overview:     "Overview",
		Changes:      "Changes",
		NoFigures:    "No figures in this section.",
		FigureCount:  Counted{"%d figure", "%d figures"},
		FiguresInAll: Counted{"%d figure in all", "%d figures in all"},
		MoreBelow:    Same("↓ %d more"),
		More:         "↓ more",
		SearchPrompt: "Search",
		NoMatches:    "no matches",
		ReadAs:       "read as",
		TooSmall:     "terminal too small",
		YearOnYear:   "y/y",
		Notes:        "Notes: ",
		Keys: KeyWords{
			NextSection: "next section", PrevSection: "previous section", NextPoint: "next point",
			PrevPoint: "previous point", Down: "down", Up: "up", PageDown: "page down", PageUp: "page up",
			Top: "top", Bottom: "bottom", Jump: "go to section", Focus: "next pane",
			FocusBack: "previous pane", Open: "open", Search: "search", NextMatch: "next match",
			PrevMatch: "previous match", Clear: "clear search", ToggleOutline: "outline",
			ToggleFigures: "figures", Help: "help", Quit: "quit", Cancel: "close",
			Follow: "follow presenter", ToggleView: "slides/reader", ResetClock: "restart clock",
		},

		Presenter:    "Presenter",
		Online:       Same("%d online"),
		Following:    "Following",
		Detached:     "Browsing alone · presenter at",
		MeetingEnded: "The meeting has ended.",
		MeetingFull:  "the meeting is full",
		TooManyFrom:  "too many sessions from %s",
		CodeNeeded:   "This meeting needs its code.",
		CodePrompt:   "Meeting code: ",
		LongCommand:  "the command line is %d bytes; at most %d are read",
		IdleClosed:   "Closed after a long time without activity.",

		Opening:        "Opening",
		Untitled:       "Untitled",
		Source:         "Source: ",
		LabelSeparator: ": ",

		SectionFigures: Counted{"%d figure", "%d figures"},
		NoFiguresAtAll: "no figures",
		SectionColumn:  "§",
		LabelColumn:    "Label",
		ValueColumn:    "Value",
		ChangeColumn:   "Change",
		PeriodColumn:   "Period",
		BaselineColumn: "Baseline",
	}
}
