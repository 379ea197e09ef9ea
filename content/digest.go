package content

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"math"
)

// Digest is the SHA-256 of what a reader navigates in b: the header and, section by section, the
// kind, title, text, sub-points and figures where they stand. Two briefings with the same digest
// share every position (section, sub-point, figure), whatever their files were called or how they
// were encoded; the servers of one meeting compare digests to know they serve the same document.
func (b *Briefing) Digest() [sha256.Size]byte {
	d := digester{h: sha256.New()}
	d.strings(b.Title, b.Subtitle, b.Byline, b.Source, string(b.Language), string(b.Format))
	d.int(len(b.Sections))
	for _, s := range b.Sections {
		d.strings(string(s.Kind), s.Title, s.Text)
		d.span(s.Preface)
		d.span(s.TitleSpan)
		d.int(len(s.Points))
		for _, p := range s.Points {
			d.strings(p.Title)
			d.span(p.TitleSpan)
			d.span(p.Body)
		}
		d.int(len(s.Figures))
		for _, f := range s.Figures {
			d.strings(f.Label, f.Unit, f.Text, f.Period)
			d.int(f.Offset)
			d.uint(math.Float64bits(f.Value))
		}
		d.int(len(s.Notes))
		d.strings(s.Notes...)
	}
	var sum [sha256.Size]byte
	d.h.Sum(sum[:0])
	return sum
}

// digester writes values to a hash unambiguously: every string is prefixed with its length.
type digester struct {
	h   hash.Hash
	buf [binary.MaxVarintLen64]byte
}

func (d *digester) int(n int) {
	d.h.Write(d.buf[:binary.PutVarint(d.buf[:], int64(n))])
}

func (d *digester) uint(n uint64) {
	d.h.Write(d.buf[:binary.PutUvarint(d.buf[:], n)])
}

func (d *digester) strings(ss ...string) {
	for _, s := range ss {
		d.int(len(s))
		d.h.Write([]byte(s))
	}
}

func (d *digester) span(s Span) {
	d.int(s.Start)
	d.int(s.End)
}
