package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content"
	"briefing/content/format"
	"briefing/content/linebreak"
	"briefing/content/locale"
	"briefing/ui/render"
)

// slides shows one section per screen, for a room: a large title, the sub-points as bullets and the
// key figures as big cards in a grid. The presenter's console also shows the speaker notes.
type slides struct {
	briefing  *content.Briefing
	styles    *Styles // the session's, shared with every pane
	words     *locale.Words
	section   int
	point     int // the sub-point being presented, lit among the others dimmed; -1 for none
	width     int
	height    int
	showNotes bool
	connect   Connect // how to join, on the opening's slide
}

// SetConnect puts how to join the meeting on the opening's slide.
func (s slides) SetConnect(c Connect) slides { s.connect = c; return s }

// ToggleNotes shows or hides the speaker notes.
func (s slides) ToggleNotes() slides { s.showNotes = !s.showNotes; return s }

func newSlides(b *content.Briefing, styles *Styles, words *locale.Words, showNotes bool) slides {
	return slides{briefing: b, styles: styles, words: words, showNotes: showNotes, point: -1}
}

// SetPoint lights sub-point i (none for -1).
func (s slides) SetPoint(i int) slides { s.point = i; return s }

func (s slides) SetSize(w, h int) slides { s.width, s.height = max(w, 0), max(h, 0); return s }
func (s slides) SetSection(i int) slides { s.section = i; return s }

// cardWidth is a figure card's width, border included.
const cardWidth = 24

// View draws the slide in s.width × s.height: title, bullets, cards, then notes, cutting from the
// bottom (cards first) when the screen is short.
func (s slides) View() string {
	if s.width <= 0 || s.height <= 0 || s.section >= len(s.briefing.Sections) {
		return ""
	}
	sec := s.briefing.Sections[s.section]
	var blocks []string
	blocks = append(blocks, s.title(sec))
	if bullets := s.bullets(sec); bullets != "" {
		blocks = append(blocks, bullets)
	}
	if join := s.join(sec); join != "" {
		blocks = append(blocks, join)
	}
	notes := s.notes(sec)
	room := s.height - lipgloss.Height(strings.Join(blocks, "\n\n")) - 1
	if notes != "" {
		room -= lipgloss.Height(notes) + 1
	}
	if cards := s.cards(sec, room); cards != "" {
		blocks = append(blocks, cards)
	}
	if notes != "" {
		blocks = append(blocks, notes)
	}
	body := strings.Join(blocks, "\n\n")
	if lipgloss.Height(body) < s.height {
		body = lipgloss.PlaceVertical(s.height, lipgloss.Center, body)
	}
	return Block(body, s.width, s.height)
}

// title is the section's title in a heavy box, centred; the opening shows the document's title with
// its subtitle and byline under it.
func (s slides) title(sec content.Section) string {
	text := sec.Title
	var under []string
	if sec.Kind == content.Opening {
		text = render.DocumentTitle(s.briefing)
		for _, line := range []string{s.briefing.Subtitle, s.briefing.Byline} {
			if line != "" {
				under = append(under, line)
			}
		}
	}
	inner := max(s.width-4, 1)
	text = render.Cut(text, inner-2)
	box := s.styles.SlideTitle.Render(text)
	if lipgloss.Width(box) > s.width {
		box = s.styles.HeaderTitle.Render(render.Cut(text, s.width))
	}
	lines := make([]string, 0, 1+len(under))
	lines = append(lines, lipgloss.PlaceHorizontal(s.width, lipgloss.Center, box))
	for _, line := range under {
		lines = append(lines, lipgloss.PlaceHorizontal(s.width, lipgloss.Center, s.styles.HeaderMuted.Render(render.Cut(line, s.width))))
	}
	return strings.Join(lines, "\n")
}

// bullets are the sub-points, or on the opening the parts of the briefing. Once the presenter steps
// to a sub-point, its bullet is lit (▶) and the others dimmed.
func (s slides) bullets(sec content.Section) string {
	var items []string
	lit := -1
	if sec.Kind == content.Opening {
		for i, part := range s.briefing.Sections {
			if part.Kind == content.Part {
				items = append(items, sectionNumber(s.briefing, i)+"  "+part.Title)
			}
		}
	} else {
		lit = s.point
		for i, p := range sec.Points {
			bullet := "•  "
			if i == lit {
				bullet = "▶  "
			}
			items = append(items, bullet+p.Title)
		}
	}
	if len(items) == 0 {
		return ""
	}
	indent := max((s.width-maxWidth(items))/2, 2)
	if indent+maxWidth(items) > s.width {
		indent = 0
	}
	var lines []string
	for i, item := range items {
		style := s.styles.SlideBullet
		switch {
		case lit < 0:
		case i == lit:
			style = s.styles.SlideBulletLit
		default:
			style = s.styles.Muted
		}
		lines = append(lines, strings.Repeat(" ", indent)+style.Render(render.Cut(item, s.width-indent)))
	}
	return strings.Join(lines, "\n")
}

