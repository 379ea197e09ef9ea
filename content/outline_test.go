package content_test

import (
	"slices"
	"strings"
	"testing"
)

// TestOutlineShapes: each shape of the genre's outline comes out as a reader sees it. The documents
// are short, so one heading of a kind is enough to make a part.
func TestOutlineShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		outline    []string
	}{
		{
			"salutation and the 现在 sentence open a text without parts",
			"春季工作汇报\n\n各位领导：\n现在，我代表镇政府汇报春季工作，请予审议。\n开春以来，全镇抢抓农时，春耕进度快于往年。\n下一步，我们将抓好夏粮田间管理，确保丰收。",
			[]string{"opening 导语: ", "part 开春以来，全镇抢抓农时，春耕进度快于往年: ", "part 下一步，我们将抓好夏粮田间管理，确保丰收: "},
		},
		{
			"a salutation later on belongs to the paragraph it addresses",
			"春季工作汇报\n\n开春以来，全镇抢抓农时，春耕进度快于往年。\n同志们：\n下一步，我们将抓好夏粮田间管理，确保丰收。",
			[]string{"part 开春以来，全镇抢抓农时，春耕进度快于往年: ", "part 下一步，我们将抓好夏粮田间管理，确保丰收: "},
		},
		{
			"salutations before the parts are the opening",
			"在全镇春耕大会上的讲话\n\n同志们、朋友们：\n现在，我讲两点意见。\n一、认清形势\n今年春耕任务重。\n二、压实责任\n各村要包片到户。",
			[]string{"opening 导语: ", "part 认清形势: ", "part 压实责任: "},
		},
		{
			"a greeting is no lead sentence",
			"在招商推介会上的致辞\n\n尊敬的各位嘉宾，女士们、先生们：\n大家上午好！欢迎各位来到北塘。\n北塘区位优越。北塘地处三省交界，交通便利。\n北塘产业兴旺。全区有规模企业三百家。",
			[]string{"opening 导语: ", "part 北塘区位优越: ", "part 北塘产业兴旺: "},
		},
		{
			"an exclamation is no lead sentence",
			"工作报告\n\n一、今年工作\n要抓好三件事。\n各位代表！任务很重。\n各位代表！前景光明。",
			[]string{"part 今年工作: "},
		},
		{
			"a heading line titles the text after it, across a blank line",
			"全年工作总结\n\n一、主要成绩\n\n全年新增就业两千人。\n\n二、存在不足\n\n产业结构仍然偏重。",
			[]string{"part 主要成绩: ", "part 存在不足: "},
		},
		{
			"one numbered heading makes a part in a short document",
			"关于春耕情况的汇报\n\n按照要求，现将春耕情况汇报如下。\n一、进展情况\n全镇已完成春播八成。\n下一步，我们将继续抓好田间管理。",
			[]string{"opening 导语: ", "part 进展情况: "},
		},
		{
			"one heading line makes a part in a short document",
			"关于春耕情况的汇报\n\n按照要求，现将春耕情况汇报如下。\n进展情况\n全镇已完成春播八成，进度快于往年。",
			[]string{"opening 导语: ", "part 进展情况: "},
		},
		{
			"a caption is no heading",
			"全镇春耕现场会召开。镇宣传办供图\n\n今天，全镇春耕现场会在东村召开，各村负责人参加。\n会议要求各村抓紧抓实春耕生产。",
			[]string{"part 今天，全镇春耕现场会在东村召开，各村负责人参加: ", "part 会议要求各村抓紧抓实春耕生产: "},
		},
		{
			"一是 and 二是 inside one paragraph are sub-points",
			"工作安排\n\n一、重点任务\n今年重点抓好三件事：一是抓招商，力争引进项目十个；二是抓环境，完成河道整治；三是抓民生，新建幼儿园两所。\n二、保障措施\n加强组织领导。",
			[]string{"part 重点任务: 抓招商 / 抓环境 / 抓民生", "part 保障措施: "},
		},
		{
			"第一 and 第二 inside one paragraph are sub-points",
			"工作安排\n\n一、今年成绩\n今年以来，全镇稳中有进。第一，经济总量扩大，增速居全县前列。第二，结构持续优化，服务业占比提高。\n二、明年打算\n明年要稳中求进。",
			[]string{"part 今年成绩: 经济总量扩大 / 结构持续优化", "part 明年打算: "},
		},
		{
			"（一） written with half-width brackets",
			"工作安排\n\n一、重点任务\n今年要抓好两件事。\n(一)抓招商\n力争引进项目十个。\n(二)抓环境\n完成河道整治。\n二、保障措施\n加强组织领导。",
			[]string{"part 重点任务: 抓招商 / 抓环境", "part 保障措施: "},
		},
		{
			"一、 under 壹、",
			"施政報告\n\n壹、經濟回顧\n一、成長穩健\n經濟成長率為百分之三。\n二、投資增加\n民間投資持續增加。\n貳、施政重點\n一、產業轉型\n推動數位轉型。\n二、能源轉型\n發展綠色能源。",
			[]string{"part 經濟回顧: 成長穩健 / 投資增加", "part 施政重點: 產業轉型 / 能源轉型"},
		},
		{
			"1. and （1） under 一、",
			"工作报告\n\n一、过去一年\n1. 经济平稳\n经济运行平稳。\n2. 民生改善\n民生持续改善。\n二、今年安排\n（1）扩大投资\n投资要稳。\n（2）促进消费\n消费要旺。",
			[]string{"part 过去一年: 经济平稳 / 民生改善", "part 今年安排: 扩大投资 / 促进消费"},
		},
		{
			"English salutations open the speech",
			"Budget Speech\n\nMadam Speaker,\n\nHonourable Members,\n\nThe economy grew this year. Jobs came back to every region of the province.\n\nWe will invest in roads. The plan funds three new bridges and a ring road.",
			[]string{"opening Opening: ", "part The economy grew this year: ", "part We will invest in roads: "},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			if got := outlineOf(b); !slices.Equal(got, tc.outline) {
				t.Errorf("outline:\n got %q\nwant %q", got, tc.outline)
			}
		})
	}
}

