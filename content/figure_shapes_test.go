package content_test

import (
	"fmt"
	"slices"
	"testing"
)

// TestFigureShapes covers the shapes of value, unit, change and baseline the genre writes beyond the
// seed, each with a short example of our own. Every figure of each text is listed.
func TestFigureShapes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		wants []wantFigure
	}{
		{
			name:  "a compound amount is summed into its smaller unit",
			text:  "全县人均收入达到2万1,456美元。",
			wants: []wantFigure{{0, "2万1,456美元", "人均收入", 21456, "美元", "", "", "", ""}},
		},
		{
			name:  "兆 and 亿 in one amount",
			text:  "全年營業額為3兆2,100億元。",
			wants: []wantFigure{{0, "3兆2,100億元", "營業額", 32100, "亿元", "", "全年", "", ""}},
		},
		{
			name:  "兆 before a currency is a scale, before 瓦 a prefix",
			text:  "資產總額18.6兆元，裝置容量1,200兆瓦。",
			wants: []wantFigure{{0, "18.6兆元", "資產總額", 18.6, "兆元", "", "", "", ""}, {0, "1,200兆瓦", "裝置容量", 1200, "兆瓦", "", "", "", ""}},
		},
		{
			name:  "千亿 with a bound before it",
			text:  "全市外贸规模近3千亿美元。",
			wants: []wantFigure{{0, "3千亿美元", "外贸规模", 3, "千亿美元", "近", "", "", ""}},
		},
		{
			name:  "多 after a space, as a PDF copy has it",
			text:  "全镇项目资金 3000 多万元。",
			wants: []wantFigure{{0, "3000 多万元", "项目资金", 3000, "万元", "多", "", "", ""}},
		},
		{
			name:  "full-width digits grouped by full-width commas",
			text:  "本市歲入為１，８６５億元。",
			wants: []wantFigure{{0, "１，８６５億元", "歲入", 1865, "亿元", "", "", "", ""}},
		},
		{
			name:  "a ratio is one figure, with the ratio it changed from",
			text:  "全县三次产业结构由12.5：40.1：47.4调整为9.8：38.6：51.6。",
			wants: []wantFigure{{0, "9.8：38.6：51.6", "三次产业结构", 0, "ratio", "", "", "", " 0 ratio"}},
		},
		{
			name:  "新增 after a total in the same unit is its change",
			text:  "全县家庭农场总数达到1.6万户，新增820户。",
			wants: []wantFigure{{0, "1.6万户", "家庭农场总数", 1.6, "万户", "", "", "change +820 户", ""}},
		},
		{
			name: "比上年实际增加, 年增 and 净增",
			text: "村集体收入1900万元，比上年实际增加320万元；常住人口38.2万人，年增1.4%；企业总数860家，净增45家。",
			wants: []wantFigure{
				{0, "1900万元", "村集体收入", 1900, "万元", "", "", "yoy +320 万元", ""},
				{0, "38.2万人", "常住人口", 38.2, "万人", "", "", "yoy +1.4 %", ""},
				{0, "860家", "企业总数", 860, "家", "", "", "change +45 家", ""},
			},
		},
		{
			name:  "增长近一倍 is a change of one times",
			text:  "跨境电商交易额9.6亿元，增长近一倍。",
			wants: []wantFigure{{0, "9.6亿元", "跨境电商交易额", 9.6, "亿元", "", "", "change +1 倍", ""}},
		},
		{
			name: "a comparison at the start of a clause",
			text: "审批时间压缩至3天，比改革前缩短40%；全年完成投资55亿元，较计划数增加2.5%。",
			wants: []wantFigure{
				{0, "3天", "审批时间", 3, "天", "", "", "change -40 %", ""},
				{0, "55亿元", "投资", 55, "亿元", "", "全年", "change +2.5 %", ""},
			},
		},
		{
			name: "分别 rates standing alone, named by the subject",
			text: "全县工业投资、民间投资分别增长9%和4.5%。",
			wants: []wantFigure{
				{0, "9%", "工业投资增速", 9, "%", "", "", "", ""},
				{0, "4.5%", "民间投资增速", 4.5, "%", "", "", "", ""},
			},
		},
		{
			name: "分别 bare rates after 增长",
			text: "全县接待游客800万人次、旅游收入62亿元，分别比上年增长 12 和 9.5。",
			wants: []wantFigure{
				{0, "800万人次", "接待游客", 800, "万人次", "", "", "yoy +12 %", ""},
				{0, "62亿元", "旅游收入", 62, "亿元", "", "", "yoy +9.5 %", ""},
			},
		},
		{
			name: "分别 with the unit on the last value only",
			text: "城镇登记失业率和城镇调查失业率分别为3.1%和5%，分别比上年低0.4个和0.3个百分点。",
			wants: []wantFigure{
				{0, "3.1%", "城镇登记失业率", 3.1, "%", "", "", "yoy -0.4 个百分点", ""},
				{0, "5%", "城镇调查失业率", 5, "%", "", "", "yoy -0.3 个百分点", ""},
			},
		},
		{
			name: "分别 pairs with baselines and a shared measure",
			text: "城镇、农村居民人均可支配收入分别从2019年的3.1万元和1.4万元增至2023年的3.9万元和1.9万元。",
			wants: []wantFigure{
				{0, "3.9万元", "城镇居民人均可支配收入", 3.9, "万元", "", "2023年", "", "2019年 3.1 万元"},
				{0, "1.9万元", "农村居民人均可支配收入", 1.9, "万元", "", "2023年", "", "2019年 1.4 万元"},
			},
		},
		{
			name: "分别 names with a measure between 分别 and the values",
			text: "东区、西区分别实现税收8.2亿元、5.6亿元。",
			wants: []wantFigure{
				{0, "8.2亿元", "东区税收", 8.2, "亿元", "", "", "", ""},
				{0, "5.6亿元", "西区税收", 5.6, "亿元", "", "", "", ""},
			},
		},
		{
			name: "English verbs of change and to X from Y",
			text: "Sales climbed 7% to $3.10 billion from $2.90 billion. Margins slipped 0.5 percentage points to 21%.",
			wants: []wantFigure{
				{0, "$3.10 billion", "Sales", 3.1, "$ billion", "", "", "change +7 %", " 2.9 $ billion"},
				{0, "21%", "Margins", 21, "%", "", "", "change -0.5 percentage points", ""},
			},
		},
		{
			name: "a rate per share and its baseline a year earlier",
			text: "Profit rose 5% to $80 million, or 21 cents a share, from $76 million, or 20 cents a share, a year earlier.",
			wants: []wantFigure{
				{0, "$80 million", "Profit", 80, "$ million", "", "", "yoy +5 %", " 76 $ million"},
				{0, "21 cents a share", "Profit", 21, "cents a share", "", "", "", " 20 cents a share"},
			},
		},
		{
			name: "table cells are named by their row, dated or bounded by their column",
			text: "# 公报\n\n## 主要指标\n\n全年经济运行平稳。\n\n| 指标 | 2023年 | 2024年 |\n| --- | ---: | ---: |\n| 粮食产量（万吨） | 52.1 | 53.4 |\n| 5G基站（个） | 800 | 1,200 |\n\n## 项目\n\n| 项目 | 计划 | 完成 |\n| --- | --- | --- |\n| 新建学校 | 6所 | 7所 |\n",
			wants: []wantFigure{
				{0, "52.1", "粮食产量", 52.1, "万吨", "", "2023年", "", ""},
				{0, "53.4", "粮食产量", 53.4, "万吨", "", "2024年", "", ""},
				{0, "800", "5G基站", 800, "个", "", "2023年", "", ""},
				{0, "1,200", "5G基站", 1200, "个", "", "2024年", "", ""},
				{1, "6所", "新建学校", 6, "所", "计划", "", "", ""},
				{1, "7所", "新建学校", 7, "所", "完成", "", "", ""},
			},
		},
		{
			name: "an English table with the unit in the row header",
			text: "# Report\n\n## Results\n\nA good year.\n\n| Segment | 2024 | 2023 |\n| --- | ---: | ---: |\n| Coal ($ million) | 1,310 | 1,250 |\n",
			wants: []wantFigure{
				{0, "1,310", "Coal", 1310, "$ million", "", "2024", "", ""},
				{0, "1,250", "Coal", 1250, "$ million", "", "2023", "", ""},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			checkAccounting(t, tc.name, b)
			checkFigures(t, b, tc.wants)
		})
	}
}

