package serve

import (
	"fmt"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"briefing/content"
)

// withAgenda serves several documents, in order.
func withAgenda(texts ...string) fixtureOption {
	return func(f *fixture, _ *Config) {
		for i, text := range texts {
			b, err := content.Parse(fmt.Sprintf("doc%d.txt", i+1), []byte(text))
			if err != nil {
				f.tb.Fatal(err)
			}
			f.agenda = append(f.agenda, b)
		}
		f.b = f.agenda[0]
	}
}

// agendaDocument writes a short speech of two parts titled after name, with marker in each part.
func agendaDocument(name, marker string) string {
	return fmt.Sprintf("%s工作报告\n\n各位代表：\n\n现在报告工作。\n\n一、%s的第一部分\n\n%s一号段落，全年实现增长。\n\n二、%s的第二部分\n\n%s二号段落，明年继续努力。\n",
		name, name, marker, name, marker)
}

const (
	escKey   = "\x1b"
	downKey  = "\x1b[B"
	enterKey = "\r"
)

// TestAgendaPresenterSwitchesDocuments: with three documents on the agenda, the presenter opens the
// agenda (esc), picks the second document, and every following viewer switches to it, the footer
// saying document 2/3; a viewer may browse the third on its own, and f brings it back to the
// presenter's document and place.
func TestAgendaPresenterSwitchesDocuments(t *testing.T) {
	t.Parallel()
	f := newFixture(t, withAgenda(agendaDocument("青山", "AAA"), agendaDocument("临江", "BBB"), agendaDocument("南岭", "CCC")))
	presenter := f.presenterTerm()
	viewers := []*term{f.connect(noKey(""), 80, 24), f.connect(noKey(""), 120, 40), f.connect(noKey(""), 100, 30)}
	words := seedWords()
	position := func(i int) string { return fmt.Sprintf(words.Library.AgendaPosition, i, 3) }
	presenter.waitForAll(timeout, "青山工作报告", position(1))
	for _, v := range viewers {
		v.waitForAll(timeout, "青山工作报告", position(1))
	}

	presenter.sendKeys(escKey)
	presenter.waitForAll(timeout, "临江工作报告", "南岭工作报告", words.Library.Documents.N(3))
	presenter.sendKeys(downKey)
	presenter.sendKeys(enterKey)
	presenter.waitForAll(timeout, "临江工作报告", position(2))
	for i, v := range viewers {
		if _, err := v.await(func(s string) bool {
			return strings.Contains(s, "临江工作报告") && strings.Contains(s, position(2))
		}, followWithin); err != nil {
			t.Fatalf("viewer %d did not follow the presenter to document 2:\n%s", i, v.screen())
		}
	}
	presenter.sendKeys("2")
	for _, v := range viewers {
		v.waitFor("BBB二号段落", followWithin)
	}

	// A viewer browses the third document on its own; the others stay with the presenter.
	browser := viewers[2]
	browser.sendKeys(escKey)
	browser.waitFor("南岭工作报告", timeout)
	browser.sendKeys(downKey)
	browser.sendKeys(downKey)
	browser.sendKeys(enterKey)
	browser.waitForAll(timeout, "南岭的第一部分", position(3))
	presenter.sendKeys("1")
	viewers[0].waitFor("BBB一号段落", followWithin)
	if screen := browser.screen(); !strings.Contains(screen, "南岭的第一部分") || !strings.Contains(screen, position(3)) {
		t.Fatalf("a browsing viewer was moved by the presenter:\n%s", screen)
	}
	browser.sendKeys("f")
	browser.waitForAll(followWithin, "BBB一号段落", position(2))
}

// TestAgendaCommands: a command without a terminal names a document of the agenda by its place from
// 1 or its name, never a path; without --doc it reads the document the meeting shows.
func TestAgendaCommands(t *testing.T) {
	t.Parallel()
	f := newFixture(t, withAgenda(agendaDocument("青山", "AAA"), agendaDocument("临江", "BBB"), agendaDocument("南岭", "CCC")))
	run := func(command string) (string, error) {
		_, client, err := f.dial(noKey(""), gossh.InsecureIgnoreHostKey())
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = client.Close() }()
		sess, err := client.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		out, err := sess.CombinedOutput(command)
		return string(out), err
	}
	cases := []struct{ command, want string }{
		{"sections --json", `"title": "青山工作报告"`},
		{"sections --doc 2 --json", `"title": "临江工作报告"`},
		{"sections --doc doc3 --json", `"title": "南岭工作报告"`},
		{"figures --doc doc3.txt --json", `[]`},
	}
	for _, tc := range cases {
		out, err := run(tc.command)
		if err != nil || !strings.Contains(out, tc.want) {
			t.Errorf("%s: %v\n%s", tc.command, err, out)
		}
	}
	for _, refused := range []string{"sections --doc 4", "sections --doc /etc/passwd", "figures --doc 0"} {
		if out, err := run(refused); err == nil || !strings.Contains(out, "--doc") {
			t.Errorf("%s: %v, printed %q; want refused in one line", refused, err, out)
		}
	}
}
