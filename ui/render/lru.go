package render

import (
	"container/list"
	"fmt"
	"sync"

	"golang.org/x/sync/singleflight"
)

// cache keeps the most recently used values, up to a fixed number, for every session at once. Its
// lock covers only its entries: values are built outside it, so one slow build never stalls another
// session's hits, and concurrent misses for the same key build the value once (singleflight).
type cache struct {
	mu      sync.Mutex
	limit   int
	order   *list.List // front is the most recent; values are *cacheEntry
	index   map[any]*list.Element
	flights singleflight.Group
}

type cacheEntry struct {
	key   any
	value any
}

func newCache(limit int) *cache {
	return &cache{limit: limit, order: list.New(), index: map[any]*list.Element{}}
}

// get returns the value kept for key, building it with build on a miss. key must be comparable,
// and say everything the value depends on.
func (c *cache) get(key any, build func() any) any {
	if v, ok := c.lookup(key); ok {
		return v
	}
	v, _, _ := c.flights.Do(flightName(key), func() (any, error) {
		if v, ok := c.lookup(key); ok { // built by a flight that ended between the miss and now
			return v, nil
		}
		v := build()
		c.put(key, v)
		return v, nil
	})
	return v
}

// getUnshared is get without a shared flight: for values cheaper to build twice than to name (a
// flight is named by formatting its key).
func (c *cache) getUnshared(key any, build func() any) any {
	if v, ok := c.lookup(key); ok {
		return v
	}
	v := build()
	c.put(key, v)
	return v
}

// flightName names a key for singleflight, which keys its flights by string: the key's type and
// fields, so that keys equal as values share a name and different ones do not.
func flightName(key any) string { return fmt.Sprintf("%T%+v", key, key) }

func (c *cache) lookup(key any) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.index[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cacheEntry).value, true
}

func (c *cache) put(key, value any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.index[key]; ok {
		e.Value.(*cacheEntry).value = value
		c.order.MoveToFront(e)
		return
	}
	c.index[key] = c.order.PushFront(&cacheEntry{key: key, value: value})
	for c.order.Len() > c.limit {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.index, oldest.Value.(*cacheEntry).key)
	}
}

func (c *cache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
