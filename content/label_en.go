package content

import (
	"regexp"
	"strings"
)

// Patterns and words of the English label rules; read-only.
var (
	englishLeading  = regexp.MustCompile(`(?i)^(?:the|a|an|our|its|their|this|that|and|while|but|with|which|who|in (?:19|20)\d\d,?)\s+`)
	englishTrailing = regexp.MustCompile(`(?i)\s*\b(?:` + englishChangeVerbs + `|expanded|contracted|reached|hit|totaled|totalled|came to|stood at|` +
		`was|were|is|are|of|to|at|by|about|nearly|almost|some|more than|over|worth|valued at|amounted to|a|an|the|which|that|between|` +
		`tonight|today|yesterday|now|instead)$`)
	// englishAuxiliary opens the predicate of a subject: Debt is expected to peak at …
	englishAuxiliary = regexp.MustCompile(`(?i)\s+\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|shall|should)\b.*$`)
	// englishSubjectVerb opens a clause with who did something: we will cut …, raising the …
	englishSubjectVerb = regexp.MustCompile(`(?i)^(?:(?:we|i|they|you|it|he|she|crews|officials)\s+(?:(?:will|would|can|must|shall|should|have|has|had|did|do)\s+)?[a-z]+|[a-z]+ing\s+(?:the|a|an|our|its|their))\s+`)
	// englishPreposition introduces what an amount is of or for: 4,300 miles of track, $22 million
	// into housing, $14 million a year in new tax revenue.
	englishPreposition = regexp.MustCompile(`^\s+(?:of|into|in|for|on)\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,4})`)
	englishAfter       = regexp.MustCompile(`^\s+((?:[a-z][a-z'-]*)(?:\s+[a-z][a-z'-]*){0,3})`)
	englishStop        = regexp.MustCompile(`(?i)\s*\b(?:in|at|for|across|to|from|with|and|or|was|were|is|are|by|since|this|last|next|of|on|per|than|that|which|who|will|would|as|after|before|during)\b.*$`)
)

// englishNonNouns are the words that may follow an amount without naming it: periods, articles,
// conjunctions and verbs.
var englishNonNouns = map[string]bool{"last": true, "this": true, "next": true, "the": true, "a": true, "an": true, "and": true,
	"or": true, "but": true, "while": true, "from": true, "to": true, "in": true, "on": true, "at": true, "for": true, "by": true,
	"of": true, "up": true, "down": true, "year": true, "years": true, "respectively": true, "as": true, "after": true, "before": true,
	"since": true, "than": true, "more": true, "less": true, "over": true, "under": true, "is": true, "are": true, "was": true,
	"were": true, "will": true, "would": true, "has": true, "have": true, "had": true, "with": true, "into": true}

// englishVerbsBeforeObject end the noun phrase before "of" when read backwards: expects full-year
// revenue of …, ended the year with a surplus of ….
var englishVerbsBeforeObject = map[string]bool{"expects": true, "expect": true, "expected": true, "reported": true, "reports": true,
	"posted": true, "recorded": true, "ended": true, "had": true, "has": true, "have": true, "with": true, "saw": true, "sees": true,
	"forecast": true, "forecasts": true, "projects": true, "targets": true, "plans": true, "of": true, "for": true, "on": true,
	"in": true, "at": true, "by": true, "a": true, "an": true, "the": true, "our": true, "its": true, "their": true, "and": true}

// englishAfterLabel names an English number by what follows it: the noun a bare number counts (2,300
// workers), what an amount is of or for (4,300 miles of track, $22 million into housing), or the noun
// an amount describes ($240 million plan).
func englishAfterLabel(rest string, bare bool) string {
	if m := englishPreposition.FindStringSubmatch(rest); m != nil && !bare {
		if label := englishStop.ReplaceAllString(m[1], ""); label != "" && !englishNonNouns[strings.Fields(label)[0]] {
			return label
		}
	}
	m := englishAfter.FindStringSubmatch(rest)
	if m == nil || !bare && (strings.HasPrefix(rest, ",") || englishNonNouns[strings.Fields(m[1])[0]]) {
		return ""
	}
	label := englishStop.ReplaceAllString(m[1], "")
	if !bare && strings.HasSuffix(label, "ed") {
		return ""
	}
	return label
}

// maxEnglishLabelWords bounds a label that no rule has cut to its noun phrase.
const maxEnglishLabelWords = 8

// cleanEnglish turns the clause before a number into its noun phrase: without the words that open it
// (articles, conjunctions, who did what: we will cut …) or close it (verbs, prepositions, is expected
// to peak at …). What is measured "of" an amount is the noun phrase right before "of": ended the year
// with a surplus of $14.2 million → surplus.
func cleanEnglish(clause string) string {
	clause = strings.Trim(clause, " \t\"“”'")
	if i := strings.LastIndex(strings.ToLower(clause), " that "); i >= 0 {
		clause = clause[i+len(" that "):] // said on Wednesday that its revenue …
	}
	clause = strings.TrimSuffix(clause, " between")
	if strings.HasSuffix(strings.ToLower(clause), " of") {
		return nounBeforeOf(clause[:len(clause)-len(" of")])
	}
	clause = englishSubjectVerb.ReplaceAllString(clause, "")
	for {
		next := englishTrailing.ReplaceAllString(englishLeading.ReplaceAllString(clause, ""), "")
		next = strings.TrimSpace(englishAuxiliary.ReplaceAllString(next, ""))
		if next == clause {
			break
		}
		clause = next
	}
	words := strings.Fields(clause)
	if len(words) > maxEnglishLabelWords {
		words = words[len(words)-maxEnglishLabelWords:]
	}
	return strings.Join(words, " ")
}

// nounBeforeOf reads back from the end of s the words of a noun phrase, up to a verb, an article or a
// preposition.
func nounBeforeOf(s string) string {
	words := strings.Fields(s)
	start := len(words)
	for start > 0 && !englishVerbsBeforeObject[strings.ToLower(words[start-1])] && start > len(words)-3 {
		start--
	}
	return strings.Join(words[start:], " ")
}
