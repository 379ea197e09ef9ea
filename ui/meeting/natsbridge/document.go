package natsbridge

import (
	"encoding/hex"
	"math"
	"path/filepath"

	"briefing/content"
	"briefing/ui/meeting"
)

// Document names what a node serves. Nodes serve the same document when their SHA-256 digests
// (content.Briefing.Digest) match.
type Document struct {
	Name    string `json:"name"`    // the file's base name, for people reading messages and logs
	SHA256  string `json:"sha256"`  // hex
	Version int    `json:"version"` // the document's revision in the meeting: 1 as served
}

// DocumentOf is b as first served.
func DocumentOf(b *content.Briefing) Document {
	sum := b.Digest()
	return Document{Name: filepath.Base(b.Name), SHA256: hex.EncodeToString(sum[:]), Version: 1}
}

// short is the digest's first 12 digits, enough for a person to compare two.
func (d Document) short() string {
	if len(d.SHA256) > 12 {
		return d.SHA256[:12]
	}
	return d.SHA256
}

// shape is what a position must fit: each section's number of sub-points and of figures.
type shape []struct{ points, figures int }

func shapeOf(b *content.Briefing) shape {
	s := make(shape, len(b.Sections))
	for i, sec := range b.Sections {
		s[i].points, s[i].figures = len(sec.Points), len(sec.Figures)
	}
	return s
}

// fits reports whether p names a place in the document: another node's move is applied only then.
// A bridge carries one document, the first of the agenda, as it was when the node joined.
func (s shape) fits(p meeting.Position) bool {
	if p.Document != 0 || p.Section < 0 || p.Section >= len(s) {
		return false
	}
	sec := s[p.Section]
	return p.Point >= -1 && p.Point < sec.points &&
		p.Figure >= -1 && p.Figure < sec.figures &&
		!math.IsNaN(p.Within) && p.Within >= 0 && p.Within <= 1 &&
		(p.View == meeting.ReaderView || p.View == meeting.SlidesView)
}
