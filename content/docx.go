package content

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
)

// The bounds of reading a .docx: a zip archive is small on disk and may be made to expand without
// end, so every quantity that grows with its content is capped, and crossing a cap is a refusal.
const (
	// maxDocxEntries is the most files a .docx may hold; Word writes a few dozen.
	maxDocxEntries = 4096
	// maxDocxExpanded is the most the archive's files may declare together when expanded. Only the
	// XML parts are read, but a total past this is no document.
	maxDocxExpanded = 512 << 20
	// maxDocxPart is the most bytes of one XML part read, whatever its header declares: the XML
	// around a 16 MiB text stays well inside it.
	maxDocxPart = 256 << 20
	// maxXMLDepth is the deepest element nesting read; tables in tables in text boxes stay far below.
	maxXMLDepth = 256
)

// errDocxLimit is a .docx past one of the bounds above.
var errDocxLimit = errors.New("past a bound of .docx reading")

// isZip reports whether data opens like a zip archive, which a .docx is.
func isZip(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06"))
}

// readDocx extracts the text of a Word document (.docx) as text the rules read well: see docxText.
// Text past textLimit bytes, or a run of XML that long, is refused. Every failure is an *InputError
// with one line naming the file.
func readDocx(name string, data []byte, textLimit int) ([]byte, error) {
	refuse := func(reason string, kind InputKind, err error) error {
		return &InputError{Name: name, Reason: reason, Kind: kind, Err: err}
	}
	archive, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &InputError{Name: name, Reason: "not a readable .docx (" + err.Error() + ")", Kind: KindBadDocx, Detail: err.Error(), Err: err}
	}
	if len(archive.File) > maxDocxEntries {
		return nil, refuse(fmt.Sprintf("a zip archive of %d files, more than a .docx holds (%d)", len(archive.File), maxDocxEntries), KindDocxLimit, errDocxLimit)
	}
	var expanded uint64
	parts := map[string]*zip.File{}
	for _, f := range archive.File {
		expanded += f.UncompressedSize64
		parts[path.Clean(f.Name)] = f
	}
	if expanded > maxDocxExpanded {
		return nil, refuse(fmt.Sprintf("a zip archive that expands to more than %d MiB, not a document", maxDocxExpanded>>20), KindDocxLimit, errDocxLimit)
	}
	body := parts["word/document.xml"]
	if body == nil {
		return nil, refuse("a zip archive without word/document.xml, not a Word document: save it as .docx or text", KindNoDocxBody, nil)
	}
	var styles docxStyles
	if f := parts["word/styles.xml"]; f != nil {
		if err := readPart(f, textLimit, styles.read); err != nil {
			return nil, docxError(name, f.Name, err, textLimit)
		}
	}
	var text []byte
	err = readPart(body, textLimit, func(r io.Reader) error {
		var err error
		text, err = docxText(r, styles, textLimit)
		return err
	})
	if err != nil {
		return nil, docxError(name, body.Name, err, textLimit)
	}
	return text, nil
}

// readPart opens one file of the archive and hands read at most maxDocxPart bytes of it, with no run
// of more than textLimit bytes between angle brackets.
func readPart(f *zip.File, textLimit int, read func(io.Reader) error) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	// A zip entry opened for reading has nothing to flush: a damaged one fails in Read (with its
	// checksum), not in Close.
	defer func() { _ = rc.Close() }()
	guard := &xmlGuard{r: &partLimit{r: rc, left: maxDocxPart}, limit: textLimit}
	err = read(guard)
	if guard.err != nil {
		// The XML decoder may report the cut it saw (a rune cut in two) rather than why the stream
		// stopped: the reason is the stream's.
		return guard.err
	}
	return err
}

// docxError turns a failure inside a part into the one line the user sees; textLimit is the bound of
// the text it names.
func docxError(name, part string, err error, textLimit int) error {
	if errors.Is(err, errTooLarge) {
		return &InputError{Name: name, Reason: fmt.Sprintf(".docx text larger than %d MiB; briefing reads speeches, not archives", textLimit>>20), Kind: KindTooLarge, Err: err}
	}
	detail := fmt.Sprintf("%s: %v", part, err)
	return &InputError{Name: name, Reason: "not a readable .docx (" + detail + ")", Kind: KindBadDocx, Detail: detail, Err: err}
}

// partLimit reads at most left bytes and fails past them, whatever the archive declared.
type partLimit struct {
	r    io.Reader
	left int64
}

func (l *partLimit) Read(p []byte) (int, error) {
	if l.left <= 0 {
		var probe [1]byte
		if n, _ := l.r.Read(probe[:]); n > 0 {
			return 0, fmt.Errorf("expands past %d MiB: %w", maxDocxPart>>20, errDocxLimit)
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// xmlGuard fails a stream with a run of more than limit bytes (MaxDocumentSize) between angle
// brackets: the XML decoder holds a whole text, comment or tag in memory, so no token may grow past
// that. It keeps the first error of the stream under it, or its own.
type xmlGuard struct {
	r     io.Reader
	limit int
	run   int
	err   error
}

func (g *xmlGuard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.r.Read(p)
	for _, c := range p[:n] {
		if c == '<' || c == '>' {
			g.run = 0
			continue
		}
		g.run++
		if g.run > g.limit {
			g.err = fmt.Errorf("a single piece of XML larger than %d MiB: %w", g.limit>>20, errTooLarge)
			return 0, g.err
		}
	}
	if err != nil && err != io.EOF {
		g.err = err
	}
	return n, err
}
