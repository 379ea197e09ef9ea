package serve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// reloadSpeech is a speech whose third part has three long sub-points, marker at the start of the
// second one's text; with extraPart a new part comes before it, so it is the fourth.
func reloadSpeech(marker string, extraPart bool) string {
	filler := strings.Repeat("我们坚持稳中求进工作总基调，统筹发展和安全，各项工作扎实推进，群众获得感不断增强。", 3)
	var b strings.Builder
	b.WriteString("青山县2024年工作报告\n（2024年12月1日）\n\n各位代表：\n\n现在，我代表县人民政府报告工作。\n\n")
	parts := []string{"一、稳住经济大盘", "二、扩大有效投资"}
	numeral := "三"
	if extraPart {
		parts, numeral = append(parts, "三、新增的一部分"), "四"
	}
	for _, p := range parts {
		fmt.Fprintf(&b, "%s\n\n%s\n\n", p, filler)
	}
	fmt.Fprintf(&b, "%s、聚焦重点任务\n\n本部分讲三件事。\n\n", numeral)
	for i, point := range []string{"（一）突出产业集聚。", "（二）突出项目建设。", "（三）突出民生保障。"} {
		b.WriteString(point + "\n\n")
		if i == 1 {
			b.WriteString(marker + "是第二个分点的第一句话。\n\n")
		}
		for range 6 {
			b.WriteString(filler + "\n\n")
		}
	}
	b.WriteString("五、加强自身建设\n\n" + filler + "\n")
	return b.String()
}

// atSubPoint2 reports whether a screen shows the second sub-point of 聚焦重点任务 at the top of its
// reader, with marker in its text.
func atSubPoint2(screen, marker string) bool {
	lines := strings.Split(screen, "\n")
	return len(lines) > 3 && strings.Contains(lines[1]+lines[2]+lines[3], "突出项目建设") && strings.Contains(screen, marker)
}

// TestReloadReachesEveryViewer: while the presenter and three viewers (two following, one detached
// on the same sub-point of its own accord) read part 3, sub-point 2, the file is saved in place, then
// replaced by a rename with a part added before; every session shows the new text at the same
// sub-point within the budget. A save that cannot be read leaves everyone on the last good version,
// told why.
func TestReloadReachesEveryViewer(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "speech.txt")
	if err := os.WriteFile(path, []byte(reloadSpeech("MARKER-ONE", false)), 0o644); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, withDocument(path, reloadSpeech("MARKER-ONE", false)))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := f.srv.Follow(ctx, []string{path}); err != nil {
		t.Fatal(err)
	}
	presenter := f.presenterTerm()
	viewers := []*term{f.connect(noKey(""), 80, 24), f.connect(noKey(""), 120, 40), f.connect(noKey(""), 100, 30)}
	presenter.waitFor(presenterStatus(), timeout)
	presenter.sendKeys("3")
	presenter.waitFor("本部分讲三件事", timeout)
	presenter.sendKeys("]")
	presenter.waitFor("突出产业集聚", timeout)
	presenter.sendKeys("]")
	everyone := append([]*term{presenter}, viewers...)
	for _, v := range viewers[:2] {
		if _, err := v.await(func(s string) bool { return atSubPoint2(s, "MARKER-ONE") }, followWithin); err != nil {
			t.Fatalf("a following viewer did not reach sub-point 2:\n%s", v.screen())
		}
	}
	// The third goes there on its own: it reads detached.
	detached := viewers[2]
	detached.sendKeys("n")
	detached.waitFor("加强自身建设", timeout) // the next part: detached
	detached.sendKeys("3")
	detached.waitFor("本部分讲三件事", timeout)
	detached.sendKeys("]")
	detached.waitFor("突出产业集聚", timeout)
	detached.sendKeys("]")
	if _, err := detached.await(func(s string) bool { return atSubPoint2(s, "MARKER-ONE") }, timeout); err != nil {
		t.Fatalf("the detached viewer did not reach sub-point 2:\n%s", detached.screen())
	}

	saves := []struct {
		name, marker string
		extra        bool
		save         func(string) error
	}{
		{"in place", "MARKER-TWO", false, func(text string) error { return os.WriteFile(path, []byte(text), 0o644) }},
		{"by rename, a part added before", "MARKER-THREE", true, func(text string) error {
			tmp := filepath.Join(dir, ".speech.txt.tmp")
			if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
				return err
			}
			return os.Rename(tmp, path)
		}},
	}
	for _, save := range saves {
		start := time.Now()
		if err := save.save(reloadSpeech(save.marker, save.extra)); err != nil {
			t.Fatal(err)
		}
		for i, s := range everyone {
			if _, err := s.await(func(screen string) bool { return atSubPoint2(screen, save.marker) }, followWithin); err != nil {
				t.Fatalf("%s: session %d did not show the new text at sub-point 2:\n%s", save.name, i, s.screen())
			}
		}
		t.Logf("%s: all %d sessions show the new text at the same sub-point after %v", save.name, len(everyone), time.Since(start).Round(time.Millisecond))
	}

	if err := os.WriteFile(path, []byte("broken\x00edit"), 0o644); err != nil {
		t.Fatal(err)
	}
	for i, s := range everyone {
		screen, err := s.await(func(screen string) bool { return strings.Contains(screen, "新版本无法读取") }, followWithin)
		if err != nil || !atSubPoint2(screen, "MARKER-THREE") {
			t.Fatalf("session %d: a broken save did not leave the last good version with the reason:\n%s", i, screen)
		}
	}
	if rev := f.srv.hub.Agenda()[0]; rev.Version != 3 || len(rev.SHA256) != 64 || !strings.Contains(rev.Problem, "二进制数据") {
		t.Errorf("the meeting names the document as %+v; want version 3, its digest and the problem in the document's language", rev)
	}
	if screen := viewers[0].screen(); !strings.Contains(screen, "二进制数据") {
		t.Errorf("a viewer is not told why in the meeting's language:\n%s", screen)
	}
	// The detached viewer still reads on its own: the presenter's next move leaves it where it is.
	presenter.sendKeys("1")
	viewers[0].waitFor("稳住经济大盘", followWithin)
	if screen := detached.screen(); !atSubPoint2(screen, "MARKER-THREE") {
		t.Errorf("the detached viewer followed after the reload:\n%s", screen)
	}
}
