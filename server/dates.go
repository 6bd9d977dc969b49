package server

import "time"

// dayDiff is the number of days from a to b (YYYY-MM-DD), 0 when either
// does not parse.
func dayDiff(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}
