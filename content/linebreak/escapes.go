package linebreak

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// escape is an escape sequence and where it stands in the visible text.
type escape struct {
	at  int // byte offset in the visible text of the character the sequence precedes
	seq string
}

// splitEscapes separates line into the text a terminal shows, appended to visible, and the
// well-formed escape sequences between it, appended to escapes. Malformed and truncated
// sequences are neither text nor kept, so a rebuilt line never carries a sequence that could
// swallow what is put after it.
func splitEscapes(line string, visible []byte, escapes []escape) ([]byte, []escape) {
	for len(line) > 0 {
		i := strings.IndexByte(line, ansi.ESC)
		if i < 0 {
			return append(visible, line...), escapes
		}
		visible = append(visible, line[:i]...)
		seq, _, n, _ := ansi.DecodeSequence(line[i:], ansi.NormalState, nil)
		if wellFormed(seq) {
			escapes = append(escapes, escape{at: len(visible), seq: seq})
		}
		line = line[i+max(n, 1):]
	}
	return visible, escapes
}

// wellFormed reports whether seq, as cut by ansi.DecodeSequence, ends with its terminator,
// which makes it end there whatever follows it.
func wellFormed(seq string) bool {
	if len(seq) < 2 || seq[0] != ansi.ESC {
		return false
	}
	last := seq[len(seq)-1]
	switch seq[1] {
	case '[':
		return len(seq) >= 3 && 0x40 <= last && last <= 0x7E
	case ']':
		return last == ansi.BEL || last == ansi.ST || strings.HasSuffix(seq[2:], "\x1b\\")
	case 'P', 'X', '^', '_':
		return last == ansi.ST || strings.HasSuffix(seq[2:], "\x1b\\")
	}
	return 0x30 <= last && last <= 0x7E
}

// styleState is the rendition a terminal is in at some point of a line: the SGR sequences
// since the last full reset, which replayed in order re-create it, and the open hyperlink.
type styleState struct {
	sgr  []string
	link string // the OSC 8 sequence that opened the current hyperlink, or ""
}

// apply updates the state with seq when it is part of the state (SGR or OSC 8); other sequences do
// not carry over from line to line.
func (s *styleState) apply(seq string) {
	if params, ok := sgrParams(seq); ok {
		if resetsFirst(params) {
			s.sgr = s.sgr[:0]
		}
		// SGR is idempotent, so a repeat of the last sequence changes nothing.
		if strings.Trim(params, "0;") != "" && (len(s.sgr) == 0 || s.sgr[len(s.sgr)-1] != seq) {
			s.sgr = append(s.sgr, seq)
		}
		return
	}
	if uri, ok := hyperlinkURI(seq); ok {
		s.link = ""
		if uri != "" {
			s.link = seq
		}
	}
}

// open writes the sequences that put a terminal in state s.
func (s *styleState) open(out *strings.Builder) {
	out.WriteString(s.link)
	for _, seq := range s.sgr {
		out.WriteString(seq)
	}
}

// close writes the sequences that take a terminal from state s back to plain text.
func (s *styleState) close(out *strings.Builder) {
	if len(s.sgr) > 0 {
		out.WriteString(ansi.ResetStyle)
	}
	if s.link != "" {
		out.WriteString(ansi.ResetHyperlink())
	}
}

// sgrParams returns the parameters of seq if it is an SGR sequence (CSI … m).
func sgrParams(seq string) (string, bool) {
	if len(seq) < 3 || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return "", false
	}
	params := seq[2 : len(seq)-1]
	for i := 0; i < len(params); i++ {
		if c := params[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return "", false // a private or intermediate byte: not SGR
		}
	}
	return params, true
}

// resetsFirst reports whether SGR params begin with a full reset (an empty or zero first
// parameter), after which nothing before the sequence matters.
func resetsFirst(params string) bool {
	first, _, _ := strings.Cut(params, ";")
	return !strings.ContainsFunc(first, func(r rune) bool { return r != '0' })
}

// hyperlinkURI returns the URI of an OSC 8 hyperlink sequence, "" for the one that closes a
// link, and whether seq is one at all.
func hyperlinkURI(seq string) (string, bool) {
	body, ok := strings.CutPrefix(seq, "\x1b]8;")
	if !ok {
		return "", false
	}
	switch {
	case strings.HasSuffix(body, "\x1b\\"):
		body = body[:len(body)-2]
	case len(body) > 0:
		body = body[:len(body)-1] // BEL or ST
	}
	_, uri, found := strings.Cut(body, ";")
	return uri, found
}
