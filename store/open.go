package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	_ "modernc.org/sqlite"             // database/sql driver "sqlite"
)

// Open opens (creating and migrating when needed) the store named by dsn:
// postgres://… or postgresql://… is PostgreSQL; sqlite://PATH, file:PATH or
// a plain file path is a SQLite file.
func Open(ctx context.Context, dsn string) (Store, error) {
	s, err := open(ctx, dsn, SchemaVersion())
	if err != nil {
		return nil, err
	}
	return s, nil
}

// open opens dsn migrated up to schema version (tests make databases of an
// older version with it).
func open(ctx context.Context, dsn string, version int) (*sqlStore, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return openPostgres(ctx, dsn, version)
	case dsn == "":
		return nil, fmt.Errorf("store: empty DSN")
	default:
		path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "file:")
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
		return openSQLite(ctx, path, version)
	}
}

// sqliteBusyMillis is how long a writer waits for another writer's lock.
const sqliteBusyMillis = 30000

func openSQLite(ctx context.Context, path string, version int) (*sqlStore, error) {
	if path == "" {
		return nil, fmt.Errorf("store: empty SQLite path")
	}
	// WAL lets readers run beside the one writer; synchronous=NORMAL in WAL
	// mode never corrupts the database on a crash (it may lose the last
	// commits, not half of one). BEGIN IMMEDIATE takes the write lock up
	// front so two writers queue instead of failing on lock upgrade.
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.Itoa(sqliteBusyMillis)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	s := &sqlStore{db: db}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.migrate(ctx, version); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func openPostgres(ctx context.Context, dsn string, version int) (*sqlStore, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	s := &sqlStore{db: db, postgres: true}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	if err := s.migrate(ctx, version); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}
