package timex

import (
	"fmt"
	"time"
)

// weekday matches "Tuesday", "Friday, October 25", "Tuesday night".
func (f *finder) weekday(i int) (cand, bool) {
	w := f.at(i)
	wd, ok := weekdays[w]
	if !ok || !f.capital(i) {
		return cand{}, false
	}
	j := i + 1
	if len(w) <= 5 && w != "monday" && w != "friday" && w != "sunday" {
		if f.at(j) != "." || !f.adjacent(j) {
			return cand{}, false
		}
		j++
	}
	k := j
	if f.at(k) == "," {
		k++
	}
	c, ok := cand{}, false
	if cs := f.monthFirst(k); len(cs) > 0 && cs[0].first == k && cs[0].typ == "DATE" {
		c, ok = cs[0], true
	} else if c2, ok2 := f.dayFirst(k); ok2 {
		c, ok = c2, true
	}
	if ok {
		c.first = i
		if c.rel != nil {
			// "Monday, December 2": the year in which that day is a Monday
			inner := c.rel
			c.rel = func(r Ref) string {
				v := inner(r)
				t, err := time.Parse("2006-01-02", v)
				if err != nil || int(t.Weekday()) == wd {
					return v
				}
				for _, dy := range []int{-1, 1} {
					u := t.AddDate(dy, 0, 0)
					if u.Day() == t.Day() && int(u.Weekday()) == wd {
						return day(u)
					}
				}
				return v
			}
		}
		return c, true
	}
	if p, ok := partsOfDay[f.at(j)]; ok {
		return cand{first: i, end: j + 1, typ: "TIME", tense: true, rel: func(r Ref) string {
			return day(weekdayDate(r, wd, 0)) + "T" + p
		}}, true
	}
	return relc(i, j, true, func(r Ref) string { return day(weekdayDate(r, wd, 0)) }), true
}

// timeZones are the zone words a clock time may carry ("18:00 GMT").
var timeZones = map[string]bool{"gmt": true, "utc": true, "est": true, "edt": true, "et": true, "cet": true,
	"cest": true, "bst": true, "pst": true, "pdt": true, "msk": true, "eet": true, "eest": true, "local": true}

// clock matches times of day: "10 a.m.", "3:30 pm", "18:00 GMT", "noon".
func (f *finder) clock(i int) (cand, bool) {
	w := f.at(i)
	if w == "noon" || w == "midnight" {
		switch f.at(i - 1) {
		case "at", "by", "before", "after", "until", "till", "from", "around", "about":
		default:
			return cand{}, false
		}
		hhmm := "12:00"
		if w == "midnight" {
			hhmm = "24:00"
		}
		return f.clockDay(i, i+1, hhmm), true
	}
	digits, suffix := w, ""
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			digits, suffix = w[:k], w[k:]
			break
		}
	}
	if digits == "" || len(digits) > 2 || (suffix != "" && suffix != "am" && suffix != "pm" && suffix != "h") {
		return cand{}, false
	}
	h, m := atoi(digits), 0
	j := i + 1
	hasMin := false
	if suffix == "" && f.at(j) == ":" && f.adjacent(j) && f.adjacent(j+1) {
		mw := f.at(j + 1)
		if len(mw) >= 2 && isDigits(mw[:2]) {
			m = atoi(mw[:2])
			suffix = mw[2:]
			if suffix != "" && suffix != "am" && suffix != "pm" && suffix != "h" {
				return cand{}, false
			}
			hasMin = true
			j += 2
		}
	}
	ampm := ""
	switch {
	case suffix == "am" || suffix == "pm":
		ampm = suffix
	case f.at(j) == "am" || f.at(j) == "pm":
		ampm = f.at(j)
		j++
	case (f.at(j) == "a" || f.at(j) == "p") && f.at(j+1) == "." && f.at(j+2) == "m" && f.adjacent(j+1) && f.adjacent(j+2):
		ampm = f.at(j) + "m"
		j += 3
		if f.at(j) == "." && f.adjacent(j) {
			j++
		}
	}
	if ampm == "" {
		if !hasMin || !(timeZones[f.at(j)] || f.at(j) == "hours" || f.at(j) == "hrs" || suffix == "h") {
			return cand{}, false
		}
	}
	if h > 24 || m > 59 || (ampm != "" && (h == 0 || h > 12)) {
		return cand{}, false
	}
	if ampm == "pm" && h < 12 {
		h += 12
	} else if ampm == "am" && h == 12 {
		h = 0
	}
	if timeZones[f.at(j)] {
		j++
		if f.at(j-1) == "local" && f.at(j) == "time" {
			j++
		}
	} else if f.at(j) == "hours" || f.at(j) == "hrs" {
		j++
	}
	return f.clockDay(i, j, fmt.Sprintf("%02d:%02d", h, m)), true
}

// clockDay builds a TIME candidate, taking its day from a following
// "today", "Tuesday" or date when there is one.
func (f *finder) clockDay(i, j int, hhmm string) cand {
	k := j
	if f.at(k) == "on" || f.at(k) == "," {
		k++
	}
	var dayRel func(Ref) string
	tense := false
	end := j
	if c, ok := f.relative(k); ok && c.typ == "DATE" && c.rel != nil && (f.at(k) == "today" || f.at(k) == "yesterday" || f.at(k) == "tomorrow") {
		dayRel, end = c.rel, c.end
	} else if cs := f.monthFirst(k); len(cs) > 0 && cs[0].typ == "DATE" {
		c := cs[0]
		dayRel, end, tense = c.rel, c.end, c.tense
		if c.rel == nil {
			v := c.value
			dayRel = func(Ref) string { return v }
		}
	} else if c, ok := f.weekday(k); ok && c.typ == "DATE" {
		dayRel, end, tense = c.rel, c.end, c.tense
		if c.rel == nil {
			v := c.value
			dayRel = func(Ref) string { return v }
		}
	}
	if dayRel == nil {
		dayRel = func(r Ref) string { return day(r.Date) }
	}
	return cand{first: i, end: end, typ: "TIME", tense: tense, rel: func(r Ref) string {
		d := dayRel(Ref{Date: r.Date, OK: r.OK, Dir: r.Dir})
		if len(d) != 10 {
			d = day(r.Date)
		}
		return d + "T" + hhmm
	}}
}
