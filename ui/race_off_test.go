//go:build !race

package ui

// raceDetector is off: the size sweeps check every view.
const raceDetector = false
