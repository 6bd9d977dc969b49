package store_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
	"github.com/parley-nlp/parley/store/storetest"
)

// TestMigrateTargetCountry opens databases made at schema version 3, before
// events had a target_country column, and checks that migration 4 adds it
// and fills it from what was stored: one document saved by a build that
// already extracted Event.TargetCountry (kept then only in the layers blob)
// and one saved by an older build (whose blob has no such key).
func TestMigrateTargetCountry(t *testing.T) {
	t.Run("SQLite", func(t *testing.T) {
		testMigrateTargetCountry(t, filepath.Join(t.TempDir(), "v3.db"))
	})
	t.Run("PostgreSQL", func(t *testing.T) {
		testMigrateTargetCountry(t, postgresDSNs(t)(t))
	})
}

func testMigrateTargetCountry(t *testing.T, dsn string) {
	ctx := context.Background()
	old, err := store.OpenAt(ctx, dsn, 3)
	if err != nil {
		t.Fatal(err)
	}
	oldBlob := strings.ReplaceAll(store.Layers(storetest.Geneva()), `,"TargetCountry":""`, "")
	if strings.Contains(oldBlob, "TargetCountry") {
		t.Fatalf("the older blob still names TargetCountry: %s", oldBlob)
	}
	saveV3(t, old, storetest.Geneva(), oldBlob)
	saveV3(t, old, storetest.Curfew(), store.Layers(storetest.Curfew()))
	if err := old.Exec(ctx, store.BackfillActorCounts); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Query(ctx, `SELECT target_country FROM events`); err == nil {
		t.Fatal("a version 3 database has events.target_country")
	}
	old.Close()

	s, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("migrating from version 3: %v", err)
	}
	defer s.Close()
	p, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range p.Items {
		target := "-"
		if e.Target != nil {
			target = e.Target.Name
		}
		got[fmt.Sprintf("%s#%d", e.DocID, e.Index)] = target + " " + e.TargetCountry
	}
	for _, tc := range []struct{ event, want string }{
		{storetest.DocCurfew + "#0", "- RUR"},
		{storetest.DocCurfew + "#1", "- RUR"},
		{storetest.DocGeneva + "#0", "Borduria BOR"},
		{storetest.DocGeneva + "#1", "- "},
		{storetest.DocGeneva + "#2", "Ruritania RUR"},
	} {
		if got[tc.event] != tc.want {
			t.Errorf("%s after migration: %q, want %q", tc.event, got[tc.event], tc.want)
		}
	}
	if len(got) != 5 {
		t.Errorf("%d events after migration, want 5: %v", len(got), got)
	}
	for _, d := range []*document.Document{storetest.Geneva(), storetest.Curfew()} {
		want, _ := d.MarshalContract(true)
		sd, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if have, _ := sd.Doc.MarshalContract(true); !bytes.Equal(have, want) {
			t.Errorf("%s after migration:\n got %s\nwant %s", d.ID, have, want)
		}
	}
	// The migrated database takes new documents, and stays at version 4.
	if _, err := s.SaveBatch(ctx, []*document.Document{storetest.Shelling()}); err != nil {
		t.Fatalf("saving after migration: %v", err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Events != 7 {
		t.Errorf("stats after migration %+v, %v", st, err)
	}
	raw, err := store.OpenAt(ctx, dsn, store.SchemaVersion())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	cols, err := raw.Query(ctx, `SELECT target_country FROM events e JOIN documents d ON d.seq = e.doc_seq ORDER BY d.id, e.idx`)
	if err != nil {
		t.Fatal(err)
	}
	// geneva-talks, kalmar-curfew, kalmar-shelling: only the curfew's
	// events act on a country with no target actor.
	if got, want := strings.Join(cols, ","), ",,,RUR,RUR,,"; got != want {
		t.Errorf("target_country column %q, want %q", got, want)
	}
	versions, err := raw.Query(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil || strings.Join(versions, ",") != "1,2,3,4" {
		t.Errorf("schema versions %v, %v", versions, err)
	}
}

// saveV3 stores d as a version 3 build did (no quotes or times rows: the
// test reads neither), with layers as its blob.
func saveV3(t *testing.T, db *store.OldDB, d *document.Document, layers string) {
	t.Helper()
	ctx := context.Background()
	exec := func(q string, args ...any) {
		t.Helper()
		if err := db.Exec(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
	}
	day := store.DayOf(d.Published)
	exec(`INSERT INTO documents (id, text_hash, published, day, title, url, source, text, layers, n_actors, n_quotes, n_events, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, "hash-"+d.ID, d.Published, day, d.Title, d.URL, d.Source, d.Text,
		layers, len(d.Actors), len(d.Quotes), len(d.Events), "2024-04-01T00:00:00Z")
	key := func(k int) any {
		if k < 0 || k >= len(d.Actors) {
			return nil
		}
		return store.MergeKey(&d.Actors[k])
	}
	for i, a := range d.Actors {
		exec(`INSERT INTO actors (merge_key, registry_id, name, name_norm, type, country, sector, role, role_day, cameo)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (merge_key) DO NOTHING`,
			key(i), a.RegistryID, a.Name, strings.ToLower(a.Name), a.Type, a.Country, a.Sector, a.Role, day, a.Cameo)
		exec(`INSERT INTO doc_actors (doc_seq, idx, actor_id, local_id, mentions)
			VALUES ((SELECT seq FROM documents WHERE id = ?), ?, (SELECT id FROM actors WHERE merge_key = ?), ?, ?)`,
			d.ID, i, key(i), a.ID, len(a.Mentions))
	}
	for i, e := range d.Events {
		eday := day
		if len(e.Date) == len("2006-01-02") {
			eday = e.Date
		}
		inQuote := 0
		if e.Quote >= 0 {
			inQuote = 1
		}
		exec(`INSERT INTO events (doc_seq, idx, day, date, sentence, sentence_text, trigger_text, plover, mode, cameo,
			source_id, target_id, negated, hypothetical, in_quote)
			VALUES ((SELECT seq FROM documents WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?,
			(SELECT id FROM actors WHERE merge_key = ?), (SELECT id FROM actors WHERE merge_key = ?), 0, 0, ?)`,
			d.ID, i, eday, e.Date, e.Sentence, d.SpanText(d.Sentences[e.Sentence].Span), d.SpanText(e.Trigger),
			e.Plover, e.Mode, e.Cameo, key(e.Source), key(e.Target), inQuote)
	}
}
