// Package render turns a Briefing's sections into terminal lines: markdown rendered by glamour with no
// wrapping of its own, then broken by content/linebreak, which keeps numbers whole (109.19亿元), never
// starts a line with closing punctuation and never ends one with opening punctuation.
//
// Rendering depends only on the section, the width and the theme, never on who is looking, so one
// Renderer is shared by the local terminal and by every SSH session: 200 viewers on 100 columns cost
// one rendering. A glamour TermRenderer is not safe for concurrent use; each theme's renderer is used
// under the Renderer's lock.
package render
