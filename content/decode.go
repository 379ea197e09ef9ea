package content

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding names the character encoding a document's text was read in. UTF-8, the encoding briefing
// expects, is the empty Encoding: only another one is worth mentioning to a reader.
type Encoding string

// The encodings briefing reads, in the order a document that is not UTF-8 is tried in. UTF-16 is only
// assumed when the text opens with its byte order mark.
const (
	UTF8    Encoding = ""
	UTF16LE Encoding = "UTF-16LE"
	UTF16BE Encoding = "UTF-16BE"
	GB18030 Encoding = "GB18030" // also reads GBK and GB2312, which it extends
	Big5    Encoding = "Big5"
)

// decodeText turns data into UTF-8 text. UTF-8 comes back as it is. Otherwise, text with a UTF-16
// byte order mark is UTF-16; else the first of GB18030 and Big5 that reads the whole of data, with no
// byte it cannot decode, into text that is plausibly Chinese. Data with NUL bytes that is not UTF-16 is
// binary. Every failure is an *InputError.
func decodeText(name string, data []byte) ([]byte, Encoding, error) {
	if enc, bom := utf16Order(data); enc != UTF8 {
		text, bad := decodeStrict(utf16Decoder(enc), data[len(bom):], replacementIn(enc))
		if bad >= 0 {
			return nil, enc, invalidText(name, enc, len(bom)+bad)
		}
		return text, enc, nil
	}
	if nul := bytes.IndexByte(data, 0); nul >= 0 {
		if looksLikeUTF16(data) {
			return nil, UTF8, &InputError{Name: name, Reason: "UTF-16 text without a byte order mark; save it as UTF-8", Kind: KindUTF16NoBOM}
		}
		return nil, UTF8, binaryData(name, nul)
	}
	if utf8.Valid(data) {
		return data, UTF8, nil
	}
	tried := []string{fmt.Sprintf("not valid UTF-8 (first bad byte at offset %d)", firstInvalidUTF8(data))}
	for _, candidate := range []struct {
		enc     Encoding
		decoder *encoding.Decoder
	}{
		{GB18030, simplifiedchinese.GB18030.NewDecoder()},
		{Big5, traditionalchinese.Big5.NewDecoder()},
	} {
		text, bad := decodeStrict(candidate.decoder, data, replacementIn(candidate.enc))
		switch {
		case bad >= 0:
			tried = append(tried, fmt.Sprintf("%s (offset %d)", candidate.enc, bad))
		case !plausiblyChinese(text):
			tried = append(tried, fmt.Sprintf("%s (not Chinese text)", candidate.enc))
		default:
			return text, candidate.enc, nil
		}
	}
	return nil, UTF8, &InputError{Name: name, Reason: joinTried(tried), Kind: KindUnknownEncoding}
}

// joinTried lists the encodings tried and why each failed: "a, b or c".
func joinTried(tried []string) string {
	var b bytes.Buffer
	for i, t := range tried {
		switch {
		case i == 0:
		case i == len(tried)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(t)
	}
	return b.String()
}

// utf16Order reads a UTF-16 byte order mark: the encoding it announces and the mark itself, or UTF8
// when data does not open with one.
func utf16Order(data []byte) (Encoding, []byte) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return UTF16LE, data[:2]
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return UTF16BE, data[:2]
	}
	return UTF8, nil
}

func utf16Decoder(enc Encoding) *encoding.Decoder {
	if enc == UTF16BE {
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	}
	return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
}

// looksLikeUTF16 reports whether data, which holds NUL bytes, is UTF-16 without a byte order mark:
// its NULs, the high bytes of ASCII characters, all fall on even places or all on odd ones, and it
// decodes as UTF-16 in that order.
func looksLikeUTF16(data []byte) bool {
	var nulAt [2]int
	for i, c := range data {
		if c == 0 {
			nulAt[i%2]++
		}
	}
	var enc Encoding
	switch {
	case nulAt[0] > 0 && nulAt[1] == 0:
		enc = UTF16BE
	case nulAt[1] > 0 && nulAt[0] == 0:
		enc = UTF16LE
	default:
		return false
	}
	_, bad := decodeStrict(utf16Decoder(enc), data, replacementIn(enc))
	return bad < 0
}

// decodeStrict decodes all of src, and reports the offset of the first byte the decoder could not
// read (which it replaces by U+FFFD), or -1 when every byte was read. replacement is how the
// encoding writes U+FFFD itself, which a source may hold on purpose; nil if it cannot.
func decodeStrict(d *encoding.Decoder, src, replacement []byte) (text []byte, bad int) {
	text, _, err := transform.Bytes(d, src)
	if err != nil {
		return nil, 0
	}
	const mark = string(utf8.RuneError)
	d.Reset()
	buf := make([]byte, 4096)
	decoded, read := 0, 0 // how much of text and of src the walk below has passed
	for {
		i := bytes.Index(text[decoded:], []byte(mark))
		if i < 0 {
			return text, -1
		}
		// Decode the text before the mark again, which stops the decoder right at the bytes it
		// replaced: the decoders tried are stateless, so the walk goes on from where it stopped.
		for remaining := i; remaining > 0; {
			n, m, _ := d.Transform(buf[:min(len(buf), remaining)], src[read:], true)
			if n == 0 && m == 0 {
				return nil, read // cannot happen with these decoders; never loop for ever
			}
			remaining -= n
			read += m
		}
		if replacement == nil || !bytes.HasPrefix(src[read:], replacement) {
			return nil, read
		}
		decoded += i + len(mark)
		read += len(replacement)
	}
}

// replacementIn is how enc writes U+FFFD, or nil when it cannot.
func replacementIn(enc Encoding) []byte {
	switch enc {
	case UTF16LE:
		return []byte{0xFD, 0xFF}
	case UTF16BE:
		return []byte{0xFF, 0xFD}
	case GB18030:
		return []byte{0x84, 0x31, 0xA4, 0x37}
	}
	return nil
}