func maxWidth(items []string) int {
	w := 0
	for _, item := range items {
		w = max(w, ansi.StringWidth(item))
	}
	return w
}

// cards draws the figures as boxes in a grid, as many rows as fit in room lines; the opening shows
// each part's headline figure.
func (s slides) cards(sec content.Section, room int) string {
	figures := sec.Figures
	if sec.Kind == content.Opening {
		figures = headlineFigures(s.briefing)
	}
	const cardHeight = 5 // border, value, change, label, border
	if len(figures) == 0 || room < cardHeight || s.width < cardWidth {
		return ""
	}
	perRow := max(min(s.width/(cardWidth+1), len(figures)), 1)
	rows := min((len(figures)+perRow-1)/perRow, room/cardHeight)
	var out []string
	for r := 0; r < rows; r++ {
		var row []string
		for i := r * perRow; i < min((r+1)*perRow, len(figures)); i++ {
			row = append(row, s.card(figures[i]), " ")
		}
		out = append(out, lipgloss.PlaceHorizontal(s.width, lipgloss.Center, lipgloss.JoinHorizontal(lipgloss.Top, row...)))
	}
	if shown := rows * perRow; shown < len(figures) && len(out) > 0 {
		out[len(out)-1] += "\n" + lipgloss.PlaceHorizontal(s.width, lipgloss.Center, s.styles.Muted.Render("+"+itoa(len(figures)-shown)))
	}
	return strings.Join(out, "\n")
}

// card is one figure: the value and unit large, the change with its arrow, the label.
func (s slides) card(f content.Figure) string {
	inner := cardWidth - 4
	value := format.Figure(f)
	if f.Baseline != nil {
		value = format.Value(f.Baseline.Value, "") + "→" + value
	}
	change := ""
	if c := f.Change; c != nil {
		text := changeText(c)
		if c.Kind == content.ChangeYearOnYear {
			text += " " + s.words.YearOnYear
		}
		change = s.styles.change(c.Value, s.briefing.Language == locale.Chinese).Render(ansi.Truncate(text, inner, "…"))
	}
	body := strings.Join([]string{
		s.styles.CardValue.Render(ansi.Truncate(value, inner, "…")),
		change,
		s.styles.CardLabel.Render(ansi.Truncate(render.DisplayText(f.Label), inner, "…")),
	}, "\n")
	return s.styles.SlideCard.Width(cardWidth).Render(body)
}

// join is how attendees join the meeting and the fingerprint they check, under the opening's list
// of parts, so that the projected title screen tells the room.
func (s slides) join(sec content.Section) string {
	if sec.Kind != content.Opening && s.section != 0 || s.connect == (Connect{}) {
		return ""
	}
	lines := []string{
		s.styles.Muted.Render(s.words.ConnectWith+" ") + s.styles.HeaderTitle.Render(s.connect.Command),
		s.styles.Muted.Render(s.words.Fingerprint + s.connect.Fingerprint),
	}
	for i, line := range lines {
		lines[i] = lipgloss.PlaceHorizontal(s.width, lipgloss.Center, ansi.Truncate(line, s.width, "…"))
	}
	return strings.Join(lines, "\n")
}

// notes are the speaker notes, shown on the slides only when the presenter asks (o).
func (s slides) notes(sec content.Section) string {
	if !s.showNotes || len(sec.Notes) == 0 {
		return ""
	}
	text := s.words.Notes + strings.Join(sec.Notes, " ")
	lines := linebreak.Lines(text, linebreak.Options{Width: max(s.width-2, 1)})
	for i, line := range lines {
		lines[i] = " " + s.styles.SlideNotes.Render(line)
	}
	return strings.Join(lines, "\n")
}

// headlineFigures is each part's headline figure (see headline).
func headlineFigures(b *content.Briefing) []content.Figure {
	var out []content.Figure
	for _, sec := range b.Sections {
		if sec.Kind != content.Part || len(sec.Figures) == 0 {
			continue
		}
		out = append(out, sec.Figures[headline(sec)])
	}
	return out
}
