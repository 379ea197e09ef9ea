package serve

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"briefing/content"
)

// springTalk is a talk written for these tests: an opening, a first part of four sub-points, and
// speaker notes that carry markers no viewer may ever receive.
const springTalk = `# 春耕备耕工作会议讲话

县农业农村局局长 王明

同志们：今天召开全县春耕备耕工作会议，主要任务是部署今年春耕生产。

<!-- note: 开场先感谢各乡镇 NOTEMARK0 -->

## 一、抓好粮食生产

<!-- note: 这里强调面积 NOTEMARK1 不得减少 -->

### 稳面积

全县粮食播种面积稳定在52.3万亩，同比增长1.2%。

### 提单产

推广良种良法，亩产提高到420公斤。

### 保供给

建立农资储备，储备化肥1.8万吨。

### 防灾害

完善应急预案，培训农技人员320人次。

## 二、抓好农民增收

### 发展产业

培育特色产业基地12个。

### 稳定就业

新增转移就业8600人。

## 三、抓好作风建设

### 压实责任

层层签订责任书。
`

// TestPresentingOverSSH: a presenter at 160×48, who sees the whole of part 1 at once, steps with ]
// five times from its start; every viewer (80×24 and 120×40) shows its four sub-points marked in turn,
// then part 2. The speaker console shows the notes, the next section and the countdown; no byte of
// the notes reaches a viewer. When the last presenter quits, every viewer says so (the latency is
// logged; CI asserts it with ten times the slack of the one second promised), and following viewers
// follow a presenter who comes back, while one who went their own way stays there until f.
func TestPresentingOverSSH(t *testing.T) {
	t.Parallel()
	f := newFixture(t, withDocument("talk.md", springTalk), withConfig(func(c *Config) { c.Duration = 20 * time.Minute }))
	b, err := content.Parse("talk.md", []byte(springTalk))
	if err != nil {
		t.Fatal(err)
	}
	part1, part2 := b.Sections[1], b.Sections[2]
	words := seedWords()
	presenter, err := f.open(keyAuth(f.presenter), termOptions{ptyW: 160, ptyH: 48})
	if err != nil {
		t.Fatal(err)
	}
	console, err := f.open(keyAuth(f.presenter), termOptions{ptyW: 120, ptyH: 36, command: "console"})
	if err != nil {
		t.Fatal(err)
	}
	var viewers []*term
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		v, err := f.open(noKey(""), termOptions{ptyW: size[0], ptyH: size[1], recordRaw: true, user: "张三"})
		if err != nil {
			t.Fatal(err)
		}
		viewers = append(viewers, v)
	}
	// A viewer who goes their own way, to stay there when the presenter comes back.
	loner, err := f.open(noKey(""), termOptions{ptyW: 100, ptyH: 30, user: "李四"})
	if err != nil {
		t.Fatal(err)
	}
	presenter.waitFor(online(5), timeout)
	console.waitFor(words.Console, timeout)

	place := func(i int) string { return fmt.Sprintf("%d/%d", b.Number(i), b.Parts()) }
	at := func(i int) string { return place(i) + " · " + b.Sections[i].Title }
	presenter.sendKeys("1")
	followers(t, viewers, at(1))
	presenter.waitFor(at(1), timeout)
	if strings.Contains(presenter.screen(), "▎") {
		t.Fatalf("a sub-point is marked at the top of part 1:\n%s", presenter.screen())
	}
	for i, point := range part1.Points {
		presenter.sendKeys("]")
		for _, v := range append(viewers, presenter) {
			if _, err := v.await(func(s string) bool { return markedPoint(s) == point.Title }, followWithin); err != nil {
				t.Fatalf("] %d: the %s screen does not mark %q:\n%s", i+1, sizeOf(v), point.Title, v.screen())
			}
		}
		if !strings.Contains(presenter.screen(), at(1)) {
			t.Fatalf("] %d at 160×48 left part 1:\n%s", i+1, presenter.screen())
		}
	}
	presenter.sendKeys("]")
	took := followers(t, viewers, at(2))
	t.Logf("the fifth ] reached the viewers in %v", took)
	for _, v := range viewers {
		if m := markedPoint(v.screen()); m != "" {
			t.Errorf("the %s screen still marks %q at the top of part 2", sizeOf(v), m)
		}
	}
	// The console: part 2's notes (none), what comes next, the countdown; back on part 1 its notes.
	console.waitForAll(timeout, words.NoNotes, words.NextUp+place(3)+" "+b.Sections[3].Title, words.Remaining+" ", words.SectionPace+" ")
	console.sendKeys("[") // the console drives the meeting with the same keys: back to part 1's last point
	followers(t, viewers, at(1))
	console.waitForAll(timeout, "NOTEMARK1", words.NextUp+place(2)+" "+part2.Title+" — "+part2.Points[0].Title)
	for _, v := range viewers {
		if out := v.output(); strings.Contains(out, "NOTEMARK") {
			t.Errorf("the %s viewer received the speaker notes", sizeOf(v))
		}
	}

	loner.waitFor(at(1), timeout)
	loner.sendKeys("n")
	loner.waitForAll(timeout, at(2), words.Detached+" "+place(1))

	// The presenters leave: viewers are told at once, and read freely.
	console.close()
	presenter.close()
	took = followers(t, viewers, leftStatus())
	t.Logf("presenter left → viewers told in %v (80×24, 120×40)", took)
	loner.waitForAll(timeout, words.PresenterLeft, "f "+words.Following)
	viewers[0].sendKeys("G") // reading freely does not detach a follower while no one presents
	again := f.connect(keyAuth(f.presenter), 100, 30)
	again.waitFor(at(1), timeout)
	followers(t, viewers, words.Following+" · "+place(1))
	again.sendKeys("3")
	took = followers(t, viewers, at(3))
	t.Logf("after the presenter came back, a move reached the viewers in %v", took)
	// The viewer who went their own way stays there, told where the presenter is; f follows again.
	screen := loner.waitFor(words.Detached+" "+place(3), followWithin)
	if !strings.Contains(screen, at(2)) {
		t.Fatalf("the presenter came back: a detached viewer moved; want it still on part 2:\n%s", screen)
	}
	loner.sendKeys("f")
	loner.waitForAll(timeout, at(3), words.Following+" · "+place(3))
}

// markedPoint is the sub-point a screen marks as current: the text after the bar in the reader's
// margin, or "" when none is marked.
func markedPoint(screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		_, after, ok := strings.Cut(line, "▎")
		if !ok {
			continue
		}
		after = strings.TrimSpace(strings.TrimLeft(after, "▌ #"))
		if after != "" {
			title, _, _ := strings.Cut(after, " ")
			return strings.TrimRight(title, "│")
		}
	}
	return ""
}

func sizeOf(v *term) string { return fmt.Sprintf("%d×%d", v.emu.Width(), v.emu.Height()) }
