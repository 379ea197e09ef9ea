// Package librarytest writes libraries of briefings for tests and benchmarks: documents of the genre
// made from varied templates (speeches, work reports, quarterly analyses, English remarks, markdown,
// traditional characters), written by the package itself — no text from elsewhere. The same n and
// seed always write the same files.
package librarytest
