//go:build !race

package serve

// raceEnabled: the race detector slows everything down several times; crowd tests use fewer clients.
const raceEnabled = false
