package linebreak

import "strings"

// breakText breaks text at its newlines and each paragraph into lines, the first line of a
// paragraph first columns wide and the rest rest columns wide, and appends them to lines.
func (b *breaker) breakText(text string, first, rest int, lines []span) []span {
	for offset := 0; ; {
		paragraph, after, found := strings.Cut(text[offset:], "\n")
		paragraph = strings.TrimSuffix(paragraph, "\r")
		lines = b.breakParagraph(paragraph, offset, first, rest, lines)
		if !found {
			return lines
		}
		offset = len(text) - len(after)
	}
}

// breakParagraph appends the lines of one paragraph, which starts at byte offset in the text.
func (b *breaker) breakParagraph(paragraph string, offset, first, rest int, lines []span) []span {
	if b.fits(paragraph, first) {
		return append(lines, span{start: offset, end: offset + len(paragraph)})
	}
	b.prepare(paragraph)
	clusters := b.clusters
	start, width, continuation := 0, first, false
	for {
		next, free, used := b.fill(start, width)
		if start == 0 && !free && clusters[0].kind.has(kindSpace) {
			// The indent leaves no room for the first word to fit whole: drop it.
			start = skipSpaces(clusters, 0)
			next, _, used = b.fill(start, width)
		}
		end := next
		if next < len(clusters) {
			for end > start && clusters[end-1].kind.has(kindSpace) {
				end--
			}
		} else {
			// The paragraph ends here: keep its trailing whitespace as far as it fits.
			for end > start && clusters[end-1].kind.has(kindSpace) && used > width {
				used -= int(clusters[end-1].width)
				end--
			}
		}
		lines = append(lines, span{
			start:        offset + b.byteOffset(start),
			end:          offset + b.byteOffset(end),
			continuation: continuation,
		})
		start = skipSpaces(clusters, next)
		if start >= len(clusters) {
			return lines
		}
		width, continuation = rest, true
	}
}

// byteOffset is where cluster i starts in the paragraph; i may be len(clusters).
func (b *breaker) byteOffset(i int) int {
	if i == len(b.clusters) {
		return b.clusters[i-1].end
	}
	return b.clusters[i].start
}

// skipSpaces returns the index of the first cluster from i that is not whitespace.
func skipSpaces(clusters []cluster, i int) int {
	for i < len(clusters) && clusters[i].kind.has(kindSpace) {
		i++
	}
	return i
}
