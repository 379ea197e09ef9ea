package library

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"briefing/content/library"
	"briefing/content/watch"
)

// watcherMsg hands the started watcher to the model.
type watcherMsg struct{ watcher *watch.Watcher }

// changedMsg is a batch of changed paths.
type changedMsg struct{ paths []string }

// rereadMsg is what the changed paths hold now: entries read again, and paths gone.
type rereadMsg struct {
	entries []library.Entry
	gone    []string
}

// startWatching watches the library's folder (or each file's) when asked to.
func startWatching(opts Options) tea.Cmd {
	if !opts.Watch {
		return nil
	}
	return func() tea.Msg {
		w, err := watch.New(0, 0)
		if err != nil {
			return nil // no watching (no inotify left, say): the library works without it
		}
		if opts.Root != "" {
			err = w.AddTree(opts.Root, library.MaxDepth)
		} else {
			for _, f := range opts.Files {
				err = errors.Join(err, w.AddFile(f.Path))
			}
		}
		if err != nil {
			_ = w.Close()
			return nil
		}
		return watcherMsg{w}
	}
}

// waitForChanges waits for the next batch of changed paths.
func waitForChanges(w *watch.Watcher) tea.Cmd {
	if w == nil {
		return nil
	}
	return func() tea.Msg {
		paths, ok := <-w.Changes()
		if !ok {
			return nil
		}
		return changedMsg{paths}
	}
}

// readChanged reads each changed path again, in the background: a document, or gone.
func readChanged(opts Options, paths []string) tea.Cmd {
	return func() tea.Msg {
		var msg rereadMsg
		for _, path := range paths {
			if library.Ignored(filepath.Base(path)) {
				continue
			}
			f, err := library.Stat(opts.Root, path)
			if errors.Is(err, fs.ErrNotExist) {
				msg.gone = append(msg.gone, path)
				continue
			}
			if err != nil {
				continue // a folder, or unreadable: the next change will tell
			}
			msg.entries = append(msg.entries, library.Read(f))
		}
		return msg
	}
}

// reread applies files read again: a briefing replaces its entry (and the reader's document, in
// place); a file that no longer reads keeps its last good entry with the reason; a file gone leaves
// the list, unless it is open in the reader, which keeps it and says so.
func (m Model) reread(msg rereadMsg) (tea.Model, tea.Cmd) {
	problems := make(map[string]string, len(m.problems))
	for k, v := range m.problems {
		problems[k] = v
	}
	m.problems = problems
	var fresh []library.Entry
	for _, e := range msg.entries {
		old, had := m.entry(e.Path)
		switch {
		case e.OK():
			delete(m.problems, e.Path)
			if had && old.Sum == e.Sum {
				continue // saved without a change
			}
			fresh = append(fresh, e)
			if e.Path == m.readerPath && m.reader != nil {
				reader := m.reader.Reload(e.Briefing, nil, m.words.Library.Updated)
				m.reader, m.readerSum = &reader, e.Sum
			}
		case had && old.OK():
			m.problems[e.Path] = fmt.Sprintf(m.words.Library.KeptLastGood, e.SkippedIn(m.words))
			if e.Path == m.readerPath && m.reader != nil {
				reader := m.reader.Notify(m.problems[e.Path])
				m.reader = &reader
			}
		default:
			fresh = append(fresh, e) // a skipped file, new or still skipped
		}
	}
	for _, path := range msg.gone {
		if path == m.readerPath && m.reader != nil {
			reader := m.reader.Notify(m.words.Library.Removed)
			m.reader = &reader
		}
		m.entries = removeEntry(m.entries, path)
		delete(m.problems, path)
	}
	return m.merge(fresh), nil
}

func (m Model) entry(path string) (library.Entry, bool) {
	for _, e := range m.entries {
		if e.Path == path {
			return e, true
		}
	}
	return library.Entry{}, false
}

// removeEntry removes the entry of path, or of every file under it when it was a folder.
func removeEntry(entries []library.Entry, path string) []library.Entry {
	out := make([]library.Entry, 0, len(entries))
	folder := path + string(filepath.Separator)
	for _, e := range entries {
		if e.Path != path && !strings.HasPrefix(e.Path, folder) {
			out = append(out, e)
		}
	}
	return out
}
