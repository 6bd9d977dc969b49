package timex

import "fmt"

// modified matches "mid-June", "early 2023", "late last year", "the end of
// the year", "the beginning of the new year".
func (f *finder) modified(i int) (cand, bool) {
	j, mod := i, ""
	switch f.at(i) {
	case "early":
		mod, j = "START", i+1
	case "mid":
		mod, j = "MID", i+1
		if f.at(j) == "-" {
			j++
		}
	case "late":
		mod, j = "END", i+1
	case "the", "end", "beginning", "start", "middle", "turn":
		k := i
		if f.at(k) == "the" {
			k++
		}
		switch f.at(k) {
		case "end":
			mod = "END"
		case "beginning", "start":
			mod = "START"
		case "middle":
			mod = "MID"
		case "turn":
			mod = "START"
		default:
			return cand{}, false
		}
		if f.at(k+1) != "of" {
			return cand{}, false
		}
		j = k + 2
	default:
		return cand{}, false
	}
	if f.at(j) == "year" {
		// "the end of year"
		return cand{first: i, end: j + 1, typ: "DATE", mod: mod, rel: func(r Ref) string { return yr(r.Date.Year()) }}, true
	}
	if f.at(j) == "the" || f.at(j) == "this" {
		switch f.at(j + 1) {
		case "year":
			return cand{first: i, end: j + 2, typ: "DATE", mod: mod, rel: func(r Ref) string { return yr(r.Date.Year()) }}, true
		case "month":
			return cand{first: i, end: j + 2, typ: "DATE", mod: mod, rel: func(r Ref) string { return shiftFormat(r.Date, 0, "M") }}, true
		case "week":
			return cand{first: i, end: j + 2, typ: "DATE", mod: mod, rel: func(r Ref) string { return isoWeek(r.Date) }}, true
		case "new":
			if f.at(j+2) == "year" {
				return cand{first: i, end: j + 3, typ: "DATE", mod: mod, rel: func(r Ref) string {
					if r.Date.Month() >= 9 {
						return yr(r.Date.Year() + 1)
					}
					return yr(r.Date.Year())
				}}, true
			}
		}
	}
	switch f.at(j) {
	case "in", "a", "an", "on":
		return cand{}, false // "late in the war", "early on": not a date
	}
	inner := f.match(j)
	if len(inner) == 0 || inner[0].first != j || inner[0].typ != "DATE" {
		return cand{}, false
	}
	c := inner[0]
	if c.value == "PRESENT_REF" || c.value == "PAST_REF" || c.value == "FUTURE_REF" {
		return cand{}, false
	}
	c.first, c.mod = i, mod
	return c, true
}

