package ui

import (
	"strings"
	"testing"
)

// TestSearchFoldsWidth: typing a number in full-width digits finds it written in ASCII digits, as a
// Chinese input method types it; the footer counts the same matches either way.
func TestSearchFoldsWidth(t *testing.T) {
	half := searchFor(sized(t, 0, 120, 40), "2024")
	full := searchFor(sized(t, 0, 120, 40), "２０２４")
	if len(half.search.hits) == 0 || len(full.search.hits) != len(half.search.hits) {
		t.Fatalf("%d matches for ２０２４, %d for 2024; want the same, at least one", len(full.search.hits), len(half.search.hits))
	}
	if want := "/２０２４ 1/" + itoa(len(half.search.hits)); !strings.Contains(footerLine(screen(full)), want) {
		t.Errorf("footer lacks %q:\n%s", want, footerLine(screen(full)))
	}
}
