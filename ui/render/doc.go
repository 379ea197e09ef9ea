// Package render turns a Briefing's sections into terminal lines: markdown rendered by glamour with no
// wrapping of its own, then broken by content/linebreak, which keeps numbers whole (109.19亿元), never
// starts a line with closing punctuation and never ends one with opening punctuation.
//
// The markdown is written here from the parsed sections: each section's heading, its preface, each
// sub-point under a heading of its own, and every figure (and the baseline it is compared with) in
// strong emphasis, in the paragraph that holds it. Half-width punctuation between Chinese characters
// is shown full-width (，；：（）), as DisplayText does for labels and sentences; the parsed text keeps
// the original. A markdown document is shown as written, with its speaker notes left out. Numbers in
// lists are written by content/format, the words around them come from content/locale.
//
// Rendering depends only on the section, the width and the theme, never on who is looking, so one
// Renderer is shared by the local terminal and by every SSH session: 200 viewers on 100 columns cost
// one rendering. Its caches are bounded by what is shared (sections, widths, themes), never by
// sessions; their locks cover only the caches, so a section being rendered never stalls another
// session's hits, and concurrent misses for the same section render it once. A glamour TermRenderer
// is not safe for concurrent use: each rendering takes one of its theme's from a pool. Memo keeps, the
// same way, what the interface draws from the briefing alone (a pane for a section, size and look),
// and Frame the whole screens put together from such panes, so that sessions at the same place share
// one screen.
package render
