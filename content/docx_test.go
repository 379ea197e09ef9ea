package content_test

import (
	"fmt"
	"strings"
	"testing"

	"briefing/content"
)

// docxOutline writes a briefing's header and outline one line each, for comparing with what a test
// wants.
func docxOutline(b *content.Briefing) string {
	var out strings.Builder
	fmt.Fprintf(&out, "title %s\nbyline %s\n", b.Title, b.Byline)
	for _, s := range b.Sections {
		fmt.Fprintf(&out, "%s %s", s.Kind, s.Title)
		for _, p := range s.Points {
			fmt.Fprintf(&out, " · %s", p.Title)
		}
		out.WriteString("\n")
	}
	return out.String()
}

// decodeDocx reads a .docx built in a test, and parses its text.
func decodeDocx(t *testing.T, data []byte) (content.Document, *content.Briefing) {
	t.Helper()
	doc, err := content.Decode("test.docx", data)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if doc.Format != content.FileDocx || doc.Encoding != content.UTF8 {
		t.Errorf("read as %q %q, want docx in UTF-8", doc.Format, doc.Encoding)
	}
	b, err := content.Parse("test.docx", doc.Text)
	if err != nil {
		t.Fatalf("Parse: %v\n%s", err, doc.Text)
	}
	return doc, b
}

// TestDocxOutline reads Word documents of ours, built in the test, into the outline their styles
// and numbering say.
func TestDocxOutline(t *testing.T) {
	cases := []struct {
		name string
		docx []byte
		want string
	}{
		{
			// Chinese styles with numeric ids (标题, 标题 1, heading 2), numbered headings and a table.
			"work report", wordDocument(t, chineseStyles,
				para("a3", "临江市2025年政府工作报告"),
				para("", "市长 周文远"),
				para("", "各位代表："),
				para("", "现在，我代表市人民政府，向大会报告工作，请予审议。"),
				para("1", "一、2024年¦工作回顾"),
				para("", "过去一年，全市上下攻坚克难，经济社会发展取得新成效。"),
				para("2", "（一）经济运行稳中向好"),
				para("", "全市地区生产总值完成548.6亿元，增长5.8%；一般公共预算收入39.2亿元，增长4.1%。"),
				para("2", "（二）民生福祉持续改善"),
				para("", "新增城镇就业1.9万人，城乡居民人均可支配收入分别增长4.6%和6.9%。"),
				table([]string{"指标", "2023年", "2024年"}, []string{"地区生产总值（亿元）", "518.7", "548.6"}, []string{"一般公共预算收入（亿元）", "37.7", "39.2"}),
				para("1", "二、2025年主要任务"),
				para("", "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。"),
				para("2", "（一）扩大有效投资"),
				para("", "实施重点项目120个，完成投资310亿元以上。"),
				para("2", "（二）培育新兴产业"),
				para("", "新建标准厂房40万平方米，引进亿元以上项目25个。"),
			),
			"title 临江市2025年政府工作报告\nbyline 市长 周文远\nopening 导语\n" +
				"part 一、2024年工作回顾 · （一）经济运行稳中向好 · （二）民生福祉持续改善\n" +
				"part 二、2025年主要任务 · （一）扩大有效投资 · （二）培育新兴产业\n",
		},
		{
			// English styles: Title, heading 1 (with its outline level), heading 2, and a style based
			// on heading 1; headings without numbers, which only the styles make headings.
			"budget address", wordDocument(t, englishStyles,
				para("Title", "Riverside County Budget Address 2025"),
				para("", "Good morning. Thank you all for coming to this year's budget address."),
				para("Heading1", "Where we stand"),
				para("", "Revenue rose 4.2% to $812 million in fiscal 2024, while spending grew 3.1%."),
				para("Heading2", "Jobs"),
				para("", "Employers added 2,300 jobs, and unemployment fell to 3.9% from 4.4%."),
				para("Heading2", "Housing"),
				para("", "We permitted 1,150 new homes, up 18% from the year before."),
				para("PartHeading", "What comes next"),
				para("", "The proposed budget totals $846 million, an increase of 4.2%."),
				para("Heading1", "Closing"),
				para("", "Thank you. Let us get to work."),
			),
			"title Riverside County Budget Address 2025\nbyline \nopening Opening\n" +
				"part Where we stand · Jobs · Housing\npart What comes next\npart Closing\n",
		},
		{
			// No styles part at all: outline levels on the paragraphs, the title typed as the only
			// level-1 heading, and an unnumbered Chinese outline.
			"outline levels", buildDocx(t, docxFile{"word/document.xml", `<w:document ` + wordNamespace + `><w:body>` +
				outlinePara(0, "关于加快建设创新型城市的实施意见") +
				outlinePara(1, "坚持创新驱动发展") + para("", "全社会研发投入强度达到2.8%，高新技术企业突破600家。") +
				outlinePara(1, "强化企业主体地位") + para("", "规模以上工业企业研发机构覆盖率达到45%。") +
				outlinePara(1, "优化创新生态") + para("", "设立科技创新基金10亿元，引进高层次人才团队30个。") +
				`</w:body></w:document>`}),
			"title 关于加快建设创新型城市的实施意见\nbyline \npart 坚持创新驱动发展\npart 强化企业主体地位\npart 优化创新生态\n",
		},
		{
			// Nothing but paragraphs, as most government documents are: read as plain text.
			"plain paragraphs", wordDocument(t, chineseStyles,
				para("", "在全县乡村振兴工作推进会上的讲话"),
				para("", "县委书记 林海涛"),
				para("", "同志们："),
				para("", "一、提高认识，增强推进乡村振兴的责任感"),
				para("", "今年以来，全县粮食播种面积稳定在52.3万亩，农村居民人均可支配收入增长7.2%。"),
				para("", "二、突出重点，抓好产业发展和人居环境整治"),
				para("", "全年新建高标准农田3.5万亩，改造农村户厕2100户。"),
			),
			"title 在全县乡村振兴工作推进会上的讲话\nbyline 县委书记 林海涛\nopening 导语\n" +
				"part 提高认识，增强推进乡村振兴的责任感\npart 突出重点，抓好产业发展和人居环境整治\n",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, b := decodeDocx(t, tc.docx)
			if got := docxOutline(b); got != tc.want {
				t.Errorf("outline:\n%s\nwant:\n%s\ntext:\n%s", got, tc.want, doc.Text)
			}
		})
	}
}

