// Package cjk holds the tables of how numbers are written in Chinese and mixed Chinese/English
// text: the units and measure words after a number, the scales (万, 亿, billion), the currency
// and sign characters around it, the Chinese numerals, and the folding of full-width and
// traditional forms into the ones the tables list.
//
// The figure rules (package content) and the line breaker (package content/linebreak) both read
// these tables, so a number the figures panel shows with its unit is the same number the reader
// keeps whole on one line. Adding a unit here teaches both at once.
//
// The package is pure Go and holds no state: every table is a function returning a fresh slice
// (or a predicate), so no caller can change what another sees. Tables that are matched by
// prefix are ordered so that a longer entry comes before any entry that is its prefix
// (个百分点 before 个, 千瓦时 before 千瓦), and a first match is the longest one.
package cjk
