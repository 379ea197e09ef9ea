// Package simplify folds traditional Chinese characters into their simplified forms, one character
// for one character (發 → 发, 臺 → 台, 經 → 经), so a search or a label written in either script finds
// the other. It covers every character of OpenCC's traditional-to-simplified character table (about
// 4,000), where content/cjk's Fold knows only the hundred or so that figure words are written with.
//
// Folding is character by character on purpose: a search must map every offset of the folded text
// back to the text as shown, and a phrase table (OpenCC's TSPhrases) can change the number of
// characters. Where a traditional character has several simplified forms the table's first is taken.
//
// The table is OpenCC's, read from github.com/longbridgeapp/opencc, and built once per process on
// first use (about 70 ms, the cost of loading that package's dictionaries): a program that never
// folds traditional text never pays for it, and Ready lets a caller pay it in the background before a
// person waits. The table is read-only once built, so every session shares it. It is the one value
// this package keeps; nothing can change it.
package simplify
