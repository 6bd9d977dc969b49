package timex

import (
	"fmt"
	"strings"
)

// cand is one expression found in a run of words, before resolution.
type cand struct {
	first, end int // word range [first, end)
	typ, mod   string
	value      string           // the value when absolute
	rel        func(Ref) string // the value when relative to the reference date
	tense      bool             // the value depends on the clause's tense
	// lexicalTense asks for the word-based tense even when the syntax layer
	// exists: "today" needs a stative present ("today the goal is"), which
	// the tags do not tell from an eventive one ("I welcome ... today").
	lexicalTense bool
	// dayOfMonth marks "the 24th": its month comes from the nearest dated
	// expression of the sentence, else the last one before it.
	dayOfMonth int
}

// finder matches expressions over the words of one sentence.
type finder struct {
	ws []word
}

func (f *finder) at(i int) string {
	if i < 0 || i >= len(f.ws) {
		return ""
	}
	return f.ws[i].Low
}

// adjacent reports whether word i follows word i-1 with no space.
func (f *finder) adjacent(i int) bool {
	return i > 0 && i < len(f.ws) && !f.ws[i].SpaceBefore
}

func (f *finder) capital(i int) bool { return i >= 0 && i < len(f.ws) && isUpper(f.ws[i].Text) }

// findAll returns the candidates of the sentence in order, without overlaps.
func (f *finder) findAll() []cand {
	var out []cand
	for i := 0; i < len(f.ws); {
		cs := f.match(i)
		if len(cs) == 0 {
			i++
			continue
		}
		out = append(out, cs...)
		if next := cs[len(cs)-1].end; next > i {
			i = next
		} else {
			i++ // never loop on a malformed candidate
		}
	}
	return out
}

func abs(first, end int, value string) cand {
	return cand{first: first, end: end, typ: "DATE", value: value}
}

func relc(first, end int, tense bool, fn func(Ref) string) cand {
	return cand{first: first, end: end, typ: "DATE", rel: fn, tense: tense}
}

// match tries every pattern at word i, most specific first.
func (f *finder) match(i int) []cand {
	if c, ok := f.modified(i); ok {
		return []cand{c}
	}
	if c, ok := f.the(i); ok {
		return []cand{c}
	}
	if c, ok := f.numericDate(i); ok {
		return []cand{c}
	}
	if c, ok := f.clock(i); ok {
		return []cand{c}
	}
	if c, ok := f.weekday(i); ok {
		return []cand{c}
	}
	if cs := f.monthFirst(i); cs != nil {
		return cs
	}
	if c, ok := f.dayFirst(i); ok {
		return []cand{c}
	}
	if c, ok := f.relative(i); ok {
		return []cand{c}
	}
	if c, ok := f.quarterCode(i); ok {
		return []cand{c}
	}
	if c, ok := f.year(i); ok {
		return []cand{c}
	}
	if c, ok := f.durationOrSet(i); ok {
		return []cand{c}
	}
	return nil
}

// monthAt recognizes a month name at i, returning the month and the words
// used (an abbreviation may take its period).
func (f *finder) monthAt(i int) (m, n int) {
	w := f.at(i)
	m, ok := months[w]
	if !ok || !f.capital(i) {
		return 0, 0
	}
	n = 1
	if len(w) <= 4 && w != "june" && w != "july" && w != "may" && f.at(i+1) == "." && f.adjacent(i+1) {
		n = 2
	}
	if len(w) <= 4 && w != "june" && w != "july" && w != "may" && n == 1 {
		// a bare abbreviation needs a day or year after it ("Jan 5")
		if _, ok := f.dayNum(i + 1); !ok {
			if _, ok := f.yearNum(i + 1); !ok {
				return 0, 0
			}
		}
	}
	return m, n
}

// monthContext reports whether an ambiguous month word at i ("May",
// "March") is used as a month: it needs a day or year after it or a
// temporal preposition before it.
func (f *finder) monthContext(i, n int) bool {
	if _, ok := f.dayNum(i + n); ok {
		return true
	}
	if _, ok := f.yearNum(i + n); ok {
		return true
	}
	if f.at(i+n) == "," {
		if _, ok := f.yearNum(i + n + 1); ok {
			return true
		}
	}
	return monthPreps[f.at(i-1)]
}

var monthPreps = map[string]bool{}

func init() {
	for _, w := range []string{"in", "since", "until", "till", "by", "early", "late", "mid", "-", "last", "next", "this", "of",
		"from", "through", "during", "before", "after", "end", "between", "to", "for", "on"} {
		monthPreps[w] = true
	}
}

