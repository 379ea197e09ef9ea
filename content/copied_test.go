package content_test

import (
	"slices"
	"strings"
	"testing"

	"briefing/content/contenttest"
)

// TestCopiedFromPages: text copied from a web page or a PDF keeps the page's lines apart (navigation,
// meta lines, rules, controls, a table of contents) and comes out as the speech it holds.
func TestCopiedFromPages(t *testing.T) {
	for _, tc := range []struct {
		name, file, text string
		header           []string // title, subtitle, byline
		furniture        []string
		outline          []string
	}{
		{
			"a navigation bar, a breadcrumb and a meta line around the title", "article.txt",
			"县委 | 县政府 | 县人大 | 县政协\n首页 > 要闻 > 正文\n\n读书札记丨把县域经济抓在手上\n\n作者：    来源：某某新闻网    发布日期：2025-03-02\n\n县域兴则国家兴。我在县里工作多年，对此体会很深。\n\n看清县域的分量\n\n从历史看\n\n郡县制延续两千多年，县一直是治理的基本单元。\n\n从现实看\n\n县域集中了大量人口和产业，是扩大内需的主战场。",
			[]string{"读书札记丨把县域经济抓在手上", "", ""},
			[]string{"县委 | 县政府 | 县人大 | 县政协", "首页 > 要闻 > 正文", "作者：    来源：某某新闻网    发布日期：2025-03-02"},
			[]string{"opening 导语: ", "part 看清县域的分量: 从历史看 / 从现实看"},
		},
		{
			"a meta line, then a byline and a date line with no title", "new-year.txt",
			"2025-01-28 08:00:00 作者:方远 来源:北塘发布\n市委书记 方 远\n(2025年1月28日)\n\n同志们,朋友们:\n辞旧迎新之际，我代表市委向全市人民拜年！\n过去一年，我们顶住压力，经济稳中有进。\n新的一年，我们要咬定目标，实干争先。",
			[]string{"new-year", "2025年1月28日", "市委书记 方 远"},
			[]string{"2025-01-28 08:00:00 作者:方远 来源:北塘发布"},
			[]string{"opening 导语: ", "part 辞旧迎新之际，我代表市委向全市人民拜年: ", "part 过去一年，我们顶住压力，经济稳中有进: ", "part 新的一年，我们要咬定目标，实干争先: "},
		},
		{
			"page controls, a rule and a note in brackets", "policy.txt",
			"手机版选单\n\n:::\n\n院长施政报告\n\n打印图示\n[节录自第5会期院长口头施政报告]\n\n去年经济表现稳健，出口创下新高。\n\n壹、面临的挑战\n一、人口结构变化\n少子化与高龄化同时到来。",
			[]string{"院长施政报告", "节录自第5会期院长口头施政报告", ""},
			[]string{"手机版选单", ":::", "打印图示"},
			[]string{"opening 导语: ", "part 面临的挑战: 人口结构变化"},
		},
		{
			"a rule of asterisks under a press release's title is no markdown", "release.txt",
			"市长出席论坛致辞全文（附图）\n*******************\n\n  以下是市长今日出席论坛的致辞全文：\n \n  各位朋友早晨。\n \n  我很高兴再次来到论坛，今年已是第三届。\n \n  今天论坛的主题是创新。我想谈三点体会。",
			[]string{"市长出席论坛致辞全文（附图）", "", ""},
			[]string{"*******************"},
			[]string{"opening 导语: ", "part 我很高兴再次来到论坛，今年已是第三届: ", "part 今天论坛的主题是创新: "},
		},
		{
			"a table of contents above the title", "speech.txt",
			"一、回顾过去\n二、部署任务\n三、加强领导\n在全镇经济工作会议上的讲话\n同志们：\n今天我们召开全镇经济工作会议。\n下面，我讲几点意见。\n一、回顾过去，成绩来之不易，我们收获了发展的信心\n过去一年，全镇经济稳中有进。",
			[]string{"在全镇经济工作会议上的讲话", "", ""},
			[]string{"一、回顾过去", "二、部署任务", "三、加强领导"},
			[]string{"opening 导语: ", "part 回顾过去，成绩来之不易，我们收获了发展的信心: "},
		},
		{
			"an English headline run together with its date stamp and byline", "story.txt",
			"date 2025-05-12 Budget 2025: The numbers that matterBY JANE DOE | MONDAY, 12 MAY 2025 8:00PM\nRead more: Budget, Treasury\nThe Treasurer has announced a second surplus of $9.3 billion this year.\nDebt is expected to peak in two years before it declines.",
			[]string{"Budget 2025: The numbers that matter", "", "BY JANE DOE"},
			[]string{"date 2025-05-12", "| MONDAY, 12 MAY 2025 8:00PM", "Read more: Budget, Treasury"},
			[]string{"part The Treasurer has announced a second surplus of…: ", "part Debt is expected to peak in two years before it…: "},
		},
		{
			"English salutation lines before the first heading", "budget.txt",
			"Home\n\nMinister Jane Roe: 2025 Budget Speech\n\nHonourable Speaker, John Doe\n\nHis Excellency, President Sam Poe\n\nCabinet Colleagues\n\nMembers of the Executive Committees for Finance\n\nThe Governor of the Reserve Bank\n\nIntroduction\n\nMadam Speaker, this budget is about growth that reaches every household in the country.\n\nEconomic Outlook\n\nGlobal Outlook\n\nThe world economy is growing more slowly than it did before the pandemic years.",
			[]string{"Minister Jane Roe: 2025 Budget Speech", "", ""},
			[]string{"Home"},
			[]string{"opening Opening: ", "part Introduction: ", "part Economic Outlook: Global Outlook"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := contenttest.Parse(t, tc.file, []byte(tc.text))
			checkSpans(t, b)
			if got := []string{b.Title, b.Subtitle, b.Byline}; !slices.Equal(got, tc.header) {
				t.Errorf("title, subtitle, byline = %q, want %q", got, tc.header)
			}
			if !slices.Equal(b.Furniture, tc.furniture) {
				t.Errorf("furniture = %q, want %q", b.Furniture, tc.furniture)
			}
			if got := outlineOf(b); !slices.Equal(got, tc.outline) {
				t.Errorf("outline:\n got %q\nwant %q", got, tc.outline)
			}
		})
	}
}

