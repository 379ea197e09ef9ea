package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Default timings: a save is one burst of events within a few milliseconds; 100 ms of quiet
// reports it without a person noticing the wait.
const (
	DefaultQuiet    = 100 * time.Millisecond
	DefaultMaxDelay = 500 * time.Millisecond
)

// Watcher reports changed paths in batches. Its methods are safe for concurrent use.
type Watcher struct {
	fs       *fsnotify.Watcher
	quiet    time.Duration
	maxDelay time.Duration
	changes  chan []string
	errs     chan error
	done     chan struct{}
	closed   sync.Once

	mu    sync.Mutex
	files map[string]bool // files watched by AddFile, cleaned
	trees map[string]bool // roots watched by AddTree, cleaned
}

// New starts a watcher that reports a batch quiet after its last event, and at most maxDelay after
// its first. Zero durations take the defaults.
func New(quiet, maxDelay time.Duration) (*Watcher, error) {
	if quiet <= 0 {
		quiet = DefaultQuiet
	}
	if maxDelay < quiet {
		maxDelay = max(DefaultMaxDelay, quiet)
	}
	inner, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	w := &Watcher{
		fs: inner, quiet: quiet, maxDelay: maxDelay,
		changes: make(chan []string), errs: make(chan error, 1), done: make(chan struct{}),
		files: map[string]bool{}, trees: map[string]bool{},
	}
	go w.run()
	return w, nil
}

// Changes delivers each batch of changed paths, sorted. It is closed by Close.
func (w *Watcher) Changes() <-chan []string { return w.changes }

// Errors delivers the watcher's errors (an overflowing event queue, say), the newest when several
// wait.
func (w *Watcher) Errors() <-chan error { return w.errs }

// AddFile reports changes to the file at path, however it is replaced.
func (w *Watcher) AddFile(path string) error {
	path = filepath.Clean(path)
	if err := w.fs.Add(filepath.Dir(path)); err != nil {
		return fmt.Errorf("watch %s: %w", path, err)
	}
	w.mu.Lock()
	w.files[path] = true
	w.mu.Unlock()
	return nil
}

// RemoveFile stops reporting the file at path. Its folder stays watched while other files or trees
// need it.
func (w *Watcher) RemoveFile(path string) {
	w.mu.Lock()
	delete(w.files, filepath.Clean(path))
	w.mu.Unlock()
}

// AddTree reports changes to anything under root, to depth levels of folders (0: no limit), and
// watches the subfolders created under it later.
func (w *Watcher) AddTree(root string, depth int) error {
	root = filepath.Clean(root)
	w.mu.Lock()
	w.trees[root] = true
	w.mu.Unlock()
	_, err := w.addFolders(root, root, depth)
	return err
}

// Close stops the watcher and closes Changes.
func (w *Watcher) Close() error {
	var err error
	w.closed.Do(func() {
		err = w.fs.Close()
		<-w.done
	})
	return err
}

// addFolders watches folder and its subfolders under root, and returns the files already in them: a
// folder moved or copied in brings files no event will report.
func (w *Watcher) addFolders(root, folder string, depth int) ([]string, error) {
	var files []string
	err := filepath.WalkDir(folder, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == folder {
				return fmt.Errorf("watch %s: %w", path, err)
			}
			return nil
		}
		if !d.IsDir() {
			files = append(files, path)
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if rel, err := filepath.Rel(root, path); err == nil && depth > 0 && rel != "." && strings.Count(rel, string(filepath.Separator)) >= depth-1 {
			return filepath.SkipDir
		}
		if err := w.fs.Add(path); err != nil && path == folder {
			return fmt.Errorf("watch %s: %w", path, err)
		}
		return nil
	})
	return files, err
}

// wanted reports whether a change to path is to be reported, and the tree it is in ("" for a file
// watched alone).
func (w *Watcher) wanted(path string) (tree string, ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.files[path] {
		return "", true
	}
	for root := range w.trees {
		if path == root || strings.HasPrefix(path, root+string(filepath.Separator)) {
			return root, true
		}
	}
	return "", false
}

// run collects events into batches and hands them over.
func (w *Watcher) run() {
	defer close(w.done)
	defer close(w.changes)
	pending := map[string]bool{}
	var quiet, deadline <-chan time.Time
	var ready []string // a batch waiting for the consumer
	var out chan []string
	for {
		select {
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			path := filepath.Clean(ev.Name)
			root, want := w.wanted(path)
			if !want {
				continue
			}
			if root != "" && ev.Has(fsnotify.Create) {
				// A new subfolder: watch it, and report the files it already holds.
				if files, err := w.addFolders(root, path, 0); err == nil && len(files) > 0 && files[0] != path {
					for _, f := range files {
						pending[f] = true
					}
				}
			}
			pending[path] = true
			quiet = time.After(w.quiet)
			if deadline == nil {
				deadline = time.After(w.maxDelay)
			}
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			w.report(err)
		case <-quiet:
			ready, pending, quiet, deadline = merge(ready, pending), map[string]bool{}, nil, nil
			out = w.changes
		case <-deadline:
			ready, pending, quiet, deadline = merge(ready, pending), map[string]bool{}, nil, nil
			out = w.changes
		case out <- ready:
			ready, out = nil, nil
		}
	}
}

// merge adds the pending paths to a batch not yet taken.
func merge(ready []string, pending map[string]bool) []string {
	set := maps.Clone(pending)
	for _, p := range ready {
		set[p] = true
	}
	return slices.Sorted(maps.Keys(set))
}

// report keeps the newest error for Errors.
func (w *Watcher) report(err error) {
	if errors.Is(err, fsnotify.ErrEventOverflow) {
		err = fmt.Errorf("watch: too many changes at once; some were missed: %w", err)
	}
	select {
	case w.errs <- err:
	default:
		select {
		case older := <-w.errs:
			_ = older // the channel holds one error, the newest: the older one makes way
		default:
		}
		select {
		case w.errs <- err:
		default:
		}
	}
}
