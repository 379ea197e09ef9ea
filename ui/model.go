package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"briefing/content"
	"briefing/content/locale"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// Options are the choices made on the command line or by the server for a session.
type Options struct {
	Theme    render.Theme     // "" asks the terminal for its background
	Lang     locale.Language  // the interface's language; "" uses the document's
	Section  int              // the section to open first
	Renderer *render.Renderer // shared by sessions; nil makes one
	View     meeting.View     // the view to open in: the reader or the slides

	// A session in a meeting: its role, the meeting to publish to (presenters), and the meeting as it
	// stood when the session joined, whose presenter position it opens at.
	Role    meeting.Role
	Meeting Meeting
	Joined  *meeting.State
	// Notes lets the session show the speaker notes on the slides with a key (never a viewer's);
	// they start hidden, since the slides may be on a projector.
	Notes bool
	// Console draws the speaker console instead of the reader or the slides: notes, what comes next,
	// the time and the audience. Its keys move the meeting as the reader's do.
	Console bool
	// Duration is how long the talk should take, for the countdown and the pace; 0 for none.
	Duration time.Duration
	// Connect tells attendees how to join (on the opening slide and behind a key); zero for none.
	Connect Connect
	// EndsMeeting is set for a presenter whose quitting ends the meeting (present --serve): q asks
	// first while viewers are connected.
	EndsMeeting bool
	// Now tells the time for the presenter's clock; nil is time.Now.
	Now func() time.Time
	// Document is the document's place in the meeting's agenda, stamped on every position the session
	// publishes; Agenda is how many documents the agenda has (the status line says "document 2/3"
	// when there are several).
	Document, Agenda int
	// Detached opens a viewer reading on its own: browsing another document of the agenda.
	Detached bool
	// AgendaDocument gives the agenda's document i as served now, so that a viewer reading another
	// document can say where in the presenter's the presenter is; nil names only the document.
	AgendaDocument func(i int) *content.Briefing
}

// Connect is how attendees join a served meeting: the command they type and the host key's
// fingerprint they check on first connect.
type Connect struct {
	Command     string
	Fingerprint string
}

// pane names the panes that can have the keyboard.
type pane int

const (
	readerPane pane = iota
	outlinePane
	figuresPane
)

// Model is the root of the reader: it owns the position, lays the panes out and routes input.
type Model struct {
	briefing *content.Briefing
	renderer *render.Renderer
	keys     *KeyMap // shared by the model's copies; changed only by replacing it
	// styles is the session's one Styles: every pane holds this pointer, and restyle rebuilds it in
	// place for the terminal's look.
	styles *Styles
	look   look
	words  *locale.Words
	// themeFixed is set when --theme chose the look, so the terminal's answer is ignored.
	themeFixed bool

	width, height int
	layout        layout
	shown         panes
	toggled       bool // the user chose the panes; a resize keeps the choice

	nav         navState
	focus       pane
	focusFigure int // the figure whose sentence is highlighted, -1 for none

	outline  outline
	reader   reader
	figures  figuresPanel
	search   search
	showHelp bool
	panel    panel  // the audience or how to connect, over the body, when asked for
	notice   string // a one-line message for the footer, such as "no matches"
	confirm  bool   // q was pressed once with viewers connected: a second q quits
	digits   digits // a section number being typed

	view     meeting.View
	slides   slides
	notes    bool // the session may show the speaker notes
	console  bool
	duration time.Duration
	connect  Connect
	endsMeet bool
	pace     pace
	notices  []notice // who joined and left, newest last, for the console
	notesTop int      // the first line of the notes the console shows
	clock    clock
	meet     meetingState
	pending  *meeting.Position // where to go once the reader has a size (a meeting's position)
	warmth   *warmth           // the sections being rendered in the background (warm.go)
}

// New builds the reader for b. The same function serves the local terminal and every SSH session.
func New(b *content.Briefing, opts Options) Model {
	lang := opts.Lang
	if lang == "" {
		lang = b.Language
	}
	r := opts.Renderer
	if r == nil {
		r = render.New(b)
	}
	// Until the terminal answers, a dark background and full colour: the program lowers colours to
	// what the terminal shows meanwhile.
	l := look{dark: opts.Theme != render.Light}
	styles := new(Styles)
	*styles = newStyles(l)
	words := lang.Words()
	keys := NewKeyMap(words)
	keys = *keys.withMeeting(opts.Role, opts.View)
	m := Model{
		briefing:    b,
		renderer:    r,
		keys:        &keys,
		styles:      styles,
		look:        l,
		words:       words,
		themeFixed:  opts.Theme != "",
		focusFigure: -1,
		outline:     newOutline(r, styles, words, &keys),
		reader:      newReader(r, styles.Theme),
		figures:     newFiguresPanel(r, styles, words, &keys),
		search:      newSearch(words, styles),
		view:        opts.View,
		slides:      newSlides(b, styles, words, false),
		notes:       opts.Notes && opts.Role != meeting.Viewer,
		console:     opts.Console,
		duration:    max(opts.Duration, 0),
		connect:     opts.Connect,
		endsMeet:    opts.EndsMeeting,
		clock:       newClock(opts.Now),
		warmth:      new(warmth),
		meet: meetingState{role: opts.Role, meeting: opts.Meeting, following: opts.Role == meeting.Viewer && !opts.Detached,
			document: opts.Document, agenda: opts.Agenda, documentOf: opts.AgendaDocument},
	}
	if b.Encoding != content.UTF8 {
		m.notice = words.ReadAs + " " + string(b.Encoding) // the guess is shown until the first key
	}
	m.nav = start(clamp(opts.Section, 0, max(len(b.Sections)-1, 0)))
	if j := opts.Joined; j != nil {
		m.meet.latest, m.meet.ended, m.meet.hadPresenter = *j, j.Ended, j.Presenting
		m = m.meetingClock(*j)
		if j.HasPresenter {
			p := j.Presenter
			m.pending = &p
			m.nav.Section = clamp(p.Section, 0, max(len(b.Sections)-1, 0))
			m.view = p.View
		}
	}
	m.slides = m.slides.SetSection(m.nav.Section).SetConnect(opts.Connect)
	m.keys = m.keys.withMeeting(opts.Role, m.view).withSession(m.notes, opts.Role == meeting.Presenter, opts.Connect != Connect{}, opts.Console)
	m.clock.ticking = m.ticks() // Init sends the first tick
	return m.apply(m.nav)
}

