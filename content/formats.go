package content

import (
	"bytes"
	"path/filepath"
	"strings"
)

// refuseFormat names the formats briefing knows and does not read — PDF, Word 97–2003 and WPS
// documents (both OLE2 compound files), RTF — by their first bytes, so that a renamed file is still
// recognised, and failing that by the file's extension; and a .docx that is not a zip archive. It
// returns nil for anything else.
func refuseFormat(name string, data []byte) *InputError {
	what, kind := "", InputKind("")
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		what, kind = "a PDF file", KindPDF
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		what, kind = oleDocument(ext)
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		what, kind = "an RTF document", KindRTF
	case ext == ".pdf":
		what, kind = "a PDF file", KindPDF
	case ext == ".doc", ext == ".wps":
		what, kind = oleDocument(ext)
	case ext == ".rtf":
		what, kind = "an RTF document", KindRTF
	case ext == ".docx" && !isZip(data):
		return &InputError{Name: name, Reason: "not a .docx: it is not a zip archive, as a Word document is", Kind: KindNotZipDocx}
	default:
		return nil
	}
	return &InputError{Name: name, Reason: what + ", which briefing cannot read: save it as .docx or text", Kind: kind}
}

// oleDocument names an OLE2 compound file by its extension: Word and WPS both write their old
// documents in it.
func oleDocument(ext string) (string, InputKind) {
	switch ext {
	case ".wps":
		return "a WPS document (.wps)", KindWPS
	case ".doc":
		return "a Word 97–2003 document (.doc)", KindWordDoc
	case ".docx":
		return "a password-protected Word document, or a .doc renamed .docx", KindProtectedDocx
	}
	return "an old Office or WPS document (.doc, .wps)", KindOldOffice
}
