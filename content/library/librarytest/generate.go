package librarytest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/content/library"
)

// Sizes in characters: the generated documents run from MinChars to MaxChars with a median of
// MedianChars, as a shelf of speeches (many short, a few long reports) does.
const (
	MinChars    = 2000
	MedianChars = 8000
	MaxChars    = 60000
)

// Doc is one generated document.
type Doc struct {
	Name  string // the file's name under the library's folder, with its group
	Title string
	Year  int
	Text  string
}

// Generate makes n documents. Document i's size is drawn so that sizes spread from MinChars to
// MaxChars with the median at MedianChars; its year, place and template vary with i.
func Generate(n int, seed uint64) []Doc {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	docs := make([]Doc, n)
	for i := range docs {
		u := (float64(i) + 0.5) / float64(n)
		u = math.Mod(u*7.0+float64(i%3)*0.001, 1)                 // spread sizes over the order of the files
		docs[i] = generate(i, min(target(u), MaxChars*9/10), rng) // the last paragraphs overshoot
	}
	return docs
}

// target maps u in [0,1) to a size: MinChars at 0, MedianChars at 0.5, MaxChars at 1.
func target(u float64) int {
	if u < 0.5 {
		return int(MedianChars * math.Pow(float64(MinChars)/MedianChars, (0.5-u)/0.5))
	}
	return int(MedianChars * math.Pow(float64(MaxChars)/MedianChars, (u-0.5)/0.5))
}

