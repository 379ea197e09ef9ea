// Package report writes a Briefing the way the command line shows it: the outline of sections and the
// table of figures, as aligned text or as JSON. The local CLI and the SSH server's commands both use it,
// so a document reads the same wherever it is asked for.
//
// The text reports speak the document's language (content/locale) and write numbers through
// content/format, as the reader does; the JSON shapes keep them as numbers. Text columns are aligned
// by display width (a Chinese character takes two columns), never by bytes or runes.
package report
