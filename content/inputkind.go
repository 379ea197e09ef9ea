package content

import (
	"errors"
	"fmt"

	"briefing/content/locale"
)

// InputKind is what is wrong with a document that cannot be read: an interface says it in its own
// words (InputError.Explain); the command line prints InputError's English Reason.
type InputKind string

// The kinds of InputError.
const (
	KindUnreadable      InputKind = "unreadable"       // reading failed; Detail is the system's message
	KindNotFound        InputKind = "not-found"        // no such file
	KindPermission      InputKind = "permission"       // not allowed to read it
	KindDirectory       InputKind = "directory"        // a folder, not a document
	KindTooLarge        InputKind = "too-large"        // larger than MaxDocumentSize
	KindBinary          InputKind = "binary"           // a NUL byte at Offset
	KindInvalidText     InputKind = "invalid-text"     // not valid in the encoding Detail, first bad byte at Offset
	KindUTF16NoBOM      InputKind = "utf16-no-bom"     // UTF-16 without a byte order mark
	KindUnknownEncoding InputKind = "unknown-encoding" // no encoding briefing reads decodes it
	KindEmpty           InputKind = "empty"            // nothing but whitespace
	KindPDF             InputKind = "pdf"              // a PDF file
	KindRTF             InputKind = "rtf"              // an RTF document
	KindWordDoc         InputKind = "doc"              // a Word 97–2003 document
	KindWPS             InputKind = "wps"              // a WPS document
	KindOldOffice       InputKind = "old-office"       // an OLE2 compound file of another name
	KindProtectedDocx   InputKind = "protected-docx"   // an OLE2 file named .docx: encrypted, or a renamed .doc
	KindNotZipDocx      InputKind = "not-zip-docx"     // named .docx, but no zip archive
	KindBadDocx         InputKind = "bad-docx"         // a .docx that cannot be read; Detail says what failed
	KindDocxLimit       InputKind = "docx-limit"       // a zip archive with more files or bytes than a .docx has
	KindNoDocxBody      InputKind = "no-docx-body"     // a zip archive without word/document.xml
)

// Explain is why the document cannot be read, in words, without its name (a view shows the name
// beside it). An error of no known kind gives its English Reason.
func (e *InputError) Explain(words *locale.Words) string {
	r := words.Reasons
	switch e.Kind {
	case KindUnreadable:
		return fmt.Sprintf(r.Unreadable, e.Detail)
	case KindTooLarge:
		return fmt.Sprintf(r.TooLarge, MaxDocumentSize>>20)
	case KindBinary:
		return fmt.Sprintf(r.Binary, e.Offset)
	case KindInvalidText:
		return fmt.Sprintf(r.InvalidText, e.Detail, e.Offset)
	case KindBadDocx:
		return fmt.Sprintf(r.BadDocx, e.Detail)
	}
	fixed := map[InputKind]string{
		KindNotFound: r.NotFound, KindPermission: r.Permission, KindDirectory: r.Directory,
		KindUTF16NoBOM: r.UTF16NoBOM, KindUnknownEncoding: r.UnknownEncoding, KindEmpty: r.Empty,
		KindPDF: r.PDF, KindRTF: r.RTF, KindWordDoc: r.WordDoc, KindWPS: r.WPS, KindOldOffice: r.OldOffice,
		KindProtectedDocx: r.ProtectedDocx, KindNotZipDocx: r.NotZipDocx, KindDocxLimit: r.DocxLimit,
		KindNoDocxBody: r.NoDocxBody,
	}
	if words, ok := fixed[e.Kind]; ok {
		return words
	}
	return e.Reason
}

// ReasonOf is the one English line that says why err's document cannot be read, without its name:
// an InputError's Reason, any other error's message.
func ReasonOf(err error) string {
	var input *InputError
	if errors.As(err, &input) {
		return input.Reason
	}
	return err.Error()
}

// ExplainError is why err's document cannot be read, in words and without its name: an InputError
// explained (Explain), any other error's own message.
func ExplainError(err error, words *locale.Words) string {
	var input *InputError
	if errors.As(err, &input) {
		return input.Explain(words)
	}
	return err.Error()
}
