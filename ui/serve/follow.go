package serve

import (
	"context"
	"path/filepath"

	"briefing/content"
	"briefing/content/watch"
)

// Follow reads the agenda's files again whenever they are saved (paths[i] is document i's file),
// until ctx ends: a version that reads is served to every session at once (Reload), one that does
// not leaves the meeting on the last good version and tells every session why (ReloadFailed).
// Editors that save by renaming a new file over the old one are followed too (content/watch).
func (s *Server) Follow(ctx context.Context, paths []string) error {
	w, err := watch.New(0, 0)
	if err != nil {
		return err
	}
	index := map[string]int{}
	for i, path := range paths {
		if i >= s.agenda.len() {
			break
		}
		path = filepath.Clean(path)
		index[path] = i
		if err := w.AddFile(path); err != nil {
			_ = w.Close()
			return err
		}
	}
	go func() {
		defer func() { _ = w.Close() }() // the watch ends with the server; nothing is left to tell
		for {
			select {
			case <-ctx.Done():
				return
			case changed, ok := <-w.Changes():
				if !ok {
					return
				}
				for _, path := range changed {
					if i, ok := index[path]; ok {
						s.readAgain(i, path)
					}
				}
			}
		}
	}()
	return nil
}

// readAgain reads document i's file and serves the result.
func (s *Server) readAgain(i int, path string) {
	b, err := content.Load(path, nil)
	if err != nil {
		s.ReloadFailed(i, err)
		return
	}
	s.Reload(i, b)
}
