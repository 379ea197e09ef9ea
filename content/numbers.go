package content

import "briefing/content/cjk"

// The scanners below read numbers the way the patterns of the rules are written, character by
// character, since a regular expression over a whole section costs many times more:
//   Arabic:  [+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?
//   Chinese: [两二三四五六七八九十][一二三四五六七八九十]{0,2}(?:a measure word of cjk.CountMeasures)
// Both report the leftmost match and go on after it, as FindAll does.

// arabicNumbers lists [start, end) of every Arabic number in text: a sign, digits with grouping commas
// when the first group has one to three digits (1,234,567), and decimals.
func arabicNumbers(text string) [][2]int {
	var out [][2]int
	for p := 0; p < len(text); p++ {
		if c := text[p]; !isDigit(c) && c != '+' && c != '-' {
			continue
		}
		if end := arabicNumberEnd(text, p); end > p {
			out = append(out, [2]int{p, end})
			p = end - 1
		}
	}
	return out
}

// arabicNumberEnd is where the number that starts at p ends, or p when none does.
func arabicNumberEnd(text string, p int) int {
	i := p
	if text[i] == '+' || text[i] == '-' {
		i++
	}
	digits := digitRun(text, i)
	if digits == 0 {
		return p
	}
	end := i + digits
	if digits <= 3 {
		for end+3 < len(text) && text[end] == ',' && digitRun(text[:end+4], end+1) == 3 {
			end += 4
		}
	}
	if end+1 < len(text) && text[end] == '.' && isDigit(text[end+1]) {
		end += 1 + digitRun(text, end+1)
	}
	return end
}

// digitRun counts the ASCII digits at text[i:].
func digitRun(text string, i int) int {
	n := 0
	for i+n < len(text) && isDigit(text[i+n]) {
		n++
	}
	return n
}

// chineseCounts lists [start, end) of every count in Chinese numerals followed by a measure word.
func chineseCounts(text string) [][2]int {
	var out [][2]int
	for p := 0; p < len(text); p++ {
		if text[p] < 0xE0 {
			continue // ASCII, or a byte of a character shorter than a numeral
		}
		if r := numeralAt(text, p); r == 0 || r == '一' { // a count opens with two or more
			p += 2 // the rest of this character of three or four bytes starts nothing
			continue
		}
		end := p + 3
		for n := 0; n < 2 && numeralAt(text, end) != 0 && numeralAt(text, end) != '两'; n++ {
			end += 3
		}
		if measure := cjk.CountAt(text[end:]); measure != "" {
			out = append(out, [2]int{p, end + len(measure)})
			p = end + len(measure) - 1
		}
	}
	return out
}

// numeralAt is the Chinese numeral from 一 to 十 (or 两) at text[p], or 0. It runs on every byte, so
// it decodes nothing but the three-byte characters that start as those numerals do (0xE4, 0xE5;
// the cjk tests hold the numerals to it).
func numeralAt(text string, p int) rune {
	if p+3 > len(text) || text[p] != 0xE4 && text[p] != 0xE5 {
		return 0
	}
	r := rune(text[p]&0x0F)<<12 | rune(text[p+1]&0x3F)<<6 | rune(text[p+2]&0x3F)
	if cjk.IsNumeral(r) {
		return r
	}
	return 0
}
