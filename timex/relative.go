package timex

import (
	"fmt"
	"strings"
)

// ref builds a candidate with a fixed value: PRESENT_REF, PAST_REF,
// FUTURE_REF.
func ref(first, end int, v string) cand { return abs(first, end, v) }

// abstractNow are nouns after "today's" that make it the present era
// ("today's world") rather than the day ("today's talks").
var abstractNow = map[string]bool{
	"world": true, "reality": true, "realities": true, "situation": true, "conditions": true, "environment": true,
	"challenges": true, "threats": true, "generation": true, "russia": true, "ukraine": true, "europe": true,
	"society": true, "economy": true, "circumstances": true, "context": true, "era": true, "realm": true,
}

// relative matches words and phrases relative to the reference date.
func (f *finder) relative(i int) (cand, bool) {
	w := f.at(i)
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		j := i + 1
		possessive := false
		if f.at(j) == "'" && f.at(j+1) == "s" && f.adjacent(j) {
			j += 2
			possessive = true
		}
		shift := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
		part := ""
		if w == "tonight" {
			part = "NI"
		} else if p, ok := partsOfDay[f.at(j)]; ok && !possessive {
			part, j = p, j+1
		}
		if part != "" {
			return cand{first: i, end: j, typ: "TIME", rel: func(r Ref) string { return day(r.Date.AddDate(0, 0, shift)) + "T" + part }}, true
		}
		if w == "today" {
			if possessive {
				if abstractNow[f.at(j)] {
					return ref(i, j, "PRESENT_REF"), true
				}
				return relc(i, j, false, func(r Ref) string { return day(r.Date) }), true
			}
			switch f.at(j) {
			case "is", "marks", "was", "will", "has":
				// "Today is a historic day": the day itself
				return relc(i, j, false, func(r Ref) string { return day(r.Date) }), true
			}
			c := relc(i, j, true, func(r Ref) string {
				if r.Dir == Present {
					return "PRESENT_REF"
				}
				return day(r.Date)
			})
			c.lexicalTense = true
			return c, true
		}
		return relc(i, j, false, func(r Ref) string { return day(r.Date.AddDate(0, 0, shift)) }), true
	case "this", "last", "next", "earlier", "later":
		return f.deictic(i)
	case "spring", "summer", "autumn", "winter", "fall":
		return f.season(i)
	case "now":
		if f.at(i+1) == "-" && f.adjacent(i+1) {
			return cand{}, false
		}
		return ref(i, i+1, "PRESENT_REF"), true
	case "currently", "presently", "nowadays":
		return ref(i, i+1, "PRESENT_REF"), true
	case "present":
		if f.at(i-1) == "at" {
			return ref(i, i+1, "PRESENT_REF"), true
		}
	case "these":
		if f.at(i+1) == "days" {
			return ref(i, i+2, "PRESENT_REF"), true
		}
	case "most":
		if f.at(i+1) == "recently" {
			return ref(i, i+2, "PAST_REF"), true
		}
	case "recently", "lately":
		return ref(i, i+1, "PAST_REF"), true
	case "recent":
		switch f.at(i + 1) {
		case "days", "weeks", "months", "years", "decades", "times":
			return ref(i, i+2, "PAST_REF"), true
		}
	case "soon":
		if f.at(i-1) == "as" && f.at(i+1) == "as" {
			return cand{}, false
		}
		return ref(i, i+1, "FUTURE_REF"), true
	case "a":
		if (f.at(i+1) == "later" || f.at(i+1) == "future") && f.at(i+2) == "date" {
			return ref(i, i+3, "FUTURE_REF"), true
		}
	case "in":
		if n, vague, k, ok := f.numAt(i + 1); ok && !vague && n > 0 {
			u, isUnit := units[f.at(i+1+k)]
			if isUnit && !timeUnit(f.at(i+1+k)) && u != "Q" && u != "2W" {
				end := i + 2 + k
				if f.sinceLike(i) {
					// "the first time in nine years": a duration
					return cand{first: i + 1, end: end, typ: "DURATION", value: period(n, false, u, false)}, true
				}
				return relc(i, end, false, func(r Ref) string { return shiftFormat(r.Date, n, u) }), true
			}
		}
	}
	// "years ago", "decades ago"
	switch w {
	case "days", "weeks", "months", "years", "decades", "centuries":
		if f.at(i+1) == "ago" {
			return ref(i, i+2, "PAST_REF"), true
		}
	}
	// "three years ago", "a week ago"
	if n, vague, k, ok := f.numAt(i); ok {
		uw := f.at(i + k)
		if u, isUnit := units[uw]; isUnit && f.at(i+k+1) == "ago" && !timeUnit(uw) {
			if vague {
				return ref(i, i+k+2, "PAST_REF"), true
			}
			return relc(i, i+k+2, false, func(r Ref) string { return shiftFormat(r.Date, -n, u) }), true
		}
	}
	return cand{}, false
}

// season matches a season without an article: "summer 2023", "in
// autumn", "until spring".
func (f *finder) season(i int) (cand, bool) {
	code := seasons[f.at(i)]
	if y, ok := f.yearNum(i + 1); ok {
		return abs(i, i+2, fmt.Sprintf("%04d-%s", y, code)), true
	}
	switch f.at(i - 1) {
	case "in", "by", "until", "till", "during", "since", "before", "after", "through", "early", "late", "this":
	default:
		return cand{}, false
	}
	if f.at(i) == "fall" && f.at(i-1) != "in" && f.at(i-1) != "this" {
		return cand{}, false
	}
	return relc(i, i+1, true, func(r Ref) string { return fmt.Sprintf("%04d-%s", seasonYear(r, code), code) }), true
}

