package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/parley-nlp/parley/document"
)

// where collects AND-ed conditions with ? placeholders.
type where struct {
	parts []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.parts = append(w.parts, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.parts, " AND ")
}

// dayRange adds inclusive from/to bounds on a day column.
func (w *where) dayRange(col, from, to string) error {
	lo, hi, err := bounds(from, to)
	if err != nil {
		return err
	}
	if lo != "" || hi != "" {
		w.add(col + " <> ''")
	}
	if lo != "" {
		w.add(col+" >= ?", lo)
	}
	if hi != "" {
		w.add(col+" <= ?", hi)
	}
	return nil
}

func page(limit, offset int) (int, int, error) {
	if offset < 0 {
		return 0, 0, fmt.Errorf("%w: negative offset", ErrInvalid)
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	if limit > MaxLimit {
		limit = MaxLimit
	}
	return limit, offset, nil
}

// likePattern is a case-insensitive substring pattern for LIKE ... ESCAPE '\'.
func likePattern(q string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(strings.ToLower(q)) + "%"
}

// ftsWords splits a search into words (letters and digits).
func ftsWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// textSearch adds the full-text condition on documents d.
func (s *sqlStore) textSearch(w *where, q string) {
	words := ftsWords(q)
	if len(words) == 0 {
		if strings.TrimSpace(q) != "" {
			w.add("1 = 0") // only punctuation: nothing can match
		}
		return
	}
	if s.postgres {
		w.add("d.tsv @@ plainto_tsquery('english', ?)", strings.Join(words, " "))
		return
	}
	for i, t := range words {
		words[i] = `"` + t + `"`
	}
	w.add("d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", strings.Join(words, " "))
}

func (s *sqlStore) count(ctx context.Context, from string, w *where) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.rebind("SELECT COUNT(*) FROM "+from+w.String()), w.args...).Scan(&n)
	return n, err
}

// Documents implements Store.
func (s *sqlStore) Documents(ctx context.Context, q DocumentQuery) (Page[DocumentSummary], error) {
	out := Page[DocumentSummary]{Items: []DocumentSummary{}}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return out, err
	}
	var w where
	if err := w.dayRange("d.day", q.From, q.To); err != nil {
		return out, err
	}
	s.textSearch(&w, q.Q)
	if out.Total, err = s.count(ctx, "documents d", &w); err != nil {
		return out, fmt.Errorf("store: documents: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT d.id, d.published, d.title, d.url, d.source, substr(d.text, 1, 200),
		d.n_actors, d.n_quotes, d.n_events, d.created FROM documents d`+w.String()+
		` ORDER BY d.day DESC, d.seq DESC LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return out, fmt.Errorf("store: documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d DocumentSummary
		if err := rows.Scan(&d.ID, &d.Published, &d.Title, &d.URL, &d.Source, &d.Snippet, &d.Actors, &d.Quotes, &d.Events, &d.Created); err != nil {
			return out, fmt.Errorf("store: documents: %w", err)
		}
		out.Items = append(out.Items, d)
	}
	return out, rows.Err()
}

// Document implements Store.
func (s *sqlStore) Document(ctx context.Context, id string) (*StoredDocument, error) {
	var (
		seq    int64
		blob   string
		d      = &document.Document{}
		stored = &StoredDocument{Doc: d, ActorIDs: []int64{}}
	)
	err := s.db.QueryRowContext(ctx, s.rebind(`SELECT seq, id, published, title, url, source, text, layers, created
		FROM documents WHERE id = ?`), id).Scan(&seq, &d.ID, &d.Published, &d.Title, &d.URL, &d.Source, &d.Text, &blob, &stored.Created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	var l storedLayers
	if err := json.Unmarshal([]byte(blob), &l); err != nil {
		return nil, fmt.Errorf("store: document %q: corrupt layers: %w", id, err)
	}
	d.Sentences, d.Actors, d.Quotes, d.Times, d.Events = l.Sentences, l.Actors, l.Quotes, l.Times, l.Events
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT actor_id FROM doc_actors WHERE doc_seq = ? ORDER BY idx`), seq)
	if err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a int64
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		stored.ActorIDs = append(stored.ActorIDs, a)
	}
	return stored, rows.Err()
}

const actorColumns = `a.id, a.name, a.type, a.country, a.sector, a.role, a.cameo, a.registry_id,
	a.n_mentions, a.n_documents, a.n_quotes, a.n_events`

func (s *sqlStore) actors(ctx context.Context, w *where, limit, offset int) ([]Actor, error) {
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT `+actorColumns+` FROM actors a`+w.String()+
		` ORDER BY a.n_mentions DESC, a.name, a.id LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	defer rows.Close()
	out := []Actor{}
	for rows.Next() {
		var a Actor
		if err := rows.Scan(&a.ID, &a.Name, &a.Type, &a.Country, &a.Sector, &a.Role, &a.Cameo, &a.RegistryID,
			&a.Mentions, &a.Documents, &a.Quotes, &a.Events); err != nil {
			return nil, fmt.Errorf("store: actors: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Actors implements Store.
func (s *sqlStore) Actors(ctx context.Context, q ActorQuery) (Page[Actor], error) {
	out := Page[Actor]{Items: []Actor{}}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return out, err
	}
	var w where
	if q.Q != "" {
		w.add(`a.name_norm LIKE ? ESCAPE '\'`, likePattern(normalizeName(q.Q)))
	}
	if out.Total, err = s.count(ctx, "actors a", &w); err != nil {
		return out, fmt.Errorf("store: actors: %w", err)
	}
	out.Items, err = s.actors(ctx, &w, limit, offset)
	return out, err
}

// Actor implements Store.
func (s *sqlStore) Actor(ctx context.Context, id int64) (*ActorDetail, error) {
	var w where
	w.add("a.id = ?", id)
	as, err := s.actors(ctx, &w, 1, 0)
	if err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, fmt.Errorf("store: actor %d: %w", id, ErrNotFound)
	}
	d := &ActorDetail{Actor: as[0]}
	qs, err := s.Quotes(ctx, QuoteQuery{Speaker: id})
	if err != nil {
		return nil, err
	}
	src, err := s.Events(ctx, EventQuery{Source: id})
	if err != nil {
		return nil, err
	}
	tgt, err := s.Events(ctx, EventQuery{Target: id})
	if err != nil {
		return nil, err
	}
	d.QuotesBy, d.AsSource, d.AsTarget = qs.Items, src.Items, tgt.Items
	return d, nil
}

