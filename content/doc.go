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
// paragraphs and the line breaks inside them are read as spaces. A text of three paragraphs at most,
// one of them over 300 characters, may be a copy that lost its line breaks altogether: that paragraph
// is cut before a numbered heading that follows a space or a full stop and goes on with the numbering
// of its kind (一、 then 二、; （一） afresh under each), before a salutation and a ——lead, and after a
// heading's title, a salutation or the opening title where a space ends it. Text with a markdown
// heading, or two other marks of markdown (lists, quotes, fences, **strong**, links, comments), is
// markdown; a line of asterisks is a rule, not emphasis.
//
// Header. The first short line that does not end a sentence is the title (in markdown, the level-1
// heading); a title letter-spaced for display (政 府 工 作 报 告) is read without its spaces. A short
// line after it that names a position and a person (衡南县委书记 许达, 河西县县长李春华, Remarks by
// Mayor …) or the office that issues the text (东湖街道党政办公室) is the byline; a text may open with
// its byline when the name stands apart (市委书记 陈扬) and have no title line. A short line that opens
// with a dash, leads to the byline, dates the speech (（2024年12月20日）, ——2024年1月10日在…上, before
// the byline or after it), numbers a bulletin's issue (第12期) or notes in brackets where the text
// comes from ([节录自……]) is the subtitle, read without its dash or brackets; a subtitle left open (a
// bracket not closed, 在… before its 上) goes on over the next line. In plain text, the lines of the
// page a text was copied from, before the title and among the header's lines, are its furniture, kept
// apart and shown nowhere: a navigation bar (市人大 | 市政府 | 市政协), a breadcrumb (首页 > 要闻 >
// 正文), a meta line (2024-01-08 作者：… 来源：…) or a credit line (来源：…, 原标题：…), a rule of
// symbols (*****), a tag line (Read more: …), a page's control (手机版选单, Home, Print), and a table of contents (numbered headings from 1 in a
// row with nothing between them, the first of which comes again later). The lines that close a text
// and credit it rather than say anything are its credits, no body text: credit lines (one short line
// that opens with a credit's label and its colon, in brackets or not: 来源：…, 责任编辑：…, 编辑：…,
// 审核：…, 终审：…, 原标题：…, Source: …, or a credit "by" someone, Editing by …) and a notice of its
// rights (未经授权，不得转载, Copyright …). The publishers its 来源/Source lines name, each once and in
// order, are its source (来源：红星云；衡阳日报). A credit line the text goes on after is no closing
// credit: it stays where it stands, in the text of the part it follows, and the paragraphs after it
// belong to that part as they would without it — it may credit a table or a quotation, and a reader
// loses no word of what follows. Wherever it stands, a credit line is no heading, titles no section
// and is titled by none: a text's parts and sub-points are the same with it and without it. A last line that signs
// the text with a dash (— Daniel Osei, Mayor of Riverton) is the byline, no body text either. A
// document with no title takes its first heading's title, else its file's name without folder and
// extension: a title is never blank.
//
// Parts. A paragraph opens a part when it is a heading: a markdown heading; a numbered heading
// (第一部分, 壹、, 一、, （一） or (一), 1., （1）, Part One, I.), nesting in that order (一、 under
// 壹、, 1. under 一、), titled by its first sentence, or by all of its line when it has no full stop;
// a short line of its own with no sentence inside, followed by a longer paragraph that is no
// salutation, or by another such line, whose lines it then titles as its sub-points (Economic Outlook
// / Global Outlook / …); or a short lead sentence closed by a full stop that the paragraph goes on
// after (以工业强支撑县域强。……, 荣誉表彰鼓舞干劲、振奋人心。……; an exclamation such as 各位代表！
// leads nothing). A salutation (各位代表：, 同志们、朋友们：, 尊敬的各位嘉宾，女士们、先生们：, Madam
// Speaker, Honourable Members, The Governor of …) or a greeting (大家上午好！……) is never a heading.
// The outermost kind that occurs often enough splits the document — once for markdown headings, twice
// for the others, but once for a numbered heading or a heading line too when the document is short
// (under 3,000 characters) or an excerpt (its title says 节选 or excerpt, or its first numbered heading
// is not the first, 三、), where a lone heading line does not outrank numbered headings — and the text
// before the first part is the opening (导语 / Opening), which holds the salutations and the 现在，…
// sentence. A part is titled by its heading or lead sentence, without the full stop or a leading dash;
// the text after it and before its first sub-point is its preface. Text with no parts at all becomes
// one section per paragraph, each titled by its first sentence (cut with … where a word or clause ends
// when it is long: a first clause alone, 2024年, titles nothing); the salutations, greeting, lone
// 现在，… sentence, credit lines and a line introducing the text with a colon (以下是……致辞全文：) that
// open it are its opening, a later salutation belongs to the paragraph it addresses, and a later
// credit line to the paragraph it follows. Every document has at
// least one section: one that is nothing but a title and speaker notes is an opening holding the notes.
//
// Sub-points. Inside a part, the next kind of heading that occurs at least twice (once where one makes
// a part) makes sub-points. Failing that, a run of parallel short sentences (排比: two to twelve
// Chinese characters closed by a full stop, sharing their first character or their last two, of
// similar length — 突出产业集聚。突出原地倍增。) or an enumeration in order (一是……二是……, 第一，……,
// First, … Second, …) inside the part's paragraphs does; an enumerated point is titled by its first
// clause.
//
// Figures. Numbers are read with full-width digits and signs folded to ASCII (１０９．１９, and １，８６５
// grouped by full-width commas between full-width digits), traditional characters of units and verbs
// folded to simplified ones (億元), and a space allowed between a number and its unit (53.85 亿斤,
// 3000 多万元, as PDF copies have it). A figure is a number with its unit, its label, its period, its
// byte offset, and where the text says so a change, a baseline and a qualifier. Units, scales,
// currencies, numerals and the folding come from package content/cjk, which the line breaker reads
// too, so a figure's number and unit also stay on one line.
//
// The one rule for values and units: the value is the number as written, with its scale kept in the
// unit (109.19 亿元, 1.2 万个, 3 千亿美元, 2.40 $ billion); a compound amount is summed into its smaller
// unit (2万1,456美元 is 21456 美元, 5兆1,260億元 51260 亿元); 兆 is 10^12 before a currency (18.6 兆元,
// Taiwan usage) and a prefix in units (2,250 兆瓦); a bound is the qualifier, not part of the value
// (3000多万元 is 3000 万元 with 多; 近, 约, 超过, 以上, 左右, about); English units are a currency and its
// scale ($ billion), a measure (miles, days) or a rate per something (cents a share, $ a month), and
// a counted noun (2,300 workers) is the label, not a unit; a ratio (8.2:45.1:46.7, with ： or ︰ too)
// is one figure with value 0 and unit "ratio". The text quotes the figure as written, separators and
// all (15,300个, $2.40 billion). Figures in different units are never compared: a change or a
// baseline in an amount belongs to a figure only in the same unit without its scale (万户 and 户).
//   - Years (2024年, in 2023, and in traditional text 112年 of the Republic of China) and months are
//     never figures; they date figures. A period (2024年前三季度, 今年以来, 全年, 年末, in the first
//     half of 2024) dates every later figure of its sentence; one written right before a number with
//     的 (2023年的10.6亿元), or right after it with "in", dates that number alone, and a list of periods
//     (in 2024 and 2023, respectively) dates a list of values in order. A day (12月1日) dates nothing.
//     比上年 and 较去年 compare with a year; they date nothing.
//   - A rate after a verb of change is the change of the figure right before it when only a separator
//     stands between them: 同比增长13.34%, 下降2.1%, 增幅达, 年增1.87%, 五年年均增长, 提高/回落 N个百分点,
//     增长近一倍 (1 倍), a comparison opening a clause (比封关前缩短60%, 较预算数增加3.2%), 低 or 高 after a
//     comparison, and in English rose, increased, grew, climbed, jumped, leaped, surged, advanced, gained,
//     fell, declined, dropped, dipped, slid, slipped, decreased … In English a change before "to"
//     belongs to the figure after it (rose 12% to $4.2 billion). An amount is a change after a
//     comparison (比上年实际增加512万元) or a word of growth (新增1380户, 净增96家) in the figure's unit. A
//     change is signed as written (下降, 回落, 缩短, fell are negative), is "yoy" when the text compares
//     with the year before (同比, 比上年, 较上年度, 较111年, 年增, a year earlier) and "change" otherwise.
//     A number without a unit after 增长 or 下降 is a percentage. A rate that is a level (城镇化率58.3%)
//     takes a rate of change after it like any figure. A rate of change that belongs to no figure is a
//     figure itself, signed as its verb is and named by its subject with the noun of its wording
//     (同比增幅达5.9% → …增幅) or, after a verb, with 增速 when it is a percentage (出口总额同比下降2.1%
//     → 出口总额增速, −2.1); in percentage points its subject names it alone.
//   - 分别: rates after 分别 go in order to the figures before them; a rate written without its unit
//     takes the last one's (分别低0.7个和0.2个百分点); with no figures before them the rates stand alone,
//     each named by its own name in the subject (A、B分别增长8%和5% → A增速, B增速). A list of values after
//     分别为 or … respectively is named by the subject's names in order, each with a measure written
//     after 分别 (A、B分别实现产值 → A产值, B产值) or at the end of the last name when the others lack one
//     (城镇、农村居民人均可支配收入); a list compared with a list (分别从A1和A2增至B1和B2) pairs them.
//   - 由A增长到B / 从A到B / from A to B is one figure, B, with the baseline A; so is "to B from A", and a
//     value in apposition (", or 38 cents a share") is paired with the one beside the other value.
//   - A cell of a markdown table is a figure named by its row header, whose unit in brackets
//     (地区生产总值（亿元）) is the row's; its column header is its period when it is one (2024年) and
//     its qualifier otherwise (计划, 完成, Target).
//   - A count in Chinese numerals with a measure word (三个百亿级产业园区) is a figure; one (一张蓝图)
//     is an article, and ordinals (第三个, 第一、二批) and slogans without a measure word (三高四新) are not.
//   - A label is the noun phrase that names what is measured, quoted from the text as written; never a
//     fixed window of characters, a connective, empty, or a whole clause. A count or a span of time is
//     named by the noun after it up to a verb (2053个屋场党小组, 12条具体减负赋能措施 → 减负赋能措施);
//     anything else by its clause before it, from which go scope words (全县, 本市), the place the byline
//     names before a scope word, adverbs (累计, 力争, 预计), linking verbs (实现, 达到), a level reached
//     (提高到, 拓展至), and a verb of doing when the thing counted names the figure on its own (建成5G基站
//     → 5G基站); a verb saying what is measured stays (接待游客, 走访企业). No verb is read inside a noun
//     (建成区, 服务业) or after 的, and words saying a thing is new stay (新增城镇就业). A generic measure
//     keeps its subject (工业企业累计实现总产值 → 工业总产值); a share (占比) is of what the figure before
//     measures; when the clause names nothing, the clause before is read. In English: what an amount
//     is of or goes into (4,300 miles of track), the noun it describes ($240 million plan), else its
//     clause without who did it (we will cut …) or the predicate (is expected to peak at). A label never
//     reaches back past another figure or its change.
//   - Every Arabic number of a section is accounted for exactly once: as a figure, a change, a baseline,
//     inside a period that dates a figure, or as an aside that says why it is no figure — a date, an
//     ordinal (第12届), a marker (heading and list numbers, 1.国资), a rank (世界500强), an identifier
//     (5G, G20, 12345热线, 2号线, more digits than any measure has), a slogan (1+2+N, “1135”,
//     “八个严禁”, 中央八项规定), a version (2.0版), an anniversary (60周年), a placeholder (20xx), a
//     threshold that names a group (收入10万元以下的村), a signpost count the text then enumerates or
//     restates (五个问题：, 发展和安全两件大事), a number in a table header, or markup (a link's address).
//
// Notes. Speaker notes (<!-- note: … -->) are kept on the section (those before the first part on
// the first), left out of the edges of its preface and sub-points; they are never part of its text
// as shown.
//
// Input. Parse refuses only what is not text — invalid UTF-8, NUL bytes, nothing but whitespace, more
// than 16 MiB — with an *InputError naming the document and the reason in one line of English (the
// command line's); its Kind lets an interface say the reason in its own language (Explain, with the
// words of content/locale). Files are decoded
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
