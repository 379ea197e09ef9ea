package content

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// docxStyles maps the paragraph styles of a Word document to what they make of a paragraph: a
// heading of some level, or the document's title.
type docxStyles struct {
	styles map[string]docxStyle // by style id
}

type docxStyle struct {
	name    string // as Word names it: "heading 1", "Title", "标题 1"
	basedOn string
	outline int // the outline level the style gives, 1 for the top; 0 for body text
}

// The names Word and WPS give the built-in heading and title styles, lower-cased, without the
// level: "heading 1", "Heading 2", "标题 3".
var (
	headingStyleNames = []string{"heading", "标题"}
	titleStyleNames   = []string{"title", "标题"}
)

// read reads word/styles.xml.
func (s *docxStyles) read(r io.Reader) error {
	s.styles = map[string]docxStyle{}
	var id string
	var current docxStyle
	return walkXML(r, func(start *xml.StartElement, end *xml.EndElement, _ xml.CharData) error {
		switch {
		case start != nil && start.Name.Local == "style":
			id, current = attr(start, "styleId"), docxStyle{}
		case start != nil && start.Name.Local == "name":
			current.name = attr(start, "val")
		case start != nil && start.Name.Local == "basedOn":
			current.basedOn = attr(start, "val")
		case start != nil && start.Name.Local == "outlineLvl":
			current.outline = outlineLevel(attr(start, "val"))
		case end != nil && end.Name.Local == "style":
			if id != "" && len(s.styles) < maxDocxEntries {
				s.styles[id] = current
			}
		}
		return nil
	})
}

// heading is the heading level the style with this id gives a paragraph (1 for the top), following
// the styles it is based on; 0 when it is body text.
func (s docxStyles) heading(id string) int {
	for range 16 { // a chain of based-on styles, which a broken file may make a loop
		style, ok := s.styles[id]
		if !ok {
			return 0
		}
		if style.outline > 0 {
			return style.outline
		}
		if level := namedLevel(style.name, headingStyleNames); level > 0 {
			return level
		}
		id = style.basedOn
	}
	return 0
}

// isTitle reports whether the style with this id is the document's title style.
func (s docxStyles) isTitle(id string) bool {
	name := strings.ToLower(strings.TrimSpace(s.styles[id].name))
	for _, t := range titleStyleNames {
		if name == t {
			return true
		}
	}
	return false
}

// namedLevel reads the level out of a style name "heading 2" or "标题 2" (the space may be missing).
func namedLevel(name string, prefixes []string) int {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(name, p); ok {
			if level, err := strconv.Atoi(strings.TrimSpace(rest)); err == nil && level >= 1 && level <= 9 {
				return level
			}
		}
	}
	return 0
}

// outlineLevel reads a w:outlineLvl value: 0–8 are levels 1–9, 9 is body text.
func outlineLevel(val string) int {
	level, err := strconv.Atoi(val)
	if err != nil || level < 0 || level > 8 {
		return 0
	}
	return level + 1
}

// attr is the value of the attribute with this local name (w:val, w:styleId).
func attr(e *xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// walkXML reads an XML stream token by token, refusing nesting deeper than maxXMLDepth, and hands
// each element's start and end and each run of text to visit.
func walkXML(r io.Reader, visit func(start *xml.StartElement, end *xml.EndElement, text xml.CharData) error) error {
	d := xml.NewDecoder(r)
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return fmt.Errorf("elements nested deeper than %d: %w", maxXMLDepth, errDocxLimit)
			}
			err = visit(&t, nil, nil)
		case xml.EndElement:
			depth--
			err = visit(nil, &t, nil)
		case xml.CharData:
			err = visit(nil, nil, t)
		}
		if err != nil {
			return err
		}
	}
}
