// Package library is a folder of briefings read as one: the files found (Scan), each parsed in the
// background with bounded concurrency into an Entry or skipped with the reason (Load), ordered newest
// first by the date or period the text gives (Sort), searched as one text (Index), and compared
// figure by figure across documents (Compare). It is pure Go: no terminal, no UI.
//
// Files. Scan takes one folder or several files. A folder is read to MaxDepth levels; each subfolder
// is a group named by its path under the folder. Hidden files and folders (a leading dot) and editor
// backups (a trailing ~) are not documents and are left out; every other regular file is listed, and
// one that is not a briefing (binary, empty, too large, in no encoding briefing reads, a PDF) is kept
// as a skipped Entry with the one-line reason content gives, so a view can say why. At most MaxFiles
// files are listed. Names shown come through content/sanitize.
//
// Dates. An Entry's When is the first date or period the document's header gives — its subtitle,
// title, byline, then the start of its text: 2024年12月20日, 2024年前三季度, 2024年, January 10, 2024.
// Sort puts the newest first; a document whose text gives no date is placed by its file's
// modification time.
//
// Search. Index folds text as the reader's search does — Latin case, full-width digits and signs,
// traditional characters into simplified ones (content/cjk, content/simplify) — and finds a query in
// every section's text and every figure's label, each hit with its document, section and byte offsets;
// a hit's Excerpt is the text around it cut to a width where the line breaker allows (content/linebreak),
// so a number is never shown without its decimals or unit.
//
// Comparison. Compare lists each figure label that two or more documents give, with each document's
// value. Labels match by their exact text first; labels that differ only by the Normalize rules are
// then merged: width and traditional forms folded, Latin case folded, spaces and scope words
// (全县, 全市, 全区, 全省, 全州, 全镇, 全乡, 全国, 全年, 全体) removed. A change is computed between
// consecutive documents only when both values are in the same unit and their periods are alike: the
// same words with another year (2023年 → 2024年, 2023年前三季度 → 2024年前三季度); otherwise the values
// stand side by side with their periods.
package library
