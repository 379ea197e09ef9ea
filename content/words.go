package content

import "strings"

// Helpers of the word lists the rules read text with.

func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// lastWord finds the last occurrence of any of words in s.
func lastWord(s string, words []string) (int, string) {
	best, found := -1, ""
	for _, w := range words {
		if i := strings.LastIndex(s, w); i > best {
			best, found = i, w
		}
	}
	return best, found
}

func trimPrefixes(s string, prefixes []string) string {
	for changed := true; changed; {
		changed = false
		for _, p := range prefixes {
			if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
				s, changed = rest, true
			}
		}
	}
	return s
}

func trimSuffixes(s string, suffixes []string) string {
	for changed := true; changed; {
		changed = false
		for _, p := range suffixes {
			if rest, ok := strings.CutSuffix(s, p); ok {
				s, changed = rest, true
			}
		}
	}
	return s
}

func headRunes(s string, n int) string {
	if runes := []rune(s); len(runes) > n {
		return string(runes[:n])
	}
	return s
}

func tailRunes(s string, n int) string {
	if runes := []rune(s); len(runes) > n {
		return string(runes[len(runes)-n:])
	}
	return s
}
