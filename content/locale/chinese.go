package locale

func chineseWords() *Words {
	return &Words{
		Language: Chinese,

		Outline:      "目录",
		KeyFigures:   "关键数据",
		Overview:     "全文概览",
		Changes:      "增速对比",
		NoFigures:    "本节没有数据。",
		FigureCount:  Same("%d 项"),
		FiguresInAll: Same("%d 项数据"),
		MoreBelow:    Same("↓ 还有 %d 项"),
		More:         "↓ 更多",
		SearchPrompt: "搜索",
		NoMatches:    "无匹配",
		ReadAs:       "编码",
		TooSmall:     "终端太小",
		YearOnYear:   "同比",
		Notes:        "备注：",
		Keys: KeyWords{
			NextSection: "下一节", PrevSection: "上一节", NextPoint: "下一要点", PrevPoint: "上一要点",
			Down: "向下", Up: "向上", PageDown: "下一页", PageUp: "上一页", Top: "顶部", Bottom: "底部",
			Jump: "跳到第几节", Focus: "切换窗格", FocusBack: "反向切换", Open: "打开",
			Search: "搜索", NextMatch: "下一处", PrevMatch: "上一处", Clear: "清除搜索",
			ToggleOutline: "目录", ToggleFigures: "数据面板", Help: "帮助", Quit: "退出",
			Cancel: "关闭", Follow: "跟随主讲", ToggleView: "幻灯片/阅读", ResetClock: "重新计时",
		},

		Presenter:    "主讲",
		Online:       Same("%d 人在线"),
		Following:    "跟随主讲",
		Detached:     "自由浏览 · 主讲在",
		MeetingEnded: "会议已结束。",
		MeetingFull:  "会议人数已满",
		TooManyFrom:  "来自 %s 的连接过多",
		CodeNeeded:   "本次会议需要会议码。",
		CodePrompt:   "会议码：",
		LongCommand:  "命令行有 %d 字节，最多只读 %d 字节",
		IdleClosed:   "长时间无操作，连接已关闭。",

		Opening:        "导语",
		Untitled:       "无标题",
		Source:         "来源：",
		LabelSeparator: "：",

		SectionFigures: Same("%d 项数据"),
		NoFiguresAtAll: "无数据",
		SectionColumn:  "节",
		LabelColumn:    "指标",
		ValueColumn:    "数值",
		ChangeColumn:   "变化",
		PeriodColumn:   "时期",
		BaselineColumn: "基期",
	}
}