// TestOneHeadingNeedsAShortDocumentOrAnExcerpt: one numbered heading makes a part only where the text
// is too short to repeat it, or is an excerpt of a longer one; in a long document it is not yet a
// pattern, and the paragraphs are the sections.
func TestOneHeadingNeedsAShortDocumentOrAnExcerpt(t *testing.T) {
	body := strings.Repeat("全镇上下团结一心，克服困难，各项工作取得新的进展，群众满意度持续提高。", 20) // 700 characters a line
	long := func(title, heading string) string {
		return title + "\n\n" + body + "\n" + heading + "\n" + body + "\n" + body + "\n" + body + "\n" + body
	}
	for _, tc := range []struct {
		name, text string
		parts      int // sections of kind part
		firstPart  string
	}{
		{"a long document", long("全镇工作报告", "一、过去一年回顾"), 6, "全镇上下团结一心，克服困难，各项工作取得新的进展…"},
		{"an excerpt by its title", long("全镇工作报告（节选）", "一、过去一年回顾"), 1, "过去一年回顾"},
		{"an excerpt that opens at 三、", long("全镇工作报告", "三、过去一年回顾"), 1, "过去一年回顾"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			parts, first := 0, ""
			for _, s := range b.Sections {
				if s.Kind == "part" {
					if parts == 0 {
						first = s.Title
					}
					parts++
				}
			}
			if parts != tc.parts || first != tc.firstPart {
				t.Errorf("%d parts, the first %q; want %d, %q", parts, first, tc.parts, tc.firstPart)
			}
		})
	}
}

// TestParagraphTitles: a paragraph of a text without parts is titled by its first sentence, and its
// preface goes on after that sentence, so a reader never sees it twice; a title cut short keeps the
// whole paragraph as the preface.
func TestParagraphTitles(t *testing.T) {
	b := parseText(t, "会议纪要\n\n会议决定明天开始统一采购种子。余下的事项下次再议。\n会议要求各村在本月底以前全面完成春耕生产的各项准备工作，确保不误农时。\n全体村干部参加了会议。")
	for i, want := range []struct{ title, preface string }{
		{"会议决定明天开始统一采购种子", "余下的事项下次再议。"},
		{"会议要求各村在本月底以前全面完成春耕生产的各项准备工作…", "会议要求各村在本月底以前全面完成春耕生产的各项准备工作，确保不误农时。"},
		{"全体村干部参加了会议", ""},
	} {
		s := b.Sections[i]
		if s.Title != want.title || s.Preface.Of(s.Text) != want.preface {
			t.Errorf("section %d: title %q, preface %q; want %q, %q", i, s.Title, s.Preface.Of(s.Text), want.title, want.preface)
		}
	}
}