// quarterCode matches "Q3 2023", "Q3", "H1 2024".
func (f *finder) quarterCode(i int) (cand, bool) {
	w := f.at(i)
	if len(w) != 2 || (w[0] != 'q' && w[0] != 'h') || !f.capital(i) {
		return cand{}, false
	}
	n := int(w[1] - '0')
	part := "Q"
	if w[0] == 'h' {
		part = "H"
	}
	if n < 1 || (part == "Q" && n > 4) || (part == "H" && n > 2) {
		return cand{}, false
	}
	if y, ok := f.yearNum(i + 1); ok {
		return abs(i, i+2, fmt.Sprintf("%04d-%s%d", y, part, n)), true
	}
	if part == "H" {
		return cand{}, false // "H1" alone is too often something else
	}
	return relc(i, i+1, true, func(r Ref) string { return fmt.Sprintf("%04d-Q%d", r.Date.Year(), n) }), true
}

// sinceLike reports whether the words before "in" at i make "in N units"
// a stretch of time ("the first time in years", "the highest in a decade").
func (f *finder) sinceLike(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := f.at(k); w {
		case "time", "first", "ever", "never", "not", "highest", "lowest", "most", "least", "only", "once":
			return true
		default:
			if strings.HasSuffix(w, "est") && len(w) > 5 {
				return true
			}
		}
	}
	return false
}

// deictic matches "last week", "this year", "next Tuesday", "last
// November", "this fall", "this morning", "later this year".
func (f *finder) deictic(i int) (cand, bool) {
	w := f.at(i)
	if w == "this" && f.at(i+1) == "past" {
		// "this past weekend" is last weekend
		if c, ok := f.deictic(i + 1); ok {
			c.first = i
			return c, true
		}
		return cand{}, false
	}
	if w == "past" {
		switch f.at(i + 1) {
		case "week", "weekend", "month", "year":
			u := units[f.at(i+1)]
			return relc(i, i+2, false, func(r Ref) string { return shiftFormat(r.Date, -1, u) }), true
		}
		return cand{}, false
	}
	if w == "earlier" || w == "later" {
		switch f.at(i + 1) {
		case "today", "tonight":
			return relc(i, i+2, false, func(r Ref) string { return day(r.Date) }), true
		}
		switch f.at(i + 1) {
		case "this", "last", "next":
			c, ok := f.deictic(i + 1)
			if ok && c.typ == "DATE" {
				c.first = i
				return c, true
			}
		}
		return cand{}, false
	}
	shift := map[string]int{"this": 0, "last": -1, "next": 1}[w]
	x := f.at(i + 1)
	if x == "fiscal" && f.at(i+2) == "year" {
		// "this fiscal year": the calendar year stands in for it
		return relc(i, i+3, false, func(r Ref) string { return shiftFormat(r.Date, shift, "Y") }), true
	}
	if u, ok := units[x]; ok {
		switch x {
		case "week", "month", "year", "weekend", "quarter", "decade", "century":
			return relc(i, i+2, false, func(r Ref) string { return shiftFormat(r.Date, shift, u) }), true
		}
		return cand{}, false
	}
	if wd, ok := weekdays[x]; ok && len(x) > 4 && f.capital(i+1) {
		return relc(i, i+2, w == "this", func(r Ref) string { return day(weekdayDate(r, wd, shift)) }), true
	}
	if code, ok := seasons[x]; ok {
		return relc(i, i+2, w == "this", func(r Ref) string {
			cur := seasonCodes[seasonIndex(int(r.Date.Month()))]
			switch shift {
			case -1:
				y := seasonYear(Ref{Date: r.Date, Dir: Past}, code)
				if cur == code {
					y--
				}
				return fmt.Sprintf("%04d-%s", y, code)
			case 1:
				y := seasonYear(Ref{Date: r.Date, Dir: Future}, code)
				if cur == code {
					y++
				}
				return fmt.Sprintf("%04d-%s", y, code)
			}
			return fmt.Sprintf("%04d-%s", seasonYear(r, code), code)
		}), true
	}
	if m, ok := months[x]; ok && f.capital(i+1) && len(x) > 3 {
		return relc(i, i+2, w == "this", func(r Ref) string {
			rm := int(r.Date.Month())
			switch shift {
			case -1:
				y := monthYear(Ref{Date: r.Date, Dir: Past}, m)
				if m == rm {
					y--
				}
				return ym(y, m)
			case 1:
				y := monthYear(Ref{Date: r.Date, Dir: Future}, m)
				if m == rm {
					y++
				}
				return ym(y, m)
			}
			return ym(monthYear(r, m), m)
		}), true
	}
	if p, ok := partsOfDay[x]; ok {
		if w == "this" || (w == "last" && x == "night") {
			back := 0
			if w == "last" {
				back = -1
			}
			return cand{first: i, end: i + 2, typ: "TIME", rel: func(r Ref) string { return day(r.Date.AddDate(0, 0, back)) + "T" + p }}, true
		}
	}
	return cand{}, false
}
