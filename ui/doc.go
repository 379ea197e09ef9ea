// Package ui is the bubbletea app that reads a Briefing: an outline of sections, the current section
// rendered as markdown, and a panel of its key figures, with search, help, and the positions a
// presenter shares with a meeting.
//
// One root Model composes the panes (outline, reader, figures, search). Each pane has Update, View
// and SetSize like a bubbles component; panes tell the root what happened with typed messages and
// never reach into each other. Navigation is a pure function of the position and an action
// (navigate), so it is tested without a terminal. Sections come rendered and cached from ui/render,
// shared by every session of the same width and theme; the reader, outline and figures panes draw when
// what they show changes, and View only assembles them (the slides are drawn in View).
//
// A meeting's viewers all show the same thing, so what a pane draws from its state alone (the figures
// panel, the outline, the reader's window, the header, the footer's help) is kept in render.Memo under
// a key that says everything it depends on: sessions in the same state share one drawing, and a move
// costs each session little more than Bubble Tea's diff of its frame. Bubble Tea copies the model at
// every message, so what is large and rarely changes (the key map, the search box) is shared by the
// copies and replaced, never changed in place. After the first frame at a width, the other sections
// are rendered in the background (warm.go), so the next one and a search find them ready.
//
// Every word on the screen, the key help included, comes from the content/locale table of the
// interface's language: the document's, unless Options.Lang chooses another.
//
// A session in a meeting (ui/meeting, with no terminal in it) publishes its moves through the Meeting
// interface and receives the meeting's state as MeetingMsg, adapted by Deliver; Position is the
// meeting's, so a presenter's place survives another terminal size.
//
// Each session has one *Styles, allocated by the root and held by every pane; Model.restyle rebuilds
// it in place when the terminal reports its background or colour profile, so every pane changes
// together and each SSH session has its own colours. There is no package state.
package ui
