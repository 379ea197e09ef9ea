// Package locale holds the words briefing shows to people, one table per language.
//
// A document's language is decided once, when content parses it (Briefing.Language); the reader's
// --lang flag may choose another language for the interface. Everything that shows words — the
// reader and its panes, the key help, the slides, the plain and text outputs, the section names
// content gives (导语 / Opening), the SSH server's notices — reads them from the [Words] of that
// language, and so do the tests, so no word is written twice.
//
// A phrase with a number is a [Counted]: English has a singular and a plural ("1 figure",
// "2 figures"); Chinese has no plural, so both forms are the same ("2 项").
//
// The package is pure Go with no state: [Language.Words] builds a fresh table on each call.
package locale
