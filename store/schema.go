package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// migration is one schema version. Both dialects create the same tables and
// columns; only type spellings and the full-text index differ.
type migration struct {
	version          int
	sqlite, postgres []string
}

// migrations are applied in order on open; never edit a released one, append.
// PostgreSQL indexes the first 300,000 characters of a document for search:
// a tsvector is limited to 1 MB, which a million characters of unusual text
// can exceed (300,000 stay below 600 kB even for text of unique short
// tokens); news articles are far shorter.
var migrations = []migration{{
	version:  1,
	sqlite:   sqliteDialect.render(schemaV1),
	postgres: postgresDialect.render(schemaV1),
}, {
	// Indexes in list order (newest first), so a page is read off the index
	// instead of sorting every event or quote.
	version:  2,
	sqlite:   listOrder,
	postgres: listOrder,
}, {
	// Actor counts kept on the actor row (documents are never changed once
	// stored, so SaveBatch only adds), so the actor list needs no aggregation.
	version:  3,
	sqlite:   actorCounters,
	postgres: actorCounters,
}, {
	// The country an event acts on when no actor is its target
	// (document.Event.TargetCountry), filled for events already stored
	// from their document's layers.
	version:  4,
	sqlite:   []string{addTargetCountry, sqliteBackfillTargetCountry},
	postgres: []string{addTargetCountry, postgresBackfillTargetCountry},
}}

var listOrder = []string{
	`CREATE INDEX events_order ON events(day DESC, doc_seq DESC, idx)`,
	`CREATE INDEX quotes_order ON quotes(day DESC, doc_seq DESC, idx)`,
}

// schemaV1 is the first schema, written once for both dialects: {serial} is
// an auto-increment key, {ref} the type of a column referring to one, and
// {documents_search} the dialect's full-text column on documents (if any).
var schemaV1 = []string{
	`CREATE TABLE documents (
			seq {serial},
			id TEXT NOT NULL UNIQUE,
			text_hash TEXT NOT NULL,
			published TEXT NOT NULL,
			day TEXT NOT NULL,
			title TEXT NOT NULL,
			url TEXT NOT NULL,
			source TEXT NOT NULL,
			text TEXT NOT NULL,
			layers TEXT NOT NULL,
			n_actors INTEGER NOT NULL,
			n_quotes INTEGER NOT NULL,
			n_events INTEGER NOT NULL,
			created TEXT NOT NULL{documents_search})`,
	`CREATE INDEX documents_day ON documents(day, seq)`,
	`CREATE INDEX documents_hash ON documents(text_hash)`,
	`CREATE TABLE actors (
			id {serial},
			merge_key TEXT NOT NULL UNIQUE,
			registry_id TEXT NOT NULL,
			name TEXT NOT NULL,
			name_norm TEXT NOT NULL,
			type TEXT NOT NULL,
			country TEXT NOT NULL,
			sector TEXT NOT NULL,
			role TEXT NOT NULL,
			role_day TEXT NOT NULL,
			cameo TEXT NOT NULL)`,
	`CREATE TABLE doc_actors (
			doc_seq {ref} NOT NULL REFERENCES documents(seq),
			idx INTEGER NOT NULL,
			actor_id {ref} NOT NULL REFERENCES actors(id),
			local_id TEXT NOT NULL,
			mentions INTEGER NOT NULL,
			PRIMARY KEY (doc_seq, idx))`,
	`CREATE INDEX doc_actors_actor ON doc_actors(actor_id)`,
	`CREATE TABLE quotes (
			doc_seq {ref} NOT NULL REFERENCES documents(seq),
			idx INTEGER NOT NULL,
			day TEXT NOT NULL,
			kind TEXT NOT NULL,
			text TEXT NOT NULL,
			text_norm TEXT NOT NULL,
			cue TEXT NOT NULL,
			speaker_id {ref} REFERENCES actors(id),
			PRIMARY KEY (doc_seq, idx))`,
	`CREATE INDEX quotes_speaker ON quotes(speaker_id)`,
	`CREATE INDEX quotes_day ON quotes(day)`,
	`CREATE TABLE times (
			doc_seq {ref} NOT NULL REFERENCES documents(seq),
			idx INTEGER NOT NULL,
			text TEXT NOT NULL,
			value TEXT NOT NULL,
			type TEXT NOT NULL,
			mod TEXT NOT NULL,
			PRIMARY KEY (doc_seq, idx))`,
	`CREATE TABLE events (
			doc_seq {ref} NOT NULL REFERENCES documents(seq),
			idx INTEGER NOT NULL,
			day TEXT NOT NULL,
			date TEXT NOT NULL,
			sentence INTEGER NOT NULL,
			sentence_text TEXT NOT NULL,
			trigger_text TEXT NOT NULL,
			plover TEXT NOT NULL,
			mode TEXT NOT NULL,
			cameo TEXT NOT NULL,
			source_id {ref} REFERENCES actors(id),
			target_id {ref} REFERENCES actors(id),
			negated INTEGER NOT NULL,
			hypothetical INTEGER NOT NULL,
			in_quote INTEGER NOT NULL,
			PRIMARY KEY (doc_seq, idx))`,
	`CREATE INDEX events_source ON events(source_id)`,
	`CREATE INDEX events_target ON events(target_id)`,
	`CREATE INDEX events_day ON events(day)`,
	`CREATE INDEX events_plover ON events(plover)`,
}

