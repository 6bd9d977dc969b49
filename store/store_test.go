package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"

	"github.com/parley-nlp/parley/store/storetest"
)

func TestSQLite(t *testing.T) {
	n := 0
	storetest.Run(t, func(t *testing.T) string {
		n++
		return filepath.Join(t.TempDir(), fmt.Sprintf("parley-%d.db", n))
	})
}

var pgSchemas atomic.Int64

// TestPostgres runs the suite on the PostgreSQL named by
// PARLEY_TEST_POSTGRES, each test in a schema of its own.
func TestPostgres(t *testing.T) {
	storetest.Run(t, postgresDSNs(t))
}

// postgresDSNs skips t when PARLEY_TEST_POSTGRES is not set, else returns
// a function giving each test the DSN of a fresh schema of that database.
func postgresDSNs(t *testing.T) func(t *testing.T) string {
	dsn := os.Getenv("PARLEY_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("PARLEY_TEST_POSTGRES is not set (source notes/postgres-ci.sh to run this against a local PostgreSQL)")
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect %s: %v", dsn, err)
	}
	t.Cleanup(func() { admin.Close(context.Background()) })
	return func(t *testing.T) string {
		schema := fmt.Sprintf("parley_test_%d_%d", time.Now().UnixNano(), pgSchemas.Add(1))
		if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
			t.Fatalf("create schema: %v", err)
		}
		t.Cleanup(func() { admin.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		return dsn + sep + "search_path=" + schema
	}
}

func TestOpenDSNForms(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, dsn := range []string{
		filepath.Join(dir, "plain.db"),
		"sqlite://" + filepath.Join(dir, "scheme.db"),
		"file:" + filepath.Join(dir, "file.db"),
	} {
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Errorf("Open(%q): %v", dsn, err)
			continue
		}
		if _, err := s.SaveBatch(ctx, []*document.Document{storetest.Trade()}); err != nil {
			t.Errorf("%s: save: %v", dsn, err)
		}
		s.Close()
	}
	for _, name := range []string{"plain.db", "scheme.db", "file.db"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s not created: %v", name, err)
		}
	}
	for _, dsn := range []string{"", dir, filepath.Join(dir, "missing", "sub", "x.db")} {
		if s, err := store.Open(ctx, dsn); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", dsn)
		}
	}
}

// TestActorCountBackfill checks that migration 3's recount, which fills the
// counters of databases made before it, agrees with the counts SaveBatch
// keeps.
func TestActorCountBackfill(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveBatch(ctx, []*document.Document{storetest.Geneva(), storetest.Shelling(), storetest.Trade()}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	counts := func() string {
		rows, err := raw.Query(`SELECT id, n_mentions, n_documents, n_quotes, n_events FROM actors ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out string
		for rows.Next() {
			var id, m, d, q, e int
			rows.Scan(&id, &m, &d, &q, &e)
			out += fmt.Sprintf("%d:%d/%d/%d/%d ", id, m, d, q, e)
		}
		return out
	}
	kept := counts()
	if _, err := raw.Exec(`UPDATE actors SET n_mentions = 0, n_documents = 0, n_quotes = 0, n_events = 0`); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(store.BackfillActorCounts); err != nil {
		t.Fatal(err)
	}
	if got := counts(); got != kept {
		t.Errorf("recounted %s, kept %s", got, kept)
	}
}
