// Package content reads a briefing or speech — plain text or markdown, Chinese or English — into a
// Briefing: its title, subtitle, byline and source, and its ordered sections, each with its sub-points
// and its key figures. It is pure Go: no terminal, no UI. How a Briefing is shown belongs elsewhere:
// ui/render writes it as markdown and terminal lines, content/format writes its numbers, and
// content/locale holds the words around them.
//
// The rules recognise the genre, never a particular document. They are, in order:
//
// Text. Line ends are normalised, a byte order mark dropped, and whatever a terminal would obey
// (escape sequences with their payload, control characters but tab and newline) removed, once, by
// sanitize.Text: nothing of a document can drive a reader's terminal, whatever prints it, and offsets
// point into this cleaned text. Nothing else is changed. Plain text has one paragraph per line,
// unless most long lines stop mid-sentence (a copy from a PDF or an e-mail): then blank lines separate
// paragraphs and the line breaks inside them are read as spaces. Text with a markdown heading, or two
// other marks of markdown (lists, quotes, fences, **strong**, links, comments), is markdown.
//
// Header. The first short line that does not end a sentence is the title (in markdown, the level-1
// heading); a title letter-spaced for display (政 府 工 作 报 告) is read without its spaces. A short
// line after it that names a position and a person (衡南县委书记 许达, 河西县县长李春华, Remarks by
// Mayor …) or the office that issues the text (东湖街道党政办公室) is the byline. A short line that
// opens with a dash, leads to the byline, dates the speech (（2024年12月20日）, ——2024年1月10日在…上,
// before the byline or after it) or numbers a bulletin's issue (第12期) is the subtitle, read without
// its dash or brackets; a subtitle left open (a bracket not closed, 在… before its 上) goes on over the
// next line. A last line 来源：… or Source: … is the source, and a last line that signs the text with a
// dash (— Daniel Osei, Mayor of Riverton) is the byline; neither is body text. A document with no
// title takes its first heading's title, else its file's name without folder and extension: a title
// is never blank.
//
// Parts. A paragraph opens a part when it is a heading: a markdown heading; a numbered heading
// (第一部分, 壹、, 一、, （一） or (一), 1., （1）, Part One, I.), nesting in that order (一、 under
// 壹、, 1. under 一、); a short line of its own with no sentence inside, followed by a longer
// paragraph; or a short lead sentence closed by a full stop that the paragraph goes on after
// (以工业强支撑县域强。……; an exclamation such as 各位代表！ leads nothing). A salutation (各位代表：,
// 同志们、朋友们：, 尊敬的各位嘉宾，女士们、先生们：, Madam Speaker) or a greeting (大家上午好！……) is
// never a heading. The outermost kind that occurs often enough splits the document — once for markdown
// headings, twice for the others, but once for a numbered heading or a heading line too when the
// document is short (under 3,000 characters) or an excerpt (its title says 节选 or excerpt, or its
// first numbered heading is not the first, 三、) — and the text before the first part is the opening
// (导语 / Opening), which holds the salutations and the 现在，… sentence. A part is titled by its
// heading or lead sentence, without the full stop; the text after it and before its first sub-point is
// its preface. Text with no parts at all becomes one section per paragraph, each titled by its first
// sentence (cut with … where a word or clause ends when it is long: a first clause alone, 2024年,
// titles nothing); the salutations, greeting and lone 现在，… sentence that open it are its opening, and a
// later salutation belongs to the paragraph it addresses. Every document has at least one section: one
// that is nothing but a title and speaker notes is an opening holding the notes.
//
// Sub-points. Inside a part, the next kind of heading that occurs at least twice makes sub-points.
// Failing that, a run of parallel short sentences (排比: two to twelve Chinese characters closed by a
// full stop, sharing their first character or their last two, of similar length — 突出产业集聚。
// 突出原地倍增。) or an enumeration in order (一是……二是……, 第一，……, First, … Second, …) does.
//
// Figures. Numbers are read with full-width digits and signs folded to ASCII (１０９．１９), traditional
// characters of units and verbs folded to simplified ones (億元), and a space allowed between a number
// and its unit (53.85 亿斤, as PDF copies have it). A figure is a number with its unit (亿元, 万人次, %,
// 个, 个百分点, $… billion …), its label, its period, its byte offset, and where the text says so a
// change and a baseline. Units, scales, currencies, numerals and the folding come from package
// content/cjk, which the line breaker reads too, so a figure's number and unit also stay on one line:
//   - Years (2024年, in 2023) and months are never figures; they date figures. A period (2024年前三季度,
//     今年以来, in the first half of 2024) dates every later figure of its sentence; one written right
//     before a number with 的 (2023年的10.6亿元), or right after it with "in", dates that number alone.
//     比上年 and 较去年 compare with a year; they date nothing.
//   - A rate after a verb of change (同比增长13.34%, 下降2.1%, 增幅达, rose 12%, up 8.5% year on year)
//     is the change of the figure right before it when only a separator stands between them; 分别增长
//     21%和9.4% gives each of the figures before it its own change, in order; in English a change
//     before "to" belongs to the figure after it (rose 12% to $4.2 billion). A change is signed as
//     written (下降 is negative), is "yoy" when the text says 同比, 比上年 or year on year, and "change"
//     otherwise. An amount after 比上年增加 is a change too, in that amount's unit. A rate that is a
//     level rather than a change (城镇化率58.3%) takes a rate of change after it like any figure
//     (，同比增长1.2个百分点). A rate of change that belongs to no figure is a figure itself, signed as
//     its verb is and named by its subject with the noun of its wording (同比增幅达5.9% → …增幅) or,
//     after a verb, with 增速 when it is a percentage (出口总额同比下降2.1% → 出口总额增速, −2.1);
//     in percentage points its subject names it alone (失业率下降0.4个百分点 → 失业率, −0.4).
//   - 由A增长到B / 从A到B / from A to B is one figure, B, with the baseline A.
//   - A count in Chinese numerals with a measure word (八个严禁, 三个区分开来) is a figure; one (一张蓝图)
//     is an article, ordinals (第三个, 二十届) and slogans without a measure word (三高四新) are not.
//   - The label of a count or a span of time is the noun after it (2053个屋场党小组, 12条具体减负赋能
//     措施 → 减负赋能措施); of anything else, the phrase before it in its clause, without scope words
//     (全县), the place the byline names, adverbs (累计) and linking verbs (实现, 达到). A generic measure
//     keeps its subject (工业企业累计实现总产值 → 工业总产值); when the clause names nothing, the clause
//     before is read (研发经费投入，由…). A list of values after 分别为 (A和B分别为120亿元和85亿元, or
//     A and B were … and … respectively) names each by its own name in the subject, in order. A label
//     never reaches back past another figure or its change. Labels are quoted from the text as written.
//   - Every Arabic number of a section is accounted for exactly once: as a figure, a change, a baseline,
//     or inside a period that dates a figure. Heading numbers (一、, 1.) are not figures.
//
// Notes. Speaker notes (<!-- note: … -->) are kept on the section (those before the first part on
// the first), left out of the edges of its preface and sub-points; they are never part of its text
// as shown.
//
// Input. Parse refuses only what is not text — invalid UTF-8, NUL bytes, nothing but whitespace, more
// than 16 MiB — with an *InputError naming the document and the reason in one line. Files are decoded
// first (Decode): UTF-8 as it is; text that opens with a UTF-16 byte order mark as UTF-16; anything
// else as GB18030, then Big5, taking the first that decodes every byte (a U+FFFD the text writes
// itself is a character, not a fault) into text that reads as Chinese — nearly all of it beyond ASCII
// Han or Chinese punctuation, and Han a tenth of its letters at least — and naming the encodings
// tried and where each failed when none does. The Briefing says which encoding was assumed. A Word
// document (.docx, a zip archive) gives the text of word/document.xml: as markdown when its styles
// (word/styles.xml: Title, heading n, 标题 n, outline levels, styles based on them) make headings or it
// has tables — the markdown rules then read the outline the author gave it — and as plain paragraphs
// otherwise, as Word would save it as text. Reading a .docx is bounded in files, expanded size, XML
// depth, the size of one XML token and the size of the text. PDF, Word 97–2003 and WPS documents and
// RTF are refused by their first bytes or, failing that, their name.
package content
