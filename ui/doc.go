// Package ui is the bubbletea app that reads a Briefing: an outline of sections, the current section
// rendered as markdown, and a panel of its key figures, with search, help, and the positions a
// presenter shares with a meeting.
//
// One root Model composes the panes (outline, reader, figures, search). Each pane has Update, View
// and SetSize like a bubbles component; panes tell the root what happened with typed messages and
// never reach into each other. Navigation is a pure function of the position and an action
// (navigate), so it is tested without a terminal. Nothing is rendered in View: sections come
// rendered and cached from ui/render, shared by every session of the same width and theme.
//
// Every word on the screen, the key help included, comes from the content/locale table of the
// interface's language: the document's, unless Options.Lang chooses another.
//
// Styles live on the model and are rebuilt when the terminal reports its background, so each SSH
// session has its own colours; there is no package state.
package ui