// the matches phrases opening with "the": decades, seasons, quarters and
// halves, "the coming weeks", "the past three years", "the near future".
func (f *finder) the(i int) (cand, bool) {
	if f.at(i) != "the" {
		return cand{}, false
	}
	x := f.at(i + 1)
	// decades: "the 1990s", "the '90s"
	if len(x) == 5 && x[4] == 's' && isDigits(x[:4]) && atoi(x[:4])%10 == 0 {
		return abs(i, i+2, fmt.Sprintf("%03d", atoi(x[:4])/10)), true
	}
	if x == "'" && len(f.at(i+2)) == 3 && f.at(i + 2)[2] == 's' && isDigits(f.at(i + 2)[:2]) {
		d := atoi(f.at(i + 2)[:2])
		c := 19
		if d < 30 {
			c = 20
		}
		return abs(i, i+3, fmt.Sprintf("%02d%d", c, d/10)), true
	}
	// "the 20th century", "the nineteenth century"
	if f.at(i+2) == "century" {
		n, ok := ordinals[x]
		if !ok && len(x) >= 3 && isDigits(x[:len(x)-2]) {
			n, ok = atoi(x[:len(x)-2]), true
		}
		if ok && n >= 1 && n <= 30 {
			return abs(i, i+3, fmt.Sprintf("%02d", n-1)), true
		}
	}
	if code, ok := seasons[x]; ok {
		if _, isYear := f.yearNum(i + 3); f.at(i+2) == "of" && !isYear && (x == "fall" || x == "spring") {
			return cand{}, false // "the fall of the Soviet Union"
		}
		if f.at(i+2) == "of" {
			if y, ok := f.yearNum(i + 3); ok {
				return abs(i, i+4, fmt.Sprintf("%04d-%s", y, code)), true
			}
		}
		return relc(i, i+2, true, func(r Ref) string { return fmt.Sprintf("%04d-%s", seasonYear(r, code), code) }), true
	}
	if o, ok := ordinals[x]; ok && (f.at(i+2) == "quarter" || f.at(i+2) == "half") {
		part := "Q"
		if f.at(i+2) == "half" {
			part = "H"
		}
		if (part == "Q" && o > 4) || (part == "H" && o > 2) {
			return cand{}, false
		}
		j := i + 3
		if f.at(j) == "of" {
			if y, ok := f.yearNum(j + 1); ok {
				return abs(i, j+2, fmt.Sprintf("%04d-%s%d", y, part, o)), true
			}
			if f.at(j+1) == "the" && f.at(j+2) == "year" {
				j += 3
			} else if (f.at(j+1) == "this" || f.at(j+1) == "last" || f.at(j+1) == "next") && f.at(j+2) == "year" {
				shift := map[string]int{"this": 0, "last": -1, "next": 1}[f.at(j+1)]
				return relc(i, j+3, false, func(r Ref) string { return fmt.Sprintf("%04d-%s%d", r.Date.Year()+shift, part, o) }), true
			} else {
				return cand{}, false // "the second half of the day"
			}
		} else if y, ok := f.yearNum(j); ok {
			return abs(i, j+1, fmt.Sprintf("%04d-%s%d", y, part, o)), true
		}
		return relc(i, j, true, func(r Ref) string {
			y := r.Date.Year()
			cur := (int(r.Date.Month())-1)/3 + 1
			if part == "H" {
				cur = (int(r.Date.Month())-1)/6 + 1
			}
			if r.Dir == Past && o > cur {
				y--
			} else if r.Dir == Future && o < cur {
				y++
			}
			return fmt.Sprintf("%04d-%s%d", y, part, o)
		}), true
	}
	switch x {
	case "coming", "next", "past", "last", "previous", "following", "upcoming":
		j := i + 2
		if x == "past" && !f.unitAt(j) {
			if _, _, _, ok := f.numAt(j); !ok {
				return ref(i, i+2, "PAST_REF"), true
			}
		}
		n, vague, k, hasNum := f.numAt(j)
		if hasNum {
			j += k
		}
		uw := f.at(j)
		u, isUnit := units[uw]
		if !isUnit || u == "WE" {
			return cand{}, false
		}
		plural := len(uw) > 1 && uw[len(uw)-1] == 's'
		if !hasNum {
			if plural {
				if x == "coming" || x == "next" || x == "upcoming" {
					return ref(i, j+1, "FUTURE_REF"), true
				}
				if x == "past" || x == "last" {
					return ref(i, j+1, "PAST_REF"), true
				}
				return cand{}, false
			}
			if x == "previous" || x == "following" {
				return cand{}, false // anaphoric: "the following day"
			}
			n = 1
		}
		if x == "previous" || x == "following" {
			return cand{}, false
		}
		if vague && plural && (x == "coming" || x == "next" || x == "upcoming") {
			return ref(i, j+1, "FUTURE_REF"), true // "the next few days"
		}
		return cand{first: i, end: j + 1, typ: "DURATION", value: period(n, vague, u, timeUnit(uw))}, true
	case "near", "foreseeable", "distant", "future":
		j := i + 1
		if x != "future" {
			j++
		}
		if f.at(j) == "future" && f.at(j+1) != "of" {
			return ref(i, j+1, "FUTURE_REF"), true
		}
	case "present":
		switch f.at(i + 2) {
		case "day", "time", "moment":
			return ref(i, i+3, "PRESENT_REF"), true
		}
		if f.at(i-1) == "at" || f.at(i-1) == "until" || f.at(i-1) == "to" {
			return ref(i, i+2, "PRESENT_REF"), true
		}
	case "moment":
		if f.at(i-1) == "at" {
			return ref(i, i+2, "PRESENT_REF"), true
		}
	case "days", "weeks", "months", "years":
		if f.at(i+2) == "ahead" || (f.at(i+2) == "to" && f.at(i+3) == "come") {
			end := i + 3
			if f.at(i+2) == "to" {
				end = i + 4
			}
			return ref(i, end, "FUTURE_REF"), true
		}
	}
	return cand{}, false
}
