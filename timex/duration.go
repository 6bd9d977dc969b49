package timex

import (
	"fmt"
	"strconv"
)

// numAt reads a count: "3", "three", "twenty-five", "a", "a few",
// "several", "a couple of". vague is true for unknown counts.
func (f *finder) numAt(i int) (n int, vague bool, k int, ok bool) {
	w := f.at(i)
	switch {
	case isDigits(w) && len(w) <= 3:
		if nx := f.at(i + 1); (nx == "," || nx == ".") && f.adjacent(i+1) && isDigits(f.at(i+2)) {
			return 0, false, 0, false
		}
		return atoi(w), false, 1, true
	case w == "a" || w == "an":
		if vagueNumbers[f.at(i+1)] {
			return 0, true, 2, true
		}
		if f.at(i+1) == "couple" && f.at(i+2) == "of" {
			return 2, false, 3, true
		}
		return 1, false, 1, true
	case w == "couple":
		if f.at(i+1) == "of" {
			return 2, false, 2, true
		}
	case vagueNumbers[w]:
		return 0, true, 1, true
	}
	if v, isNum := numberWords[w]; isNum && w != "couple" {
		if v >= 20 && f.at(i+1) == "-" && f.adjacent(i+1) {
			if u, ok := numberWords[f.at(i+2)]; ok && u < 10 {
				return v + u, false, 3, true
			}
		}
		return v, false, 1, true
	}
	return 0, false, 0, false
}

// period formats a duration of n units ("P3D", "PT2H", "PXY").
func period(n int, vague bool, unit string, timeU bool) string {
	count := "X"
	if !vague {
		count = strconv.Itoa(n)
	}
	switch unit {
	case "WE":
		unit = "WE"
	case "Q":
		if !vague {
			return fmt.Sprintf("P%dM", 3*n)
		}
		unit = "Q"
	case "2W":
		if !vague {
			return fmt.Sprintf("P%dW", 2*n)
		}
		unit = "W"
	}
	if timeU {
		return "PT" + count + unit
	}
	return "P" + count + unit
}

// durationOrSet matches durations ("three days", "a three-day summit",
// "several years") and sets ("every week", "annually").
func (f *finder) durationOrSet(i int) (cand, bool) {
	w := f.at(i)
	if v, ok := setAdverbs[w]; ok {
		return cand{first: i, end: i + 1, typ: "SET", value: v}, true
	}
	if w == "every" || w == "each" {
		j := i + 1
		n, vague, k, hasNum := f.numAt(j)
		if hasNum && f.at(j) != "a" {
			j += k
		} else {
			n, vague = 1, false
		}
		if u, ok := units[f.at(j)]; ok && u != "WE" {
			return cand{first: i, end: j + 1, typ: "SET", value: period(n, vague, u, timeUnit(f.at(j)))}, true
		}
		if wd, ok := weekdays[f.at(j)]; ok && f.capital(j) {
			if wd == 0 {
				wd = 7
			}
			return cand{first: i, end: j + 1, typ: "SET", value: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
		}
		return cand{}, false
	}
	if w == "for" || w == "over" {
		switch f.at(i + 1) {
		case "years", "decades", "months", "weeks", "days", "centuries", "hours":
			uw := f.at(i + 1)
			return cand{first: i + 1, end: i + 2, typ: "DURATION", value: period(0, true, units[uw], timeUnit(uw))}, true
		}
		return cand{}, false
	}
	n, vague, k, ok := f.numAt(i)
	if !ok {
		return cand{}, false
	}
	j := i + k
	if f.at(j) == "-" && f.adjacent(j) && f.adjacent(j+1) && !vague {
		j++ // "three-day"
	}
	uw := f.at(j)
	u, isUnit := units[uw]
	if !isUnit || u == "WE" {
		return cand{}, false
	}
	if w == "a" || w == "an" {
		if uw == "second" || uw == "quarter" {
			return cand{}, false // "a second summit", "a quarter of"
		}
		switch f.at(i - 1) {
		case "for", "nearly", "almost", "about", "over", "than", "within", "past", "around", "only", "just":
		default:
			return cand{}, false
		}
	}
	end := j + 1
	if f.at(end) == "-" && f.at(end+1) == "long" {
		end += 2
	}
	return cand{first: i, end: end, typ: "DURATION", value: period(n, vague, u, timeUnit(uw))}, true
}
