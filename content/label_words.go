package content

// Word lists of the Chinese label rules; read-only. They describe the genre's grammar, not any
// document: what opens or closes a clause without naming anything, and which verbs say what was
// done (the thing counted names the figure) or what is measured (the verb stays).
var (
	// leadingChinese are scope words, adverbs and adjectives that open a clause but name nothing.
	leadingChinese = []string{"全县", "全市", "全省", "全区", "全镇", "全乡", "全州", "全国", "全村", "本市", "本县", "本区", "本镇", "本部",
		"其中", "同时", "并且", "并", "还", "又", "已经", "已", "共计", "共有", "累计", "合计", "总计", "目前", "截至目前", "此外", "另外",
		"分别", "今年", "全年", "年内", "力争", "预计", "预期", "进一步", "持续", "先后", "全部", "各类", "各项", "每年"}
	// trailingChinese close a clause before its number without naming anything: 达, 为, 约 …
	trailingChinese = []string{"同比", "达到", "达", "为", "约", "近", "超过", "突破", "逾", "超", "共计", "共", "累计", "分别", "是", "有", "的",
		"控制在", "保持在", "稳定在", "维持在", "已", "预计", "预期", "力争", "全部", "平均", "每人每年", "每年", "每月", "每人", "覆盖"}
	// levelVerbs close a clause with the level a measure reached, before 到, 至 or 为:
	// 建成区面积拓展至…, 补助标准提高到…, 产业结构调整为…
	levelVerbs = []string{"提高", "提升", "增加", "增长", "发展", "拓展", "扩大", "压缩", "缩短", "缩小", "降低", "下降", "减少", "调升", "调整",
		"上调", "下调", "优化", "控制", "达", "降", "增"}
	// innerAdverbs stand between a subject and its verb and name nothing: 市领导累计走访企业.
	innerAdverbs = []string{"累计", "共计", "全部", "已经", "先后", "合计"}
	// linkingVerbs join what is measured to its amount: 工业企业累计实现总产值…
	linkingVerbs = []string{"实现", "完成", "达到"}
	// doneVerbs say what was done to the thing counted, which names the figure on its own:
	// 建成5G基站 → 5G基站, 组建市级创新联合体 → 市级创新联合体.
	doneVerbs = []string{"组建", "开通", "办理", "配备", "划定", "发展", "谋划", "储备", "启动", "编制", "投入", "协助", "查处", "推动",
		"推进", "建成", "实施", "打造", "培育", "组织", "建设", "建立", "出台", "制定", "落实", "创建", "招引", "吸引", "吸纳",
		"举办", "开展", "安排", "发放", "引进", "提供", "开行", "完成", "接入", "签约", "改造", "服务", "管理", "培训",
		"获得", "荣获", "落地"}
	// nounVerbs are verbs of doneVerbs that are nouns too, read as verbs only where a clause opens.
	nounVerbs = []string{"投入", "发展", "建设", "组织", "改造", "服务", "管理", "培训", "签约"}
	// measuredVerbs stay in a label: the noun alone would not say what is measured (接待游客, 发现隐患,
	// 处理党员干部, 改造提升高标准农田).
	measuredVerbs = []string{"改造提升", "接待", "发现", "处理", "提升", "销售", "走访", "排查", "流转", "减免", "约谈", "惠及", "带动"}
	// genericMeasures are amounts that need their subject to mean anything: 总产值 of what?
	genericMeasures = []string{"产值", "总产值", "增加值", "收入", "营业收入", "营收", "利润", "税收", "总额", "总量", "规模", "产量", "销售额"}
	// genericHeads are the heads of subjects that add nothing to a measure: 工业企业 → 工业.
	genericHeads = []string{"企业", "单位", "部门", "行业", "机构", "公司"}
	// leadingAdjectives are dropped from a label read after the number: 12条具体减负赋能措施.
	leadingAdjectives = []string{"具体", "各类", "各项", "主要"}
	// relationalMeasures name a share or a rate of something the clause before has named:
	// 民生支出37.2亿元，占比76.1% → 民生支出占比.
	relationalMeasures = []string{"占比", "比重", "占比重"}
	// nounEndings follow a verb's characters inside a noun: 建成区, 服务业, 服务站, 签约率.
	nounEndings = "区业站率"
)
