package server

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/examples"
	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/store"
)

// TestRealPipeline posts the bundled examples through parley's real
// extraction pipeline. It asserts what holds whatever the stages find: the
// contract's shape, offsets that select their text, events listed as
// extracted, and idempotent reposts.
func TestRealPipeline(t *testing.T) {
	pipe, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st := openSQLite(t)
	h := newHarness(t, st)
	srv, err := New(Options{Store: st, Extractor: pipe, Token: testToken, Log: testLog(t)})
	if err != nil {
		t.Fatal(err)
	}
	h.http.Config.Handler = srv
	arts, err := examples.All()
	if err != nil {
		t.Fatal(err)
	}
	// And a domestic act, which the events stage codes with no target
	// actor and the country acted on.
	arts = append(arts, examples.Article{ID: "domestic-act", Title: "Arrests in Cairo", Published: "2025-03-04",
		Text: "Egyptian police arrested dozens of protesters in Cairo on Monday."})
	domestic := 0
	for _, a := range arts {
		status, body := h.post(postBody{ID: a.ID, Published: a.Published, Title: a.Title, Text: a.Text, Source: examples.Source})
		if status != http.StatusCreated {
			t.Fatalf("POST %s: %d %s", a.ID, status, body)
		}
		var d document.JSONDocument
		if err := json.Unmarshal(body, &d); err != nil {
			t.Fatal(err)
		}
		if d.ID != a.ID || d.Published == nil || *d.Published != a.Published || d.Sentences == nil || d.Actors == nil ||
			d.Quotes == nil || d.Times == nil || d.Events == nil {
			t.Fatalf("%s: bad contract document %s", a.ID, body)
		}
		runes := []rune(a.Text)
		check := func(what string, s, e int, text string) {
			if s < 0 || s > e || e > len(runes) || string(runes[s:e]) != text {
				t.Errorf("%s: %s [%d,%d) does not select %q", a.ID, what, s, e, text)
			}
		}
		for _, x := range d.Quotes {
			check("quote", x.Start, x.End, x.Text)
		}
		for _, x := range d.Times {
			check("time", x.Start, x.End, x.Text)
		}
		for _, x := range d.Actors {
			for _, m := range x.Mentions {
				check("mention", m.Start, m.End, m.Text)
			}
		}
		for _, x := range d.Events {
			check("trigger", x.Trigger.Start, x.Trigger.End, x.Trigger.Text)
		}
		if !utf8.ValidString(string(body)) {
			t.Errorf("%s: response is not UTF-8", a.ID)
		}
		// The event list gives back each event's target and target country
		// as extraction printed them (a domestic act: no target, a country).
		var listed store.Page[store.Event]
		h.get("/api/events?limit=1000&document="+a.ID, 200, &listed)
		if len(listed.Items) != len(d.Events) {
			t.Errorf("%s: %d events listed, %d extracted", a.ID, len(listed.Items), len(d.Events))
		}
		for _, e := range listed.Items {
			if e.Index < 0 || e.Index >= len(d.Events) {
				t.Errorf("%s: listed event %d of %d", a.ID, e.Index, len(d.Events))
				continue
			}
			x := d.Events[e.Index]
			country := ""
			if x.TargetCtry != nil {
				country = *x.TargetCtry
			}
			if (x.Target == nil) != (e.Target == nil) || country != e.TargetCountry {
				t.Errorf("%s: event %d listed with target %v, target_country %q; extracted %v, %q", a.ID, e.Index,
					e.Target, e.TargetCountry, x.Target, country)
			}
			if e.Target == nil && e.TargetCountry != "" {
				domestic++
			}
		}
	}
	if domestic == 0 {
		t.Errorf("no event acts on a country with no target actor")
	}
	before := h.stats()
	if before.Documents != len(arts) {
		t.Fatalf("stored %+v, want %d documents", before, len(arts))
	}
	for _, a := range arts {
		if status, body := h.post(postBody{ID: a.ID, Published: a.Published, Text: a.Text}); status != http.StatusOK {
			t.Fatalf("repost %s: %d %s", a.ID, status, body)
		}
	}
	if after := h.stats(); after != before {
		t.Fatalf("reposts changed the store: %+v -> %+v", before, after)
	}
	// Every page renders over whatever was extracted.
	for _, path := range []string{"/", "/documents/" + arts[0].ID, "/actors", "/network", "/timeline"} {
		h.get(path, 200, nil)
	}
}

// TestIngestTwice is what `parley demo` does on every start: the second run
// extracts nothing and stores nothing.
func TestIngestTwice(t *testing.T) {
	st := openSQLite(t)
	ex := &fakeExtractor{}
	arts, err := examples.All()
	if err != nil {
		t.Fatal(err)
	}
	docs := func() []*document.Document {
		var out []*document.Document
		for _, a := range arts {
			out = append(out, a.Document())
		}
		return append(out, document.New("", "2025-01-01", "Ruritania met Freedonia."))
	}
	ctx := context.Background()
	first, err := Ingest(ctx, st, ex, docs())
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := st.Stats(ctx)
	calls := ex.calls.Load()
	second, err := Ingest(ctx, st, ex, docs())
	if err != nil {
		t.Fatal(err)
	}
	stats2, _ := st.Stats(ctx)
	for i := range first {
		if !first[i].New || second[i].New || first[i].ID != second[i].ID {
			t.Errorf("doc %d: first %+v, second %+v", i, first[i], second[i])
		}
	}
	if first[len(first)-1].ID != store.TextID("Ruritania met Freedonia.") {
		t.Errorf("id-less document got id %q", first[len(first)-1].ID)
	}
	if stats.Documents != len(arts)+1 || stats2 != stats || ex.calls.Load() != calls {
		t.Errorf("stats %+v then %+v; extractor calls %d then %d", stats, stats2, calls, ex.calls.Load())
	}
}
