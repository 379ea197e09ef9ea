package report

import (
	"briefing/content"
)

// FileOutline is one entry of `briefing sections DIR --json`: a file's outline, or why it has none.
type FileOutline struct {
	File    string   `json:"file"`
	Outline *Outline `json:"outline,omitempty"`
	Error   string   `json:"error,omitempty"`
}

// FileFigures is one entry of `briefing figures DIR --json`: a file's figures, or why it has none.
type FileFigures struct {
	File    string    `json:"file"`
	Figures *[]Figure `json:"figures,omitempty"` // a pointer: a briefing without figures has []
	Error   string    `json:"error,omitempty"`
}

// NewFileOutline is the entry of the file called name: b's outline, or the reason it could not be read
// when b is nil.
func NewFileOutline(name string, b *content.Briefing, reason string) FileOutline {
	if b == nil {
		return FileOutline{File: name, Error: reason}
	}
	o := NewOutline(b)
	return FileOutline{File: name, Outline: &o}
}

// NewFileFigures is the entry of the file called name: b's figures, or the reason it could not be read
// when b is nil. A briefing without figures has an empty list.
func NewFileFigures(name string, b *content.Briefing, reason string) FileFigures {
	if b == nil {
		return FileFigures{File: name, Error: reason}
	}
	figures := NewFigures(b, -1)
	return FileFigures{File: name, Figures: &figures}
}
