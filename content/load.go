package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"

	"briefing/content/sanitize"
)

// MaxDocumentSize is the largest document briefing reads. Speeches are kilobytes; anything near this
// size is a mistake (a log, a dump), and refusing it keeps every session's memory bounded.
const MaxDocumentSize = 16 << 20

// StdinName is the FILE argument that means standard input.
const StdinName = "-"

// DisplayName is what messages call the document at path: the path, or "stdin", with no control
// characters to reach a terminal.
func DisplayName(path string) string {
	if path == StdinName {
		return "stdin"
	}
	return sanitize.Line(path)
}

// InputError is a document that cannot be read or is not text. Its message is one line that names the
// file and the reason, ready for stderr.
type InputError struct {
	Name   string
	Reason string // in English, for the command line
	Kind   InputKind
	Offset int    // where in the file the problem is, for the kinds that say
	Detail string // the encoding, or the system's or the archive's message, for the kinds that say
	Err    error  // the underlying error, if any
}

func (e *InputError) Error() string { return sanitize.Line(e.Name) + ": " + e.Reason }

func (e *InputError) Unwrap() error { return e.Err }

// Document is a file's text, ready to parse, and how it was read.
type Document struct {
	Text     []byte   // UTF-8
	Encoding Encoding // the encoding the file was written in; UTF8 for none worth mentioning
	Format   FileFormat
}

// FileFormat is the kind of file a document came in.
type FileFormat string

// The kinds of files briefing reads.
const (
	FileText FileFormat = ""     // text or markdown
	FileDocx FileFormat = "docx" // a Word document, read for its text
)

// ReadDocument reads the document named by path ("-" reads stdin), decodes it to UTF-8 text and checks
// that it is text briefing can parse. Every failure is an *InputError.
func ReadDocument(path string, stdin io.Reader) (Document, error) {
	name, data, err := readFile(path, stdin)
	if err != nil {
		return Document{}, err
	}
	doc, err := Decode(name, data)
	if err != nil {
		return Document{}, err
	}
	return doc, CheckText(name, doc.Text)
}

// Decode reads data, the contents of the file called name, as UTF-8 text. A format briefing does not
// read (PDF, .doc, .wps, RTF) is refused by its first bytes or its name; a Word document (.docx, known
// by its zip header) gives its text as markdown or plain paragraphs (see renderDocx); text in another
// encoding is decoded (see decodeText). The text is not checked: CheckText does that.
func Decode(name string, data []byte) (Document, error) {
	return decodeWithin(name, data, MaxDocumentSize)
}

// decodeWithin is Decode with a Word document's text bounded by textLimit bytes, which Decode sets to
// MaxDocumentSize; tests refuse a smaller bound through the same code.
func decodeWithin(name string, data []byte, textLimit int) (Document, error) {
	if err := refuseFormat(name, data); err != nil {
		return Document{}, err
	}
	if isZip(data) {
		text, err := readDocx(name, data, textLimit)
		if err != nil {
			return Document{}, err
		}
		return Document{Text: text, Format: FileDocx}, nil
	}
	text, enc, err := decodeText(name, data)
	if err != nil {
		return Document{}, err
	}
	return Document{Text: text, Encoding: enc}, nil
}

// readFile reads the bytes of the document named by path, and the name messages call it by.
func readFile(path string, stdin io.Reader) (name string, data []byte, err error) {
	name = DisplayName(path)
	if path == StdinName {
		data, err := readLimited(stdin)
		if err != nil {
			return name, nil, inputError(name, err)
		}
		return name, data, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return path, nil, inputError(path, err)
	}
	if info.IsDir() {
		return path, nil, &InputError{Name: path, Reason: "is a directory, not a document", Kind: KindDirectory}
	}
	if info.Size() > MaxDocumentSize {
		return path, nil, tooLarge(path)
	}
	file, err := os.Open(path)
	if err != nil {
		return path, nil, inputError(path, err)
	}
	defer func() { _ = file.Close() }() // read only: nothing is lost if closing fails
	data, err = readLimited(file)
	if err != nil {
		return path, nil, inputError(path, err)
	}
	return path, data, nil
}

var errTooLarge = errors.New("too large")

// readLimited reads at most MaxDocumentSize bytes and fails past that, so a pipe cannot fill memory.
// It reads into chunks that double and joins them once at the end, as io.ReadAll does, but a stream
// past the limit fails as soon as the limit is passed, without joining 16 MiB it refuses.
func readLimited(r io.Reader) ([]byte, error) {
	var chunks [][]byte
	total := 0
	for size := 512; ; size = min(2*size, MaxDocumentSize+1-total) {
		chunk := make([]byte, size)
		n, err := io.ReadFull(r, chunk)
		chunks, total = append(chunks, chunk[:n]), total+n
		if total > MaxDocumentSize {
			return nil, errTooLarge
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return bytes.Join(chunks, nil), nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func tooLarge(name string) *InputError {
	return &InputError{Name: name, Reason: fmt.Sprintf("larger than %d MiB; briefing reads speeches, not archives", MaxDocumentSize>>20), Kind: KindTooLarge, Err: errTooLarge}
}

func inputError(name string, err error) *InputError {
	switch {
	case errors.Is(err, errTooLarge):
		return tooLarge(name)
	case errors.Is(err, fs.ErrNotExist):
		return &InputError{Name: name, Reason: "no such file", Kind: KindNotFound, Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &InputError{Name: name, Reason: "permission denied", Kind: KindPermission, Err: err}
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return &InputError{Name: name, Reason: pathErr.Err.Error(), Kind: KindUnreadable, Detail: pathErr.Err.Error(), Err: err}
	}
	return &InputError{Name: name, Reason: err.Error(), Kind: KindUnreadable, Detail: err.Error(), Err: err}
}

// CheckText reports why data is not a document briefing can read: binary data, invalid UTF-8, too
// large, or nothing but whitespace.
func CheckText(name string, data []byte) error {
	if len(data) > MaxDocumentSize {
		return tooLarge(name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return binaryData(name, i)
	}
	if !utf8.Valid(data) {
		return invalidText(name, UTF8, firstInvalidUTF8(data))
	}
	if !hasText(data) {
		return &InputError{Name: name, Reason: "empty: no text to read", Kind: KindEmpty}
	}
	return nil
}

func binaryData(name string, nul int) *InputError {
	return &InputError{Name: name, Reason: fmt.Sprintf("binary data (NUL byte at offset %d), not text", nul), Kind: KindBinary, Offset: nul}
}

// invalidText is text that is not valid in enc: its first bad byte is at offset bad.
func invalidText(name string, enc Encoding, bad int) *InputError {
	label := string(enc)
	if enc == UTF8 {
		label = "UTF-8"
	}
	return &InputError{Name: name, Reason: fmt.Sprintf("not valid %s (first bad byte at offset %d)", label, bad), Kind: KindInvalidText, Offset: bad, Detail: label}
}

// byteOrderMark is the UTF-8 encoding of U+FEFF, which some editors put before the text.
const byteOrderMark = "\uFEFF"

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
