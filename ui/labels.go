package ui

import (
	"strconv"

	"briefing/content"
)

// labels are the words of the interface in one language. A Chinese document gets Chinese labels, any
// other English, unless --lang says otherwise.
type labels struct {
	Outline, Figures, Overview, Search, NoMatches, TooSmall string
	Figure, FiguresCount, Changes, AllFigures, NoFigures    string
	Following, Detached, Online, Presenter, MeetingEnded    string
	YearOnYear, Help, Notes                                 string
	ReadAs                                                  string // before the encoding a file was read in
}

func labelsFor(lang content.Language) labels {
	if lang == content.English {
		return labels{
			Outline: "Outline", Figures: "Key figures", Overview: "Overview", Search: "Search",
			NoMatches: "no matches", TooSmall: "terminal too small",
			Figure: "figure", FiguresCount: "figures", Changes: "Changes", AllFigures: "figures in all",
			NoFigures: "No figures in this section.",
			Following: "Following", Detached: "Browsing alone · presenter at", Online: "online",
			Presenter: "Presenter", MeetingEnded: "The meeting has ended.",
			YearOnYear: "y/y", Help: "help", Notes: "Notes: ", ReadAs: "read as",
		}
	}
	return labels{
		Outline: "目录", Figures: "关键数据", Overview: "全文概览", Search: "搜索",
		NoMatches: "无匹配", TooSmall: "终端太小",
		Figure: "项", FiguresCount: "项数据", Changes: "增速对比", AllFigures: "项数据",
		NoFigures: "本节没有数据。",
		Following: "跟随主讲", Detached: "自由浏览 · 主讲在", Online: "人在线",
		Presenter: "主讲", MeetingEnded: "会议已结束。",
		YearOnYear: "同比", Help: "帮助", Notes: "备注：", ReadAs: "编码",
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// of writes a position counted from 1: 3/5.
func of(current, total int) string { return itoa(current) + "/" + itoa(total) }