// Write writes docs under dir, creating their groups' folders.
func Write(dir string, docs []Doc) error {
	for _, d := range docs {
		path := filepath.Join(dir, filepath.FromSlash(d.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(d.Text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

var (
	places    = []string{"河西", "青山", "临江", "南岭", "东湖", "北塘", "云溪", "石门"}
	offices   = []string{"县委书记", "县长", "市长", "区委书记"}
	people    = []string{"李明", "王华", "张建国", "刘芳", "陈立", "赵平"}
	kinds     = []string{"政府工作报告", "经济工作会议上的讲话", "前三季度经济运行分析", "上半年工作总结"}
	groups    = []string{"", "", "reports", "speeches", "reports/county"}
	numerals  = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"}
	partHeads = []string{"坚持稳中求进，经济运行总体平稳", "聚焦产业升级，发展动能持续增强", "深化改革开放，营商环境不断优化",
		"保障改善民生，群众获得感明显提升", "加强生态保护，绿色发展成效显著", "推进乡村振兴，城乡面貌焕然一新"}
	measures = []struct{ label, unit string }{
		{"地区生产总值", "亿元"}, {"一般公共预算收入", "亿元"}, {"规模以上工业增加值", "亿元"},
		{"社会消费品零售总额", "亿元"}, {"固定资产投资", "亿元"}, {"城镇居民人均可支配收入", "元"},
		{"接待游客", "万人次"}, {"粮食产量", "万吨"},
	}
)

func generate(i, chars int, rng *rand.Rand) Doc {
	year := 2019 + i%6
	place := places[i%len(places)]
	kind := kinds[(i/3)%len(kinds)]
	template := i % 5
	var b strings.Builder
	title := fmt.Sprintf("%s%d年%s", place, year, kind)
	switch template {
	case 3: // markdown
		fmt.Fprintf(&b, "# %s\n\n（%d年%d月%d日）\n\n%s%s %s\n\n", title, year, 1+i%12, 1+i%28, place, offices[i%len(offices)], people[i%len(people)])
	case 4: // English remarks
		title = fmt.Sprintf("%s County Economic Report %d", place, year)
		fmt.Fprintf(&b, "%s\n\nRemarks by Mayor %s, March %d, %d\n\n", title, people[i%len(people)], 1+i%28, year)
	default:
		fmt.Fprintf(&b, "%s\n（%d年%d月%d日）\n%s%s %s\n\n各位代表：\n\n现在，我代表%s人民政府，向大会报告工作，请予审议。\n\n",
			title, year, 1+i%12, 1+i%28, place, offices[i%len(offices)], people[i%len(people)], place)
	}
	for part := 0; part < 6 || utf8.RuneCountInString(b.String()) < chars && part < len(numerals); part++ {
		writePart(&b, template, part, year, chars, rng)
	}
	text := b.String()
	if template == 2 && i%2 == 0 { // some of the shelf in traditional characters
		text = traditional(text)
		title = traditional(title)
	}
	ext := ".txt"
	if template == 3 {
		ext = ".md"
	}
	return Doc{Name: pathJoin(groups[i%len(groups)], fmt.Sprintf("%03d-%s%d%s", i, place, year, ext)), Title: title, Year: year, Text: text}
}

func pathJoin(group, name string) string {
	if group == "" {
		return name
	}
	return group + "/" + name
}

func writePart(b *strings.Builder, template, part, year, chars int, rng *rand.Rand) {
	head := partHeads[part%len(partHeads)]
	switch template {
	case 3:
		fmt.Fprintf(b, "## %s、%s\n\n", numerals[part], head)
	case 4:
		fmt.Fprintf(b, "%s. Growth and jobs, part %d\n\n", romans(part+1), part+1)
	default:
		fmt.Fprintf(b, "%s、%s\n\n", numerals[part], head)
	}
	perPoint := max(chars*19/20/18-70, 60) // six parts of three sub-points fill the document; a paragraph overshoots by half its length
	for point := 0; point < 3; point++ {
		written := 0
		write := func(s string) {
			b.WriteString(s)
			written += utf8.RuneCountInString(s)
		}
		if template != 4 {
			write(fmt.Sprintf("（%s）%s。\n\n", numerals[point], []string{"突出产业集聚", "突出项目建设", "突出民生保障"}[point]))
		}
		for paragraph := 0; written < perPoint; paragraph++ {
			m := measures[(part*3+point+paragraph)%len(measures)]
			value := float64(50+rng.IntN(900)) + float64(rng.IntN(100))/100
			rate := float64(rng.IntN(150))/10 + 0.1
			if template == 4 {
				write(fmt.Sprintf("In %d, revenue rose %.1f%% to $%.2f billion, and the county kept its promises on schools and roads. ", year, rate, value/100))
				write(englishFiller[paragraph%len(englishFiller)] + "\n\n")
				continue
			}
			write(fmt.Sprintf("%d年，全县%s%.2f%s，同比增长%.1f%%。", year, m.label, value, m.unit, rate))
			write(chineseFiller[paragraph%len(chineseFiller)] + "\n\n")
		}
	}
}

var (
	chineseFiller = []string{
		"我们坚持把发展作为第一要务，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，全县上下团结一心、砥砺奋进，各项事业取得新的成绩。",
		"这些成绩的取得，是上级党委政府坚强领导的结果，是全县干部群众齐心协力、苦干实干的结果，我们倍加珍惜，也清醒看到发展中存在的困难和问题。",
		"下一步，我们将围绕高质量发展这个首要任务，抓项目、强产业、优环境、惠民生，以实干实绩回应群众期盼，确保各项目标任务如期完成。",
	}
	englishFiller = []string{
		"We will keep building, keep listening and keep our budget balanced for every family in the county.",
		"Our plan puts people first, and the work of this year shows what steady effort can do for every town.",
	}
)

func romans(n int) string {
	return []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"}[(n-1)%15]
}

// traditional writes the characters the templates use in their traditional forms.
func traditional(s string) string {
	return strings.NewReplacer("县", "縣", "发展", "發展", "经济", "經濟", "总值", "總值", "亿", "億", "长", "長",
		"报告", "報告", "产", "產", "业", "業", "万", "萬", "运行", "運行", "区", "區").Replace(s)
}

// Shelf writes n generated briefings (seed picks the set) into a temporary folder of tb's and
// returns the library's files found there: what the benchmarks of the library and of its screen read.
func Shelf(tb testing.TB, n int, seed uint64) []library.File {
	tb.Helper()
	dir := tb.TempDir()
	if err := Write(dir, Generate(n, seed)); err != nil {
		tb.Fatal(err)
	}
	files, err := library.Scan([]string{dir})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}
