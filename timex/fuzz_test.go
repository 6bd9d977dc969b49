package timex

import (
	"testing"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// FuzzNormalize: the normalizer never panics, spans stay inside the
// phrase, and every value is well formed.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"July 16", "mid-June", "the 1990s", "10 a.m. Tuesday", "in 999 centuries",
		"999 decades ago", "Monday, February 29", "the fourth quarter of 2999", "31/12/99", "0000-00-00"} {
		f.Add(s, "2024-07-17", 1)
	}
	f.Add("last week", "2024-07", 3)
	f.Add("November", "", 0)
	f.Fuzz(func(t *testing.T, phrase, published string, dir int) {
		if !utf8.ValidString(phrase) {
			return
		}
		tm, ok := Normalize(phrase, published, Direction(dir&3))
		if !ok {
			return
		}
		if tm.Start < 0 || tm.End > len(phrase) || tm.Start >= tm.End {
			t.Fatalf("bad span %v in %q", tm.Span, phrase)
		}
		if !WellFormed(tm.Value) {
			t.Fatalf("%q @%q: malformed value %q", phrase, published, tm.Value)
		}
	})
}

// FuzzStage: the stage never panics on any text, keeps times ordered and
// inside the text, and anchors are token indexes or -1.
func FuzzStage(f *testing.F) {
	f.Add("In November, Russia launched strikes. Talks resume at 3:30 p.m. on Jul. 16, 2024.", "2024-07-17")
	f.Add("the '90s; 7/16/24; 2024-07-16T10:00", "")
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := document.New("f", published, text)
		tinyTokenize(doc)
		if err := NewWithConfig(Config{Durations: true, Sets: true}).Process(doc); err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, tm := range doc.Times {
			if tm.Start < prev || tm.End > len(text) || tm.Start >= tm.End {
				t.Fatalf("bad span %v (prev end %d) in %q", tm.Span, prev, text)
			}
			prev = tm.End
			if !WellFormed(tm.Value) || tm.Anchor < -1 || tm.Anchor >= len(doc.Tokens) {
				t.Fatalf("bad time %+v in %q", tm, text)
			}
		}
	})
}
