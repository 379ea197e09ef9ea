package contenttest

import "flag"

// updating reports whether the tests run with -update, the flag the golden package registers: read
// here rather than declared twice, which would panic at start.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}
