package library

import (
	"context"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"briefing/content/library"
	"briefing/content/locale"
	"briefing/content/watch"
	"briefing/ui"
	"briefing/ui/render"
)

// Options are the library's choices: its files, and what the reader opens with.
type Options struct {
	Files []library.File // as library.Scan found them
	// Root is the library's folder, watched with its subfolders; "" when the library is files given
	// one by one, whose folders are watched for them.
	Root  string
	Watch bool // follow the files on disk
	Lang  locale.Language
	Theme render.Theme
	// Workers parse at once; 0 is one per processor.
	Workers int
	// Reader is what each opened document's reader starts from (its renderer and section are the
	// library's to set).
	Reader ui.Options
	// Context ends the background work (parsing, watching); nil is context.Background.
	Context context.Context
}

// mode is what the screen shows.
type mode int

const (
	listMode mode = iota
	readerMode
	searchMode
	compareMode
)

// Model is the library's root: the list and preview, the search, the comparison, and the reader.
type Model struct {
	opts   Options
	words  *locale.Words
	keys   KeyMap
	styles *ui.Styles
	dark   bool

	width, height int
	mode          mode
	showHelp      bool

	entries  []library.Entry   // every file read so far, sorted
	problems map[string]string // a file whose new version could not be read: why (its last good entry stays)
	total    int               // files being read
	read     int               // files read so far
	loader   *library.Loader
	list     list.Model
	// generation counts changes to entries: a search or comparison made for an older one is redone.
	generation int

	reader     *ui.Model
	returnTo   mode // the view esc goes back to from the reader: the list, or the search's hits
	single     bool // one document and no list: esc is the reader's (NewReader)
	moved      bool // the user has moved the list's cursor: it then stays on its file as rows arrive
	readerPath string
	readerSum  [32]byte

	search  searchView
	compare compareView
	watcher *watch.Watcher
	notice  string
}

// New builds the library of opts.Files; parsing starts with Init.
func New(opts Options) Model {
	if opts.Context == nil {
		opts.Context = context.Background()
	}
	lang := opts.Lang
	if lang == "" {
		lang = opts.Reader.Lang
	}
	if lang == "" {
		lang = locale.Chinese
	}
	words := lang.Words()
	dark := opts.Theme != render.Light
	styles := ui.NewStyles(dark)
	l := list.New(nil, rowDelegate{styles: styles, words: words}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.FilterInput.Prompt = "/ "
	l.FilterInput.Placeholder = words.Library.Keys.Filter
	l.FilterInput.KeyMap.Paste.SetEnabled(false) // the clipboard is the serving machine's
	l.KeyMap.ShowFullHelp.SetEnabled(false)
	l.KeyMap.CloseFullHelp.SetEnabled(false)
	return Model{
		opts:     opts,
		words:    words,
		keys:     NewKeyMap(words),
		styles:   styles,
		dark:     dark,
		problems: map[string]string{},
		total:    len(opts.Files),
		list:     l,
		search:   newSearchView(words, styles),
	}
}

// Init starts parsing in the background, asks the terminal's background and starts watching.
func (m Model) Init() tea.Cmd {
	if m.single {
		return m.initSingle()
	}
	return tea.Batch(startLoading(m.opts), tea.RequestBackgroundColor, startWatching(m.opts))
}

// loaderMsg hands the started loader to the model.
type loaderMsg struct{ loader *library.Loader }

// entriesMsg is a batch of parsed files.
type entriesMsg struct {
	loader  *library.Loader
	entries []library.Entry
}

// loadedMsg says every file has been parsed.
type loadedMsg struct{}

// batchSize is how many parsed files one message carries at most: the list is sorted once per batch.
const batchSize = 32

func startLoading(opts Options) tea.Cmd {
	return func() tea.Msg {
		return loaderMsg{library.Load(opts.Context, opts.Files, opts.Workers)}
	}
}

// nextBatch waits for the next parsed files.
func nextBatch(l *library.Loader) tea.Cmd {
	return func() tea.Msg {
		batch := l.Next(batchSize)
		if batch == nil {
			return loadedMsg{}
		}
		return entriesMsg{loader: l, entries: batch}
	}
}

// Loaded reports whether every file has been parsed.
func (m Model) Loaded() bool { return m.read >= m.total }

// Entries are the files read so far, in the list's order before any filter.
func (m Model) Entries() []library.Entry { return m.entries }

// Close stops the background work: a program that ends closes its library.
func (m Model) Close() {
	if m.loader != nil {
		m.loader.Stop()
	}
	if m.watcher != nil {
		_ = m.watcher.Close()
	}
}
