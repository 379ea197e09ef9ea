package simplify

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// table is the traditional-to-simplified character table, built on first use.
var table = sync.OnceValues(load)

// characterDictionary is the file of OpenCC's t2s conversion that maps single characters.
const characterDictionary = "TSCharacters.ocd2"

// load reads OpenCC's character table into a map of one rune to one rune. Entries that are not one
// character for one character are left out: folding never changes the number of characters.
func load() (map[rune]rune, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("load the traditional-to-simplified table: %w", err)
	}
	for _, group := range cc.DictChains {
		for i, file := range group.Files {
			if file != characterDictionary || i >= len(group.Dicts) {
				continue
			}
			dict := group.Dicts[i]
			folds := make(map[rune]rune, len(dict.Values))
			for _, id := range dict.Trie.PrefixPredict(nil, 0) {
				key, err := dict.Trie.Key(id)
				if err != nil {
					continue
				}
				value, err := dict.Trie.Value(id)
				if err != nil || value < 0 || value >= len(dict.Values) || len(dict.Values[value]) == 0 {
					continue
				}
				from, fromSize := utf8.DecodeRune(key)
				to, toSize := utf8.DecodeRuneInString(dict.Values[value][0])
				if fromSize != len(key) || toSize != len(dict.Values[value][0]) || from == to {
					continue
				}
				folds[from] = to
			}
			return folds, nil
		}
	}
	return nil, fmt.Errorf("load the traditional-to-simplified table: no %s in OpenCC's t2s", characterDictionary)
}

// Ready builds the table now, if it is not built yet, and reports whether it could be. A program
// calls it in the background to have the first fold cost nothing.
func Ready() error {
	_, err := table()
	return err
}

// Rune is the simplified form of r, or r itself when it has none (or the table could not be built:
// folding then does what it can without it).
func Rune(r rune) rune {
	if r < 0x3400 { // no traditional character below the CJK blocks
		return r
	}
	folds, err := table()
	if err != nil {
		return r
	}
	if to, ok := folds[r]; ok {
		return to
	}
	return r
}

// String is s with every character folded by Rune. It has as many characters as s.
func String(s string) string {
	if !hasHan(s) {
		return s
	}
	return strings.Map(Rune, s)
}

// hasHan reports whether s has a character Rune might change.
func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 {
			return true
		}
	}
	return false
}
