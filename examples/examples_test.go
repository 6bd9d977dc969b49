package examples

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-nlp/parley/store"
)

func TestAllArticlesAreWellFormed(t *testing.T) {
	as, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) < 4 || len(as) > 6 {
		t.Fatalf("got %d articles, want 4 to 6", len(as))
	}
	seen := map[string]bool{}
	for _, a := range as {
		if seen[a.ID] {
			t.Errorf("duplicate id %s", a.ID)
		}
		seen[a.ID] = true
		if store.DayOf(a.Published) != a.Published {
			t.Errorf("%s: published %q is not YYYY-MM-DD", a.ID, a.Published)
		}
		if a.Title == "" || strings.ContainsAny(a.Title, "\n\r") {
			t.Errorf("%s: bad title %q", a.ID, a.Title)
		}
		if !utf8.ValidString(a.Text) || len(strings.Fields(a.Text)) < 80 {
			t.Errorf("%s: text is not valid UTF-8 or shorter than 80 words", a.ID)
		}
		if strings.HasPrefix(a.Text, a.Title) {
			t.Errorf("%s: the text repeats the headline", a.ID)
		}
		d := a.Document()
		if d.ID != a.ID || d.Published != a.Published || d.Title != a.Title || d.Text != a.Text || d.Source != Source {
			t.Errorf("%s: Document() = %+v", a.ID, d)
		}
	}
}

func TestGet(t *testing.T) {
	a, err := Get("coast-guard-pact")
	if err != nil || a.Published != "2025-02-12" {
		t.Fatalf("Get = %+v, %v", a, err)
	}
	if _, err := Get("no-such-article"); err == nil {
		t.Fatal("Get(no-such-article) did not fail")
	}
}
