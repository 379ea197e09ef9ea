package library

import (
	"context"
	"runtime"
	"sync"
)

// Loader parses a library's files in the background, a bounded number at a time, and hands over each
// Entry as it is ready: a view shows the first rows long before the last file is parsed.
type Loader struct {
	total   int
	results chan Entry
	cancel  context.CancelFunc
	done    chan struct{}
}

// Load starts parsing files with at most workers at a time (0: one per processor). Files are taken
// in the order given; entries arrive in the order they finish. Stop ends it early.
func Load(ctx context.Context, files []File, workers int) *Loader {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(min(workers, len(files)), 1)
	ctx, cancel := context.WithCancel(ctx)
	l := &Loader{total: len(files), results: make(chan Entry, len(files)), cancel: cancel, done: make(chan struct{})}
	jobs := make(chan File)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for f := range jobs {
				e := Read(f)
				select {
				case l.results <- e: // never blocks: the channel holds every file's entry
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		defer close(l.done)
		defer close(l.results)
		defer wg.Wait()
		defer close(jobs)
		for _, f := range files {
			select {
			case jobs <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	return l
}

// Total is the number of files being parsed.
func (l *Loader) Total() int { return l.total }

// Next waits for the next entry, then takes every other one already parsed, up to limit in all. It
// returns nothing once every file has been handed over (or the loader was stopped).
func (l *Loader) Next(limit int) []Entry {
	e, ok := <-l.results
	if !ok {
		return nil
	}
	batch := []Entry{e}
	for len(batch) < max(limit, 1) {
		select {
		case e, ok := <-l.results:
			if !ok {
				return batch
			}
			batch = append(batch, e)
		default:
			return batch
		}
	}
	return batch
}

// Stop ends the parsing and waits for the workers to return.
func (l *Loader) Stop() {
	l.cancel()
	for range l.results { // let workers blocked on a full channel finish
	}
	<-l.done
}

// ReadAll parses files with bounded concurrency and returns their entries sorted newest first.
func ReadAll(ctx context.Context, files []File) []Entry {
	l := Load(ctx, files, 0)
	entries := make([]Entry, 0, len(files))
	for batch := l.Next(len(files)); batch != nil; batch = l.Next(len(files)) {
		entries = append(entries, batch...)
	}
	Sort(entries)
	return entries
}
