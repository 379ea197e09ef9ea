package serve

import (
	"fmt"
	"strconv"
	"strings"
)

// WindowValue is the --max-window flag, WIDTHxHEIGHT, over a configuration's MaxWidth and MaxHeight.
type WindowValue struct{ Width, Height *int }

// String is the flag's value, as 240x80.
func (v WindowValue) String() string {
	if v.Width == nil || v.Height == nil {
		return ""
	}
	return fmt.Sprintf("%dx%d", *v.Width, *v.Height)
}

// Set reads WIDTHxHEIGHT.
func (v WindowValue) Set(s string) error {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, werr := strconv.Atoi(ws)
	h, herr := strconv.Atoi(hs)
	if !ok || werr != nil || herr != nil || w < 20 || h < 5 || w > 1000 || h > 1000 {
		return fmt.Errorf("%q: want WIDTHxHEIGHT, from 20x5 to 1000x1000", s)
	}
	*v.Width, *v.Height = w, h
	return nil
}

// Type names the flag's value in help.
func (v WindowValue) Type() string { return "WxH" }
