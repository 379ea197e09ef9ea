package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"briefing/content"
	"briefing/content/locale"
	"briefing/ui/render"
)

// figuresPanel is the key-figures pane (关键数据): a two-line card per figure of the current part with
// a bar chart of its changes under them, or, for the opening, an overview of every part's figures.
//
// Its first line is the pane's title and never scrolls; the rest (the body) scrolls when it does not
// fit. The body is rendered whenever what it shows changes (size, section, focus, selection; the
// root resizes every pane when the styles change), never in View, which only cuts the visible window out of it.
//
// What the panel draws depends on nothing but its state and the briefing, so the body and the view
// are drawn once for every session in the same state (render.Memo): a meeting's viewers, all on the
// presenter's section at one size, share one drawing.
type figuresPanel struct {
	renderer *render.Renderer
	briefing *content.Briefing
	styles   *Styles // the session's, shared with every pane
	words    *locale.Words
	keys     *KeyMap // the root's; the keys the panel answers never change

	section       int // index into briefing.Sections
	width, height int
	focused       bool
	cursor        int // the selected card or overview entry; -1 when there is none
	offset        int // the first body line shown

	// Built by layout.
	body    []string   // rendered body lines, none wider than width
	items   []lineSpan // the body lines of each card or overview entry, in cursor order
	parts   []int      // for the overview: the index into briefing.Sections of each entry
	compact int        // lines of the body without blank lines (for ContentHeight)
}

// lineSpan is a half-open range [start, end) of body lines.
type lineSpan struct{ start, end int }

// wheelLines is how far one notch of the mouse wheel scrolls: one card.
const wheelLines = 2

func newFiguresPanel(r *render.Renderer, styles *Styles, words *locale.Words, keys *KeyMap) figuresPanel {
	p := figuresPanel{renderer: r, briefing: r.Briefing(), styles: styles, words: words, keys: keys}
	return p.SetSection(0)
}

// panelState is everything the panel's drawing depends on besides the briefing: with it as the key,
// one drawing serves every session in the same state.
type panelState struct {
	section, width, height int
	look                   look
	lang                   locale.Language
	focused                bool
	cursor                 int
}

func (p figuresPanel) state() panelState {
	return panelState{
		section: p.section, width: p.width, height: p.height, look: p.styles.look,
		lang: p.words.Language, focused: p.focused, cursor: p.cursor,
	}
}

// panelView keys the drawn view: the state and how far the body is scrolled.
type panelView struct {
	panelState
	offset int
}

// SetSize sets the panel's inner size in cells; the root draws any border around it.
func (p figuresPanel) SetSize(width, height int) figuresPanel {
	p.width, p.height = max(width, 0), max(height, 0)
	p = p.layout()
	return p.revealCursor()
}

// SetSection shows section i (an index into the briefing's sections) with the first card selected
// and the body scrolled to the top.
func (p figuresPanel) SetSection(i int) figuresPanel {
	p.section, p.offset, p.cursor = i, 0, -1
	if p.entries() > 0 {
		p.cursor = 0
	}
	return p.layout()
}

// Focus makes the panel answer keys and show its selected card.
func (p figuresPanel) Focus() figuresPanel {
	p.focused = true
	return p.layout()
}

// Blur stops the panel answering keys; the selection stays but is no longer highlighted.
func (p figuresPanel) Blur() figuresPanel {
	p.focused = false
	return p.layout()
}

// Focused reports whether the panel has the focus.
func (p figuresPanel) Focused() bool { return p.focused }

// Selected is the index of the selected figure in the current section, -1 when none is: the section
// has no figures, or it is the opening, whose overview selects parts rather than figures.
func (p figuresPanel) Selected() int {
	if p.overview() || p.cursor >= len(p.current().Figures) {
		return -1
	}
	return p.cursor
}

// ContentHeight is how many lines the panel needs to show everything without scrolling.
func (p figuresPanel) ContentHeight() int { return 1 + p.compact }

// Update moves the selection and scrolls, only while the panel has the focus. Open asks the root
// to show the selected figure in the text.
func (p figuresPanel) Update(msg tea.Msg) (figuresPanel, tea.Cmd) {
	if !p.focused {
		return p, nil
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := p.keys
		switch {
		case key.Matches(msg, k.Down):
			return p.moveCursor(+1), nil
		case key.Matches(msg, k.Up):
			return p.moveCursor(-1), nil
		case key.Matches(msg, k.PageDown):
			return p.moveCursor(+p.pageItems()), nil
		case key.Matches(msg, k.PageUp):
			return p.moveCursor(-p.pageItems()), nil
		case key.Matches(msg, k.Top):
			return p.moveCursor(-len(p.items)), nil
		case key.Matches(msg, k.Bottom):
			return p.moveCursor(+len(p.items)), nil
		case key.Matches(msg, k.Open):
			return p, p.open()
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			return p.scrollBy(+wheelLines), nil
		case tea.MouseWheelUp:
			return p.scrollBy(-wheelLines), nil
		}
	}
	return p, nil
}

// View is exactly height lines, none wider than width: the title, then the visible window of the
// body, its last line saying how much is below when the body is cut. It is drawn once for every
// session in the same state.
func (p figuresPanel) View() string {
	return render.Memo(p.renderer, panelView{p.state(), p.offset}, p.draw)
}

