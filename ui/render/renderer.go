package render

import (
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/linebreak"
)

// Section is one section rendered for a width and a theme. Its lines never exceed the width.
type Section struct {
	Lines      []string // styled lines
	Plain      []string // the same lines without escape codes
	Widths     []int    // the display width of each line
	PointLines []int    // the line on which each sub-point's heading starts
	Width      int
	stream     func() stream // built on the first search: most renderings are never searched
}

// Renderer renders the sections of one briefing and keeps what it rendered. It is safe for
// concurrent use; sessions of the same width and theme share every result. Its locks cover only its
// caches, never a rendering, and concurrent misses for the same section render it once.
type Renderer struct {
	briefing *content.Briefing
	opts     linebreak.Options

	glamours  map[Theme]*sync.Pool // of *glamour.TermRenderer, which is not safe for concurrent use
	unwrapped *cache               // themedSection → glamour's lines, one per paragraph
	wrapped   *cache               // wrapKey → *Section
	blocks    *cache               // what the interface draws from the briefing alone (Memo)
	frames    *cache               // whole screens put together from shared parts (Frame)
}

type themedSection struct {
	section int
	theme   Theme
	// tables is the section's markdown when it has tables, which differs by width only in which of
	// them are written as lines: a few variants, however many widths ask.
	tables string
}

type wrapKey struct {
	section, width int
	theme          Theme
}

// cacheEntries bounds the wrapped sections kept: enough for every section of a long speech at a
// dozen sizes and both themes, small enough that a resize storm cannot grow memory without end.
const cacheEntries = 512

// blockEntries bounds the blocks kept by Memo: a meeting's sizes, themes and sections, not its
// sessions.
const blockEntries = 1024

// frameEntries bounds the screens kept by Frame: the places, sizes and looks of a meeting's
// audience at one moment, not its history; a screen of a large window is tens of kilobytes.
const frameEntries = 128

// New returns a Renderer for b. Ambiguous-width characters (“ ” ·) are narrow, as most terminals draw
// them.
func New(b *content.Briefing) *Renderer {
	r := &Renderer{
		briefing:  b,
		glamours:  map[Theme]*sync.Pool{},
		unwrapped: newCache(max(cacheEntries, 3*len(b.Sections))),
		wrapped:   newCache(cacheEntries),
		blocks:    newCache(blockEntries),
		frames:    newCache(frameEntries),
	}
	for _, theme := range []Theme{Dark, Light, Plain} {
		r.glamours[theme] = &sync.Pool{New: func() any { return newGlamour(theme) }}
	}
	return r
}

// Briefing is the document this Renderer renders.
func (r *Renderer) Briefing() *content.Briefing { return r.briefing }

// Section renders section i at width columns in theme, or returns the rendering already made.
func (r *Renderer) Section(i, width int, theme Theme) *Section {
	width = max(width, 1)
	key := wrapKey{section: i, width: width, theme: theme}
	return r.wrapped.get(key, func() any { return r.wrap(r.unwrappedLines(i, width, theme), i, width) }).(*Section)
}

// Memo returns the value kept under key, building it with build the first time: what the interface
// draws from the briefing alone (a pane for a section, a size and a look) is drawn once for every
// session that shows it. key must be comparable and say everything the value depends on; the value
// is shared, so no one may change it. The most recently used values are kept, a fixed number of
// them.
func Memo[V any](r *Renderer, key any, build func() V) V {
	return r.blocks.get(key, func() any { return build() }).(V)
}

// Frame returns the screen kept under key, putting it together with build the first time: sessions
// that show the same place at the same size and look share one screen instead of each joining its
// parts anew. key must be comparable and hold everything the screen is made of; building is cheap,
// so two sessions that miss at once may both build (no flight is shared), and the screen is shared,
// so no one may change it.
func Frame[K comparable](r *Renderer, key K, build func() string) string {
	return r.frames.getUnshared(key, func() any { return build() }).(string)
}

// Markdown renders any markdown (the document header, say) at width in theme; it is not cached.
func (r *Renderer) Markdown(markdown string, width int, theme Theme) []string {
	lines := r.glamourLines(markdown, theme)
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		out = append(out, wrapLine(line, r.lineOptions(width))...)
	}
	return out
}

// unwrappedLines is glamour's rendering of a section, one line per paragraph. A section with a table
// depends on the width too: a table that does not fit it is written as lines.
func (r *Renderer) unwrappedLines(i, width int, theme Theme) []string {
	md := sectionMarkdown(r.briefing, i)
	key := themedSection{section: i, theme: theme}
	if strings.Contains(md, "|") {
		md = tablesToFit(md, width, r.lineOptions(width))
		key.tables = md
	}
	return r.unwrapped.get(key, func() any { return r.glamourLines(md, theme) }).([]string)
}

