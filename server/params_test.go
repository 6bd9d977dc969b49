package server

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-nlp/parley/store"
)

func TestParsePost(t *testing.T) {
	tests := []struct{ body, want string }{
		{`{"text": "Ana met Bo.", "published": "2025-01-02"}`, `ok |2025-01-02|Ana met Bo.`},
		{`{"id": "x1", "text": "t", "published": "2025-01", "title": "T", "url": "u", "source": "s", "extra": 1}`, `ok x1|2025-01|t`},
		{`{"text": "t", "published": "2025-01-02T10:00:00Z"}`, `ok |2025-01-02T10:00:00Z|t`},
		{`{"text": "t", "published": "2025-1-2"}`, `error "published" must be YYYY-MM-DD (or YYYY-MM, YYYY), not "2025-1-2"`},
		{`{"text": "t", "published": 2025}`, `error invalid JSON: json: cannot unmarshal number into Go struct field postBody.published of type string`},
		{`{"id": " x", "text": "t", "published": "2025"}`, `error "id" must not start or end with spaces`},
		{`{"title": "a\u0000", "text": "t", "published": "2025"}`, `error "title" must not contain NUL characters`},
		{``, `error invalid JSON: EOF`},
	}
	for _, tc := range tests {
		p, err := parsePost([]byte(tc.body))
		got := "ok " + p.ID + "|" + p.Published + "|" + p.Text
		if err != nil {
			got = "error " + err.Error()
		}
		if got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.body, got, tc.want)
		}
	}
}

func FuzzParsePost(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "Ana met Bo.", "published": "2025-01-02"}`))
	f.Add([]byte(`{"text": "\ud800", "published": "2025"}`))
	f.Add([]byte("{\"text\": \"\xff\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := parsePost(b)
		if err != nil {
			return
		}
		if strings.TrimSpace(p.Text) == "" || !utf8.ValidString(p.Text) || strings.IndexByte(p.Text, 0) >= 0 ||
			store.DayOf(p.Published) == "" || len(p.ID) > maxIDBytes || strings.Contains(p.ID, "/") {
			t.Fatalf("accepted a bad body %q as %+v", b, p)
		}
	})
}

func TestPaginate(t *testing.T) {
	xs := []int{1, 2, 3, 4, 5}
	tests := []struct {
		limit, offset int
		want          string
	}{
		{0, 0, "[1 2 3 4 5]"}, {2, 0, "[1 2]"}, {2, 4, "[5]"}, {2, 5, "[]"}, {10, 99, "[]"},
	}
	for _, tc := range tests {
		if got := strings.Join(strings.Fields(sprint(paginate(xs, tc.limit, tc.offset))), " "); got != tc.want {
			t.Errorf("paginate(%d, %d) = %s, want %s", tc.limit, tc.offset, got, tc.want)
		}
	}
}
