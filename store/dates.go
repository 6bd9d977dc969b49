package store

import (
	"fmt"
	"time"
)

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// DayOf is the sortable day (YYYY-MM-DD) of a publication date: YYYY-MM-DD
// (optionally followed by a time) as is, YYYY-MM as its first day, YYYY as
// January 1; anything else is "" (undated).
func DayOf(published string) string {
	p := published
	switch {
	case len(p) >= 10 && digits(p[0:4]) && p[4] == '-' && digits(p[5:7]) && p[7] == '-' && digits(p[8:10]) && (len(p) == 10 || p[10] == 'T' || p[10] == ' '):
		return p[:10]
	case len(p) == 7 && digits(p[0:4]) && p[4] == '-' && digits(p[5:7]):
		return p + "-01"
	case len(p) == 4 && digits(p):
		return p + "-01-01"
	}
	return ""
}

// eventDay is an event's own date when it is a full day, else its
// document's day.
func eventDay(date, docDay string) string {
	if len(date) >= 10 {
		if d := DayOf(date[:10]); d != "" {
			return d
		}
	}
	return docDay
}

// bounds turns inclusive From/To filters (YYYY, YYYY-MM or YYYY-MM-DD) into
// day strings for lexical comparison; an empty bound is open.
func bounds(from, to string) (lo, hi string, err error) {
	if from != "" {
		if lo = DayOf(from); !validDay(lo) || len(from) > 10 {
			return "", "", fmt.Errorf("%w: from %q is not YYYY-MM-DD", ErrInvalid, from)
		}
	}
	if to != "" {
		if hi = DayOf(to); !validDay(hi) || len(to) > 10 {
			return "", "", fmt.Errorf("%w: to %q is not YYYY-MM-DD", ErrInvalid, to)
		}
		switch len(to) {
		case 4:
			hi = to + "-12-31"
		case 7:
			hi = to + "-31"
		}
	}
	return lo, hi, nil
}

// bucketStart is the first day of the interval containing day.
func bucketStart(day, interval string) (string, bool) {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return "", false
	}
	switch interval {
	case Month:
		return day[:7] + "-01", true
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return t.AddDate(0, 0, -wd).Format("2006-01-02"), true
	default:
		return day, true
	}
}

func validDay(day string) bool {
	_, err := time.Parse("2006-01-02", day)
	return err == nil
}
