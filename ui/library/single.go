package library

import (
	tea "charm.land/bubbletea/v2"

	"briefing/content/library"
	"briefing/ui"
)

// NewReader is the reader on one document read from a file, followed on disk when opts.Watch is set:
// a library of one whose list is never shown (esc stays the reader's). opts.Files holds the file.
func NewReader(e library.Entry, opts Options) Model {
	opts.Files = []library.File{e.File}
	m := New(opts)
	m.entries, m.read, m.single = []library.Entry{e}, 1, true
	reader := ui.New(e.Briefing, m.readerOptions())
	m.reader, m.readerPath, m.readerSum, m.mode = &reader, e.Path, e.Sum, readerMode
	return m
}

// initSingle starts the reader and the watch, and parses nothing: the document is read.
func (m Model) initSingle() tea.Cmd {
	return tea.Batch(m.reader.Init(), startWatching(m.opts))
}

// readerOptions are the options every reader the library opens starts from.
func (m Model) readerOptions() ui.Options {
	opts := m.opts.Reader
	opts.Renderer = nil
	if opts.Theme == "" {
		opts.Theme = m.opts.Theme
	}
	if opts.Lang == "" {
		opts.Lang = m.opts.Lang
	}
	return opts
}
