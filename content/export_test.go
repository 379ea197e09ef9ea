package content

// DecodeWithin is Decode with a Word document's text bounded by textLimit bytes instead of
// MaxDocumentSize: a refusal test reads past a bound of a megabyte, through the same code, where
// reading past sixteen would cost seconds under -race.
func DecodeWithin(name string, data []byte, textLimit int) (Document, error) {
	return decodeWithin(name, data, textLimit)
}