// glamourLines renders markdown without wrapping (the breaker wraps) and tidies the blank lines,
// with a glamour renderer of the theme's that no one else is using.
func (r *Renderer) glamourLines(markdown string, theme Theme) []string {
	pool, ok := r.glamours[theme]
	if !ok {
		pool = r.glamours[Dark] // as styleConfig: any other theme is the dark one
	}
	tr, _ := pool.Get().(*glamour.TermRenderer)
	if tr == nil {
		return strings.Split(markdown, "\n") // only a broken style config fails; show the text as it is
	}
	defer pool.Put(tr)
	out, err := tr.Render(markdown)
	if err != nil {
		out = markdown
	}
	if theme == Plain {
		out = ansi.Strip(out) // no escape code reaches a pipe, whatever glamour's style writes
	}
	return tidyBlankLines(strings.Split(out, "\n"))
}

// newGlamour builds a glamour renderer for theme that does not wrap (the breaker wraps), or nil if
// the theme's style config is broken.
func newGlamour(theme Theme) any {
	tr, err := glamour.NewTermRenderer(glamour.WithStyles(styleConfig(theme)), glamour.WithWordWrap(0))
	if err != nil {
		return nil
	}
	return tr
}

func (r *Renderer) lineOptions(width int) linebreak.Options {
	opts := r.opts
	opts.Width = width
	return opts
}

// wrap breaks each rendered line to width and finds where the sub-points start.
func (r *Renderer) wrap(lines []string, section, width int) *Section {
	s := &Section{Width: width}
	opts := r.lineOptions(width)
	for _, line := range lines {
		for _, wrapped := range wrapLine(line, opts) {
			plain := ansi.Strip(wrapped)
			s.Lines = append(s.Lines, wrapped)
			s.Plain = append(s.Plain, plain)
			s.Widths = append(s.Widths, linebreak.Width(plain, opts))
		}
	}
	s.PointLines = pointLines(s.Plain, r.briefing.Sections[section].Points)
	s.stream = sync.OnceValue(func() stream { return newStream(s.Plain, opts) })
	return s
}

// wrapLine breaks one rendered line, continuing under its text: past the indentation and past a
// list bullet or heading bar.
func wrapLine(line string, opts linebreak.Options) []string {
	line = trimRightANSI(line)
	if line == "" {
		return []string{""}
	}
	plain := ansi.Strip(line)
	indent := len(plain) - len(strings.TrimLeft(plain, " "))
	rest := plain[indent:]
	for _, hang := range []string{"• ", "▌", "│ "} {
		if strings.HasPrefix(rest, hang) {
			indent += linebreak.Width(hang, opts)
			break
		}
	}
	if indent >= opts.Width/2 {
		indent = 0
	}
	return linebreak.WrapANSI(line, indent, opts)
}

// trimRightANSI drops trailing spaces, styled or not, and any escape codes between them.
func trimRightANSI(line string) string {
	plain := ansi.Strip(line)
	visible := len(strings.TrimRight(plain, " \t"))
	if visible == len(plain) {
		return line
	}
	if visible == 0 {
		return ""
	}
	cut := ansi.Cut(line, 0, ansi.StringWidth(plain[:visible]))
	if len(plain) == len(line) {
		return cut // no escape codes: none to close
	}
	return cut + "\x1b[m"
}

// tidyBlankLines removes blank lines at both ends and keeps at most one between blocks.
func tidyBlankLines(lines []string) []string {
	var out []string
	blank := true
	for _, line := range lines {
		isBlank := strings.TrimSpace(ansi.Strip(line)) == ""
		if isBlank && blank {
			continue
		}
		if isBlank {
			line = ""
		}
		out = append(out, line)
		blank = isBlank
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// pointLines finds the line on which each sub-point's heading is drawn, in order.
func pointLines(plain []string, points []content.Point) []int {
	lines := make([]int, 0, len(points))
	from := 0
	for _, p := range points {
		prefix := firstRunes(strings.TrimSpace(p.Title), 4)
		found := -1
		for i := from; i < len(plain); i++ {
			if strings.HasPrefix(strings.TrimLeft(plain[i], " ▌"), prefix) {
				found = i
				break
			}
		}
		if found < 0 {
			found = from
		}
		lines = append(lines, found)
		from = found + 1
	}
	return lines
}

func firstRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
