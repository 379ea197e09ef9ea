package library

import (
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/content/locale"
)

// Documents written for the filter's tests: one whose title has 临 and 江, one with 临 and no 江.
var filterShelf = map[string]string{
	"linjiang.txt":  "临江市2024年前三季度经济运行分析\n\n一、总体情况\n\n全市地区生产总值532.8亿元，同比增长5.1%。\n\n二、主要问题\n\n需求仍然不足。\n",
	"linchuan.txt":  "临川区2024年政府工作报告（节选）\n\n一、过去一年\n\n全区地区生产总值301.2亿元，增长4.8%。\n\n二、今年安排\n\n稳中求进。\n",
	"qingshan.txt":  "青山县2023年政府工作报告\n\n一、过去一年的工作\n\n全县地区生产总值210.4亿元，同比增长5.6%。\n\n二、今年的主要任务\n\n以进促稳。\n",
	"dongjiang.txt": "东江镇2024年工作总结\n\n一、主要成绩\n\n新增市场主体320户。\n\n二、下一步\n\n抓落实。\n",
}

// filterResult runs cmd and what it batches, each on a goroutine as a program does, and returns
// the filter result among their messages (the cursor's blink is left to finish on its own).
func filterResult(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	msgs := make(chan tea.Msg, 64)
	run := func(c tea.Cmd) {
		if c != nil {
			go func() { msgs <- c() }()
		}
	}
	run(cmd)
	deadline := time.After(20 * time.Second)
	for {
		select {
		case msg := <-msgs:
			switch msg := msg.(type) {
			case tea.BatchMsg:
				for _, c := range msg {
					run(c)
				}
			case filterResultMsg, list.FilterMatchesMsg:
				return msg
			}
		case <-deadline:
			t.Fatal("the filter gave no result")
			return nil
		}
	}
}

// visibleTitles are the titles of the rows the list shows.
func visibleTitles(m Model) []string {
	var titles []string
	for _, item := range m.list.VisibleItems() {
		titles = append(titles, item.(row).entry.Title())
	}
	slices.Sort(titles)
	return titles
}

// wantTitles are the titles the list's own filter gives for query over every row.
func wantTitles(m Model, query string) []string {
	var targets []string
	for _, item := range m.list.Items() {
		targets = append(targets, item.FilterValue())
	}
	var titles []string
	for _, r := range list.DefaultFilter(query, targets) {
		titles = append(titles, m.list.Items()[r.Index].(row).entry.Title())
	}
	slices.Sort(titles)
	return titles
}

// TestFilterResultsOutOfOrder: when 临江 arrives as 临 then 江 and the list's filtering of 临
// finishes last, or as one input of 临江 while an older filtering is still running, the list shows
// the matches of 临江, never those of 临 (临川区 has no 江).
func TestFilterResultsOutOfOrder(t *testing.T) {
	m := loadedLibrary(t, filterShelf, Options{Lang: locale.Chinese}, 120, 40)
	want := wantTitles(m, "临江")
	if len(want) == 0 || slices.Contains(want, "临川区2024年政府工作报告（节选）") {
		t.Fatalf("the test's documents: 临江 matches %v", want)
	}
	if got := wantTitles(m, "临"); !slices.Contains(got, "临川区2024年政府工作报告（节选）") {
		t.Fatalf("the test's documents: 临 matches %v", got)
	}

	t.Run("two keys, the first finishing last", func(t *testing.T) {
		f, _ := typeKeys(m, "/")
		f, first := typeKeys(f, "临")
		f, second := typeKeys(f, "江")
		for _, cmd := range []tea.Cmd{second, first} {
			next, _ := f.Update(filterResult(t, cmd))
			f = next.(Model)
		}
		if got := visibleTitles(f); !slices.Equal(got, want) {
			t.Errorf("shows %v, want the matches of 临江 %v", got, want)
		}
	})
	t.Run("one input after an older filtering", func(t *testing.T) {
		f, _ := typeKeys(m, "/")
		f, older := typeKeys(f, "临")
		f, _ = typeKeys(f, "backspace")
		f, latest := typeKeys(f, "临江")
		next, _ := f.Update(filterResult(t, latest))
		f = next.(Model)
		next, _ = f.Update(filterResult(t, older))
		f = next.(Model)
		if got := visibleTitles(f); !slices.Equal(got, want) {
			t.Errorf("shows %v, want the matches of 临江 %v", got, want)
		}
	})
}

// TestClearingTheFilterKeepsTheSelection: a filter that leaves one file, applied and then cleared,
// leaves that file selected in the whole list, not whichever file stands where it stood.
func TestClearingTheFilterKeepsTheSelection(t *testing.T) {
	m := loadedLibrary(t, filterShelf, Options{Lang: locale.Chinese}, 120, 40)
	f, _ := typeKeys(m, "/")
	f, cmd := typeKeys(f, "青山")
	next, _ := f.Update(filterResult(t, cmd))
	f = next.(Model)
	f, _ = typeKeys(f, "enter") // applies the filter
	if got := f.selectedPath(); got == "" || visibleTitles(f)[0] != "青山县2023年政府工作报告" || len(visibleTitles(f)) != 1 {
		t.Fatalf("the filter 青山 shows %v", visibleTitles(f))
	}
	chosen := f.selectedPath()
	f, _ = typeKeys(f, "esc") // clears it
	if f.list.FilterState() != list.Unfiltered || len(visibleTitles(f)) != len(filterShelf) {
		t.Fatalf("esc did not clear the filter: %v", visibleTitles(f))
	}
	if got := f.selectedPath(); got != chosen {
		t.Errorf("after clearing the filter %s is selected; want %s, the file selected before", got, chosen)
	}
}

// TestAppliedFilterIsShown: a filter applied to the list is named in the header with how many
// documents it leaves, and the footer says esc takes it away; once cleared, neither is shown.
func TestAppliedFilterIsShown(t *testing.T) {
	for _, lang := range []locale.Language{locale.Chinese, locale.English} {
		words := lang.Words()
		m := loadedLibrary(t, filterShelf, Options{Lang: lang}, 120, 40)
		f, _ := typeKeys(m, "/")
		f, cmd := typeKeys(f, "临")
		next, _ := f.Update(filterResult(t, cmd))
		f = next.(Model)
		f, _ = typeKeys(f, "enter") // applies the filter
		shown := sprintf(words.Library.Filtered, "临") + " · " + words.Library.Matching.N(2)
		screen := ansi.Strip(f.screen())
		if header, _, _ := strings.Cut(screen, "\n"); !strings.Contains(header, shown) {
			t.Errorf("%s: the header does not say %q:\n%s", lang, shown, header)
		}
		if !strings.Contains(screen, "esc "+words.Library.Keys.ClearFilter) {
			t.Errorf("%s: the footer does not say how to clear the filter:\n%s", lang, screen)
		}
		f, _ = typeKeys(f, "esc")
		if screen := ansi.Strip(f.screen()); strings.Contains(screen, shown) || strings.Contains(screen, words.Library.Keys.ClearFilter) {
			t.Errorf("%s: the cleared filter is still shown:\n%s", lang, screen)
		}
	}
}