// outlinePara is an unstyled paragraph with an outline level (0 is the top).
func outlinePara(level int, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:outlineLvl w:val="%d"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, level, text)
}

// TestDocxText: a table becomes a markdown table (a merged cell empty, a spanning cell followed by
// empty ones), runs join without spaces, tabs are spaces and line breaks are kept, text shown twice
// for old readers (mc:Fallback), deleted text and field codes are left out, and markdown a paragraph
// did not mean is escaped.
func TestDocxText(t *testing.T) {
	doc, b := decodeDocx(t, wordDocument(t, englishStyles,
		para("Title", "Harbor Authority Quarterly Note"),
		para("Heading1", "Cargo"),
		`<w:p><w:r><w:t>Tonnage</w:t></w:r><w:r><w:tab/><w:t>rose 6%</w:t></w:r><w:r><w:br/><w:t xml:space="preserve"> to 41.2 million tons.</w:t></w:r>`+
			`<w:r><w:delText>Deleted words.</w:delText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`+
			`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t> Shown once.</w:t></mc:Choice><mc:Fallback><w:t> Shown once.</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
		para("", "# not a heading <!-- nor a comment -->"),
		table([]string{"Terminal", "Q1", "Q2"}, []string{"North | East", "12.5", "13.1"}, []string{"<<", "4.0", "4.4"}, []string{">>2Total", "30.0"}),
	))
	for _, want := range []string{
		"# Harbor Authority Quarterly Note\n\n## Cargo\n\nTonnage rose 6%\nto 41.2 million tons. Shown once.\n\n",
		"\\# not a heading <\\!-- nor a comment -->\n\n",
		"| Terminal | Q1 | Q2 |\n| --- | --- | --- |\n| North \\| East | 12.5 | 13.1 |\n|  | 4.0 | 4.4 |\n| Total |  | 30.0 |\n",
	} {
		if !strings.Contains(string(doc.Text), want) {
			t.Errorf("text lacks %q:\n%s", want, doc.Text)
		}
	}
	if strings.Contains(string(doc.Text), "Deleted") || strings.Contains(string(doc.Text), "PAGE") {
		t.Errorf("deleted text or a field code read:\n%s", doc.Text)
	}
	if len(b.Sections) != 1 || b.Sections[0].Title != "Cargo" {
		t.Errorf("outline:\n%s", docxOutline(b))
	}
}
