package ui

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

// of writes a position counted from 1: 3/5.
func of(current, total int) string { return itoa(current) + "/" + itoa(total) }
