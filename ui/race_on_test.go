//go:build race

package ui

// raceDetector is on: the size sweeps, which run on one goroutine and so give the detector nothing to
// look at, check a sample of their views to stay within minutes.
const raceDetector = true
