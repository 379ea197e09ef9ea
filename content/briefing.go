package content

import "briefing/content/locale"

// Briefing is a parsed document: its header and its ordered sections. A Briefing is never changed
// after Parse returns it, so one value can be shared by every reader and every SSH session.
type Briefing struct {
	Name     string // where the text came from: a file name, "-" for stdin, or the seed's name
	Title    string
	Subtitle string
	Byline   string
	// Source names the publishers on the 来源/Source lines among the credits, without their labels,
	// in order, joined by the language's Words().SourceSeparator.
	Source string
	// Credits are the lines that close the text and credit it rather than say anything (来源：…,
	// 责任编辑：…, 审核：…, 原标题：…, Source: …, a reprint notice), as written; only Source shows.
	Credits []string
	// Furniture holds the lines of the page a text was copied from that are no part of it (a
	// navigation bar, a meta line, a table of contents), as written; nothing shows them.
	Furniture []string
	Language  locale.Language // the language the document is written in, decided once by Parse
	Format    Format          // how the document was written
	Encoding  Encoding        // the encoding the file was read in; UTF8 ("") for the usual case
	Sections  []Section
}

// Format is how a document was written.
type Format string

// The formats Parse recognises.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
)

// SectionKind says what part of a speech a section is.
type SectionKind string

// The kinds of sections.
const (
	Opening SectionKind = "opening" // the text before the first part
	Part    SectionKind = "part"    // a top-level part, titled by its heading or lead sentence
)

// Section is one navigable part of a briefing.
type Section struct {
	Index   int
	Kind    SectionKind
	Title   string // without the closing full stop
	Text    string // the section's text as parsed, original punctuation; offsets point into it
	Preface Span   // the text after the title and before the first point
	Points  []Point
	Figures []Figure
	// Asides are the numbers of Text that are no figure — dates, ordinals, identifiers, slogans … —
	// each with why. With the figures' numbers, changes, baselines and periods they account for every
	// Arabic number of the text exactly once.
	Asides []Aside
	Notes  []string // speaker notes (<!-- note: … --> in markdown input), never shown to an audience
	// TitleSpan is where the title stands in Text; empty for a title the text does not contain
	// (the opening's, which is named by the interface language).
	TitleSpan Span

	sourceStart int // where Text starts in the parsed source
}

// Point is one of a part's parallel sub-points.
type Point struct {
	Title     string // without the closing full stop
	TitleSpan Span   // where the title stands in the section's Text
	Body      Span   // the point's text after its title, up to the next point or the section's end
}

// Span is a half-open byte range [Start, End) in a section's Text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// within reports whether s lies inside outer.
func (s Span) within(outer Span) bool { return s.Start >= outer.Start && s.End <= outer.End }

// Of returns the text the span covers.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Figure is one key figure of a section: a number the text rests on, with what it measures.
type Figure struct {
	Label     string  // what the number measures: 工业总产值, 屋场党小组, revenue
	Value     float64 // the number as written, in the unit below (109.19 for 109.19亿元)
	Unit      string  // 亿元, 万人次, %, 个, $ billion …; empty for a bare number
	Text      string  // the figure as written in the section's text: 109.19亿元
	Qualifier string  // 以上, 以下, 多, more than … when the text bounds the number
	Period    string  // the period the number refers to: 2024年前三季度, 2023年, 今年以来
	Offset    int     // byte offset of Text in the section's Text
	Change    *Change
	Baseline  *Baseline
	// PeriodSpan is where the period stands in the section's Text; one period may date several
	// figures. Empty when the text gives no period.
	PeriodSpan Span
}

// Aside is a number in a section's text that is no figure, and why.
type Aside struct {
	Kind   AsideKind
	Text   string // as written
	Offset int    // byte offset of Text in the section's Text
}

// AsideKind says why a number is no figure.
type AsideKind string

// The kinds of numbers that are no figures.
const (
	AsideDate        AsideKind = "date"        // a year, a day, a period that dates no figure: 12月1日, April 14, 2024年
	AsideOrdinal     AsideKind = "ordinal"     // 第12届, 第一、二批
	AsideMarker      AsideKind = "marker"      // a heading or list number: 1. 2. （3）
	AsideRank        AsideKind = "rank"        // 世界500强
	AsideIdentifier  AsideKind = "identifier"  // 5G, G20, 12345, 2号线
	AsideSlogan      AsideKind = "slogan"      // 1+2+N, “1135”, “八个严禁”, 八项规定
	AsideVersion     AsideKind = "version"     // 2.0版
	AsideAnniversary AsideKind = "anniversary" // 建市60周年
	AsidePlaceholder AsideKind = "placeholder" // 20xx
	AsideThreshold   AsideKind = "threshold"   // 收入10万元以下的村: the bound names a group
	AsideSignpost    AsideKind = "signpost"    // 五个问题, 三个方面: a count the text then enumerates
	AsideMarkup      AsideKind = "markup"      // inside markdown syntax: a link's address, code, a comment
	AsideHeader      AsideKind = "header"      // in a table's header, naming a row or a column: 5G基站
)

// Change is how a figure moved, as the text states it.
type Change struct {
	Kind   string  // "yoy" when the text says year on year (同比), "change" otherwise
	Value  float64 // signed: 增长13.34% is +13.34, 下降2.1% is -2.1
	Unit   string  // "%" or "个百分点" (percentage points)
	Text   string  // the change as written: 同比增长13.34%
	Offset int     // byte offset of Text in the section's Text
}

// Baseline is the earlier value a figure is compared with (由2020年的7.6亿元增长到…).
type Baseline struct {
	Value  float64
	Unit   string
	Period string
	Text   string // the earlier value as written: 7.6亿元
	Offset int    // byte offset of Text in the section's Text
}

// Change kinds.
const (
	ChangeYearOnYear = "yoy"
	ChangePlain      = "change"
)