func (p figuresPanel) draw() string {
	if p.height == 0 {
		return ""
	}
	lines := make([]string, 0, p.height)
	lines = append(lines, padLine(p.titleLine(), p.width))
	rows, more := p.window()
	for i := p.offset; i < p.offset+rows && i < len(p.body); i++ {
		lines = append(lines, p.body[i]) // padded when laid out
	}
	if more {
		lines = append(lines, padLine(p.moreLine(), p.width))
	}
	blank := strings.Repeat(" ", p.width)
	for len(lines) < p.height {
		lines = append(lines, blank)
	}
	return strings.Join(lines[:p.height], "\n")
}

// current is the section shown; an empty one when the index is out of range.
func (p figuresPanel) current() content.Section {
	if p.section < 0 || p.section >= len(p.briefing.Sections) {
		return content.Section{Index: p.section, Kind: content.Part}
	}
	return p.briefing.Sections[p.section]
}

// entries is how many cards, or overview entries, the section shows.
func (p figuresPanel) entries() int {
	if !p.overview() {
		return len(p.current().Figures)
	}
	n := 0
	for _, s := range p.briefing.Sections {
		if s.Kind == content.Part {
			n++
		}
	}
	return n
}

// overview reports whether the panel shows the whole briefing's overview rather than cards.
func (p figuresPanel) overview() bool { return p.current().Kind == content.Opening }

// window is how many body lines are shown from offset, and whether a last line is spent on the
// "more below" indicator.
func (p figuresPanel) window() (rows int, more bool) {
	rows = max(p.height-1, 0)
	if len(p.body)-p.offset > rows && rows >= 2 {
		return rows - 1, true
	}
	return rows, false
}

func (p figuresPanel) maxOffset() int { return max(len(p.body)-max(p.height-1, 0), 0) }

// moveCursor moves the selection by delta entries, clamped, and scrolls to keep it in view. Moving
// past the last entry scrolls to the end of the body, past the first to its top.
func (p figuresPanel) moveCursor(delta int) figuresPanel {
	if len(p.items) == 0 {
		return p
	}
	target := p.cursor + delta
	switch {
	case target >= len(p.items)-1:
		p.cursor, p.offset = len(p.items)-1, p.maxOffset()
	case target <= 0:
		p.cursor, p.offset = 0, 0
	default:
		p.cursor = target
	}
	return p.layout().revealCursor()
}

// revealCursor scrolls the least that shows the whole selected entry.
func (p figuresPanel) revealCursor() figuresPanel {
	p.offset = min(max(p.offset, 0), p.maxOffset())
	if p.cursor < 0 || p.cursor >= len(p.items) {
		return p
	}
	item := p.items[p.cursor]
	if item.start < p.offset {
		p.offset = item.start
	}
	if rows, _ := p.window(); item.end > p.offset+rows {
		// Below a cut body the indicator takes the last line; at the very bottom it is not needed.
		rows = max(p.height-1, 0)
		if rows >= 2 {
			rows--
		}
		p.offset = item.end - rows
		if item.end-item.start > rows {
			p.offset = item.start
		}
	}
	p.offset = min(max(p.offset, 0), p.maxOffset())
	return p
}

// scrollBy scrolls the body by n lines and moves the selection onto the window if it left it.
func (p figuresPanel) scrollBy(n int) figuresPanel {
	p.offset = min(max(p.offset+n, 0), p.maxOffset())
	if len(p.items) == 0 {
		return p
	}
	rows, _ := p.window()
	visible := func(s lineSpan) bool { return s.start >= p.offset && s.end <= p.offset+rows }
	if p.cursor >= 0 && p.cursor < len(p.items) && visible(p.items[p.cursor]) {
		return p
	}
	cursor := p.cursor
	for i, s := range p.items {
		if visible(s) {
			cursor = i
			if n > 0 {
				break // scrolling down: the first card in view
			}
		}
	}
	if cursor != p.cursor {
		p.cursor = cursor
		p = p.layout()
	}
	return p
}

// pageItems is how many entries one page holds.
func (p figuresPanel) pageItems() int {
	rows, _ := p.window()
	if len(p.items) == 0 {
		return 1
	}
	per := p.items[0].end - p.items[0].start
	return max(rows/max(per, 1), 1)
}

// open asks the root to show the selected figure; in the overview, the selected part's headline
// figure, or the part itself when it has none.
func (p figuresPanel) open() tea.Cmd {
	if p.cursor < 0 || p.cursor >= len(p.items) {
		return nil
	}
	if p.overview() {
		if p.cursor >= len(p.parts) {
			return nil
		}
		part := p.briefing.Sections[p.parts[p.cursor]]
		if len(part.Figures) == 0 {
			msg := openSectionMsg{section: part.Index, point: -1}
			return func() tea.Msg { return msg }
		}
		msg := openFigureMsg{section: part.Index, figure: headline(part)}
		return func() tea.Msg { return msg }
	}
	msg := openFigureMsg{section: p.current().Index, figure: p.cursor}
	return func() tea.Msg { return msg }
}

// headline is the figure that speaks for a part in the overview: the first with a change, else the
// first.
func headline(s content.Section) int {
	for i, f := range s.Figures {
		if f.Change != nil {
			return i
		}
	}
	return 0
}
