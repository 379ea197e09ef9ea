package commands

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/seeds"
	"briefing/ui"
	"briefing/ui/render"
)

// twelveParts is a work plan of twelve numbered parts and no opening, written for this test: its
// parts are numbered 1 to 12 though their indexes are 0 to 11, and part 12 takes two digits.
func twelveParts() string {
	heads := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"}
	var b strings.Builder
	b.WriteString("某县二〇二四年工作要点\n\n")
	for i, h := range heads {
		fmt.Fprintf(&b, "%s、抓好第%d项重点工作\n全年完成投资%d.5亿元，同比增长%d.2%%，各项任务按期推进。\n\n", h, i+1, i+3, i+1)
	}
	return b.String()
}

// TestOneNumbering: every place a section number appears — the outline, the reader's header, the
// figures overview, the slides' progress and their list of parts, the digit keys, --section, the
// sections and figures commands, and the JSON index — gives the same section the same number: the
// opening 0 (shown by its name, never by a number), the parts 1 to N, with or without an opening.
func TestOneNumbering(t *testing.T) {
	grain, err := os.ReadFile(filepath.Join("..", "..", "content", "testdata", "documents", "grain-report.md"))
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string][]byte{seeds.DefaultName: seeds.Default(), "grain-report.md": grain, "twelve.txt": []byte(twelveParts())}
	for name, data := range docs {
		t.Run(name, func(t *testing.T) {
			b, err := content.Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			doc := Document{Name: name, Renderer: render.New(b)}
			table := numberTable(t, doc)
			parts := 0
			for i, s := range b.Sections {
				number := 0 // the opening
				if s.Kind == content.Part {
					parts++
					number = parts
				}
				if b.Number(i) != number {
					t.Fatalf("section %d %q is numbered %d, want %d", i, s.Title, b.Number(i), number)
				}
				for place, numbers := range table {
					got, ok := numbers[i]
					if !ok {
						continue // a place that does not show this section (the overview lists parts only)
					}
					want := strconv.Itoa(number)
					if s.Kind == content.Opening && shownByName[place] {
						want = "" // shown unnumbered, by its name
					}
					if got != want {
						t.Errorf("section %d %q: %s shows %q, want %q", i, s.Title, place, got, want)
					}
				}
			}
			for _, place := range []string{"outline", "header", "slides progress", "digit keys", "--section", "sections command", "JSON"} {
				if len(table[place]) != len(b.Sections) {
					t.Errorf("%s: found %d of %d sections: %v", place, len(table[place]), len(b.Sections), table[place])
				}
			}
			t.Logf("%s: %v", name, table)
		})
	}
}

// shownByName are the places that show the opening by its name instead of its number 0.
var shownByName = map[string]bool{"outline": true, "header": true, "slides progress": true}

