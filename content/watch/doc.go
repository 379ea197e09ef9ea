// Package watch tells a program which files changed on disk, a moment after they stop changing.
//
// It watches folders, never files: an editor that saves by writing a new file and renaming it over
// the old one (vim, most IDEs, atomic writers) replaces the file a watch on the file itself would
// follow into oblivion, while the folder sees the new file arrive under the same name. AddFile
// watches a file's folder and reports that file; AddTree watches a folder and its subfolders,
// subfolders created later included, and reports anything in them.
//
// Events are debounced: a burst of writes, truncations, renames and creates reports each path once,
// Quiet after the last event (and never later than MaxDelay after the first, for a file written
// without pause). A consumer that is slow to take a batch finds the paths of later events merged into
// it: nothing is lost, nothing blocks the watcher. What changed is for the consumer to find out
// (stat, read): a path reported may be gone, new or rewritten.
package watch
