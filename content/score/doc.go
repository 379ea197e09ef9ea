// Package score measures how well the content engine reads documents against gold files typed by hand:
// the outline a careful reader sees and every key figure with its value, unit, label, period, change,
// baseline and qualifier. The corpus test and the score command share it, so a user's own documents are
// scored exactly as the corpus is.
//
// A gold file sits beside its document as NAME.gold.json (the document is NAME.txt, NAME.md …). It has
// the shape of `briefing sections --json`, with each section's figure count replaced by the list of its
// figures in the shape of `briefing figures --json`, plus fields the engine never writes: shapes (the
// shapes of the genre a document or a figure exercises), at (a longer stretch of the text that holds a
// figure whose text alone is ambiguous), a baseline's text, and not_figures (numbers that must not be
// figures: dates, ordinals, slogans …). No tool writes gold files; they are typed.
//
// Matching. Gold figures are listed in the order their text appears in the document, and each is found
// by searching the document forward from the one before. A reported figure matches a gold figure when
// it is in the section of the same index, has the same value and unit, and its text overlaps the gold
// text in the document. Recall is matched over gold, precision matched over reported, label exact is
// counted over matched figures, and details exact (text, period, change, baseline and qualifier as
// well) likewise. A document's outline is exact when its title, subtitle, byline, source, and every
// section's kind, title and sub-point titles are.
//
// Audit. Before any scoring, each gold file is checked against its document: every Arabic number in the
// document must be inside a gold figure's text, change, baseline or period, a not-a-figure case, a
// header line, a heading number at the start of a line, or be a calendar year (1900–2100 before 年, or
// standing alone in English). A gold file that fails the audit is an error, not a low score.
package score
