package meeting

// A meeting's agenda is its documents, in order: Position.Document says which one the presenter
// shows, and State.Agenda names each one's latest version by digest and version number, so a
// document read again during the meeting reaches every session, on this node or through a bridge on
// another. The Hub keeps the names; the documents themselves are the server's.

// SetAgenda names the meeting's documents as first served (version 1 each, or as given) and wakes
// every member.
func (h *Hub) SetAgenda(agenda []Revision) {
	h.mu.Lock()
	h.agenda = append([]Revision(nil), agenda...)
	h.mu.Unlock()
	h.wakeAll()
}

// Revise records a new version of document i (or a problem reading one) and wakes every member, so
// each session shows it at once. When the presenter's position is in that document, place (if not
// nil) moves it to where the same text stands in the new version. A revision for a document not on
// the agenda is ignored.
func (h *Hub) Revise(i int, r Revision, place func(Position) Position) {
	h.mu.Lock()
	if i < 0 || i >= len(h.agenda) {
		h.mu.Unlock()
		return
	}
	h.agenda[i] = r
	if place != nil && h.position.Document == i {
		h.position = place(h.position)
	}
	h.mu.Unlock()
	h.wakeAll()
}

// Agenda is the meeting's documents as last revised.
func (h *Hub) Agenda() []Revision {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Revision(nil), h.agenda...)
}
