package content_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"briefing/content"
	"briefing/content/contenttest"
	"briefing/content/locale"
	"briefing/seeds"
)

// countyArticleOutline is the outline of testdata/documents/county-signed-article.txt, a signed
// article whose last line is its 来源 line.
var countyArticleOutline = []string{
	"opening 导语: ",
	"part 以产业兴带动县域兴: 抓项目建设 / 抓企业培育 / 抓园区提质",
	"part 以城乡美提升幸福感: 聚焦县城更新 / 聚焦乡村建设 / 聚焦生态治理",
	"part 以作风硬保障落实好: 坚持问题导向 / 坚持实干导向 / 坚持结果导向",
}

// editorsNote is an ordinary paragraph a page adds after the article's credit lines.
const editorsNote = "这段文字附在来源一行之后，是转发时编者另外加上的说明，不属于哪个标题。"

// TestClosingCredits: what follows a signed article's closing 来源 line changes nothing of its
// outline. Credit lines that close the text are its credits (the 来源 ones name its source); an
// ordinary paragraph after a credit line is text of the last part, with the credit line left in its
// place; and a credit line is never a heading.
func TestClosingCredits(t *testing.T) {
	const lastWords = "让有为者有舞台。"
	for _, tc := range []struct {
		name, tail string
		source     string   // the Briefing's Source
		credits    []string // the Briefing's Credits
		lastEnds   string   // how the last part's text ends
	}{
		{"the source line alone", "", "西岭融媒", []string{"来源：西岭融媒"}, lastWords},
		{"a paragraph after the source line", editorsNote, "", nil, "来源：西岭融媒\n" + editorsNote},
		{"an editor line after the source line", "责任编辑：陈佳", "西岭融媒", []string{"来源：西岭融媒", "责任编辑：陈佳"}, lastWords},
		{"a paragraph after an editor line", "责任编辑：陈佳\n" + editorsNote, "", nil, "责任编辑：陈佳\n" + editorsNote},
		{"a blank line and a second source line", "\n来源：西岭日报", "西岭融媒；西岭日报", []string{"来源：西岭融媒", "来源：西岭日报"}, lastWords},
		{"a paragraph after a second source line", "\n来源：西岭日报\n" + editorsNote, "", nil, "来源：西岭日报\n" + editorsNote},
		{"an English source line", "Source: Xiling Daily", "西岭融媒；Xiling Daily", []string{"来源：西岭融媒", "Source: Xiling Daily"}, lastWords},
		{"a paragraph after an English source line", "Source: Xiling Daily\n" + editorsNote, "", nil, "Source: Xiling Daily\n" + editorsNote},
		{
			"a block of credits", "原标题：西岭县推动县域经济高质量发展\n编辑：李华　审核：赵强\n（终审：钱伟）", "西岭融媒",
			[]string{"来源：西岭融媒", "原标题：西岭县推动县域经济高质量发展", "编辑：李华　审核：赵强", "（终审：钱伟）"}, lastWords,
		},
		{
			"a source line that goes on with more credits", "\n来源：西岭日报　编辑：李华", "西岭融媒；西岭日报",
			[]string{"来源：西岭融媒", "来源：西岭日报　编辑：李华"}, lastWords,
		},
		{"a bracketed editor line and a paragraph", "【责任编辑：陈佳】\n" + editorsNote, "", nil, "【责任编辑：陈佳】\n" + editorsNote},
		// Without the rule, the notice's first sentence is a lead sentence and makes a fourth part.
		{
			"a reprint notice closes the credits", "本文为西岭融媒原创稿件。未经授权，不得转载。", "西岭融媒",
			[]string{"来源：西岭融媒", "本文为西岭融媒原创稿件。未经授权，不得转载。"}, lastWords,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := readTestDocument(t, "county-signed-article.txt")
			if tc.tail != "" {
				text += tc.tail + "\n"
			}
			b := parseText(t, text)
			checkSpans(t, b)
			if got := outlineOf(b); !slices.Equal(got, countyArticleOutline) {
				t.Errorf("outline:\n got %q\nwant %q", got, countyArticleOutline)
			}
			if b.Source != tc.source || !slices.Equal(b.Credits, tc.credits) {
				t.Errorf("source %q, credits %q; want %q, %q", b.Source, b.Credits, tc.source, tc.credits)
			}
			if last := b.Sections[len(b.Sections)-1].Text; !strings.HasSuffix(last, tc.lastEnds) {
				t.Errorf("the last part ends %q, want it to end %q", tail(last, 60), tc.lastEnds)
			}
			checkNoCreditTitles(t, b)
		})
	}
}

