package render

import "container/list"

type wrapKey struct {
	section, width int
	theme          Theme
}

// lru keeps the most recently used wrapped sections, up to a fixed number. Not safe for concurrent
// use; the Renderer's lock guards it.
type lru struct {
	limit int
	order *list.List // front is the most recent; values are *lruEntry
	index map[wrapKey]*list.Element
}

type lruEntry struct {
	key     wrapKey
	section *Section
}

func newLRU(limit int) *lru {
	return &lru{limit: limit, order: list.New(), index: map[wrapKey]*list.Element{}}
}

func (c *lru) get(key wrapKey) (*Section, bool) {
	e, ok := c.index[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry).section, true
}

func (c *lru) put(key wrapKey, s *Section) {
	if e, ok := c.index[key]; ok {
		e.Value.(*lruEntry).section = s
		c.order.MoveToFront(e)
		return
	}
	c.index[key] = c.order.PushFront(&lruEntry{key: key, section: s})
	for c.order.Len() > c.limit {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.index, oldest.Value.(*lruEntry).key)
	}
}

func (c *lru) len() int { return c.order.Len() }
