package library

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/library"
	"briefing/content/locale"
	"briefing/ui"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// AgendaDocument is one document of a meeting's agenda as a session opens it: its newest version
// and the renderer the server shares.
type AgendaDocument struct {
	Briefing *content.Briefing
	Renderer *render.Renderer
}

// Agenda is a session of a meeting of several documents: the reader on the document the presenter
// shows, and a library view of the agenda (esc) from which the presenter switches the meeting to
// another document — every following viewer switches with them — and a viewer browses another on
// its own (f follows the presenter again, to their document).
type Agenda struct {
	words    *locale.Words
	styles   *ui.Styles
	keys     KeyMap
	base     ui.Options // the session's reader options: role, meeting, theme, console …
	document func(i int) AgendaDocument
	count    int

	list    list.Model
	reader  ui.Model
	current int
	listing bool
	latest  meeting.State
	width   int
	height  int
}

// NewAgenda opens a session of an agenda of count documents, document(i) giving each one's newest
// version, on the document the meeting shows as it stood when the session joined (base.Joined).
func NewAgenda(count int, document func(i int) AgendaDocument, base ui.Options) Agenda {
	lang := base.Lang
	if lang == "" {
		lang = document(0).Briefing.Language
	}
	words := lang.Words()
	styles := ui.NewStyles(base.Theme != render.Light)
	items := make([]list.Item, 0, count)
	for i := range count {
		b := document(i).Briefing
		items = append(items, row{entry: library.Entry{File: library.File{Name: b.Name}, Briefing: b, When: library.WhenOf(b)}})
	}
	l := list.New(items, rowDelegate{styles: styles, words: words}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.SetFilteringEnabled(false)
	l.DisableQuitKeybindings()
	keys := NewKeyMap(words)
	keys.Back.SetHelp("esc", words.Library.Keys.CloseAgenda) // esc on the agenda goes back to the document
	a := Agenda{words: words, styles: styles, keys: keys, base: base, document: document, count: count, list: l}
	if base.Joined != nil {
		a.latest = *base.Joined
	}
	at := a.latest.Presenter.Document
	a = a.openDocument(max(0, min(at, count-1)), base.Detached)
	return a
}

// Init starts the reader.
func (a Agenda) Init() tea.Cmd { return a.reader.Init() }

// Reader is the reader on the document shown.
func (a Agenda) Reader() ui.Model { return a.reader }

// openDocument makes a reader on document i, following the meeting unless detached.
func (a Agenda) openDocument(i int, detached bool) Agenda {
	doc := a.document(i)
	opts := a.base
	opts.Document, opts.Agenda, opts.Renderer, opts.Section = i, a.count, doc.Renderer, 0
	opts.Detached = detached
	opts.AgendaDocument = func(i int) *content.Briefing { return a.document(i).Briefing }
	joined := a.latest
	if joined.Presenter.Document != i {
		joined.HasPresenter = false // the presenter's place is in another document
	}
	opts.Joined = &joined
	a.reader = ui.New(doc.Briefing, opts)
	a.current, a.listing = i, false
	a.list.Select(i)
	if a.width > 0 {
		next, _ := a.reader.Update(tea.WindowSizeMsg{Width: a.width, Height: a.height})
		a.reader = next.(ui.Model)
	}
	return a
}

// Update routes the meeting's state (switching documents with the presenter), new versions, sizes
// and keys.
func (a Agenda) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ui.MeetingMsg:
		a.latest = msg.State
		p := msg.Presenter
		follows := a.base.Role == meeting.Presenter || a.base.Role == meeting.Viewer && a.reader.Following()
		if msg.HasPresenter && !msg.FromSelf && follows && p.Document != a.current && p.Document >= 0 && p.Document < a.count {
			a = a.openDocument(p.Document, false)
			return a, a.reader.Init()
		}
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.list.SetSize(msg.Width, max(msg.Height-2, 0))
	case tea.BackgroundColorMsg:
		*a.styles = *ui.NewStyles(msg.IsDark())
	case tea.KeyPressMsg:
		if a.listing {
			return a.listKey(msg)
		}
		if key.Matches(msg, a.keys.Back) && a.reader.AtRest() && !a.base.Console {
			a.listing = true
			a.list.Select(a.current)
			return a, nil
		}
		if msg.String() == "f" && a.base.Role == meeting.Viewer && a.latest.HasPresenter && a.latest.Presenter.Document != a.current {
			a = a.openDocument(a.latest.Presenter.Document, false)
			return a, a.reader.Init()
		}
	}
	next, cmd := a.reader.Update(msg)
	a.reader = next.(ui.Model)
	return a, cmd
}

// listKey moves in the agenda and opens a document: for the meeting when presenting, for oneself
// when viewing.
func (a Agenda) listKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, a.keys.Back):
		a.listing = false
		return a, nil
	case key.Matches(msg, a.keys.Quit):
		next, cmd := a.reader.Update(msg) // the reader asks first when quitting ends the meeting
		a.reader = next.(ui.Model)
		a.listing = false
		return a, cmd
	case key.Matches(msg, a.keys.Open):
		i := a.list.Index()
		switch a.base.Role {
		case meeting.Presenter:
			a = a.openDocument(i, false)
			if a.base.Meeting != nil {
				a.base.Meeting.Publish(meeting.Position{Document: i, Point: -1, Figure: -1, View: a.reader.Viewing()})
			}
		default:
			following := a.reader.Following() && i == a.latest.Presenter.Document
			a = a.openDocument(i, !following)
		}
		return a, a.reader.Init()
	}
	var cmd tea.Cmd
	a.list, cmd = a.list.Update(msg)
	return a, cmd
}

// View draws the reader, or the agenda.
func (a Agenda) View() tea.View {
	if !a.listing {
		return a.reader.View()
	}
	s := a.styles
	header := s.HeaderTitle.Render(a.words.Library.Agenda) + "  " + s.HeaderMuted.Render(a.words.Library.Documents.N(a.count))
	if a.latest.HasPresenter {
		header += "  " + s.Status.Render(a.words.Presenter+" · "+sprintf(a.words.Library.AgendaPosition, a.latest.Presenter.Document+1, a.count))
	}
	k := a.keys
	footer := ansi.Truncate(helpLine(a.styles, []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Quit}), a.width, "")
	v := tea.NewView(ui.Block(ansi.Truncate(header, a.width, "…")+"\n"+ui.Block(a.list.View(), a.width, max(a.height-2, 0))+"\n"+footer, a.width, a.height))
	v.AltScreen = true
	return v
}