// TestRunOnText: a copy that lost its line breaks is cut into the paragraphs it runs together, so
// its title, salutation, parts and sub-points come out as in a copy that kept them.
func TestRunOnText(t *testing.T) {
	prose := strings.Repeat("全县上下攻坚克难，经济运行稳中有进，发展质量稳步提升。", 6)
	for _, tc := range []struct {
		name, text string
		title      string
		outline    []string
	}{
		{
			"spaces between the pieces",
			"某县经济工作会议讲话 同志们: 这次会议很重要。" + prose + " 一、准确把握当前经济形势 今年以来，" + prose + " 二、扎实做好明年工作 明年要" + prose + " （一）抓项目。" + prose + " （二）抓改革。" + prose,
			"某县经济工作会议讲话",
			[]string{"opening 导语: ", "part 准确把握当前经济形势: ", "part 扎实做好明年工作: 抓项目 / 抓改革"},
		},
		{
			"a repeated title, a salutation and headings after full stops",
			"某市政府工作报告 某市政府工作报告 各位代表,现在,我代表市人民政府向大会报告工作。 一、过去一年工作回顾。" + prose + "(一)全力稳住经济大盘。" + prose,
			"某市政府工作报告",
			[]string{"opening 导语: ", "part 过去一年工作回顾: 全力稳住经济大盘"},
		},
		{
			"numbers that do not go on with the numbering are no headings",
			"某县工作汇报 " + prose + " 一、总体情况 " + prose + " 三、这不是标题。" + prose + " 1、2号线已经开通。" + prose,
			"某县工作汇报",
			[]string{"opening 导语: ", "part 总体情况: "},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			if b.Title != tc.title {
				t.Errorf("title %q, want %q", b.Title, tc.title)
			}
			if got := outlineOf(b); !slices.Equal(got, tc.outline) {
				t.Errorf("outline:\n got %q\nwant %q", got, tc.outline)
			}
		})
	}
}

// TestLeadSentences: a lead sentence may pair two phrases with 、; a heading line above a salutation
// titles the speech, not a part.
func TestLeadSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		outline    []string
	}{
		{
			"leads that pair two phrases",
			"工作回顾\n\n一、过去一年\n一年来，我们团结奋斗。\n荣誉表彰鼓舞干劲、振奋人心。全年获得国家级表彰三项。\n重大活动展现风采、提升形象。成功举办全国性会议两场。",
			[]string{"part 过去一年: 荣誉表彰鼓舞干劲、振奋人心 / 重大活动展现风采、提升形象"},
		},
		{
			"a line above the salutation is no heading",
			"某市政府工作报告\n\n某市政府工作报告\n各位代表，现在，我代表市人民政府向大会报告工作。\n一、过去一年回顾\n全市经济稳中有进。",
			[]string{"opening 导语: ", "part 过去一年回顾: "},
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
