package contenttest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// ReportShape is the size of a generated work report.
type ReportShape struct {
	Parts   int // parts, numbered 一、二、…
	Figures int // sentences written around a figure (some hold two: a value and what it grew from)
	Chars   int // characters in all, about
}

// BigReport is the shape of a provincial government work report: 60,000 characters in 15 parts with
// 400 figures.
func BigReport() ReportShape { return ReportShape{Parts: 15, Figures: 400, Chars: 60000} }

// Report writes a government work report of the given shape, the same for the same shape: a title, the
// meeting and the speaker, the greeting, then the parts, each with sub-points （一）（二）… of prose in
// which the figures stand as the seed writes them (109.19亿元，同比增长13.34%; 从7.6亿元增长到10.6亿元;
// 317.59万人次). The words are the genre's, written for the tests; no sentence is taken from a real
// document.
func Report(shape ReportShape) []byte {
	w := reportWriter{rng: rand.New(rand.NewPCG(uint64(shape.Parts), uint64(shape.Figures))), words: genreWords(), shape: shape}
	for _, line := range []string{"政府工作报告", "", "——在第十五届人民代表大会第二次会议上", "", "省人民政府省长 林远航", "",
		"各位代表：", "", "现在，我代表省人民政府，向大会报告政府工作，请予审议，并请省政协委员和其他列席人员提出意见。", ""} {
		w.line(line)
	}
	parts := max(shape.Parts, 1)
	for part := range parts {
		w.part(part, shape.Figures*(part+1)/parts-shape.Figures*part/parts)
	}
	return []byte(w.b.String())
}

type reportWriter struct {
	b       strings.Builder
	runes   int // written so far
	figures int // written so far
	rng     *rand.Rand
	words   reportWords
	shape   ReportShape
}

func (w *reportWriter) write(s string) {
	w.b.WriteString(s)
	w.runes += utf8.RuneCountInString(s)
}

func (w *reportWriter) line(s string) {
	w.write(s)
	w.write("\n")
}

// part writes part i: its heading and a paragraph, then four or five sub-points sharing its figures.
// After each figure comes prose, as much as keeps the report on course for its length.
func (w *reportWriter) part(i, figures int) {
	w.line(chineseNumber(i+1) + "、" + pick(w.rng, w.words.partTitles) + pick(w.rng, w.words.partAims))
	w.line("")
	w.line(w.prose(60))
	w.line("")
	points := 4 + i%2
	for p := range points {
		w.line("（" + chineseNumber(p+1) + "）" + pick(w.rng, w.words.pointTitles))
		quota := figures*(p+1)/points - figures*p/points
		for quota > 0 {
			sentence, n := w.figureSentence(quota)
			w.write(sentence)
			quota -= n
			w.figures += n
			due := w.shape.Chars * w.figures / max(w.shape.Figures, 1)
			w.write(w.prose(due - w.runes))
		}
		w.line("")
		w.line("")
	}
}

// figureSentence is a sentence around one figure, or two when room allows (a count and an amount), in
// one of the seed's ways of writing them. It says how many figures it holds.
func (w *reportWriter) figureSentence(room int) (string, int) {
	r := w.rng
	metric, unit := pickPair(r, w.words.metrics)
	value := float64(r.IntN(90000)+1000) / 100
	switch kind := r.IntN(5); {
	case kind == 0:
		return fmt.Sprintf("%s%s完成%.2f%s，同比增长%.1f%%。", pick(r, w.words.subjects), metric, value, unit, float64(r.IntN(180)+5)/10), 1
	case kind == 1:
		from := value * float64(r.IntN(40)+55) / 100
		return fmt.Sprintf("%s从%.1f%s增长到%.1f%s。", metric, from, unit, value, unit), 1
	case kind == 2:
		return fmt.Sprintf("全年接待游客%.2f万人次，%s。", value, pick(r, w.words.touristTails)), 1
	case kind == 3 && room >= 2:
		return fmt.Sprintf("新签约项目%d个，投资总额%.1f亿元。", r.IntN(90)+10, value), 2
	default:
		return fmt.Sprintf("%s达到%.1f%%，提高%.1f个百分点。", pick(r, w.words.rates), float64(r.IntN(600)+300)/10, float64(r.IntN(30)+1)/10), 1
	}
}

// prose is at least n characters (none when n is not positive) of the genre's sentences without
// figures.
func (w *reportWriter) prose(n int) string {
	var b strings.Builder
	for written := 0; written < n; {
		sentence := pick(w.rng, w.words.verbs) + pick(w.rng, w.words.objects) + "，" +
			pick(w.rng, w.words.verbs) + pick(w.rng, w.words.objects) + pick(w.rng, w.words.endings)
		b.WriteString(sentence)
		written += utf8.RuneCountInString(sentence)
	}
	return b.String()
}

func pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

func pickPair(r *rand.Rand, from [][2]string) (string, string) {
	p := from[r.IntN(len(from))]
	return p[0], p[1]
}

// chineseNumber writes 1 to 99 as a heading numbers them: 一, 十, 十五, 二十三.
func chineseNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}

// reportWords are the genre's words the generator draws from.
type reportWords struct {
	partTitles   []string
	partAims     []string
	pointTitles  []string
	subjects     []string
	metrics      [][2]string
	touristTails []string
	rates        []string
	verbs        []string
	objects      []string
	endings      []string
}

func genreWords() reportWords {
	return reportWords{
		partTitles:   []string{"坚定不移", "聚焦聚力", "全力以赴", "持之以恒", "久久为功", "守正创新", "勇毅前行", "真抓实干"},
		partAims:     []string{"扩大有效需求", "建设现代化产业体系", "深化重点领域改革", "推进高水平对外开放", "全面推进乡村振兴", "促进区域协调发展", "加强生态文明建设", "保障和改善民生", "提升科技创新能力", "建设文化强省", "推进新型城镇化", "防范化解重大风险", "加强政府自身建设", "优化营商环境", "发展数字经济"},
		pointTitles:  []string{"着力稳定工业增长", "加快项目建设进度", "激发消费市场活力", "推动外贸提质增效", "培育壮大市场主体", "提升城乡建设水平", "办好民生实事", "强化要素保障", "深化放管服改革", "推进文旅融合发展", "加强基础设施建设", "提高公共服务水平"},
		subjects:     []string{"全省", "全年", "全省规模以上工业企业", "一季度", "前三季度", ""},
		metrics:      [][2]string{{"地区生产总值", "亿元"}, {"一般公共预算收入", "亿元"}, {"固定资产投资", "亿元"}, {"社会消费品零售总额", "亿元"}, {"进出口总额", "亿元"}, {"规模工业增加值", "亿元"}, {"粮食产量", "万吨"}, {"新建改造农村公路", "公里"}, {"新增城镇就业", "万人"}, {"城乡居民人均可支配收入", "元"}},
		touristTails: []string{"旅游收入稳步增长", "文旅消费持续回暖", "乡村旅游加快发展"},
		rates:        []string{"城镇化率", "研发经费投入强度", "森林覆盖率", "空气质量优良天数比例", "高新技术产业增加值占比"},
		verbs:        []string{"坚持", "加快", "推动", "深化", "统筹", "强化", "完善", "健全", "落实", "优化"},
		objects:      []string{"产业链供应链协同发展", "重点项目建设", "科技创新平台布局", "县域经济特色发展", "城乡融合发展体制机制", "营商环境改革举措", "公共服务均衡供给", "生态环境系统治理", "安全生产责任体系", "基层治理现代化"},
		endings:      []string{"。", "，取得明显成效。", "，形成一批可复制经验。", "，发展基础更加坚实。"},
	}
}
