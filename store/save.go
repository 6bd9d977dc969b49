package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/parley-nlp/parley/document"
)

// sqlStore implements Store over database/sql for both dialects.
type sqlStore struct {
	db       *sql.DB
	postgres bool
}

func (s *sqlStore) Close() error { return s.db.Close() }

// rebind turns ? placeholders into PostgreSQL's $1, $2 ... Our SQL never
// contains a literal question mark.
func (s *sqlStore) rebind(q string) string {
	if !s.postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// TextID is the id given to a document that has none: "doc-" and the first
// 16 hex digits of the SHA-256 of its text.
func TextID(text string) string {
	h := textHash(text)
	return "doc-" + h[:16]
}

func textHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// MergeKey is the key on which actors merge across documents: the registry
// id when resolved, else the normalized name, country and type.
func MergeKey(a *document.Actor) string {
	if a.RegistryID != "" {
		return "reg:" + a.RegistryID
	}
	return "name:" + normalizeName(a.Name) + "|" + strings.ToUpper(strings.TrimSpace(a.Country)) + "|" + strings.ToLower(strings.TrimSpace(a.Type))
}

// normalizeName lower-cases a name and collapses punctuation and spaces, so
// "Olaf  Scholz" and "olaf scholz" merge.
func normalizeName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			continue // "U.S." = "US", "Sant'Egidio" = "SantEgidio"
		}
		space = true
	}
	return b.String()
}

// storedLayers is the JSON blob from which Document rebuilds a document:
// every layer but tokens, with byte offsets, nil and empty kept apart.
type storedLayers struct {
	Sentences []document.Sentence `json:"sentences"`
	Actors    []document.Actor    `json:"actors"`
	Quotes    []document.Quote    `json:"quotes"`
	Times     []document.Time     `json:"times"`
	Events    []document.Event    `json:"events"`
}

// SaveBatch implements Store. Concurrent batches take their locks in one
// order (lockDocuments, then actors by key); should PostgreSQL still
// abort a batch as a deadlock or serialization victim, the batch is
// retried, since it stored nothing.
func (s *sqlStore) SaveBatch(ctx context.Context, docs []*document.Document) ([]SaveResult, error) {
	for attempt := 1; ; attempt++ {
		r, err := s.saveBatch(ctx, docs)
		var pgErr *pgconn.PgError
		if err != nil && attempt < 5 && errors.As(err, &pgErr) && (pgErr.Code == "40P01" || pgErr.Code == "40001") {
			continue
		}
		return r, err
	}
}

// documentLockClass is the first key of the advisory locks on document
// ids (the two-key space of pg_advisory_xact_lock, apart from the
// migration lock's one-key space).
const documentLockClass = 7420191

// lockDocuments takes, on PostgreSQL, a transaction lock on each id of
// the batch in one global order before any insert. Two batches that
// insert the same documents in other orders would otherwise each wait on
// the other's uncommitted row: a deadlock PostgreSQL breaks only after
// its deadlock_timeout, often again on the retry. Ids whose hashes
// collide merely share a lock. SQLite runs one writer at a time.
func (s *sqlStore) lockDocuments(ctx context.Context, tx *sql.Tx, docs []*document.Document) error {
	if !s.postgres {
		return nil
	}
	keys := make([]int32, 0, len(docs))
	seen := map[int32]bool{}
	for _, d := range docs {
		h := fnv.New32a()
		h.Write([]byte(d.ID))
		if k := int32(h.Sum32()); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, documentLockClass, k); err != nil {
			return fmt.Errorf("store: lock documents: %w", err)
		}
	}
	return nil
}

