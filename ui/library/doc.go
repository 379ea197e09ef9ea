// Package library is the terminal view of a library of briefings (a folder, or several files): a
// filterable list of the briefings, newest first and grouped by subfolder, with a preview of the
// selected one (its outline and headline figures); a search across every document (ctrl+f); the
// figures that two or more documents give, side by side (c); and the reader (package ui) on the
// document opened, with esc back to the list where it was.
//
// The files are parsed in the background (content/library's Loader) while the list shows what is
// ready and how far the reading has gone; a file that is no briefing is listed as skipped with the
// reason. With Options.Watch the folder is watched (content/watch): files added, changed or removed
// appear, change or disappear, and the document open in the reader is read again in place, keeping
// the reader's section and sub-point; a version that cannot be read leaves the last good one shown
// with the reason.
//
// The root Model owns the list, the preview, the search, the comparison and the hosted reader; each
// is drawn by a function of the model's state, and messages from the background (entries parsed,
// files changed, search hits, the comparison) are typed. Words come from content/locale, styles are
// the reader's (ui.Styles), one per session.
package library
