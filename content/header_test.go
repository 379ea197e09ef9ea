package content_test

import (
	"slices"
	"testing"

	"briefing/content"
	"briefing/content/locale"
)

// TestHeaderShapes: each shape of a header the genre writes gives its title, subtitle and byline, and
// none of its lines leaks into the sections.
func TestHeaderShapes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		header     []string // title, subtitle, byline
		outline    []string
	}{
		{
			"letter-spaced title", "工 作 总 结\n\n县农业局局长 方远\n\n一、主要成效\n全年完成造林面积一万亩。\n二、存在问题\n管护力量仍然不足。",
			[]string{"工作总结", "", "县农业局局长 方远"},
			[]string{"part 主要成效: ", "part 存在问题: "},
		},
		{
			"a title of words keeps its space", "稳字当头 进中求好\n\n——写在新年到来之际\n\n镇党委书记 胡岩\n\n过去一年很不平凡。\n\n新的一年任务更重。",
			[]string{"稳字当头 进中求好", "写在新年到来之际", "镇党委书记 胡岩"},
			[]string{"part 过去一年很不平凡: ", "part 新的一年任务更重: "},
		},
		{
			"a subtitle that wraps over two lines, a byline without a space",
			"政府工作报告\n——2025年3月2日在北塘县第五届人民代表大会\n第四次会议上\n北塘县县长钱文\n\n各位代表：\n一、过去一年回顾\n我们稳住了经济大盘。\n二、今年工作安排\n我们要扩大有效投资。",
			[]string{"政府工作报告", "2025年3月2日在北塘县第五届人民代表大会第四次会议上", "北塘县县长钱文"},
			[]string{"opening 导语: ", "part 过去一年回顾: ", "part 今年工作安排: "},
		},
		{
			"a bracket left open wraps too",
			"预算执行情况的报告\n（2025年1月6日在南湖区第三届人民代表大会\n第六次会议上）\n区财政局局长 齐明\n\n一、执行情况\n收支平衡。\n二、下一步\n严控支出。",
			[]string{"预算执行情况的报告", "2025年1月6日在南湖区第三届人民代表大会第六次会议上", "区财政局局长 齐明"},
			[]string{"part 执行情况: ", "part 下一步: "},
		},
		{
			"a date line after the byline",
			"在全区安全生产会议上的讲话\n区长 马骏\n（2025年4月9日）\n\n同志们：\n一、形势\n总体平稳。\n二、任务\n压实责任。",
			[]string{"在全区安全生产会议上的讲话", "2025年4月9日", "区长 马骏"},
			[]string{"opening 导语: ", "part 形势: ", "part 任务: "},
		},
		{
			"an issue number and the office that issues a bulletin",
			"西岭镇工作动态\n\n第7期\n\n西岭镇党政办公室\n\n一、项目建设\n新开工项目两个。\n二、民生实事\n新修村道三条。",
			[]string{"西岭镇工作动态", "第7期", "西岭镇党政办公室"},
			[]string{"part 项目建设: ", "part 民生实事: "},
		},
		{
			"an English closing byline",
			"Why the Harbour Needs a Ferry\n\nFor years the east bank has waited.\n\nThe cost\n\nThe ferry costs less than a bridge and opens sooner.\n\nThe benefit\n\nCommuters save twenty minutes a day.\n\n— Maria Lind, Harbour Commissioner",
			[]string{"Why the Harbour Needs a Ferry", "", "Maria Lind, Harbour Commissioner"},
			[]string{"opening Opening: ", "part The cost: ", "part The benefit: "},
		},
		{
			"an English dateline stays in the text",
			"Lakeside Water Opens New Plant\n\nNORTH BAY — Lakeside Water opened its new treatment plant on Monday.\n\nThe plant serves forty thousand homes.",
			[]string{"Lakeside Water Opens New Plant", "", ""},
			// A paragraph's title is its first sentence, cut where a word ends when it is long.
			[]string{"part NORTH BAY — Lakeside Water opened its new…: ", "part The plant serves forty thousand homes: "},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			if got := []string{b.Title, b.Subtitle, b.Byline}; !slices.Equal(got, tc.header) {
				t.Errorf("title, subtitle, byline = %q, want %q", got, tc.header)
			}
			if got := outlineOf(b); !slices.Equal(got, tc.outline) {
				t.Errorf("outline:\n got %q\nwant %q", got, tc.outline)
			}
		})
	}
}

// TestNoTitle: a document without a title line is titled by its first heading, else by its file's
// name without folder and extension, else by the interface's word for it; never blank.
func TestNoTitle(t *testing.T) {
	for _, tc := range []struct {
		name, file, text, title string
	}{
		{"first heading", "notes.txt", "一、春耕准备\n种子化肥已经到位。\n二、水利建设\n新修沟渠五公里。", "春耕准备"},
		{"first markdown heading", "notes.md", "## 春耕准备\n\n种子化肥已经到位，**农机**检修完毕。\n\n## 水利建设\n\n- 新修沟渠五公里", "春耕准备"},
		{"file name", "reports/village-notes.txt", "村里开会研究了春耕的事情，大家发言踊跃。\n会议决定明天开始统一采购种子。", "village-notes"},
		{"lead sentences are no headings", "minutes.txt", "会议在村部召开，全体村干部参加。\n会议通报了春耕准备。种子化肥已经到位。\n会议研究了水利建设。新修沟渠五公里。", "minutes"},
		{"standard input", "-", "村里开会研究了春耕的事情。\n会议决定明天开始统一采购种子。", locale.Chinese.Words().Untitled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := content.Parse(tc.file, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != tc.title {
				t.Errorf("title %q, want %q (outline %q)", b.Title, tc.title, outlineOf(b))
			}
		})
	}
}
