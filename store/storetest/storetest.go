// Package storetest is the conformance suite every store.Store
// implementation passes: the SQLite file and PostgreSQL run the same tests.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
)

// Run runs the suite. newDSN returns the DSN of a fresh, empty database for
// each call (a new temp file, a new PostgreSQL schema ...).
func Run(t *testing.T, newDSN func(t *testing.T) string) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Idempotent", testIdempotent},
		{"BatchAtomic", testBatchAtomic},
		{"ActorMerge", testActorMerge},
		{"Documents", testDocuments},
		{"Actors", testActors},
		{"Quotes", testQuotes},
		{"Events", testEvents},
		{"TargetCountry", testTargetCountry},
		{"Network", testNetwork},
		{"Timeline", testTimeline},
		{"Errors", testErrors},
		{"ConcurrentSaves", testConcurrentSaves},
		{"LargeDocument", testLargeDocument},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t, newDSN(t))
			tc.fn(t, s)
		})
	}
	t.Run("Reopen", func(t *testing.T) {
		dsn := newDSN(t)
		s := open(t, dsn)
		save(t, s, Geneva())
		s.Close()
		s = open(t, dsn)
		st, err := s.Stats(context.Background())
		if err != nil || st.Documents != 1 {
			t.Fatalf("after reopen: %+v, %v; want 1 document", st, err)
		}
	})
}

func open(t *testing.T, dsn string) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func save(t *testing.T, s store.Store, docs ...*document.Document) []store.SaveResult {
	t.Helper()
	r, err := s.SaveBatch(context.Background(), docs)
	if err != nil {
		t.Fatalf("SaveBatch: %v", err)
	}
	return r
}

