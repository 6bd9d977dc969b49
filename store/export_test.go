package store

import (
	"context"
	"encoding/json"

	"github.com/parley-nlp/parley/document"
)

// BackfillActorCounts is migration 3's recount, for tests.
var BackfillActorCounts = actorCounters[4]

// OldDB is a database migrated only up to an older schema version, for
// migration tests: they fill it the way a build of that version did.
type OldDB struct{ s *sqlStore }

// OpenAt opens (creating) dsn migrated up to schema version.
func OpenAt(ctx context.Context, dsn string, version int) (*OldDB, error) {
	s, err := open(ctx, dsn, version)
	if err != nil {
		return nil, err
	}
	return &OldDB{s}, nil
}

// Exec runs one statement with ? placeholders in either dialect.
func (o *OldDB) Exec(ctx context.Context, q string, args ...any) error {
	_, err := o.s.db.ExecContext(ctx, o.s.rebind(q), args...)
	return err
}

// Query runs a query with ? placeholders and returns the first column of
// every row as text.
func (o *OldDB) Query(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := o.s.db.QueryContext(ctx, o.s.rebind(q), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func (o *OldDB) Close() error { return o.s.Close() }

// Layers is the layers blob SaveBatch stores for d.
func Layers(d *document.Document) string {
	b, err := json.Marshal(storedLayers{d.Sentences, d.Actors, d.Quotes, d.Times, d.Events})
	if err != nil {
		panic(err)
	}
	return string(b)
}
