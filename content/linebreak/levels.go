package linebreak

// Break levels: what breaking before a cluster would cost. The breaker takes the latest break
// that fits at the lowest level available in the line.
const (
	levelFree        uint8 = iota // a proper break: between ideographs, at a space
	levelWord                     // splits a word or a number
	levelPunctuation              // starts a line with closing or ends one with opening punctuation
	levelNone                     // not a place a line can start: whitespace, or nothing before it
)

// resolveContext decides which way the ASCII quotes face and which clusters stand in
// Chinese/Japanese/Korean text. Punctuation takes the side of the character it is attached to
// (closing and other punctuation the one before it, opening punctuation the one after), so a
// half-width comma or bracket in Chinese text allows a break after it as "，" would, while
// "U.S." stays whole.
func resolveContext(clusters []cluster) {
	quotes := 0
	for i := range clusters {
		if clusters[i].kind.has(kindQuote) {
			clusters[i].kind |= quoteKind(clusters, i, quotes)
			if clusters[i].first == '"' {
				quotes++
			}
		}
	}
	for i := range clusters {
		c := &clusters[i]
		switch {
		case c.kind.has(kindIdeographic):
			c.kind |= kindCJKSide
		case c.kind.has(kindWord | kindSpace | kindOpening):
		case i > 0 && clusters[i-1].kind.has(kindCJKSide):
			c.kind |= kindCJKSide
		}
	}
	for i := len(clusters) - 2; i >= 0; i-- {
		c := &clusters[i]
		if c.kind.has(kindOpening) && !c.kind.has(kindCJKSide) && clusters[i+1].kind.has(kindCJKSide) {
			c.kind |= kindCJKSide
		}
	}
}

// quoteKind decides whether the ASCII quote at i opens or closes. seen is the number of double
// quotes before it in the paragraph, for the case its neighbours do not tell.
func quoteKind(clusters []cluster, i, seen int) kind {
	before, after := kindSpace, kindSpace // the paragraph's edges count as whitespace
	if i > 0 {
		before = clusters[i-1].kind
	}
	if i+1 < len(clusters) {
		after = clusters[i+1].kind
	}
	switch {
	case clusters[i].first == '\'' && before.has(kindWord) && after.has(kindWord):
		return 0 // an apostrophe inside a word
	case before.has(kindSpace | kindOpening):
		return kindOpening
	case after.has(kindSpace|kindClosing) || clusters[i].first == '\'':
		return kindClosing
	case seen%2 == 0:
		return kindOpening
	}
	return kindClosing
}

// assignLevels sets levels[k], the cost of starting a line at cluster k, for every cluster.
func assignLevels(clusters []cluster, levels []uint8) {
	lastSolid := -1
	for k, c := range clusters {
		switch {
		case c.kind.has(kindSpace):
			levels[k] = levelNone
			continue
		case lastSolid < 0:
			levels[k] = levelNone
		default:
			levels[k] = pairLevel(clusters[lastSolid], c, lastSolid != k-1)
		}
		lastSolid = k
	}
}

// pairLevel is the cost of breaking between left and right, the last cluster of one line and
// the first of the next; spaced says whether whitespace stands between them.
func pairLevel(left, right cluster, spaced bool) uint8 {
	switch {
	case right.kind.has(kindClosing) || left.kind.has(kindOpening):
		return levelPunctuation
	case spaced:
		return levelFree
	case left.kind.has(kindDoubled) && left.first == right.first:
		return levelPunctuation
	case !left.kind.has(kindCJKSide) && !right.kind.has(kindCJKSide):
		return levelWord
	}
	return levelFree
}
