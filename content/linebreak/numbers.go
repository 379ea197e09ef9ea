package linebreak

import (
	"strings"

	"briefing/content/cjk"
)

// markNumbers raises every break inside a number — between it and its sign, separators,
// decimals, percent sign and unit — to at least levelWord, so a number is only split when it is
// longer than a whole line.
func markNumbers(text string, clusters []cluster, levels []uint8) {
	for i := 0; i < len(clusters); {
		end := numberEnd(text, clusters, i)
		if end <= i {
			i++
			continue
		}
		for k := i + 1; k < end; k++ {
			levels[k] = max(levels[k], levelWord)
		}
		i = end
	}
}

// numberEnd returns the index just past the number that starts at cluster i, or i when no
// number starts there.
func numberEnd(text string, clusters []cluster, i int) int {
	j := i
	if cjk.IsSign(clusters[j].first) && j+1 < len(clusters) && cjk.IsSign(clusters[j+1].first) {
		j++ // a sign and a currency: −$4.2
	}
	if cjk.IsSign(clusters[j].first) {
		j++
	}
	if j >= len(clusters) || !clusters[j].kind.has(kindDigit) {
		return i
	}
	j = digitsEnd(clusters, j)
fraction:
	for j+1 < len(clusters) {
		r := clusters[j].first
		switch {
		case cjk.IsDecimalPoint(r) && clusters[j+1].kind.has(kindDigit):
			j = digitsEnd(clusters, j+1)
		case isGroupSeparator(clusters, j):
			j += 4
		default:
			break fraction
		}
	}
	if j < len(clusters) && cjk.IsTrailingSign(clusters[j].first) {
		return j + 1
	}
	if n := englishScale(text, clusters, j); n > 0 {
		return j + n
	}
	return j + cjkUnit(text, clusters, j)
}

// digitsEnd returns the index past the run of digits starting at j.
func digitsEnd(clusters []cluster, j int) int {
	for j < len(clusters) && clusters[j].kind.has(kindDigit) {
		j++
	}
	return j
}

// isGroupSeparator reports whether the cluster at j separates thousands: a comma followed by
// exactly three digits (1,200). A full-width comma only counts between full-width digits, since
// "，" is far more often the end of a clause.
func isGroupSeparator(clusters []cluster, j int) bool {
	r := clusters[j].first
	if r != ',' && r != '，' {
		return false
	}
	if digitsEnd(clusters, j+1) != j+4 {
		return false
	}
	return r == ',' || cjk.IsFullWidthDigit(clusters[j-1].first) && cjk.IsFullWidthDigit(clusters[j+1].first)
}

// englishScale returns how many clusters, from j, make up " billion", " percent" and the like
// (cjk.EnglishUnits, in any case) after a number, or 0.
func englishScale(text string, clusters []cluster, j int) int {
	if j+1 >= len(clusters) || clusters[j].first != ' ' {
		return 0
	}
	for _, unit := range cjk.EnglishUnits() {
		n := matchClusters(text, clusters, j+1, unit.Text)
		if n > 0 && (j+1+n == len(clusters) || !clusters[j+1+n].kind.has(kindWord)) {
			return 1 + n
		}
	}
	return 0
}

// cjkUnit returns how many clusters, from j, make up the Chinese unit after a number — an
// optional space, approximate marker, scales and a unit of cjk.Units — or 0.
func cjkUnit(text string, clusters []cluster, j int) int {
	p := j
	if p+1 < len(clusters) && clusters[p].first == ' ' && clusters[p+1].kind.has(kindIdeographic) {
		p++ // "53.85 亿斤", as copies from PDF have it
	}
	if n := unitRun(text, clusters, p); n > 0 {
		return p - j + n
	}
	return 0
}

// unitRun returns the length of the longest approximate-marker, scale and unit combination
// at p, or 0.
func unitRun(text string, clusters []cluster, p int) int {
	q := p
	if q < len(clusters) && cjk.IsApproximate(clusters[q].first) {
		q++
	}
	scales := 0
	for q+scales < len(clusters) && scales < 4 && cjk.IsScale(clusters[q+scales].first) {
		scales++
	}
	best := 0
	for s := scales; s >= 0; s-- {
		r := q + s
		if u := longestUnit(text, clusters, r); s > 0 || u > 0 {
			best = max(best, r+u-p)
		}
		if s > 0 && q == p && r < len(clusters) && cjk.IsApproximate(clusters[r].first) {
			best = max(best, r+1+longestUnit(text, clusters, r+1)-p)
		}
	}
	return best
}

// longestUnit returns how many clusters the longest unit of cjk.Units at r spans, or 0. Units are
// read through cjk.Fold, as the figure rules read them, so 億元 and 萬人次 stay whole too.
func longestUnit(text string, clusters []cluster, r int) int {
	if r >= len(clusters) || !clusters[r].kind.has(kindIdeographic) {
		return 0
	}
	for _, size := range cjk.UnitsAt(text[clusters[r].start:]) {
		if n := clustersUpTo(clusters, r, clusters[r].start+size); n > 0 {
			return n
		}
	}
	return 0
}

// clustersUpTo returns how many clusters from r end exactly at the byte offset end, or 0 when end
// falls inside a cluster (a unit followed by a combining mark is not that unit).
func clustersUpTo(clusters []cluster, r, end int) int {
	for n := r; n < len(clusters) && clusters[n].start < end; n++ {
		if clusters[n].end == end {
			return n - r + 1
		}
	}
	return 0
}

// matchClusters returns how many clusters from j spell word exactly, cluster boundaries
// included, comparing ASCII letters without regard to case, or 0.
func matchClusters(text string, clusters []cluster, j int, word string) int {
	n := 0
	for len(word) > 0 {
		if j+n >= len(clusters) {
			return 0
		}
		c := clusters[j+n]
		piece := text[c.start:c.end]
		if len(piece) > len(word) || !strings.EqualFold(piece, word[:len(piece)]) {
			return 0
		}
		word = word[len(piece):]
		n++
	}
	return n
}