// TestAsides: numbers that are no figures, each with why, and nothing else of the text is a figure.
func TestAsides(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wants []string // "kind text"
	}{
		{"第8届博览会签约项目46个。", []string{"ordinal 8届"}},
		{"入选第一、二批示范名单。", []string{"ordinal 二批"}},
		{"引进世界500强企业3家。", []string{"rank 500"}},
		{"建成5G基站800个，承办G20分论坛。", []string{"identifier 5", "identifier 20"}},
		{"开通12345热线，开行2号线。", []string{"identifier 12345", "identifier 2"}},
		{"落实“1+3+N”工作体系，推进“1135”工程。", []string{"slogan 1", "slogan 3", "slogan 1135"}},
		{"平台升级到3.0版。", []string{"version 3.0"}},
		{"迎来建县70周年。", []string{"anniversary 70周年"}},
		{"20xx年工作总结。", []string{"placeholder 20"}},
		{"重点抓好三件事：一是稳投资，二是促消费。", []string{"signpost 三件"}},
		{"下面，我讲四个问题。", []string{"signpost 四个"}},
		{"统筹发展和安全两件大事。", []string{"signpost 两件"}},
		{"落实“五个严禁”和中央八项规定。", []string{"slogan 五个", "slogan 八项"}},
		{"收入5万元以下的村全部清零。", []string{"threshold 5万元以下"}},
		{"11月20日，新院区投入使用，新增床位600张。", []string{"date 11月20日"}},
		{"重点推进两项改革：1.财税改革；2.国资改革。", []string{"signpost 两项", "marker 1", "marker 2"}},
		{"The plant opens on May 4 and will employ 300 people.", []string{"date 4"}},
	} {
		b := parseText(t, tc.text)
		checkAccounting(t, tc.text, b)
		var got []string
		for _, s := range b.Sections {
			for _, a := range s.Asides {
				got = append(got, fmt.Sprintf("%s %s", a.Kind, a.Text))
			}
		}
		if !slices.Equal(got, tc.wants) {
			t.Errorf("%q: asides %q, want %q; figures:%s", tc.text, got, tc.wants, describeFigures(b))
		}
		for _, s := range b.Sections {
			for _, f := range s.Figures {
				for _, a := range s.Asides {
					if f.Offset < a.Offset+len(a.Text) && a.Offset < f.Offset+len(f.Text) {
						t.Errorf("%q: figure %q overlaps the aside %q", tc.text, f.Text, a.Text)
					}
				}
			}
		}
	}
}
