package score

// Shape is a shape of the genre that the engine must read right, as a corpus tags it.
type Shape struct {
	Tag  string
	Kind ShapeKind
	What string
}

// ShapeKind says where a shape's tag is written in a gold file and how it is scored.
type ShapeKind int

// Outline shapes tag documents (scored by exact outlines), figure shapes tag figures (scored by
// matches and labels), not-figure shapes tag not_figures (scored by no figure reported there).
const (
	OutlineShape ShapeKind = iota
	FigureShape
	NotFigureShape
)

// RequiredShapes are the outline and figure shapes a corpus must exercise, each with at least one
// document; read-only. The corpus test checks that every one is tagged somewhere.
func RequiredShapes() []Shape {
	return []Shape{
		{"salutation", OutlineShape, "各位代表：/同志们：/女士们、先生们 belong to the opening"},
		{"lone-xianzai", OutlineShape, "a lone 现在，… sentence belongs to the opening"},
		{"heading-line", OutlineShape, "a heading line (一、2024年工作回顾) titles the text after it"},
		{"heading-line-quoted", OutlineShape, "an unnumbered heading line such as “十三五”时期工作回顾"},
		{"single-heading-short", OutlineShape, "a heading kind occurring once in a short document makes a part"},
		{"single-heading-excerpt", OutlineShape, "a heading kind occurring once in an excerpt makes a part"},
		{"enum-yishi", OutlineShape, "一是……二是…… inside one paragraph make sub-points"},
		{"enum-diyi", OutlineShape, "第一，……第二，…… inside one paragraph make sub-points"},
		{"bracket-halfwidth", OutlineShape, "(一) headings with half-width brackets"},
		{"nested-traditional", OutlineShape, "壹、 parts with 一、 nested under them"},
		{"arabic-under", OutlineShape, "1. headings under 一、"},
		{"paren-arabic-under", OutlineShape, "（1） headings under 一、"},
		{"spaced-title", OutlineShape, "a letter-spaced title (政 府 工 作 报 告)"},
		{"wrapped-subtitle", OutlineShape, "a subtitle wrapping over two lines"},
		{"byline-nospace", OutlineShape, "a byline without a space (临江市市长王某)"},
		{"byline-dateline", OutlineShape, "a byline with a date line (2024年1月10日在…上)"},
		{"en-dateline", OutlineShape, "an English dateline (NEW YORK — …)"},
		{"en-closing-byline", OutlineShape, "a closing byline line (— Name)"},
		{"no-title-heading", OutlineShape, "no title: the title is the first heading"},
		{"no-title-filename", OutlineShape, "no title and no heading: the title is the file's name"},

		{"resp-rates", FigureShape, "分别增长8%、5.2%和3%"},
		{"resp-bare-rates", FigureShape, "分别比上年增长 17 和 6.3 (rates without %)"},
		{"resp-values", FigureShape, "分别为120亿元和85亿元"},
		{"resp-last-unit", FigureShape, "分别低0.7个和0.2个百分点 (unit on the last only)"},
		{"resp-baselines", FigureShape, "分别从2015年的300元和200元增至2023年的1.2万元和8000元"},
		{"resp-names", FigureShape, "A、B分别实现产值52亿元、97亿元 (each its own name)"},
		{"compound", FigureShape, "2万1,456美元 = 21456 美元"},
		{"zhao-compound", FigureShape, "3兆2,100亿元"},
		{"zhao", FigureShape, "18.6兆元 (兆 with a currency is 10^12)"},
		{"zhao-prefix", FigureShape, "兆瓦 (兆 as a prefix in units)"},
		{"near-qianyi", FigureShape, "近3千亿美元"},
		{"duo", FigureShape, "3000多万元: qualifier 多, unit 万元"},
		{"thousands-sep", FigureShape, "15,300 stays \"15,300\" in text"},
		{"en-rose", FigureShape, "rose"}, {"en-increased", FigureShape, "increased"}, {"en-grew", FigureShape, "grew"},
		{"en-climbed", FigureShape, "climbed"}, {"en-jumped", FigureShape, "jumped"}, {"en-leaped", FigureShape, "leaped"},
		{"en-surged", FigureShape, "surged"}, {"en-advanced", FigureShape, "advanced"}, {"en-gained", FigureShape, "gained"},
		{"en-fell", FigureShape, "fell"}, {"en-declined", FigureShape, "declined"}, {"en-dropped", FigureShape, "dropped"},
		{"en-dipped", FigureShape, "dipped"}, {"en-slid", FigureShape, "slid"}, {"en-slipped", FigureShape, "slipped"},
		{"en-decreased", FigureShape, "decreased"},
		{"en-to-from", FigureShape, "to $X from $Y: X with the baseline Y"},
		{"en-cents", FigureShape, "38 cents a share"},
		{"en-precision", FigureShape, "$2.40 billion keeps its written precision"},
		{"xinzeng", FigureShape, "新增1380户 as a change"},
		{"shiji-zengjia", FigureShape, "比上年实际增加512万元"},
		{"nianzeng", FigureShape, "年增1.87%"},
		{"jingzeng", FigureShape, "净增"},
		{"pp-tigao", FigureShape, "提高 N个百分点"},
		{"pp-huiluo", FigureShape, "回落 N个百分点"},
		{"pp-xiajiang", FigureShape, "下降 N个百分点"},
		{"jin-yibei", FigureShape, "增长近一倍"},
		{"ratio-colon", FigureShape, "8.2:45.1:46.7 is one figure"},
		{"ratio-fullwidth", FigureShape, "8.2：45.1：46.7"},
		{"ratio-presentation", FigureShape, "8.2︰45.1︰46.7"},
		{"md-table", FigureShape, "a markdown table cell: labelled by its row header, dated or qualified by its column header"},
		{"roc-year", FigureShape, "ROC years (112年) date figures"},
		{"label-phrase", FigureShape, "a long noun phrase label never cut by a window (建成区面积)"},
		{"label-after-connective", FigureShape, "a figure after 和/与/and: the label is never the connective"},
		{"zh-count", FigureShape, "a count in Chinese numerals with a measure word (两所学校)"},

		{"nf-date-en", NotFigureShape, "an English date (April 14)"},
		{"nf-date-zh", NotFigureShape, "a Chinese date (12月1日)"},
		{"nf-placeholder-year", NotFigureShape, "a placeholder year (20xx)"},
		{"nf-anniversary", NotFigureShape, "an anniversary (成立60周年)"},
		{"nf-version", NotFigureShape, "an edition or version (2.0版)"},
		{"nf-ordinal", NotFigureShape, "an ordinal (第12届)"},
		{"nf-ordinal-list", NotFigureShape, "a list of ordinals (第一、二批)"},
		{"nf-list-marker", NotFigureShape, "a list marker inside a line"},
		{"nf-rank", NotFigureShape, "a rank in a name (世界500强)"},
		{"nf-signpost", NotFigureShape, "a signpost count followed by its enumeration (五个问题, 三个方面)"},
		{"nf-slogan", NotFigureShape, "a slogan (1+2+N, “1135”)"},
		{"nf-identifier", NotFigureShape, "a number inside a name or code (5G, G20)"},
		{"nf-threshold", NotFigureShape, "a bound that names a group (收入10万元以下的村)"},
	}
}
