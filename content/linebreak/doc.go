// Package linebreak breaks mixed Chinese/English text into lines of a given display width.
//
// It is pure Go with no UI imports: the reader uses [WrapANSI] on lines glamour has already
// styled, plain output uses [Lines] and [Wrap]. Widths come from go-runewidth through a
// Condition built for each call from [Options], so one caller can count the East Asian
// ambiguous characters (“ ” ‘ ’ · … —) as two columns without changing how any other caller
// measures them; they are narrow unless [Options.AmbiguousWide] is set.
//
// The rules, strongest first:
//
//  1. The width is a hard limit. No line is wider than Options.Width, with one exception: a
//     single grapheme cluster wider than the whole line (a Chinese character or an emoji at
//     width 1) goes alone on its own line, because it cannot be split. Grapheme clusters —
//     emoji sequences, letters with combining marks — are never split.
//  2. Punctuation placement. A line never starts with closing punctuation (，。、；：？！）》」』】〕
//     ”’…·％ and the ASCII , . ; : ? ! ) ] } %) and never ends with opening punctuation
//     (（《「『【〔“‘ and ( [ {). When a full stop would land at the start of a line, the
//     character before it is pushed down with it (kinsoku push-down) instead of letting the
//     stop hang past the margin. "——" and "……" are never split. Only when no break in the line
//     satisfies these rules (width 2 with a Chinese character and its comma) is a line broken
//     against them, because rule 1 is stronger.
//  3. Words and numbers stay whole. A line may break at any boundary between Chinese, Japanese
//     or Korean characters, but Latin words (letters, digits and the punctuation inside them,
//     such as apostrophes and hyphens) break only at spaces. A number stays with its sign, its
//     thousands separators and decimals, its percent sign and its unit: 109.19亿元, +13.34%,
//     −2.1%, 317.59万人次, 1,200, $4.2, "53.85 亿斤" (a space before a Chinese unit, as PDF copies
//     have it), "4.2 billion", "12 percent". Units, scales, signs and English scale words come
//     from package content/cjk, the tables the figure rules read too, longest match first and
//     through the same folding (109.19億元 stays whole as 109.19亿元 does); in 2024年前三季度
//     the line may break after 年. A word or number longer than a whole line is the only thing
//     that is split, at grapheme boundaries.
//
// Among the breaks that satisfy every rule the latest one that fits is taken, so lines are
// filled greedily. Existing newlines are hard breaks, and whitespace at a break is dropped;
// apart from that the text is preserved, and lines never come out empty unless the input line
// was empty. Leading whitespace of a paragraph is kept unless the first word does not fit after
// it; trailing whitespace at the end of a paragraph is kept as far as it fits.
//
// Breaking whitespace is what unicode.IsSpace reports except the no-break spaces (U+00A0,
// U+2007, U+202F), which glue their neighbours like letters do. ASCII quotes open or close
// according to the whitespace beside them, or failing that by turns.
//
// Control characters, including tab, count as zero columns, as go-runewidth counts them; expand
// tabs before wrapping if tab stops matter.
//
// [WrapANSI] measures only the visible text of a line with escape sequences. Each line it
// returns renders on its own, as a viewport shows them: the SGR state (colours, bold) and any
// open OSC 8 hyperlink are closed at the end of a broken line and re-opened at the start of the
// next. Only ESC-introduced sequences are recognised (parsed with charmbracelet/x/ansi); raw
// 8-bit C1 bytes are treated as invalid UTF-8 text, as UTF-8 terminals treat them, and
// malformed or truncated sequences are dropped from lines that have to be rebuilt.
package linebreak
