package timex

import (
	"fmt"
	"regexp"
	"time"
)

// wellFormed matches every value this package produces.
var wellFormed = regexp.MustCompile(`^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?|\d{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF|PT?(?:\d+|X)(?:Y|M|W|D|H|S|DE|CE|Q|WE)|XXXX-WXX-[1-7])$`)

// WellFormed reports whether v is a value this package may produce ("" is
// the unknown value).
func WellFormed(v string) bool { return v == "" || wellFormed.MatchString(v) }

// Direction is where a relative expression points from the reference date,
// as the tense of its clause says.
type Direction int

// Directions. Unknown lets the resolver pick the nearest candidate.
const (
	Unknown Direction = iota
	Past
	Present
	Future
)

func (d Direction) String() string {
	switch d {
	case Past:
		return "past"
	case Present:
		return "present"
	case Future:
		return "future"
	}
	return "unknown"
}

// Ref is the context a relative expression is resolved in.
type Ref struct {
	Date time.Time // the reference (publication) date, UTC midnight
	OK   bool      // false when the document has no usable date
	Dir  Direction // the tense of the clause the expression modifies
}

// ParseRef reads a publication date: YYYY-MM-DD, YYYY-MM (read as the
// 15th), or a longer timestamp starting with YYYY-MM-DD. Anything else
// gives a Ref with OK false.
func ParseRef(published string) Ref {
	s := published
	var t time.Time
	var err error
	switch {
	case len(s) >= 10:
		t, err = time.Parse("2006-01-02", s[:10])
	case len(s) == 7:
		t, err = time.Parse("2006-01", s)
		t = t.AddDate(0, 0, 14)
	default:
		return Ref{}
	}
	// years far outside news would format outside YYYY after shifting
	if err != nil || t.Year() < 1000 || t.Year() > 2999 {
		return Ref{}
	}
	return Ref{Date: t, OK: true}
}

func day(t time.Time) string { return t.Format("2006-01-02") }

func ymd(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

func ym(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func yr(y int) string { return fmt.Sprintf("%04d", y) }

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	return date(y, m, d).Day() == d
}

// monthYear picks the year of a bare month: the latest one on or before
// the reference month for the past, the earliest one on or after it for the
// future, the nearest one otherwise.
func monthYear(r Ref, m int) int {
	y, rm := r.Date.Year(), int(r.Date.Month())
	switch r.Dir {
	case Past:
		if m > rm {
			return y - 1
		}
		return y
	case Future:
		if m < rm {
			return y + 1
		}
		return y
	}
	if m-rm > 6 {
		return y - 1
	}
	if rm-m > 6 {
		return y + 1
	}
	return y
}

// monthDayYear picks the year of a month and day without a year the same way.
func monthDayYear(r Ref, m, d int) int {
	y := r.Date.Year()
	cand := func(y int) time.Time { return date(y, m, d) }
	switch r.Dir {
	case Past:
		if cand(y).After(r.Date) {
			return y - 1
		}
		return y
	case Future:
		if cand(y).Before(r.Date) {
			return y + 1
		}
		return y
	}
	best, bestDist := y, 1<<62
	for _, c := range []int{y - 1, y, y + 1} {
		dist := cand(c).Sub(r.Date)
		if dist < 0 {
			dist = -dist
		}
		if int(dist) < bestDist {
			best, bestDist = c, int(dist)
		}
	}
	return best
}

// weekdayDate resolves a bare weekday: the most recent one on or before the
// reference date unless the tense is future or present (then the next one
// on or after it).
func weekdayDate(r Ref, wd int, shift int) time.Time {
	ref := r.Date
	cur := int(ref.Weekday())
	switch {
	case shift < 0: // "last Tuesday": strictly before
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case shift > 0: // "next Tuesday": strictly after
		fwd := (wd - cur + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	}
	if r.Dir == Future || r.Dir == Present {
		// "the summit is on Thursday": a weekday in the present tense is
		// scheduled, so it lies ahead
		fwd := (wd - cur + 7) % 7
		return ref.AddDate(0, 0, fwd)
	}
	back := (cur - wd + 7) % 7
	return ref.AddDate(0, 0, -back)
}

// seasonOf returns the season code of a month (winter is Dec-Feb, filed
// under the year in which it starts for December, under the current year
// otherwise).
func seasonIndex(m int) int {
	switch m {
	case 3, 4, 5:
		return 0
	case 6, 7, 8:
		return 1
	case 9, 10, 11:
		return 2
	}
	return 3
}

var seasonCodes = []string{"SP", "SU", "FA", "WI"}

func seasonNumber(code string) int {
	for i, c := range seasonCodes {
		if c == code {
			return i
		}
	}
	return 0
}

// seasonYear picks the year of a bare season by direction.
func seasonYear(r Ref, code string) int {
	y, m := r.Date.Year(), int(r.Date.Month())
	cur, s := seasonIndex(m), seasonNumber(code)
	if cur == 3 && m <= 2 {
		// January and February belong to the winter that began last year,
		// but TIMEX3 practice files them under the current year.
		cur = -1
	}
	switch r.Dir {
	case Past:
		if s > cur {
			return y - 1
		}
	case Future:
		if s < cur {
			return y + 1
		}
	}
	return y
}

// shift moves the reference date n units (D, W, M, Y, DE) and formats the
// result at that unit's granularity.
func shiftFormat(t time.Time, n int, unit string) string {
	switch unit {
	case "D":
		return day(t.AddDate(0, 0, n))
	case "W":
		return isoWeek(t.AddDate(0, 0, 7*n))
	case "WE":
		return isoWeek(t.AddDate(0, 0, 7*n)) + "-WE"
	case "M":
		u := date(t.Year(), int(t.Month()), 1).AddDate(0, n, 0)
		return ym(u.Year(), int(u.Month()))
	case "Q":
		q := (int(t.Month())-1)/3 + n
		y := t.Year()
		for q < 0 {
			q += 4
			y--
		}
		y += q / 4
		return fmt.Sprintf("%04d-Q%d", y, q%4+1)
	case "Y":
		return yr(t.Year() + n)
	case "DE":
		return fmt.Sprintf("%03d", (t.Year()+10*n)/10)
	case "CE":
		return fmt.Sprintf("%02d", (t.Year()+100*n)/100)
	case "H":
		return day(t) + fmt.Sprintf("T%02d", (t.Hour()+n+24*100)%24)
	}
	return ""
}