func (s *sqlStore) saveBatch(ctx context.Context, docs []*document.Document) ([]SaveResult, error) {
	results := make([]SaveResult, len(docs))
	for i, d := range docs {
		if d == nil {
			return nil, fmt.Errorf("store: document %d of the batch is nil: %w", i, ErrBadDocument)
		}
		if d.ID == "" {
			d.ID = TextID(d.Text)
		}
		if err := checkDocument(d); err != nil {
			return nil, fmt.Errorf("store: %s: %w: %v", d.ID, ErrBadDocument, err)
		}
		results[i].ID = d.ID
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: begin: %w", err)
	}
	defer tx.Rollback()
	if err := s.lockDocuments(ctx, tx, docs); err != nil {
		return nil, err
	}

	// Phase 1: documents. A conflicting id means already stored.
	insDoc, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO documents
		(id, text_hash, published, day, title, url, source, text, layers, n_actors, n_quotes, n_events, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING seq`))
	if err != nil {
		return nil, fmt.Errorf("store: prepare: %w", err)
	}
	defer insDoc.Close()
	created := time.Now().UTC().Format(time.RFC3339)
	seqs := make([]int64, len(docs))
	seen := map[string]bool{}
	for i, d := range docs {
		if seen[d.ID] {
			continue
		}
		seen[d.ID] = true
		blob, err := json.Marshal(storedLayers{d.Sentences, d.Actors, d.Quotes, d.Times, d.Events})
		if err != nil {
			return nil, fmt.Errorf("store: %s: %w", d.ID, err)
		}
		err = insDoc.QueryRowContext(ctx, d.ID, textHash(d.Text), d.Published, DayOf(d.Published), d.Title, d.URL, d.Source,
			d.Text, string(blob), len(d.Actors), len(d.Quotes), len(d.Events), created).Scan(&seqs[i])
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("store: save %s: %w", d.ID, err)
		}
		results[i].New = true
		if !s.postgres {
			if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)`, seqs[i], d.Title, d.Text); err != nil {
				return nil, fmt.Errorf("store: index %s: %w", d.ID, err)
			}
		}
	}

	// Phase 2: actors of the new documents, upserted in key order so that
	// concurrent batches lock actor rows in the same order (no deadlock).
	type pending struct {
		a    document.Actor // merged: first name, first known fields, newest role
		day  string         // the day of a.Role
		refs []*int64
	}
	byKey := map[string]*pending{}
	actorIDs := make([][]int64, len(docs))
	for i, d := range docs {
		if !results[i].New {
			continue
		}
		actorIDs[i] = make([]int64, len(d.Actors))
		for j := range d.Actors {
			a := &d.Actors[j]
			k := MergeKey(a)
			p := byKey[k]
			day := DayOf(d.Published)
			if p == nil {
				p = &pending{a: *a, day: day}
				byKey[k] = p
			} else {
				if a.Role != "" && (p.a.Role == "" || day >= p.day) {
					p.a.Role, p.day = a.Role, day
				}
				fill(&p.a.Sector, a.Sector)
				fill(&p.a.Cameo, a.Cameo)
				fill(&p.a.Country, a.Country)
			}
			p.refs = append(p.refs, &actorIDs[i][j])
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	upsert, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO actors
		(merge_key, registry_id, name, name_norm, type, country, sector, role, role_day, cameo)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (merge_key) DO UPDATE SET
		role = CASE WHEN excluded.role <> '' AND (actors.role = '' OR excluded.role_day >= actors.role_day) THEN excluded.role ELSE actors.role END,
		role_day = CASE WHEN excluded.role <> '' AND (actors.role = '' OR excluded.role_day >= actors.role_day) THEN excluded.role_day ELSE actors.role_day END,
		sector = CASE WHEN actors.sector = '' THEN excluded.sector ELSE actors.sector END,
		cameo = CASE WHEN actors.cameo = '' THEN excluded.cameo ELSE actors.cameo END,
		country = CASE WHEN actors.country = '' THEN excluded.country ELSE actors.country END
		RETURNING id`))
	if err != nil {
		return nil, fmt.Errorf("store: prepare: %w", err)
	}
	defer upsert.Close()
	for _, k := range keys {
		p := byKey[k]
		a := p.a
		var id int64
		if err := upsert.QueryRowContext(ctx, k, a.RegistryID, a.Name, normalizeName(a.Name), a.Type, a.Country, a.Sector,
			a.Role, p.day, a.Cameo).Scan(&id); err != nil {
			return nil, fmt.Errorf("store: save actor %q: %w", a.Name, err)
		}
		for _, r := range p.refs {
			*r = id
		}
	}

	// Phase 3: the normalized layers of the new documents.
	stmts := map[string]string{
		"actor": `INSERT INTO doc_actors (doc_seq, idx, actor_id, local_id, mentions) VALUES (?, ?, ?, ?, ?)`,
		"quote": `INSERT INTO quotes (doc_seq, idx, day, kind, text, text_norm, cue, speaker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		"time":  `INSERT INTO times (doc_seq, idx, text, value, type, mod) VALUES (?, ?, ?, ?, ?, ?)`,
		"event": `INSERT INTO events (doc_seq, idx, day, date, sentence, sentence_text, trigger_text, plover, mode, cameo,
			source_id, target_id, target_country, negated, hypothetical, in_quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	}
	prep := map[string]*sql.Stmt{}
	for name, q := range stmts {
		st, err := tx.PrepareContext(ctx, s.rebind(q))
		if err != nil {
			return nil, fmt.Errorf("store: prepare: %w", err)
		}
		defer st.Close()
		prep[name] = st
	}
	for i, d := range docs {
		if !results[i].New {
			continue
		}
		seq, ids := seqs[i], actorIDs[i]
		actorOf := func(k int) any {
			if k < 0 || k >= len(ids) {
				return nil
			}
			return ids[k]
		}
		for j, a := range d.Actors {
			if _, err := prep["actor"].ExecContext(ctx, seq, j, ids[j], a.ID, len(a.Mentions)); err != nil {
				return nil, fmt.Errorf("store: %s: actor %d: %w", d.ID, j, err)
			}
		}
		day := DayOf(d.Published)
		for j, q := range d.Quotes {
			if _, err := prep["quote"].ExecContext(ctx, seq, j, day, q.Kind, d.SpanText(q.Span), strings.ToLower(d.SpanText(q.Span)),
				d.SpanText(q.Cue), actorOf(q.Speaker)); err != nil {
				return nil, fmt.Errorf("store: %s: quote %d: %w", d.ID, j, err)
			}
		}
		for j, t := range d.Times {
			if _, err := prep["time"].ExecContext(ctx, seq, j, d.SpanText(t.Span), t.Value, t.Type, t.Mod); err != nil {
				return nil, fmt.Errorf("store: %s: time %d: %w", d.ID, j, err)
			}
		}
		for j, e := range d.Events {
			sentence := ""
			if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
				sentence = d.SpanText(d.Sentences[e.Sentence].Span)
			}
			if _, err := prep["event"].ExecContext(ctx, seq, j, eventDay(e.Date, day), e.Date, e.Sentence, sentence,
				d.SpanText(e.Trigger), e.Plover, e.Mode, e.Cameo, actorOf(e.Source), actorOf(e.Target), e.TargetCountry,
				b2i(e.Negated), b2i(e.Hypothetical), b2i(e.Quote >= 0 && e.Quote < len(d.Quotes))); err != nil {
				return nil, fmt.Errorf("store: %s: event %d: %w", d.ID, j, err)
			}
		}
	}
	if err := s.addActorCounts(ctx, tx, docs, results, actorIDs); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: commit: %w", err)
	}
	return results, nil
}

// fill sets an unknown (empty) field to v.
func fill(field *string, v string) {
	if *field == "" {
		*field = v
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkDocument refuses a document whose spans do not fit its text, so that
// nothing malformed is stored (and SpanText cannot panic).
func checkDocument(d *document.Document) error {
	n := len(d.Text)
	boundary := func(i int) bool { return i == n || utf8.RuneStart(d.Text[i]) }
	ok := func(s document.Span) bool {
		return 0 <= s.Start && s.Start <= s.End && s.End <= n && boundary(s.Start) && boundary(s.End)
	}
	for _, f := range []string{d.ID, d.Text, d.Title, d.URL, d.Source, d.Published} {
		if !utf8.ValidString(f) {
			return errors.New("invalid UTF-8")
		}
		if strings.IndexByte(f, 0) >= 0 {
			return errors.New("contains a NUL byte")
		}
	}
	for i, s := range d.Sentences {
		if !ok(s.Span) {
			return fmt.Errorf("sentence %d: span %v outside the text", i, s.Span)
		}
	}
	for i, a := range d.Actors {
		for _, m := range a.Mentions {
			if !ok(m.Span) {
				return fmt.Errorf("actor %d: mention %v outside the text", i, m.Span)
			}
		}
	}
	for i, q := range d.Quotes {
		if !ok(q.Span) || !ok(q.Cue) {
			return fmt.Errorf("quote %d: span outside the text", i)
		}
	}
	for i, t := range d.Times {
		if !ok(t.Span) {
			return fmt.Errorf("time %d: span %v outside the text", i, t.Span)
		}
	}
	for i, e := range d.Events {
		if !ok(e.Trigger) {
			return fmt.Errorf("event %d: trigger %v outside the text", i, e.Trigger)
		}
	}
	return nil
}

// addActorCounts adds the new documents' mentions, documents, quotes and
// events to their actors' counters, in id order (the rows are already
// locked by the upsert, in key order).
func (s *sqlStore) addActorCounts(ctx context.Context, tx *sql.Tx, docs []*document.Document, results []SaveResult, actorIDs [][]int64) error {
	type counts struct{ mentions, documents, quotes, events int }
	add := map[int64]*counts{}
	get := func(id int64) *counts {
		c := add[id]
		if c == nil {
			c = &counts{}
			add[id] = c
		}
		return c
	}
	for i, d := range docs {
		if !results[i].New {
			continue
		}
		ids := actorIDs[i]
		at := func(k int) int64 {
			if k < 0 || k >= len(ids) {
				return 0
			}
			return ids[k]
		}
		inDoc := map[int64]bool{}
		for j, a := range d.Actors {
			get(ids[j]).mentions += len(a.Mentions)
			if !inDoc[ids[j]] {
				inDoc[ids[j]] = true
				get(ids[j]).documents++
			}
		}
		for _, q := range d.Quotes {
			if id := at(q.Speaker); id != 0 {
				get(id).quotes++
			}
		}
		for _, e := range d.Events {
			src, tgt := at(e.Source), at(e.Target)
			if src != 0 {
				get(src).events++
			}
			if tgt != 0 && tgt != src {
				get(tgt).events++
			}
		}
	}
	order := make([]int64, 0, len(add))
	for id := range add {
		order = append(order, id)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	st, err := tx.PrepareContext(ctx, s.rebind(`UPDATE actors SET n_mentions = n_mentions + ?, n_documents = n_documents + ?,
		n_quotes = n_quotes + ?, n_events = n_events + ? WHERE id = ?`))
	if err != nil {
		return fmt.Errorf("store: prepare: %w", err)
	}
	defer st.Close()
	for _, id := range order {
		c := add[id]
		if _, err := st.ExecContext(ctx, c.mentions, c.documents, c.quotes, c.events, id); err != nil {
			return fmt.Errorf("store: actor %d counts: %w", id, err)
		}
	}
	return nil
}