// dialect spells schemaV1 for one database.
type dialect struct {
	serial, ref, documentsSearch string
	// search is the dialect's full-text index, created after the tables.
	search []string
}

var sqliteDialect = dialect{
	serial: "INTEGER PRIMARY KEY AUTOINCREMENT",
	ref:    "INTEGER",
	search: []string{`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='', tokenize='porter unicode61')`},
}

var postgresDialect = dialect{
	serial:          "BIGSERIAL PRIMARY KEY",
	ref:             "BIGINT",
	documentsSearch: ",\n\t\t\ttsv tsvector GENERATED ALWAYS AS (to_tsvector('english', left(title || ' ' || text, 300000))) STORED",
	search:          []string{`CREATE INDEX documents_tsv ON documents USING GIN (tsv)`},
}

func (d dialect) render(stmts []string) []string {
	r := strings.NewReplacer("{serial}", d.serial, "{ref}", d.ref, "{documents_search}", d.documentsSearch)
	out := make([]string, 0, len(stmts)+len(d.search))
	for _, q := range stmts {
		out = append(out, r.Replace(q))
	}
	return append(out, d.search...)
}

var actorCounters = []string{
	`ALTER TABLE actors ADD COLUMN n_mentions INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE actors ADD COLUMN n_documents INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE actors ADD COLUMN n_quotes INTEGER NOT NULL DEFAULT 0`,
	`ALTER TABLE actors ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0`,
	`UPDATE actors SET n_mentions = (SELECT COALESCE(SUM(x.mentions), 0) FROM doc_actors x WHERE x.actor_id = actors.id), n_documents = (SELECT COUNT(DISTINCT x.doc_seq) FROM doc_actors x WHERE x.actor_id = actors.id), n_quotes = (SELECT COUNT(*) FROM quotes x WHERE x.speaker_id = actors.id), n_events = (SELECT COUNT(*) FROM events x WHERE x.source_id = actors.id OR x.target_id = actors.id)`,
	`CREATE INDEX actors_rank ON actors(n_mentions DESC, name, id)`,
}

const addTargetCountry = `ALTER TABLE events ADD COLUMN target_country TEXT NOT NULL DEFAULT ''`

// The backfills read TargetCountry from the layers blob of the documents
// that have one (saved by a build that extracted it before the column
// existed); older blobs lack the key and are skipped without parsing. The
// PostgreSQL cast is to json, not jsonb, which would refuse a \u0000
// escape elsewhere in a blob.
const (
	sqliteBackfillTargetCountry = `UPDATE events SET target_country = COALESCE((SELECT json_extract(d.layers, '$.events[' || events.idx || '].TargetCountry')
		FROM documents d WHERE d.seq = events.doc_seq), '')
		WHERE target_id IS NULL AND doc_seq IN (SELECT seq FROM documents WHERE layers LIKE '%"TargetCountry":"%')`
	postgresBackfillTargetCountry = `UPDATE events SET target_country = COALESCE(d.layers::json -> 'events' -> events.idx ->> 'TargetCountry', '')
		FROM documents d WHERE d.seq = events.doc_seq AND events.target_id IS NULL AND d.layers LIKE '%"TargetCountry":"%'`
)

// SchemaVersion is the newest schema version this build knows.
func SchemaVersion() int { return migrations[len(migrations)-1].version }

// migrate applies the missing migrations up to version (SchemaVersion but
// in tests) in one transaction. A database newer than this build is
// refused rather than misread.
func (s *sqlStore) migrate(ctx context.Context, version int) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	defer tx.Rollback()
	if s.postgres {
		// Two processes opening a fresh database at once must not both migrate.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7420190)`); err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	if have > SchemaVersion() {
		return fmt.Errorf("store: database schema version %d is newer than this parley (%d)", have, SchemaVersion())
	}
	for _, m := range migrations {
		if m.version <= have || m.version > version {
			continue
		}
		stmts := m.sqlite
		if s.postgres {
			stmts = m.postgres
		}
		for _, q := range stmts {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("store: migration %d: %w", m.version, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.rebind(`INSERT INTO schema_migrations(version, applied) VALUES (?, ?)`),
			m.version, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("store: migration %d: %w", m.version, err)
		}
	}
	return tx.Commit()
}