// Init asks the terminal for its background unless the theme was chosen, and starts the clock when
// the slides are shown.
func (m Model) Init() tea.Cmd {
	if m.meet.ended {
		return tea.Quit // joined a meeting that had already ended
	}
	var cmds []tea.Cmd
	if !m.themeFixed {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.ticks() {
		cmds = append(cmds, tea.Tick(time.Second, func(time.Time) tea.Msg { return clockTickMsg{} }))
	}
	return tea.Batch(cmds...)
}

// ticks reports whether the screen shows a clock that must tick: the slides' or the console's.
func (m Model) ticks() bool { return m.view == meeting.SlidesView || m.console }

// Position is where the session is, in the terms a presenter shares.
func (m Model) Position() meeting.Position { return m.position() }

// Following reports whether a viewer is following the presenter.
func (m Model) Following() bool { return m.meet.following }

func (m Model) navContext() navContext {
	ctx := navContext{Sections: len(m.briefing.Sections), Lines: m.reader.Lines(), Height: m.layout.Reader.H}
	if r := m.reader.Rendered(); r != nil {
		ctx.PointLines = r.PointLines
	}
	return ctx
}

// apply moves every pane to the position s: the reader scrolled to its line with the current
// sub-point marked, the outline on the section and sub-point, the slide with its bullet lit.
func (m Model) apply(s navState) Model {
	if len(m.briefing.Sections) == 0 {
		return m
	}
	if s.Section != m.nav.Section || m.reader.Rendered() == nil {
		m.focusFigure, m.notesTop = -1, 0
		m.figures = m.figures.SetSection(s.Section)
		m.slides = m.slides.SetSection(s.Section)
	}
	m.reader = m.reader.SetSection(s.Section)
	points := len(m.briefing.Sections[s.Section].Points)
	var pointLines []int
	if r := m.reader.Rendered(); r != nil {
		points, pointLines = len(r.PointLines), r.PointLines
	}
	if s.Point == lastPoint {
		s.Point = points - 1
	}
	s.Point = clamp(s.Point, -1, points-1)
	if s.Line == atPoint {
		s.Line = 0
		if s.Point >= 0 && s.Point < len(pointLines) {
			s.Line = pointLines[s.Point]
		}
	}
	m.reader = m.reader.ScrollTo(s.Line)
	s.Line = m.reader.Line()
	m.nav = s
	m.reader = m.reader.SetHighlights(m.highlightState(), m.highlights).SetMark(s.Point, m.styles.Bar.Render("▎"))
	m.outline = m.outline.SetPosition(s.Section, s.Point)
	m.slides = m.slides.SetPoint(s.Point)
	return m
}

// highlightState is everything the highlights depend on: while it stays the same (scrolling), they
// are not drawn again.
type highlightState struct {
	rendered        *render.Section
	search, current int // the search's hits (their version) and the current one
	figure          int
	look            look
}

func (m Model) highlightState() highlightState {
	return highlightState{rendered: m.reader.Rendered(), search: m.search.version, current: m.search.current, figure: m.focusFigure, look: m.styles.look}
}

// highlights are the search matches of the current section and the sentence of the opened figure.
func (m Model) highlights() []highlight {
	var hs []highlight
	matches, current := m.search.InSection(m.nav.Section)
	for i, match := range matches {
		style := m.styles.Match
		if i == current {
			style = m.styles.MatchCurrent
		}
		hs = append(hs, highlight{match: match, style: style})
	}
	if match, ok := m.figureSentence(); ok {
		hs = append(hs, highlight{match: match, style: m.styles.Focus})
	}
	return hs
}

// figureSentence finds where the opened figure's sentence is drawn.
func (m Model) figureSentence() (render.Match, bool) {
	rendered := m.reader.Rendered()
	section := &m.briefing.Sections[m.nav.Section]
	if m.focusFigure < 0 || m.focusFigure >= len(section.Figures) || rendered == nil {
		return render.Match{}, false
	}
	figure := section.Figures[m.focusFigure]
	sentence := render.DisplayText(section.SentenceAt(figure.Offset).Of(section.Text))
	if found := rendered.Find(sentence); len(found) > 0 {
		return found[0], true
	}
	if found := rendered.Find(figure.Text); len(found) > 0 {
		return found[0], true
	}
	return render.Match{}, false
}
