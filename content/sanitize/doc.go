// Package sanitize makes text from outside safe to put on a terminal: a document's text, a file
// name, a user's name. A terminal obeys control characters and escape sequences wherever they come
// from, so a document or a user name carrying them could set every viewer's window title, write to
// their clipboard (OSC 52), draw over the screen or hang the terminal in a string it never ends.
//
// Text keeps tab and newline and nothing else that is not printed; Line and Name keep printable
// characters only. All three remove escape sequences whole, with their payload. They are pure: no
// terminal, no UI.
package sanitize
