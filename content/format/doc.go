// Package format writes the numbers of a Briefing as a reader expects to see them: a value with its
// unit (109.19亿元, 12%, $4.2 billion), a figure with its qualifier (10万元以下, 300多家), a signed
// change (+13.34%, −0.4 percentage points, 同比 +13.34%), a baseline with its period (2020年 7.6亿元)
// and the periods of a comparison (2020年→2024年).
//
// The reader's panes, the slides, the plain output and the text reports all write numbers through
// it, so a figure reads the same everywhere. It is pure Go and reads only content's types, the
// number tables of content/cjk and the words of content/locale; the JSON shapes of content/report
// keep the numbers unformatted.
package format