// TestSeedWithTextAfterItsSource: the seed's four parts, their sub-points and figures stay as they
// are whatever follows its closing source line (来源:红星云).
func TestSeedWithTextAfterItsSource(t *testing.T) {
	seed := contenttest.Seed(t)
	for _, tc := range []struct {
		name, tail, source string
	}{
		{"a paragraph", editorsNote, ""},
		{"an editor line and a paragraph", "责任编辑：陈佳\n" + editorsNote, ""},
		{"a blank line and a second source line", "\n来源：衡南日报", "红星云；衡南日报"},
		{"an English source line and a paragraph", "Source: Hengnan Daily\n" + editorsNote, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, string(seeds.Default())+"\n"+tc.tail+"\n")
			if got, want := outlineOf(b), outlineOf(seed); !slices.Equal(got, want) {
				t.Errorf("outline:\n got %q\nwant %q", got, want)
			}
			for i := range min(len(b.Sections), len(seed.Sections)) {
				if !reflect.DeepEqual(b.Sections[i].Figures, seed.Sections[i].Figures) {
					t.Errorf("section %d figures:%s", i, describeFigures(b))
				}
			}
			if b.Source != tc.source {
				t.Errorf("source %q, want %q", b.Source, tc.source)
			}
			checkNoCreditTitles(t, b)
		})
	}
}

// TestDataNoteBeforeCredits: a note on where the data come from (数据来源：…) under the last paragraph
// stays with the text, and the credits after it are taken apart as ever.
func TestDataNoteBeforeCredits(t *testing.T) {
	text := strings.Replace(readTestDocument(t, "county-signed-article.txt"), "来源：西岭融媒", "数据来源：西岭县统计局\n来源：西岭融媒\n责任编辑：陈佳", 1)
	b := parseText(t, text)
	if got := outlineOf(b); !slices.Equal(got, countyArticleOutline) {
		t.Errorf("outline:\n got %q\nwant %q", got, countyArticleOutline)
	}
	if want := []string{"来源：西岭融媒", "责任编辑：陈佳"}; b.Source != "西岭融媒" || !slices.Equal(b.Credits, want) {
		t.Errorf("source %q, credits %q; want %q, %q", b.Source, b.Credits, "西岭融媒", want)
	}
	if last := b.Sections[len(b.Sections)-1].Text; !strings.HasSuffix(last, "让有为者有舞台。\n数据来源：西岭县统计局") {
		t.Errorf("the last part ends %q, want it to end with the note on the data", tail(last, 60))
	}
}

// TestCreditLinesInsideText: a credit line inside the text (under a paragraph it credits, or between
// two paragraphs) stays where it stands and titles nothing: the outline is the one of the text without
// it, in a text with parts and in one without. Under the title, it is a line of the page.
func TestCreditLinesInsideText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		credit     string // the credit line, on a line of its own in text
		holder     int    // the section whose text holds it; -1: none, it is the page's furniture
	}{
		{
			"under the title",
			"春耕情况汇报\n\n原标题：全镇春耕进度快于往年\n\n一、进展情况\n全镇已完成春播八成，进度快于往年。\n二、下一步打算\n抓好田间管理，确保夏粮丰收。",
			"原标题：全镇春耕进度快于往年", -1,
		},
		{
			"under a paragraph of each part",
			"春耕情况汇报\n\n一、进展情况\n全镇已完成春播八成，进度快于往年。\n数据来源：镇农业服务中心\n各村正在抓紧补种，力争月底前全部完成。\n" +
				"二、下一步打算\n抓好田间管理，确保夏粮丰收。\n数据来源：镇农业服务中心\n加快建设高标准农田，提高粮食单产。",
			"数据来源：镇农业服务中心", 0,
		},
		{
			"between the paragraphs of a text without parts",
			"春季工作汇报\n\n开春以来，全镇抢抓农时，春耕进度快于往年。\n责任编辑：陈佳\n下一步，我们将抓好夏粮田间管理，确保丰收。",
			"责任编辑：陈佳", 0,
		},
		{
			"an English credit between paragraphs",
			"Harbor Notes\n\nThe harbor handled more ships this spring than in any spring before.\nEditing by Sam Reed\nThe council will review the dredging plan in June.",
			"Editing by Sam Reed", 0,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			without := parseText(t, strings.ReplaceAll(tc.text, tc.credit+"\n", ""))
			if got, want := outlineOf(b), outlineOf(without); !slices.Equal(got, want) {
				t.Errorf("outline:\n got %q\nwant %q (the text without %q)", got, want, tc.credit)
			}
			switch {
			case tc.holder < 0 && !slices.Equal(b.Furniture, []string{tc.credit}):
				t.Errorf("furniture %q, want %q", b.Furniture, tc.credit)
			case tc.holder >= 0 && !strings.Contains(b.Sections[tc.holder].Text, tc.credit):
				t.Errorf("section %d = %q, want it to hold %q", tc.holder, b.Sections[tc.holder].Text, tc.credit)
			}
			if b.Source != "" || len(b.Credits) > 0 {
				t.Errorf("source %q, credits %q: a credit line the text goes on after is no closing credit", b.Source, b.Credits)
			}
			checkNoCreditTitles(t, b)
		})
	}
}

