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
	what := ""
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		what = "a PDF file"
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		what = oleDocument(ext)
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		what = "an RTF document"
	case ext == ".pdf":
		what = "a PDF file"
	case ext == ".doc", ext == ".wps":
		what = oleDocument(ext)
	case ext == ".rtf":
		what = "an RTF document"
	case ext == ".docx" && !isZip(data):
		return &InputError{Name: name, Reason: "not a .docx: it is not a zip archive, as a Word document is"}
	default:
		return nil
	}
	return &InputError{Name: name, Reason: what + ", which briefing cannot read: save it as .docx or text"}
}

// oleDocument names an OLE2 compound file by its extension: Word and WPS both write their old
// documents in it.
func oleDocument(ext string) string {
	switch ext {
	case ".wps":
		return "a WPS document (.wps)"
	case ".doc":
		return "a Word 97–2003 document (.doc)"
	case ".docx":
		return "a password-protected Word document, or a .doc renamed .docx"
	}
	return "an old Office or WPS document (.doc, .wps)"
}