func ref(id sql.NullInt64, name, country, typ, sector sql.NullString) *ActorRef {
	if !id.Valid {
		return nil
	}
	return &ActorRef{ID: id.Int64, Name: name.String, Country: country.String, Type: typ.String, Sector: sector.String}
}

// Stored implements Checker.
func (s *sqlStore) Stored(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	for start := 0; start < len(ids); start += 200 {
		chunk := ids[start:min(start+200, len(ids))]
		args := make([]any, len(chunk))
		marks := make([]string, len(chunk))
		for i, id := range chunk {
			args[i], marks[i] = id, "?"
		}
		rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT id FROM documents WHERE id IN (`+strings.Join(marks, ", ")+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("store: stored: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: stored: %w", err)
			}
			out[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: stored: %w", err)
		}
	}
	return out, nil
}

// Quotes implements Store.
func (s *sqlStore) Quotes(ctx context.Context, q QuoteQuery) (Page[Quote], error) {
	out := Page[Quote]{Items: []Quote{}}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return out, err
	}
	var w where
	if err := w.dayRange("q.day", q.From, q.To); err != nil {
		return out, err
	}
	if q.Speaker != 0 {
		w.add("q.speaker_id = ?", q.Speaker)
	}
	if q.Q != "" {
		w.add(`q.text_norm LIKE ? ESCAPE '\'`, likePattern(q.Q))
	}
	if q.DocID != "" {
		w.add("d.id = ?", q.DocID)
	}
	from := "quotes q JOIN documents d ON d.seq = q.doc_seq"
	if out.Total, err = s.count(ctx, from, &w); err != nil {
		return out, fmt.Errorf("store: quotes: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT d.id, q.idx, d.published, q.kind, q.text, q.cue,
		q.speaker_id, a.name, a.country, a.type, a.sector FROM `+from+` LEFT JOIN actors a ON a.id = q.speaker_id`+w.String()+
		` ORDER BY q.day DESC, q.doc_seq DESC, q.idx LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return out, fmt.Errorf("store: quotes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			x                           Quote
			id                          sql.NullInt64
			name, country, kind, sector sql.NullString
		)
		if err := rows.Scan(&x.DocID, &x.Index, &x.Published, &x.Kind, &x.Text, &x.Cue, &id, &name, &country, &kind, &sector); err != nil {
			return out, fmt.Errorf("store: quotes: %w", err)
		}
		x.Speaker = ref(id, name, country, kind, sector)
		out.Items = append(out.Items, x)
	}
	return out, rows.Err()
}

// eventFilter builds the conditions shared by Events, Timeline and Network.
func eventFilter(w *where, actor, source, target int64, plover, from, to, docID string) error {
	if err := w.dayRange("e.day", from, to); err != nil {
		return err
	}
	if actor != 0 {
		w.add("(e.source_id = ? OR e.target_id = ?)", actor, actor)
	}
	if source != 0 {
		w.add("e.source_id = ?", source)
	}
	if target != 0 {
		w.add("e.target_id = ?", target)
	}
	if plover != "" {
		w.add("e.plover = ?", strings.ToUpper(plover))
	}
	if docID != "" {
		w.add("e.doc_seq = (SELECT seq FROM documents WHERE id = ?)", docID)
	}
	return nil
}

// Events implements Store.
func (s *sqlStore) Events(ctx context.Context, q EventQuery) (Page[Event], error) {
	out := Page[Event]{Items: []Event{}}
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return out, err
	}
	var w where
	if err := eventFilter(&w, q.Actor, q.Source, q.Target, q.Plover, q.From, q.To, q.DocID); err != nil {
		return out, err
	}
	if out.Total, err = s.count(ctx, "events e", &w); err != nil {
		return out, fmt.Errorf("store: events: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT d.id, e.idx, e.day, e.sentence, e.sentence_text, e.trigger_text,
		e.plover, e.mode, e.cameo, e.source_id, sa.name, sa.country, sa.type, sa.sector, e.target_id, ta.name, ta.country, ta.type, ta.sector,
		e.target_country, e.negated, e.hypothetical, e.in_quote
		FROM events e JOIN documents d ON d.seq = e.doc_seq
		LEFT JOIN actors sa ON sa.id = e.source_id LEFT JOIN actors ta ON ta.id = e.target_id`+w.String()+
		` ORDER BY e.day DESC, e.doc_seq DESC, e.idx LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return out, fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			x              Event
			sid, tid       sql.NullInt64
			sn, sc, st, ss sql.NullString
			tn, tc, tt, ts sql.NullString
			neg, hyp, inQ  bool
		)
		if err := rows.Scan(&x.DocID, &x.Index, &x.Date, &x.Sentence, &x.SentenceText, &x.Trigger, &x.Plover, &x.Mode, &x.Cameo,
			&sid, &sn, &sc, &st, &ss, &tid, &tn, &tc, &tt, &ts, &x.TargetCountry, &neg, &hyp, &inQ); err != nil {
			return out, fmt.Errorf("store: events: %w", err)
		}
		x.Source, x.Target = ref(sid, sn, sc, st, ss), ref(tid, tn, tc, tt, ts)
		if x.Target != nil && x.Target.Country != "" {
			x.TargetCountry = x.Target.Country // as the contract prints target_country
		}
		x.Negated, x.Hypothetical, x.InQuote = neg, hyp, inQ
		out.Items = append(out.Items, x)
	}
	return out, rows.Err()
}

// Network implements Store. Events whose source is their target are left
// out (a loop says nothing about relations between actors).
func (s *sqlStore) Network(ctx context.Context, q NetworkQuery) (*Network, error) {
	if q.Limit < 0 {
		return nil, fmt.Errorf("%w: negative limit", ErrInvalid)
	}
	var w where
	if err := eventFilter(&w, 0, 0, 0, "", q.From, q.To, ""); err != nil {
		return nil, err
	}
	w.add("e.source_id IS NOT NULL AND e.target_id IS NOT NULL AND e.source_id <> e.target_id")
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT e.source_id, e.target_id, e.plover, COUNT(*) FROM events e`+w.String()+
		` GROUP BY e.source_id, e.target_id, e.plover`), w.args...)
	if err != nil {
		return nil, fmt.Errorf("store: network: %w", err)
	}
	type pair struct{ s, t int64 }
	edges := map[pair]*Edge{}
	for rows.Next() {
		var (
			p      pair
			plover string
			n      int
		)
		if err := rows.Scan(&p.s, &p.t, &plover, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: network: %w", err)
		}
		e := edges[p]
		if e == nil {
			e = &Edge{Source: p.s, Target: p.t}
			edges[p] = e
		}
		e.Weight += n
		if Cooperative(plover) {
			e.Cooperative += n
		} else {
			e.Conflictual += n
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: network: %w", err)
	}
	net := &Network{Nodes: []Node{}, Edges: make([]Edge, 0, len(edges))}
	for _, e := range edges {
		e.Tone = "conflictual"
		if e.Cooperative >= e.Conflictual {
			e.Tone = "cooperative"
		}
		net.Edges = append(net.Edges, *e)
	}
	// Names break ties, so the order does not depend on id assignment.
	refs := map[int64]ActorRef{}
	for _, e := range net.Edges {
		for _, id := range []int64{e.Source, e.Target} {
			if _, ok := refs[id]; ok {
				continue
			}
			var r ActorRef
			err := s.db.QueryRowContext(ctx, s.rebind(`SELECT id, name, country, type, sector FROM actors WHERE id = ?`), id).
				Scan(&r.ID, &r.Name, &r.Country, &r.Type, &r.Sector)
			if err != nil {
				return nil, fmt.Errorf("store: network: actor %d: %w", id, err)
			}
			refs[id] = r
		}
	}
	sort.Slice(net.Edges, func(i, j int) bool {
		a, b := net.Edges[i], net.Edges[j]
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		if x, y := refs[a.Source].Name, refs[b.Source].Name; x != y {
			return x < y
		}
		if x, y := refs[a.Target].Name, refs[b.Target].Name; x != y {
			return x < y
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	if q.Limit > 0 && len(net.Edges) > q.Limit {
		net.Edges = net.Edges[:q.Limit]
	}
	degree := map[int64]int{}
	for _, e := range net.Edges {
		degree[e.Source] += e.Weight
		degree[e.Target] += e.Weight
	}
	for id, n := range degree {
		net.Nodes = append(net.Nodes, Node{ActorRef: refs[id], Events: n})
	}
	sort.Slice(net.Nodes, func(i, j int) bool {
		a, b := net.Nodes[i], net.Nodes[j]
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	return net, nil
}

// Timeline implements Store. Undated events are left out.
func (s *sqlStore) Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error) {
	interval := q.Interval
	if interval == "" {
		interval = Day
	}
	if interval != Day && interval != Week && interval != Month {
		return nil, fmt.Errorf("%w: interval %q is not day, week or month", ErrInvalid, q.Interval)
	}
	var w where
	if err := eventFilter(&w, q.Actor, 0, 0, q.Plover, q.From, q.To, ""); err != nil {
		return nil, err
	}
	w.add("e.day <> ''")
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT e.day, e.plover, COUNT(*) FROM events e`+w.String()+
		` GROUP BY e.day, e.plover`), w.args...)
	if err != nil {
		return nil, fmt.Errorf("store: timeline: %w", err)
	}
	defer rows.Close()
	buckets := map[string]*Bucket{}
	for rows.Next() {
		var (
			day, plover string
			n           int
		)
		if err := rows.Scan(&day, &plover, &n); err != nil {
			return nil, fmt.Errorf("store: timeline: %w", err)
		}
		start, ok := bucketStart(day, interval)
		if !ok {
			continue
		}
		b := buckets[start]
		if b == nil {
			b = &Bucket{Start: start}
			buckets[start] = b
		}
		b.Count += n
		if Cooperative(plover) {
			b.Cooperative += n
		} else {
			b.Conflictual += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: timeline: %w", err)
	}
	out := make([]Bucket, 0, len(buckets))
	for _, b := range buckets {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out, nil
}

// Stats implements Store.
func (s *sqlStore) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM actors),
		(SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM events)`).Scan(&st.Documents, &st.Actors, &st.Quotes, &st.Events)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}
