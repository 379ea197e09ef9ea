package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/locale"
	"briefing/ui/render"
)

// outlineEntry is one line of the outline: a section, or a sub-point of one (point >= 0).
type outlineEntry struct {
	section, point int
	number         string // the section's number, "" for the opening and for sub-points
	title          string
	figures        int
}

// outline lists every section with its sub-points and figure counts, marks where the reader is, and
// opens what is chosen.
type outline struct {
	renderer      *render.Renderer
	lang          locale.Language
	entries       []outlineEntry
	cursor        int // the entry the keyboard is on
	offset        int // the first entry shown
	section       int // the section being read
	point         int // the sub-point being read, -1 if none
	width, height int
	focused       bool
	styles        *Styles // the session's, shared with every pane
	keys          *KeyMap // the root's; the keys the outline answers never change
	title         string
	numberWidth   int    // the widest section number, so that titles line up
	drawn         string // the view as of the last change
}

func newOutline(r *render.Renderer, styles *Styles, words *locale.Words, keys *KeyMap) outline {
	b := r.Briefing()
	o := outline{renderer: r, lang: words.Language, styles: styles, keys: keys, title: words.Outline, point: -1}
	for i, s := range b.Sections {
		number := sectionNumber(b, i)
		o.numberWidth = max(o.numberWidth, len(number))
		o.entries = append(o.entries, outlineEntry{section: s.Index, point: -1, number: number, title: s.Title, figures: len(s.Figures)})
		for j, p := range s.Points {
			o.entries = append(o.entries, outlineEntry{section: s.Index, point: j, title: p.Title})
		}
	}
	return o
}

// SetSize gives the outline its inner size.
func (o outline) SetSize(w, h int) outline {
	o.width, o.height = max(w-1, 0), max(h, 0) // one column of margin on the left
	return o.keepVisible(o.cursor).draw()
}

// SetPosition marks the section and sub-point being read, and moves the cursor there unless the
// outline has the focus (then the cursor is the user's).
func (o outline) SetPosition(section, point int) outline {
	o.section, o.point = section, point
	if !o.focused {
		o.cursor = o.entryOf(section, point)
		o = o.keepVisible(o.cursor)
	}
	return o.draw()
}

func (o outline) Focus() outline { o.focused = true; return o.draw() }
func (o outline) Blur() outline  { o.focused = false; return o.draw() }

func (o outline) entryOf(section, point int) int {
	found := 0
	for i, e := range o.entries {
		if e.section == section && (e.point == -1 || e.point <= point) {
			found = i
		}
	}
	return found
}

// Update moves the cursor and opens entries while the outline has the focus; a click opens the entry
// under the pointer wherever the focus is (y is relative to the outline's first line).
func (o outline) Update(msg tea.Msg) (outline, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !o.focused {
			return o, nil
		}
		switch {
		case key.Matches(msg, o.keys.Down):
			o.cursor = min(o.cursor+1, len(o.entries)-1)
		case key.Matches(msg, o.keys.Up):
			o.cursor = max(o.cursor-1, 0)
		case key.Matches(msg, o.keys.Top):
			o.cursor = 0
		case key.Matches(msg, o.keys.Bottom):
			o.cursor = len(o.entries) - 1
		case key.Matches(msg, o.keys.Open):
			return o, o.open(o.cursor)
		}
		return o.keepVisible(o.cursor).draw(), nil
	case outlineClickMsg:
		if i := o.offset + msg.row - 1; msg.row >= 1 && i < len(o.entries) {
			o.cursor = i
			return o.draw(), o.open(i)
		}
	}
	return o, nil
}

// outlineClickMsg is a click on the outline's row `row` (0 is its title line).
type outlineClickMsg struct{ row int }

func (o outline) open(i int) tea.Cmd {
	if i < 0 || i >= len(o.entries) {
		return nil
	}
	e := o.entries[i]
	return func() tea.Msg { return openSectionMsg{section: e.section, point: e.point} }
}

// keepVisible scrolls so entry i is on screen (the title takes the first line).
func (o outline) keepVisible(i int) outline {
	rows := max(o.height-1, 1)
	if i < o.offset {
		o.offset = i
	}
	if i >= o.offset+rows {
		o.offset = i - rows + 1
	}
	o.offset = clamp(o.offset, 0, max(len(o.entries)-rows, 0))
	return o
}

// View is the outline drawn at its last change: exactly its size, a column of margin on the left.
func (o outline) View() string { return o.drawn }

// outlineState is everything the outline's drawing depends on besides the briefing: one drawing
// serves every session in the same state.
type outlineState struct {
	section, point, cursor, offset int
	width, height                  int
	focused                        bool
	look                           look
	lang                           locale.Language
}

// draw renders the title and the entries: sections with their number (none for the opening) and
// figure count, sub-points indented; the section being read in the accent colour, the cursor highlighted.
// Every line is padded to the width, so the root can place it without measuring. It is drawn once for
// every session in the same state.
func (o outline) draw() outline {
	if o.width == 0 || o.height == 0 {
		o.drawn = ""
		return o
	}
	state := outlineState{o.section, o.point, o.cursor, o.offset, o.width, o.height, o.focused, o.styles.look, o.lang}
	o.drawn = render.Memo(o.renderer, state, o.render)
	return o
}

func (o outline) render() string {
	lines := []string{o.titleLine()}
	for i := o.offset; i < len(o.entries) && len(lines) < o.height; i++ {
		lines = append(lines, o.entryLine(i))
	}
	blank := strings.Repeat(" ", o.width)
	for len(lines) < o.height {
		lines = append(lines, blank)
	}
	return " " + strings.Join(lines, "\n ")
}

func (o outline) titleLine() string {
	style := o.styles.PaneTitle
	if o.focused {
		style = style.Underline(true)
	}
	return style.Render(fit(o.title, o.width))
}

func (o outline) entryLine(i int) string {
	e := o.entries[i]
	if o.focused && i == o.cursor {
		return o.styles.OutlineCursor.Render(o.entryText(e))
	}
	if e.point >= 0 {
		style := o.styles.OutlinePoint
		if e.section == o.section && e.point == o.point {
			style = o.styles.OutlinePointCurrent
		}
		return style.Render(o.entryText(e))
	}
	style := o.styles.OutlineSection
	if e.section == o.section {
		style = o.styles.OutlineCurrent
	}
	count := figureCount(e)
	text := o.entryText(e)
	return style.Render(strings.TrimSuffix(text, count)) + o.styles.OutlineCount.Render(count)
}

// entryText is an entry as plain text exactly o.width wide: "1 以工业强支撑县域强   5", "  导语" or
// "  · 突出产业集聚". Numbers are right-aligned so that the titles line up.
func (o outline) entryText(e outlineEntry) string {
	if e.point >= 0 {
		return fit("  · "+e.title, o.width)
	}
	number, count := strings.Repeat(" ", o.numberWidth-len(e.number))+e.number+" ", figureCount(e)
	title := fit(e.title, max(o.width-ansi.StringWidth(number+count), 0))
	return fit(number+title+count, o.width)
}

func figureCount(e outlineEntry) string {
	if e.figures == 0 {
		return ""
	}
	return " " + strconv.Itoa(e.figures)
}

// fit cuts plain text to width cells (where a word ends, with … when cut) and pads it to exactly
// width.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	s = render.Cut(s, width)
	return s + strings.Repeat(" ", max(width-ansi.StringWidth(s), 0))
}
