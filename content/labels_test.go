package content_test

import "testing"

// TestLabelPhrases: a label is the noun phrase that names what is measured, quoted from the text,
// never cut mid-word, never a connective, never empty, never a whole clause. Each example is ours.
func TestLabelPhrases(t *testing.T) {
	for _, tc := range []struct {
		rule, text, figure, label string
	}{
		{"no fixed window: a long phrase stays whole", "全县战略性新兴产业增加值占规模以上工业增加值比重达到38.2%。", "38.2%", "战略性新兴产业增加值占规模以上工业增加值比重"},
		{"a verb inside a noun is no verb (建成区)", "县城建成区面积扩大到28.4平方公里。", "28.4平方公里", "县城建成区面积"},
		{"the level a measure reached: 提高到 and 每人每年 go", "城乡居民医保财政补助标准提高到每人每年700元。", "700元", "城乡居民医保财政补助标准"},
		{"a verb of doing goes when the thing counted names the figure", "组建产业技术创新联盟9个。", "9个", "产业技术创新联盟"},
		{"two verbs of doing in a row go together", "谋划储备重大项目320个。", "320个", "重大项目"},
		{"a verb saying what is measured stays, its doer goes", "区领导累计走访企业310家次。", "310家次", "走访企业"},
		{"a verb saying what is measured stays after 共", "全年共接待游客640万人次。", "640万人次", "接待游客"},
		{"a verb of doing stays when the noun alone says too little", "累计投入资金3.5亿元。", "3.5亿元", "投入资金"},
		{"words saying the thing is new stay", "全年新增城镇就业1.1万人，新建幼儿园4所。", "1.1万人", "新增城镇就业"},
		{"新 before a verb makes one word", "新引进规模以上企业25家。", "25家", "新引进规模以上企业"},
		{"a noun that is also a verb, inside a phrase", "数字经济发展专项资金安排2亿元。", "2亿元", "数字经济发展专项资金"},
		{"a verb closing the clause leaves its subject", "城际班列开行620列。", "620列", "城际班列"},
		{"adverbs and scope words go", "全市一般公共预算收入预计达到58.6亿元。", "58.6亿元", "一般公共预算收入"},
		{"the enumeration comma joins nouns", "新增有机食品、绿色食品认证18个。", "18个", "新增有机食品、绿色食品认证"},
		{"quotation marks in pairs stay", "“最多跑一次”事项增加到210项。", "210项", "“最多跑一次”事项"},
		{"a share is of what the figure before measures", "其中教育支出9.4亿元，占比21.3%。", "21.3%", "教育支出占比"},
		{"a count is named by the noun after it, up to a verb", "为3200户低保家庭发放补贴580万元。", "3200户", "低保家庭"},
		{"traditional characters read as simplified, quoted as written", "協助中小企業導入雲端服務3,600家。", "3,600家", "中小企業導入雲端服務"},
		{"the place the byline names goes only before a scope word", "河东物流园营业收入12亿元。", "12亿元", "河东物流园营业收入"},
		{"English: what an amount is of", "The port handles 2,100 miles of pipeline.", "2,100 miles", "pipeline"},
		{"English: what an amount goes into", "The plan puts $40 million into schools.", "$40 million", "schools"},
		{"English: the noun an amount describes", "Voters approved a $310 million bond.", "$310 million", "bond"},
		{"English: who did it and the verb go", "We will cut waiting times to 12 days.", "12 days", "waiting times"},
		{"English: the predicate goes", "Net debt is expected to peak at 48.5% of GDP.", "48.5%", "Net debt"},
		{"English: a relative clause names its antecedent", "Hotel receipts, which fell 4% last spring, have recovered.", "4%", "Hotel receipts"},
		{"a verb of getting goes", "全县获得新增建设用地指标800亩。", "800亩", "新增建设用地指标"},
		{"a level reached with 发展到 goes", "全县家庭农场发展到1260户。", "1260户", "家庭农场"},
		{"a span of years names what follows 的", "古镇已有1300多年的历史。", "1300多年", "历史"},
		{"traditional 分別 is 分别", "零售、餐飲營業額分別達3,100億元、860億元。", "3,100億元", "零售營業額"},
		{"English: what is said after that", "The company said on Monday that its revenue rose 4% to $12.1 billion.", "$12.1 billion", "revenue"},
		{"English: a range shares its measure", "It expects sales of between $3.1 billion and $3.4 billion.", "$3.4 billion", "sales"},
		{"English: the noun phrase before of", "The agency ended the year with a deficit of $2.3 million.", "$2.3 million", "deficit"},
	} {
		b := parseText(t, tc.text)
		if got := figureAt(t, b, 0, tc.figure).Label; got != tc.label {
			t.Errorf("%s: %q labels %q as %q, want %q", tc.rule, tc.text, tc.figure, got, tc.label)
		}
	}
}