// numberTable reads, for each place, the number it gives each section (by index).
func numberTable(t *testing.T, doc Document) map[string]map[int]string {
	b := doc.Briefing()
	table := map[string]map[int]string{}
	put := func(place string, i int, number string) {
		if table[place] == nil {
			table[place] = map[int]string{}
		}
		table[place][i] = number
	}
	reader := sized(ui.New(b, ui.Options{Theme: render.Dark, Renderer: doc.Renderer}), 160, 48)
	first := screenLines(reader)
	for i, s := range b.Sections {
		// The outline: the number before the title, or blanks for the opening.
		for _, line := range first {
			if m := regexp.MustCompile(`│?\s(\d*)\s+` + regexp.QuoteMeta(s.Title) + `\s`).FindStringSubmatch(line); m != nil && strings.HasPrefix(strings.TrimLeft(line, " "), m[1]+" "+s.Title) || m != nil && m[1] == "" && strings.HasPrefix(strings.TrimLeft(line, " "), s.Title) {
				put("outline", i, m[1])
				break
			}
		}
		// The overview on the opening's figures panel lists the parts: "1 以工业强…".
		if b.Sections[0].Kind == content.Opening && s.Kind == content.Part {
			prefix := string([]rune(s.Title)[:4])
			for _, line := range first {
				if m := regexp.MustCompile(`│\s*(\d+) ` + regexp.QuoteMeta(prefix)).FindStringSubmatch(line); m != nil {
					put("overview", i, m[1])
				}
			}
		}
	}
	// The digit keys: typing a section's number opens it; the header then says where the reader is.
	for i := range b.Sections {
		number := strconv.Itoa(b.Number(i))
		m := reader
		for _, d := range number {
			m = press(m, string(d))
		}
		if b.Parts() >= 10 && b.Number(i) > 0 && b.Number(i)*10 <= b.Parts() {
			m = press(m, "enter") // a number that could go on waits for enter (or a second)
		}
		header := screenLines(m)[0]
		at := m.(ui.Model).Position().Section
		put("digit keys", at, number)
		if hm := regexp.MustCompile(`(\d+)/` + strconv.Itoa(b.Parts()) + ` · ` + regexp.QuoteMeta(b.Sections[at].Title) + `\s*$`).FindStringSubmatch(header); hm != nil {
			put("header", at, hm[1])
		} else if strings.HasSuffix(strings.TrimSpace(header), b.Sections[at].Title) && b.Sections[at].Kind == content.Opening {
			put("header", at, "")
		}
		// The slides' progress: "━━──── 2/4", or the opening's name.
		slides := screenLines(press(m, "v"))
		footer := slides[len(slides)-1]
		if fm := regexp.MustCompile(`[━─]+ (\d+)/` + strconv.Itoa(b.Parts()) + `\b`).FindStringSubmatch(footer); fm != nil {
			put("slides progress", at, fm[1])
		} else if strings.Contains(footer, "─ "+b.Sections[at].Title) {
			put("slides progress", at, "")
		}
		if b.Sections[at].Kind == content.Opening { // the opening's slide lists the parts by number
			for j, s := range b.Sections {
				for _, line := range slides {
					if lm := regexp.MustCompile(`^\s*(\d+)  ` + regexp.QuoteMeta(s.Title)).FindStringSubmatch(line); lm != nil {
						put("opening slide", j, lm[1])
					}
				}
			}
		}
	}
	// --section N opens the section numbered N.
	for i := range b.Sections {
		flags := &ReadFlags{}
		cmd := &cobra.Command{Use: "x", RunE: func(*cobra.Command, []string) error { return nil }}
		flags.Register(cmd)
		number := strconv.Itoa(b.Number(i))
		cmd.SetArgs([]string{"--section", number})
		if err := cmd.Execute(); err != nil {
			t.Fatal(err)
		}
		opts, err := flags.Options(doc)
		if err != nil {
			t.Fatalf("--section %s: %v", number, err)
		}
		put("--section", opts.Section, number)
	}
	// The commands: sections and figures as text, and sections as JSON.
	src := Served{Renderer: doc.Renderer}
	sections := run(t, Sections(src))
	figures := run(t, Figures(src))
	rows := strings.Split(figures, "\n")[1:] // one row per figure, in order, under the header
	for i, s := range b.Sections {
		if m := regexp.MustCompile(`(?m)^\s*(\d+)  ` + regexp.QuoteMeta(s.Title) + `\s`).FindStringSubmatch(sections); m != nil {
			put("sections command", i, m[1])
		}
		for _, f := range s.Figures {
			if m := regexp.MustCompile(`^(\d+)\s+` + regexp.QuoteMeta(f.Label) + `\s`).FindStringSubmatch(rows[0]); m != nil {
				put("figures command", i, m[1])
			}
			rows = rows[1:]
		}
	}
	var outline struct {
		Sections []struct {
			Index int    `json:"index"`
			Title string `json:"title"`
		} `json:"sections"`
	}
	if err := json.Unmarshal([]byte(run(t, Sections(src), "--json")), &outline); err != nil {
		t.Fatal(err)
	}
	for i, s := range outline.Sections {
		// The JSON index is the section's place in the list: its number when the document has an
		// opening, one less otherwise (the README says so).
		put("JSON", i, strconv.Itoa(s.Index+b.FirstNumber()))
	}
	return table
}

func sized(m tea.Model, w, h int) tea.Model {
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

func press(m tea.Model, k string) tea.Model {
	msg := tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
	if k == "enter" {
		msg = tea.KeyPressMsg{Code: tea.KeyEnter}
	}
	m, _ = m.Update(msg)
	return m
}

func screenLines(m tea.Model) []string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")
}

func run(t *testing.T, cmd *cobra.Command, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%s %v: %v", cmd.Name(), args, err)
	}
	return out.String()
}
