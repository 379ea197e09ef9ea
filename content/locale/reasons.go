package locale

// ReasonWords say why a file is no document briefing can read, one phrase for each kind of
// content.InputError. A phrase with a verb takes what its comment names; the command line keeps
// the English one-line errors of content, whatever the interface's language.
type ReasonWords struct {
	NotFound        string // no such file
	Permission      string // not allowed to read it
	Directory       string // a folder given as a document
	Unreadable      string // reading failed: %s is the system's message
	TooLarge        string // larger than the limit: %d MiB
	Binary          string // binary data: %d is the offset of the first NUL byte
	InvalidText     string // not valid text in an encoding: %s is the encoding, %d the offset of the first bad byte
	UTF16NoBOM      string // UTF-16 without a byte order mark
	UnknownEncoding string // no encoding briefing reads decodes it into Chinese text
	Empty           string // nothing but whitespace
	PDF             string // a PDF file
	RTF             string // an RTF document
	WordDoc         string // a Word 97–2003 document (.doc)
	WPS             string // a WPS document (.wps)
	OldOffice       string // an old Office or WPS document of another name
	ProtectedDocx   string // a password-protected .docx, or a .doc renamed .docx
	NotZipDocx      string // named .docx, but no zip archive
	BadDocx         string // a .docx that cannot be read: %s is what failed
	DocxLimit       string // a zip archive larger than a .docx can be (files or expanded size)
	NoDocxBody      string // a zip archive without word/document.xml
}

func chineseReasons() ReasonWords {
	return ReasonWords{
		NotFound:        "文件不存在",
		Permission:      "没有读取权限",
		Directory:       "是文件夹，不是文档",
		Unreadable:      "无法读取（%s）",
		TooLarge:        "大于 %d MiB：briefing 只读讲话和报告，不读归档",
		Binary:          "二进制数据（第 %d 字节为 NUL），不是文本",
		InvalidText:     "不是有效的 %s 文本（第一个错误字节在第 %d 字节）",
		UTF16NoBOM:      "没有字节顺序标记的 UTF-16 文本：请另存为 UTF-8",
		UnknownEncoding: "无法识别编码：既不是 UTF-8，也不是 GB18030 或 Big5 的中文文本",
		Empty:           "空文件：没有可读的文字",
		PDF:             "PDF 文件，briefing 无法读取：请另存为 .docx 或文本",
		RTF:             "RTF 文档，briefing 无法读取：请另存为 .docx 或文本",
		WordDoc:         "Word 97–2003 文档（.doc），briefing 无法读取：请另存为 .docx 或文本",
		WPS:             "WPS 文档（.wps），briefing 无法读取：请另存为 .docx 或文本",
		OldOffice:       "旧版 Office 或 WPS 文档（.doc、.wps），briefing 无法读取：请另存为 .docx 或文本",
		ProtectedDocx:   "加密的 Word 文档，或改名为 .docx 的 .doc 文件：请另存为 .docx 或文本",
		NotZipDocx:      "不是 .docx：Word 文档是 zip 压缩包，这个文件不是",
		BadDocx:         "无法读取的 .docx（%s）",
		DocxLimit:       "zip 压缩包的文件数或解压后的大小超出 .docx 的限度，不是文档",
		NoDocxBody:      "zip 压缩包中没有 word/document.xml，不是 Word 文档：请另存为 .docx 或文本",
	}
}

func englishReasons() ReasonWords {
	return ReasonWords{
		NotFound:        "no such file",
		Permission:      "permission denied",
		Directory:       "is a directory, not a document",
		Unreadable:      "cannot be read (%s)",
		TooLarge:        "larger than %d MiB; briefing reads speeches, not archives",
		Binary:          "binary data (NUL byte at offset %d), not text",
		InvalidText:     "not valid %s (first bad byte at offset %d)",
		UTF16NoBOM:      "UTF-16 text without a byte order mark; save it as UTF-8",
		UnknownEncoding: "in no encoding briefing reads: not UTF-8, nor Chinese text in GB18030 or Big5",
		Empty:           "empty: no text to read",
		PDF:             "a PDF file, which briefing cannot read: save it as .docx or text",
		RTF:             "an RTF document, which briefing cannot read: save it as .docx or text",
		WordDoc:         "a Word 97–2003 document (.doc), which briefing cannot read: save it as .docx or text",
		WPS:             "a WPS document (.wps), which briefing cannot read: save it as .docx or text",
		OldOffice:       "an old Office or WPS document (.doc, .wps), which briefing cannot read: save it as .docx or text",
		ProtectedDocx:   "a password-protected Word document, or a .doc renamed .docx: save it as .docx or text",
		NotZipDocx:      "not a .docx: it is not a zip archive, as a Word document is",
		BadDocx:         "not a readable .docx (%s)",
		DocxLimit:       "a zip archive larger than a .docx can be, not a document",
		NoDocxBody:      "a zip archive without word/document.xml, not a Word document: save it as .docx or text",
	}
}
