//go:build race

package contenttest

// RaceDetector says whether the tests were built with -race.
const RaceDetector = true