func loadAll(t *testing.T, s store.Store) {
	t.Helper()
	save(t, s, Geneva(), Shelling())
	save(t, s, Trade())
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, d := range []*document.Document{Geneva(), Shelling(), Trade()} {
		r := save(t, s, d)
		want, _ := d.MarshalContract(true)
		got, err := s.Document(ctx, r[0].ID)
		if err != nil {
			t.Fatalf("Document(%s): %v", r[0].ID, err)
		}
		have, _ := got.Doc.MarshalContract(true)
		if !bytes.Equal(have, want) {
			t.Errorf("Document(%s) contract differs:\n got %s\nwant %s", r[0].ID, have, want)
		}
		if len(got.ActorIDs) != len(d.Actors) {
			t.Errorf("Document(%s): %d actor ids, want %d", r[0].ID, len(got.ActorIDs), len(d.Actors))
		}
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	r1 := save(t, s, Geneva(), Trade())
	r2 := save(t, s, Geneva(), Trade(), Shelling(), Shelling())
	got := fmt.Sprint(r1, r2)
	tradeID := store.TextID(Trade().Text)
	want := fmt.Sprintf("[{%s true} {%s true}] [{%s false} {%s false} {%s true} {%s false}]",
		DocGeneva, tradeID, DocGeneva, tradeID, DocShell, DocShell)
	if got != want {
		t.Errorf("results %s, want %s", got, want)
	}
	if c, ok := s.(store.Checker); ok {
		m, err := c.Stored(ctx, []string{DocShell, "absent", tradeID})
		if err != nil || len(m) != 2 || !m[DocShell] || !m[tradeID] {
			t.Errorf("Stored = %v, %v", m, err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprintf("%+v", st), "{Documents:3 Actors:3 Quotes:1 Events:5}"; got != want {
		t.Errorf("stats %s, want %s", got, want)
	}
}

func testBatchAtomic(t *testing.T, s store.Store) {
	ctx := context.Background()
	bad := Shelling()
	bad.Events[0].Trigger.End = len(bad.Text) + 5
	if _, err := s.SaveBatch(ctx, []*document.Document{Geneva(), bad}); !errors.Is(err, store.ErrBadDocument) {
		t.Fatalf("SaveBatch with a malformed document: %v, want ErrBadDocument", err)
	}
	st, _ := s.Stats(ctx)
	if st != (store.Stats{}) {
		t.Errorf("after a failed batch: %+v, want nothing stored", st)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.SaveBatch(cancelled, []*document.Document{Geneva()}); err == nil {
		t.Error("SaveBatch with a cancelled context succeeded")
	}
	if st, _ := s.Stats(ctx); st != (store.Stats{}) {
		t.Errorf("after a cancelled batch: %+v, want nothing stored", st)
	}
	// The good document is saved by a later, valid batch.
	if r := save(t, s, Geneva()); !r[0].New {
		t.Error("Geneva not new after the failed batch")
	}
}

func actorByName(t *testing.T, s store.Store, name string) store.Actor {
	t.Helper()
	p, err := s.Actors(context.Background(), store.ActorQuery{Q: name})
	if err != nil || len(p.Items) != 1 {
		t.Fatalf("Actors(%q) = %+v, %v; want one", name, p, err)
	}
	return p.Items[0]
}

func testActorMerge(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	g, _ := s.Document(ctx, DocGeneva)
	k, _ := s.Document(ctx, DocShell)
	// Geneva: Kolár, Ruritania, Borduria; Shelling: borduria, Ruritania, Kolar.
	if g.ActorIDs[0] != k.ActorIDs[2] || g.ActorIDs[1] != k.ActorIDs[1] || g.ActorIDs[2] != k.ActorIDs[0] {
		t.Errorf("actor ids not merged: geneva %v, shelling %v", g.ActorIDs, k.ActorIDs)
	}
	kolar := actorByName(t, s, "kolár")
	got := fmt.Sprintf("%s|%s|%s|m%d d%d q%d e%d", kolar.Name, kolar.Role, kolar.RegistryID, kolar.Mentions, kolar.Documents, kolar.Quotes, kolar.Events)
	if want := "Anna Kolár|Deputy Prime Minister|kolar-anna|m3 d2 q1 e3"; got != want {
		t.Errorf("Kolár = %s, want %s", got, want)
	}
	// Same name, other country: another actor.
	other := Trade()
	other.ID = "other-borduria"
	other.Text = "Borduria is also a town in Ruritania."
	other.Sentences = []document.Sentence{{Span: document.Span{End: len(other.Text)}}}
	other.Actors = []document.Actor{{ID: "A1", Name: "Borduria", Type: "state", Country: "XYZ",
		Mentions: []document.Mention{{Span: document.Span{End: 8}, Kind: "name"}}}}
	save(t, s, other)
	p, err := s.Actors(ctx, store.ActorQuery{Q: "bordur"})
	if err != nil || p.Total != 2 {
		t.Errorf("Actors(bordur) total %d (%v), want 2", p.Total, err)
	}
	d, err := s.Actor(ctx, kolar.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("q%d s%d t%d", len(d.QuotesBy), len(d.AsSource), len(d.AsTarget)); got != "q1 s3 t0" {
		t.Errorf("Actor(Kolár) lists %s, want q1 s3 t0", got)
	}
}

func ids(p store.Page[store.DocumentSummary]) string {
	s := fmt.Sprint(p.Total)
	for _, d := range p.Items {
		s += " " + d.ID
	}
	return s
}

func testDocuments(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	trade := store.TextID(Trade().Text)
	for _, tc := range []struct {
		q    store.DocumentQuery
		want string
	}{
		{store.DocumentQuery{}, "3 " + trade + " " + DocShell + " " + DocGeneva},
		{store.DocumentQuery{Limit: 1, Offset: 1}, "3 " + DocShell},
		{store.DocumentQuery{Q: "ceasefire"}, "1 " + DocShell},
		{store.DocumentQuery{Q: "negotiation"}, "1 " + trade}, // stemmed
		{store.DocumentQuery{Q: "Ruritania village"}, "1 " + DocGeneva},
		{store.DocumentQuery{Q: "shelling"}, "2 " + DocShell + " " + DocGeneva}, // shelled = shelling
		{store.DocumentQuery{Q: "Geneva"}, "1 " + DocGeneva},                    // title and text
		{store.DocumentQuery{Q: "submarine"}, "0"},
		{store.DocumentQuery{From: "2024-03-05"}, "2 " + trade + " " + DocShell},
		{store.DocumentQuery{To: "2024-03"}, "2 " + DocShell + " " + DocGeneva},
		{store.DocumentQuery{From: "2024-03-04", To: "2024-03-04"}, "1 " + DocGeneva},
		{store.DocumentQuery{Q: "Ruritania", From: "2024-03-10"}, "1 " + DocShell},
	} {
		p, err := s.Documents(ctx, tc.q)
		if err != nil {
			t.Errorf("Documents(%+v): %v", tc.q, err)
			continue
		}
		if got := ids(p); got != tc.want {
			t.Errorf("Documents(%+v) = %s, want %s", tc.q, got, tc.want)
		}
	}
	p, _ := s.Documents(ctx, store.DocumentQuery{Q: "ceasefire"})
	if d := p.Items[0]; d.Title != "Shelling near Kalmar" || d.Events != 2 || d.Actors != 3 || d.Published != "2024-03-20" {
		t.Errorf("summary %+v", d)
	}
}

func testActors(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	p, err := s.Actors(ctx, store.ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(p.Total)
	for _, a := range p.Items {
		got += fmt.Sprintf(" %s/%s:m%d", a.Name, a.Country, a.Mentions)
	}
	// Ordered by mentions, ties by id (first stored first).
	if want := "3 Anna Kolár/RUR:m3 Borduria/BOR:m3 Ruritania/RUR:m2"; got != want {
		t.Errorf("Actors() = %s, want %s", got, want)
	}
	b := actorByName(t, s, "BORDURIA")
	if b.Sector != "MIL" || b.Events != 4 || b.Documents != 2 {
		t.Errorf("Borduria = %+v, want sector MIL (first known), 4 events, 2 documents", b)
	}
	p, _ = s.Actors(ctx, store.ActorQuery{Q: "100%_"})
	if p.Total != 0 {
		t.Errorf("LIKE wildcards not escaped: %d actors", p.Total)
	}
}

func testQuotes(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	kolar := actorByName(t, s, "Kolár")
	for _, tc := range []struct {
		q    store.QuoteQuery
		want int
	}{
		{store.QuoteQuery{}, 1},
		{store.QuoteQuery{Speaker: kolar.ID}, 1},
		{store.QuoteQuery{Speaker: kolar.ID + 100}, 0},
		{store.QuoteQuery{Q: "BORDER crossings"}, 1},
		{store.QuoteQuery{Q: "ceasefire"}, 0},
		{store.QuoteQuery{From: "2024-03-05"}, 0},
		{store.QuoteQuery{To: "2024-03-04"}, 1},
		{store.QuoteQuery{DocID: DocShell}, 0},
		{store.QuoteQuery{Q: "%"}, 0},
		{store.QuoteQuery{Q: "WE AGREED"}, 1},
	} {
		p, err := s.Quotes(ctx, tc.q)
		if err != nil || p.Total != tc.want || len(p.Items) != tc.want {
			t.Errorf("Quotes(%+v) = %d/%d (%v), want %d", tc.q, p.Total, len(p.Items), err, tc.want)
		}
	}
	p, _ := s.Quotes(ctx, store.QuoteQuery{})
	q := p.Items[0]
	got := fmt.Sprintf("%s %d %s %q %q %s", q.DocID, q.Index, q.Kind, q.Text, q.Cue, q.Speaker.Name)
	if want := `geneva-talks 0 direct "We agreed to reopen the border crossings," "said" Anna Kolár`; got != want {
		t.Errorf("quote = %s, want %s", got, want)
	}
}

func eventString(e store.Event) string {
	name := func(r *store.ActorRef) string {
		if r == nil {
			return "-"
		}
		return r.Name + "/" + r.Country
	}
	return fmt.Sprintf("%s#%d %s %s %s>%s %q", e.DocID, e.Index, e.Date, e.Plover, name(e.Source), name(e.Target), e.Trigger)
}

func testEvents(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	kolar, bord, rur := actorByName(t, s, "Kolár"), actorByName(t, s, "Borduria"), actorByName(t, s, "Ruritania")
	for _, tc := range []struct {
		q    store.EventQuery
		want int
	}{
		{store.EventQuery{}, 5},
		{store.EventQuery{Actor: bord.ID}, 4},
		{store.EventQuery{Source: bord.ID}, 2},
		{store.EventQuery{Target: bord.ID}, 2},
		{store.EventQuery{Source: bord.ID, Target: rur.ID}, 2},
		{store.EventQuery{Actor: kolar.ID, Plover: "agree"}, 1},
		{store.EventQuery{Plover: "ASSAULT"}, 1},
		{store.EventQuery{From: "2024-03-19"}, 2},
		{store.EventQuery{From: "2024-03-19", To: "2024-03-19"}, 1},
		{store.EventQuery{DocID: DocGeneva}, 3},
		{store.EventQuery{Limit: 2}, 5},
	} {
		p, err := s.Events(ctx, tc.q)
		n := tc.want
		if tc.q.Limit > 0 && n > tc.q.Limit {
			n = tc.q.Limit
		}
		if err != nil || p.Total != tc.want || len(p.Items) != n {
			t.Errorf("Events(%+v) = %d/%d (%v), want %d/%d", tc.q, p.Total, len(p.Items), err, tc.want, n)
		}
	}
	p, _ := s.Events(ctx, store.EventQuery{})
	var got []string
	for _, e := range p.Items {
		got = append(got, eventString(e))
	}
	want := []string{
		`kalmar-shelling#1 2024-03-20 DEMAND Anna Kolár/RUR>Borduria/BOR "demanded"`,
		`kalmar-shelling#0 2024-03-19 ASSAULT Borduria/BOR>Ruritania/RUR "shelled"`,
		`geneva-talks#0 2024-03-04 CONSULT Anna Kolár/RUR>Borduria/BOR "met"`,
		`geneva-talks#1 2024-03-04 AGREE Anna Kolár/RUR>- "agreed"`,
		`geneva-talks#2 2024-03-04 ACCUSE Borduria/BOR>Ruritania/RUR "accused"`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("events:\n got %q\nwant %q", got, want)
	}
	e := p.Items[3]
	if e.SentenceText != `"We agreed to reopen the border crossings," Kolár said.` || !e.InQuote || e.Cameo != "057" || e.Sentence != 1 {
		t.Errorf("event detail %+v", e)
	}
}

// testTargetCountry checks that an event with no target actor keeps the
// country it acts on (document.Event.TargetCountry) through the store: in
// the rebuilt document and in event lists, where target stays nil.
func testTargetCountry(t *testing.T, s store.Store) {
	ctx := context.Background()
	save(t, s, Geneva(), Curfew(), Arrest())
	want, _ := Curfew().MarshalContract(true)
	got, err := s.Document(ctx, DocCurfew)
	if err != nil {
		t.Fatal(err)
	}
	if have, _ := got.Doc.MarshalContract(true); !bytes.Equal(have, want) {
		t.Errorf("Document(%s) contract differs:\n got %s\nwant %s", DocCurfew, have, want)
	}
	if !bytes.Contains(want, []byte(`"target":null,"target_country":"RUR"`)) {
		t.Errorf("fixture contract lacks a target country with a null target: %s", want)
	}
	p, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]store.Event{}
	for _, e := range p.Items {
		byKey[fmt.Sprintf("%s#%d", e.DocID, e.Index)] = e
	}
	for _, tc := range []struct {
		event, source, target, country string
	}{
		{DocArrest + "#0", "Kalmar gendarmerie", "Ivo Marek", "RUR"}, // a target of no country of its own, at home
		{DocCurfew + "#0", "Ruritanian police", "-", "RUR"},          // domestic act: no target actor, a country
		{DocCurfew + "#1", "-", "-", "RUR"},                          // nor a source
		{DocGeneva + "#0", "Anna Kolár", "Borduria", "BOR"},          // a target actor: its country
		{DocGeneva + "#1", "Anna Kolár", "-", ""},                    // neither
	} {
		e, ok := byKey[tc.event]
		if !ok {
			t.Errorf("no event %s", tc.event)
			continue
		}
		name := func(r *store.ActorRef) string {
			if r == nil {
				return "-"
			}
			return r.Name
		}
		if name(e.Source) != tc.source || name(e.Target) != tc.target || e.TargetCountry != tc.country {
			t.Errorf("%s: %s → %s (%q), want %s → %s (%q)", tc.event, name(e.Source), name(e.Target), e.TargetCountry,
				tc.source, tc.target, tc.country)
		}
	}
	// The police act on a country, not on an actor: it is the police's
	// event as source only, and no edge of the network.
	police := actorByName(t, s, "Ruritanian police")
	if police.Events != 1 {
		t.Errorf("police count %d events, want 1", police.Events)
	}
	for _, tc := range []struct {
		q    store.EventQuery
		want int
	}{
		{store.EventQuery{Actor: police.ID}, 1},
		{store.EventQuery{Source: police.ID}, 1},
		{store.EventQuery{Target: police.ID}, 0},
		{store.EventQuery{DocID: DocCurfew, Plover: "COERCE"}, 2},
		{store.EventQuery{From: "2024-03-21", To: "2024-03-21"}, 1},
	} {
		if p, err := s.Events(ctx, tc.q); err != nil || p.Total != tc.want {
			t.Errorf("Events(%+v) = %d (%v), want %d", tc.q, p.Total, err, tc.want)
		}
	}
	n, err := s.Network(ctx, store.NetworkQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, nd := range n.Nodes {
		if nd.ID == police.ID {
			t.Errorf("the police are in the network: %+v", n)
		}
	}
}

func testNetwork(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	n, err := s.Network(ctx, store.NetworkQuery{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{}
	var got []string
	for _, nd := range n.Nodes {
		names[nd.ID] = nd.Name
		got = append(got, fmt.Sprintf("%s:%d", nd.Name, nd.Events))
	}
	for _, e := range n.Edges {
		got = append(got, fmt.Sprintf("%s>%s w%d c%d x%d %s", names[e.Source], names[e.Target], e.Weight, e.Cooperative, e.Conflictual, e.Tone))
	}
	want := "[Borduria:4 Anna Kolár:2 Ruritania:2 Anna Kolár>Borduria w2 c1 x1 cooperative Borduria>Ruritania w2 c0 x2 conflictual]"
	if fmt.Sprint(got) != want {
		t.Errorf("network %v, want %s", got, want)
	}
	n, _ = s.Network(ctx, store.NetworkQuery{From: "2024-03-10"})
	if len(n.Edges) != 2 || n.Edges[0].Weight+n.Edges[1].Weight != 2 {
		t.Errorf("network from 2024-03-10: %+v", n.Edges)
	}
	n, _ = s.Network(ctx, store.NetworkQuery{Limit: 1})
	if len(n.Edges) != 1 || len(n.Nodes) != 2 {
		t.Errorf("network limit 1: %d edges %d nodes", len(n.Edges), len(n.Nodes))
	}
}

func testTimeline(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	bord := actorByName(t, s, "Borduria")
	for _, tc := range []struct {
		q    store.TimelineQuery
		want string
	}{
		{store.TimelineQuery{}, "[{2024-03-04 3 2 1} {2024-03-19 1 0 1} {2024-03-20 1 0 1}]"},
		{store.TimelineQuery{Interval: "week"}, "[{2024-03-04 3 2 1} {2024-03-18 2 0 2}]"},
		{store.TimelineQuery{Interval: "month"}, "[{2024-03-01 5 2 3}]"},
		{store.TimelineQuery{Interval: "month", Actor: bord.ID}, "[{2024-03-01 4 1 3}]"},
		{store.TimelineQuery{Plover: "DEMAND"}, "[{2024-03-20 1 0 1}]"},
		{store.TimelineQuery{To: "2024-03-19", Interval: "week"}, "[{2024-03-04 3 2 1} {2024-03-18 1 0 1}]"},
	} {
		b, err := s.Timeline(ctx, tc.q)
		if got := fmt.Sprint(b); err != nil || got != tc.want {
			t.Errorf("Timeline(%+v) = %s (%v), want %s", tc.q, got, err, tc.want)
		}
	}
}

func testErrors(t *testing.T, s store.Store) {
	ctx := context.Background()
	save(t, s, Geneva())
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nope) = %v, want ErrNotFound", err)
	}
	if _, err := s.Actor(ctx, 987654); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Actor(987654) = %v, want ErrNotFound", err)
	}
	for name, err := range map[string]error{
		"bad from":     func() error { _, err := s.Documents(ctx, store.DocumentQuery{From: "yesterday"}); return err }(),
		"bad to":       func() error { _, err := s.Events(ctx, store.EventQuery{To: "2024-13"}); return err }(),
		"bad offset":   func() error { _, err := s.Quotes(ctx, store.QuoteQuery{Offset: -1}); return err }(),
		"bad interval": func() error { _, err := s.Timeline(ctx, store.TimelineQuery{Interval: "year"}); return err }(),
	} {
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	p, err := s.Documents(ctx, store.DocumentQuery{Q: `"); DROP TABLE documents; --`})
	if err != nil {
		t.Errorf("hostile search: %v", err)
	}
	if st, _ := s.Stats(ctx); st.Documents != 1 {
		t.Errorf("after hostile search: %+v (%v)", st, p)
	}
}

func testConcurrentSaves(t *testing.T, s store.Store) {
	ctx := context.Background()
	const writers = 4
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		news = map[string]int{}
		errs []error
	)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			docs := []*document.Document{Geneva(), Shelling(), Trade()}
			if w%2 == 1 {
				docs[0], docs[2] = docs[2], docs[0]
			}
			r, err := s.SaveBatch(ctx, docs)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			for _, x := range r {
				if x.New {
					news[x.ID]++
				}
			}
		}(w)
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("concurrent saves failed: %v", errs)
	}
	if len(news) != 3 || news[DocGeneva] != 1 || news[DocShell] != 1 {
		t.Errorf("new counts %v, want each document new exactly once", news)
	}
	if st, _ := s.Stats(ctx); st.Documents != 3 || st.Events != 5 || st.Actors != 3 {
		t.Errorf("stats %+v", st)
	}
}

// testLargeDocument stores 1.5 MB of unusual text (every token distinct),
// which must not hit a full-text index limit.
func testLargeDocument(t *testing.T, s store.Store) {
	ctx := context.Background()
	var b strings.Builder
	for i := 0; b.Len() < 1500000; i++ {
		fmt.Fprintf(&b, "tok%x ", i*7919)
	}
	d := document.New("large", "2024-05-01", "Zanzibarian envoys arrived. "+b.String())
	d.Sentences = []document.Sentence{{Span: document.Span{End: len(d.Text)}}}
	if r := save(t, s, d); !r[0].New {
		t.Fatal("large document not new")
	}
	got, err := s.Document(ctx, "large")
	if err != nil || got.Doc.Text != d.Text {
		t.Fatalf("large document not read back: %v", err)
	}
	p, err := s.Documents(ctx, store.DocumentQuery{Q: "Zanzibarian"})
	if err != nil || p.Total != 1 {
		t.Errorf("search in the large document: %d, %v", p.Total, err)
	}
}
