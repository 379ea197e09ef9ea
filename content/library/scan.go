package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"briefing/content/sanitize"
)

// Bounds on what Scan lists: a library is a shelf of briefings, not a disk.
const (
	MaxFiles = 5000 // files listed at most
	MaxDepth = 8    // folder levels read under the library's folder
)

// File is one file of the library, as found on disk.
type File struct {
	Path    string    // as the operating system opens it
	Name    string    // as shown: its path under the library's folder (or as given), sanitised
	Group   string    // its subfolder under the library's folder, "" for the top; sanitised
	Size    int64     // bytes
	ModTime time.Time // last modified
}

// Scan lists the files of a library: the files under one folder, or the files given. A path that
// cannot be read is an error; so is a folder among several paths.
func Scan(paths []string) ([]File, error) {
	if len(paths) == 1 {
		info, err := os.Stat(paths[0])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sanitize.Line(paths[0]), err)
		}
		if info.IsDir() {
			return scanFolder(paths[0])
		}
	}
	files := make([]File, 0, len(paths))
	for _, path := range paths {
		info, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sanitize.Line(path), errors.Unwrap(err))
		}
		if info.IsDir() {
			return nil, fmt.Errorf("%s is a folder: give one folder, or several files", sanitize.Line(path))
		}
		files = append(files, fileOf(path, filepath.Base(path), "", info))
	}
	return files, nil
}

// IsLibrary reports whether paths name a library (one folder, or more than one file) rather than one
// document.
func IsLibrary(paths []string) bool {
	if len(paths) > 1 {
		return true
	}
	if len(paths) == 0 {
		return false
	}
	info, err := os.Stat(paths[0])
	return err == nil && info.IsDir()
}

// scanFolder lists the documents under root, to MaxDepth levels and MaxFiles files.
func scanFolder(root string) ([]File, error) {
	var files []File
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			return nil // an unreadable subfolder is left out, not the whole library
		}
		rel, relErr := filepath.Rel(root, path)
		if relErr != nil || rel == "." {
			return nil
		}
		if Ignored(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if strings.Count(rel, string(filepath.Separator)) >= MaxDepth-1 {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // removed while listed
		}
		group := filepath.Dir(rel)
		if group == "." {
			group = ""
		}
		files = append(files, fileOf(path, rel, group, info))
		if len(files) >= MaxFiles {
			return fs.SkipAll
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", sanitize.Line(root), err)
	}
	return files, nil
}

// Stat is the File at path, named as Scan under root would name it ("" root: by its base name).
func Stat(root, path string) (File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return File{}, err
	}
	if !info.Mode().IsRegular() {
		return File{}, fmt.Errorf("%s: not a regular file", sanitize.Line(path))
	}
	if root == "" {
		return fileOf(path, filepath.Base(path), "", info), nil
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return File{}, err
	}
	group := filepath.Dir(rel)
	if group == "." {
		group = ""
	}
	return fileOf(path, rel, group, info), nil
}

// Ignored reports whether a file or folder of that name is no document: hidden, or an editor's backup.
func Ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~")
}

func fileOf(path, name, group string, info fs.FileInfo) File {
	return File{
		Path:    filepath.Clean(path),
		Name:    sanitize.Line(filepath.ToSlash(name)),
		Group:   sanitize.Line(filepath.ToSlash(group)),
		Size:    info.Size(),
		ModTime: info.ModTime(),
	}
}
