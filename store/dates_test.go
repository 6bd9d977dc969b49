package store

import (
	"errors"
	"testing"
)

func TestDayOfAndBounds(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2024-07-17", "2024-07-17"},
		{"2024-07-17T10:00:00Z", "2024-07-17"},
		{"2024-07", "2024-07-01"},
		{"2024", "2024-01-01"},
		{"17 July 2024", ""},
		{"2024-7-1", ""},
		{"", ""},
	} {
		if got := DayOf(tc.in); got != tc.want {
			t.Errorf("DayOf(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ from, to, want string }{
		{"2024-03", "2024-03", "2024-03-01..2024-03-31"},
		{"2024", "", "2024-01-01.."},
		{"", "2024", "..2024-12-31"},
		{"2024-02-30", "", "invalid"},
		{"2024-03-01T00:00", "", "invalid"},
	} {
		lo, hi, err := bounds(tc.from, tc.to)
		got := lo + ".." + hi
		if err != nil {
			got = "invalid"
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("bounds(%q, %q) error %v is not ErrInvalid", tc.from, tc.to, err)
			}
		}
		if got != tc.want {
			t.Errorf("bounds(%q, %q) = %s, want %s", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestBucketStart(t *testing.T) {
	for _, tc := range []struct{ day, interval, want string }{
		{"2024-03-06", Week, "2024-03-04"}, // Wednesday → Monday
		{"2024-03-04", Week, "2024-03-04"},
		{"2024-03-10", Week, "2024-03-04"}, // Sunday belongs to the week before
		{"2024-01-01", Week, "2024-01-01"},
		{"2024-03-31", Month, "2024-03-01"},
		{"2024-03-31", Day, "2024-03-31"},
	} {
		if got, _ := bucketStart(tc.day, tc.interval); got != tc.want {
			t.Errorf("bucketStart(%s, %s) = %s, want %s", tc.day, tc.interval, got, tc.want)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  Olaf   SCHOLZ ", "olaf scholz"},
		{"U.S.", "us"},
		{"Jean-Yves Le Drian", "jean yves le drian"},
		{"Kolár", "kolár"},
		{"%_", ""},
	} {
		if got := normalizeName(tc.in); got != tc.want {
			t.Errorf("normalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzQueryArguments feeds untrusted query strings to the parsers behind the
// query filters.
func FuzzQueryArguments(f *testing.F) {
	for _, s := range []string{"2024-07-17", "2024-07", "2024", "yesterday", `"); DROP TABLE x; --`, "Kolár NEAR/3 AND"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := DayOf(s); d != "" && len(d) != 10 {
			t.Fatalf("DayOf(%q) = %q", s, d)
		}
		if lo, hi, err := bounds(s, s); err == nil && s != "" && (lo == "" || hi < lo) {
			t.Fatalf("bounds(%q) = %q..%q", s, lo, hi)
		}
		for _, w := range ftsWords(s) {
			if w == "" {
				t.Fatal("empty search word")
			}
		}
		_ = normalizeName(s)
		_ = likePattern(s)
	})
}