// dayNum recognizes a day of the month: "16", "16th", "1st".
func (f *finder) dayNum(i int) (int, bool) {
	w := f.at(i)
	if w == "" {
		return 0, false
	}
	digits := w
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			digits = strings.TrimSuffix(w, suf)
			break
		}
	}
	if !isDigits(digits) || len(digits) > 2 {
		return 0, false
	}
	d := atoi(digits)
	if d < 1 || d > 31 {
		return 0, false
	}
	// "16:30", "16.5", "16,000" are not days
	if nx := f.at(i + 1); (nx == ":" || nx == "." || nx == ",") && f.adjacent(i+1) && isDigits(f.at(i+2)) && f.adjacent(i+2) {
		return 0, false
	}
	return d, true
}

// yearNum recognizes a four-digit year at i.
func (f *finder) yearNum(i int) (int, bool) {
	w := f.at(i)
	if len(w) != 4 || !isDigits(w) {
		return 0, false
	}
	y := atoi(w)
	if y < 1000 || y > 2999 {
		return 0, false
	}
	if nx := f.at(i + 1); (nx == ":" || nx == "." || nx == ",") && f.adjacent(i+1) && isDigits(f.at(i+2)) && f.adjacent(i+2) {
		return 0, false
	}
	return y, true
}

// monthFirst matches "July 16", "Jul. 16, 2024", "June 23-24", "June 15 and
// 16", "February 2022", "November".
func (f *finder) monthFirst(i int) []cand {
	m, n := f.monthAt(i)
	if m == 0 {
		return nil
	}
	if ambiguousMonths[f.at(i)] && !f.monthContext(i, n) {
		return nil
	}
	if f.capital(i+n) && !monthPreps[f.at(i-1)] && !isDigits(f.at(i+n)) {
		if _, isMonth := months[f.at(i+n)]; !isMonth {
			if _, isDay := weekdays[f.at(i+n)]; !isDay && !f.ws[i+n].NewlineBefore {
				return nil // a name: "August Hanning", "June Carter"
			}
		}
	}
	j := i + n
	if d, ok := f.dayNum(j); ok {
		j++
		second := 0
		// a range inside the month keeps its first day: "June 23-24"
		if (f.at(j) == "-" || f.at(j) == "to" || f.at(j) == "through") && !f.unitAt(j+2) {
			if d2, ok := f.dayNum(j + 1); ok && d2 > d {
				j += 2
			}
		}
		if (f.at(j) == "and" || f.at(j) == "or") && !f.unitAt(j+2) {
			if d2, ok := f.dayNum(j + 1); ok && d2 != d {
				second = d2
			}
		}
		y, hasY := 0, false
		if f.at(j) == "," {
			if yy, ok := f.yearNum(j + 1); ok && second == 0 {
				y, hasY = yy, true
				j += 2
			}
		} else if yy, ok := f.yearNum(j); ok {
			y, hasY = yy, true
			j++
		}
		first := f.monthDay(i, j, m, d, y, hasY)
		if first == nil {
			return nil
		}
		out := []cand{*first}
		if second != 0 {
			k := j + 2
			y2 := 0
			hasY2 := false
			if f.at(k) == "," {
				if yy, ok := f.yearNum(k + 1); ok {
					y2, hasY2, k = yy, true, k+2
				}
			} else if yy, ok := f.yearNum(k); ok {
				y2, hasY2, k = yy, true, k+1
			}
			if hasY2 && !hasY {
				// "June 15 and 16, 2024": the year belongs to both
				out[0] = *f.monthDay(i, j, m, d, y2, true)
			}
			if c := f.monthDay(j+1, k, m, second, y2, hasY2); c != nil {
				out = append(out, *c)
			}
		}
		return out
	}
	if y, ok := f.yearNum(j); ok {
		return []cand{abs(i, j+1, ym(y, m))}
	}
	if f.at(j) == "," || f.at(j) == "of" {
		if y, ok := f.yearNum(j + 1); ok {
			return []cand{abs(i, j+2, ym(y, m))}
		}
	}
	return []cand{relc(i, j, true, func(r Ref) string { return ym(monthYear(r, m), m) })}
}

func (f *finder) monthDay(first, end, m, d, y int, hasY bool) *cand {
	if hasY {
		if !validDay(y, m, d) {
			return nil
		}
		c := abs(first, end, ymd(y, m, d))
		return &c
	}
	if !validDay(2000, m, d) { // 2000 is a leap year: Feb 29 is allowed
		return nil
	}
	c := relc(first, end, true, func(r Ref) string {
		y := monthDayYear(r, m, d)
		if !validDay(y, m, d) {
			return ym(y, m)
		}
		return ymd(y, m, d)
	})
	return &c
}

