package serve

import (
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sync"

	tea "charm.land/bubbletea/v2"

	"briefing/content"
	"briefing/content/sanitize"
	"briefing/ui"
	libraryui "briefing/ui/library"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// agenda is the documents a server serves, each as its latest version with the renderer every
// session shares. The hub names them (meeting.Revision); the documents are here.
type agenda struct {
	mu   sync.RWMutex
	docs []servedDocument
}

type servedDocument struct {
	briefing *content.Briefing
	renderer *render.Renderer
	revision meeting.Revision
}

func newAgenda(docs []*content.Briefing) *agenda {
	a := &agenda{}
	for _, b := range docs {
		a.docs = append(a.docs, servedDocument{briefing: b, renderer: render.New(b), revision: revisionOf(b, 1)})
	}
	return a
}

// revisionOf names version v of b.
func revisionOf(b *content.Briefing, v int) meeting.Revision {
	sum := b.Digest()
	return meeting.Revision{Name: sanitize.Name(filepath.Base(b.Name)), SHA256: hex.EncodeToString(sum[:]), Version: v}
}

func (a *agenda) revisions() []meeting.Revision {
	a.mu.RLock()
	defer a.mu.RUnlock()
	out := make([]meeting.Revision, len(a.docs))
	for i, d := range a.docs {
		out[i] = d.revision
	}
	return out
}

// document is document i as served now; i is clamped to the agenda.
func (a *agenda) document(i int) servedDocument {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.docs[max(0, min(i, len(a.docs)-1))]
}

// agendaDocument is document i as a session opens it.
func (s *Server) agendaDocument(i int) libraryui.AgendaDocument {
	d := s.agenda.document(i)
	return libraryui.AgendaDocument{Briefing: d.briefing, Renderer: d.renderer}
}

func (a *agenda) len() int {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return len(a.docs)
}

// Reload serves b, read again from the file of agenda document i, to every session at once: each
// shows it where it was (its section and sub-point found again by their titles), and the meeting's
// position moves the same way, so following viewers stay with the presenter. A document whose digest
// did not change is not sent again.
func (s *Server) Reload(i int, b *content.Briefing) {
	a := s.agenda
	a.mu.Lock()
	if i < 0 || i >= len(a.docs) {
		a.mu.Unlock()
		return
	}
	old := a.docs[i]
	rev := revisionOf(b, old.revision.Version+1)
	if rev.SHA256 == old.revision.SHA256 {
		if old.revision.Problem != "" { // read again as it was: the problem is gone
			a.docs[i].revision.Problem = ""
			rev = a.docs[i].revision
			a.mu.Unlock()
			s.hub.Revise(i, rev, nil)
			return
		}
		a.mu.Unlock()
		return
	}
	a.docs[i] = servedDocument{briefing: b, renderer: render.New(b), revision: rev}
	a.mu.Unlock()
	s.log.Info("document read again", "document", rev.Name, "version", rev.Version, "sha256", rev.SHA256[:12])
	s.hub.Revise(i, rev, func(p meeting.Position) meeting.Position {
		p.Section, p.Point = ui.PlaceIn(old.briefing, b, p.Section, p.Point)
		p.Figure = -1
		return p
	})
}

// ReloadFailed tells every session that the file of agenda document i could not be read again, and
// why, in the meeting's language (the log says it in English): the meeting goes on with the version
// it has.
func (s *Server) ReloadFailed(i int, err error) {
	a := s.agenda
	reason, told := content.ReasonOf(err), content.ExplainError(err, s.briefing.Language.Words())
	a.mu.Lock()
	if i < 0 || i >= len(a.docs) {
		a.mu.Unlock()
		return
	}
	a.docs[i].revision.Problem = sanitize.Line(told)
	rev := a.docs[i].revision
	a.mu.Unlock()
	s.log.Warn("document could not be read again", "document", rev.Name, "reason", sanitize.Line(reason))
	s.hub.Revise(i, rev, nil)
}

// deliver adapts the meeting's deliveries to a session's program: a document's new version (or a
// problem reading it) first, as a ui.DocumentMsg, then the state. seen holds the versions and
// problems the session has been given, and belongs to this one delivery goroutine.
func (s *Server) deliver(send func(tea.Msg)) func(meeting.State) {
	seen := s.agenda.revisions()
	meetingDeliver := ui.Deliver(send)
	return func(state meeting.State) {
		for i, rev := range state.Agenda {
			if i >= len(seen) || rev == seen[i] {
				continue
			}
			words := s.briefing.Language.Words()
			msg := ui.DocumentMsg{Document: i}
			switch {
			case rev.Version != seen[i].Version:
				doc := s.agenda.document(i)
				msg.Briefing, msg.Renderer, msg.Notice = doc.briefing, doc.renderer, words.Library.Updated
				if doc.revision.Version != rev.Version {
					continue // a newer version is on its way in the next state
				}
			case rev.Problem != "":
				msg.Notice = fmt.Sprintf(words.Library.KeptLastGood, rev.Problem)
			default:
				seen[i] = rev
				continue
			}
			seen[i] = rev
			send(msg)
		}
		meetingDeliver(state)
	}
}
