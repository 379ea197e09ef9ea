package seeds

import _ "embed"

// Hengnan2024 is the signed article of the Hengnan county party secretary, byte for byte as published.
// It is the document every command opens when no FILE is given.
//
//go:embed hengnan-2024.txt
var hengnan2024 []byte

// DefaultName is the name the default document is reported under in messages and headers.
const DefaultName = "hengnan-2024.txt"

// Default returns a copy of the default document, so no caller can change what the next one reads.
func Default() []byte {
	return append([]byte(nil), hengnan2024...)
}
