package ui

// Messages the panes send the root. A pane never changes another pane; it says what the user asked
// for and the root decides.

// openSectionMsg asks to show a section, and a sub-point in it when point >= 0.
type openSectionMsg struct {
	section, point int
}

// openFigureMsg asks to scroll the reader to the sentence of figure `figure` of section `section`
// and highlight it.
type openFigureMsg struct {
	section, figure int
}