// TestCreditsChangeNoOutline holds for every document we have, the seed included: closing credit
// lines leave the sections exactly as they were, and a credit line before a closing paragraph
// changes no section title or sub-point.
func TestCreditsChangeNoOutline(t *testing.T) {
	documents := map[string]string{seeds.DefaultName: string(seeds.Default())}
	for _, pattern := range []string{"testdata/documents/*", "testdata/corpus/*.txt", "testdata/corpus/*.md"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			if filepath.Base(path) == "README.md" {
				continue
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			documents[filepath.Base(path)] = string(data)
		}
	}
	// What a page adds after the text, in the text's language.
	closings := map[locale.Language][]string{
		locale.Chinese: {"来源：西岭日报", "来源：西岭日报\n\n责任编辑：陈佳\n\n审核：赵强", "来源：西岭日报\n\n本文为西岭日报原创稿件，转载请注明出处。"},
		locale.English: {"Source: Xiling Daily", "Source: Xiling Daily\n\nEditing by Sam Reed", "Source: Xiling Daily\n\nCopyright 2025 Xiling Daily. All rights reserved."},
	}
	insides := map[locale.Language][]string{
		locale.Chinese: {"来源：西岭日报", "责任编辑：陈佳\n\n来源：西岭日报"},
		locale.English: {"Source: Xiling Daily", "Editing by Sam Reed\n\nSource: Xiling Daily"},
	}
	notes := map[locale.Language]string{
		locale.Chinese: editorsNote,
		locale.English: "The full text of these remarks is kept on file with the county clerk.",
	}
	for name, doc := range documents {
		t.Run(name, func(t *testing.T) {
			doc = strings.TrimRight(doc, "\n") + "\n\n"
			plain := contenttest.Parse(t, name, []byte(doc))
			note := notes[plain.Language]
			for _, closing := range closings[plain.Language] {
				b := contenttest.Parse(t, name, []byte(doc+closing+"\n"))
				if !reflect.DeepEqual(b.Sections, plain.Sections) {
					t.Errorf("closing %q changed the sections:\n got %q\nwant %q", closing, outlineOf(b), outlineOf(plain))
				}
				if b.Title != plain.Title || b.Byline != plain.Byline {
					t.Errorf("closing %q changed the header: %q %q, want %q %q", closing, b.Title, b.Byline, plain.Title, plain.Byline)
				}
			}
			noted := contenttest.Parse(t, name, []byte(doc+note+"\n"))
			for _, inside := range insides[plain.Language] {
				b := contenttest.Parse(t, name, []byte(doc+inside+"\n\n"+note+"\n"))
				if got, want := outlineOf(b), outlineOf(noted); !slices.Equal(got, want) {
					t.Errorf("%q before the last paragraph changed the outline:\n got %q\nwant %q", inside, got, want)
				}
				checkNoCreditTitles(t, b)
			}
		})
	}
}

// checkNoCreditTitles: no section or sub-point is titled by a credit line.
func checkNoCreditTitles(t *testing.T, b *content.Briefing) {
	t.Helper()
	labels := []string{"来源", "编辑", "审核", "终审", "原标题", "Source", "Editing by"}
	for _, s := range b.Sections {
		titles := []string{s.Title}
		for _, p := range s.Points {
			titles = append(titles, p.Title)
		}
		for _, title := range titles {
			for _, label := range labels {
				if strings.Contains(title, label) {
					t.Errorf("section %d: %q is titled by a credit line", s.Index, title)
				}
			}
		}
	}
}

func readTestDocument(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "documents", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// tail is the end of s, at most n characters.
func tail(s string, n int) string {
	runes := []rune(s)
	return string(runes[max(0, len(runes)-n):])
}