// dayFirst matches "16 July 2024", "19-20 November", "the 16th of July".
func (f *finder) dayFirst(i int) (cand, bool) {
	j := i
	if f.at(j) == "the" {
		j++
	}
	d, ok := f.dayNum(j)
	if !ok {
		if o, isOrd := ordinals[f.at(j)]; isOrd && f.at(j+1) == "of" {
			d, ok = o, true
		}
	}
	if !ok {
		return cand{}, false
	}
	k := j + 1
	if (f.at(k) == "-" || f.at(k) == "to") && !f.unitAt(k+2) {
		if d2, ok := f.dayNum(k + 1); ok && d2 > d {
			k += 2
		}
	}
	if f.at(k) == "of" {
		k++
	} else if f.at(i) == "the" {
		// "since the 3rd (March 3, 2021)": a day whose month the
		// context gives; a noun after it ("the 24th brigade") is no date
		w := f.at(j)
		if nx := f.at(k); k == j+1 && len(w) > 2 && !isDigits(w) && (nx == "" || !isWordRune([]rune(nx)[0])) {
			return cand{first: i, end: k, typ: "DATE", dayOfMonth: d}, true
		}
		return cand{}, false
	}
	m, n := f.monthAt(k)
	if m == 0 {
		return cand{}, false
	}
	k += n
	y, hasY := 0, false
	if f.at(k) == "," {
		if yy, ok := f.yearNum(k + 1); ok {
			y, hasY, k = yy, true, k+2
		}
	} else if yy, ok := f.yearNum(k); ok {
		y, hasY, k = yy, true, k+1
	}
	c := f.monthDay(i, k, m, d, y, hasY)
	if c == nil {
		return cand{}, false
	}
	return *c, true
}

// numericDate matches 2024-07-16, 7/16/2024 and 16/7/2024.
func (f *finder) numericDate(i int) (cand, bool) {
	w := f.at(i)
	if !isDigits(w) {
		return cand{}, false
	}
	sep := f.at(i + 1)
	if (sep != "-" && sep != "/" && sep != ".") || !f.adjacent(i+1) || !f.adjacent(i+2) || f.at(i+3) != sep ||
		!f.adjacent(i+3) || !f.adjacent(i+4) {
		return cand{}, false
	}
	a, b, c := w, f.at(i+2), f.at(i+4)
	if !isDigits(b) || !isDigits(c) {
		return cand{}, false
	}
	// a longer run ("1-2-3-4", "192.168.0.1") is not a date
	if nx := f.at(i + 5); (nx == sep || nx == ".") && f.adjacent(i+5) && isDigits(f.at(i+6)) {
		return cand{}, false
	}
	var y, m, d int
	switch {
	case len(a) == 4 && len(b) <= 2 && len(c) <= 2 && sep != ".":
		y, m, d = atoi(a), atoi(b), atoi(c)
	case len(a) <= 2 && len(b) <= 2 && (len(c) == 4 || (len(c) == 2 && sep == "/")) && sep != "-":
		y = atoi(c)
		if len(c) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		m, d = atoi(a), atoi(b)
		if m > 12 || sep == "." { // day first
			m, d = d, m
		}
	default:
		return cand{}, false
	}
	if !validDay(y, m, d) {
		return cand{}, false
	}
	return abs(i, i+5, ymd(y, m, d)), true
}

// year matches a bare year ("2014", "in 2023") or a decade ("the 1990s"
// is handled by the(); here "1990s").
func (f *finder) year(i int) (cand, bool) {
	w := f.at(i)
	if len(w) == 5 && w[4] == 's' && isDigits(w[:4]) {
		y := atoi(w[:4])
		if y >= 1000 && y <= 2999 && y%10 == 0 {
			return abs(i, i+1, fmt.Sprintf("%03d", y/10)), true
		}
	}
	y, ok := f.yearNum(i)
	if !ok {
		return cand{}, false
	}
	if y < 1800 || y > 2199 {
		return cand{}, false
	}
	switch f.at(i - 1) {
	case "$", "€", "£", "#", "no", "number", "nos", "route", "flight", "resolution", "article", "page", "+":
		return cand{}, false
	}
	if f.at(i-1) == "," && f.adjacent(i) {
		return cand{}, false
	}
	if isDigits(f.at(i - 1)) {
		return cand{}, false
	}
	switch nx := f.at(i + 1); nx {
	case "%", "people", "troops", "soldiers", "km", "kilometers", "kilometres", "miles", "tons", "tonnes",
		"dollars", "euros", "pounds", "votes", "members", "deaths", "cases", "residents", "men", "women",
		"children", "units", "meters", "metres", "feet", "barrels", "rounds", "points", "seats", "voters":
		return cand{}, false
	}
	return abs(i, i+1, yr(y)), true
}

// unitAt reports whether word i is a time unit.
func (f *finder) unitAt(i int) bool {
	_, ok := units[f.at(i)]
	return ok
}
