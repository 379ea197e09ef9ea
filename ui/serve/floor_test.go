package serve

import (
	"fmt"
	"path/filepath"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content"
)

// floor is the stack's floor that the load harness measures briefing against: the least a wish and
// Bubble Tea server does to run the same meeting. Each session is a program drawing its part's title
// and text wrapped to the screen; a presenter (signed in with a listed key) types a section's number
// and every program is sent the move. Nothing else: no panes, no colours, no caches, no limits.
type floor struct {
	briefing *content.Briefing
	mu       sync.Mutex
	programs map[*tea.Program]struct{}
	moves    int
}

// floorMoveMsg is the presenter's move to a section, sent to every program. Sends run on goroutines
// of their own and may arrive out of order: a program keeps the latest move it has seen.
type floorMoveMsg struct{ move, section int }

// newFloorServer builds the floor's SSH server for b; the presenters'
// keys are in dir/presenters and its host key goes to dir/floor_host_key.
func newFloorServer(b *content.Briefing, dir string) (*ssh.Server, error) {
	f := &floor{briefing: b, programs: map[*tea.Program]struct{}{}}
	return wish.NewServer(
		wish.WithHostKeyPath(filepath.Join(dir, "floor_host_key")),
		wish.WithAuthorizedKeys(filepath.Join(dir, "presenters")),
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		wish.WithMiddleware(bubbletea.MiddlewareWithProgramHandler(f.program)),
	)
}

func (f *floor) program(sess ssh.Session) *tea.Program {
	pty, _, ok := sess.Pty()
	if !ok {
		return nil
	}
	m := floorModel{floor: f, presenter: sess.PublicKey() != nil, width: pty.Window.Width, height: pty.Window.Height}
	p := tea.NewProgram(m, bubbletea.MakeOptions(sess)...)
	f.mu.Lock()
	f.programs[p] = struct{}{}
	f.mu.Unlock()
	go func() {
		<-sess.Context().Done()
		f.mu.Lock()
		delete(f.programs, p)
		f.mu.Unlock()
	}()
	return p
}

// broadcast sends the move to every program, each on its own goroutine so that no program waits
// for another.
func (f *floor) broadcast(section int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.moves++
	for p := range f.programs {
		go p.Send(floorMoveMsg{move: f.moves, section: section})
	}
}

type floorModel struct {
	floor         *floor
	presenter     bool
	section, move int
	width, height int
}

func (m floorModel) Init() tea.Cmd { return nil }

func (m floorModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case floorMoveMsg:
		if msg.move > m.move {
			m.section, m.move = msg.section, msg.move
		}
	case tea.KeyPressMsg:
		key := msg.String()
		if key == "q" || key == "ctrl+c" {
			return m, tea.Quit
		}
		if m.presenter && len(key) == 1 && key[0] >= '0' && int(key[0]-'0') < len(m.floor.briefing.Sections) {
			m.section = int(key[0] - '0')
			m.floor.broadcast(m.section)
		}
	}
	return m, nil
}

// View draws the part's title (as briefing's header names it) and its text wrapped to the screen.
func (m floorModel) View() tea.View {
	b := m.floor.briefing
	text := placeTitle(b, m.section) + "\n\n" + b.Sections[m.section].Text
	v := tea.NewView(lipgloss.NewStyle().Width(max(m.width, 1)).MaxHeight(max(m.height, 1)).Render(text))
	v.AltScreen = true
	return v
}

// placeTitle is how briefing's header names section i ("2/4 · 以文教旺推进城乡旺", the opening by its
// title): what the floor draws on its first line, and what the load harness looks for on a screen.
func placeTitle(b *content.Briefing, i int) string {
	s := b.Sections[i]
	if s.Kind == content.Opening {
		return s.Title
	}
	return fmt.Sprintf("%d/%d · %s", b.Number(i), b.Parts(), s.Title)
}
