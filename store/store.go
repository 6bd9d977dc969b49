// Package store keeps extracted documents and answers the queries of the API,
// the web UI and the exports. One small interface (Store) has two real
// implementations over one schema with versioned migrations applied on open:
// an embedded SQLite file (pure-Go modernc.org/sqlite, WAL, FTS5) and
// PostgreSQL (pgx, tsvector full-text search). Open picks one from the DSN.
//
// Invariants:
//   - A document is stored once: its id is Document.ID, or, when that is
//     empty, "doc-" plus the first 16 hex digits of the SHA-256 of its text
//     (SaveBatch writes that id back into the Document). Saving the same id
//     again stores nothing and reports New=false; the first version wins.
//   - SaveBatch is one transaction: either every document of the batch is
//     stored or none is.
//   - The same real actor has one store id (int64) in every document: actors
//     merge on Actor.RegistryID when set, else on normalized name + country +
//     type (see MergeKey).
//   - Dates are strings. From/To filters are inclusive YYYY-MM-DD (YYYY-MM and
//     YYYY are accepted and widened to the whole month/year). A document's
//     day is its Published date (YYYY-MM becomes YYYY-MM-01); an event's day
//     is its own Date when that is a full YYYY-MM-DD, else its document's day.
//   - Lists paginate: Limit <= 0 means DefaultLimit, larger than MaxLimit
//     means MaxLimit; Page.Items is never nil.
package store

import (
	"context"
	"errors"

	"github.com/parley-nlp/parley/document"
)

// Pagination bounds.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Errors callers can test with errors.Is. ErrInvalid wraps every bad query
// argument (a server answers 400); ErrNotFound means no such id (404);
// ErrBadDocument means SaveBatch refused a malformed document (a span outside
// its text, invalid UTF-8, a NUL byte) and stored nothing.
var (
	ErrNotFound    = errors.New("not found")
	ErrInvalid     = errors.New("invalid query")
	ErrBadDocument = errors.New("malformed document")
)

// Store is parley's storage. Implementations are safe for concurrent use.
type Store interface {
	// SaveBatch stores docs (after extraction) in one transaction and
	// reports, in order, each document's id and whether it was new. On
	// error nothing of the batch is stored. Documents without ID get the
	// text-hash id (written back into doc.ID).
	SaveBatch(ctx context.Context, docs []*document.Document) ([]SaveResult, error)

	// Document returns one stored document, rebuilt so that
	// Doc.ToJSON(true) is the contract JSON it had when saved (the token
	// layer is not stored: Doc.Tokens is nil).
	Document(ctx context.Context, id string) (*StoredDocument, error)
	Documents(ctx context.Context, q DocumentQuery) (Page[DocumentSummary], error)

	Actor(ctx context.Context, id int64) (*ActorDetail, error)
	Actors(ctx context.Context, q ActorQuery) (Page[Actor], error)

	Quotes(ctx context.Context, q QuoteQuery) (Page[Quote], error)
	Events(ctx context.Context, q EventQuery) (Page[Event], error)

	Network(ctx context.Context, q NetworkQuery) (*Network, error)
	Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	Close() error
}

// Checker is implemented by stores that tell cheaply which document ids are
// stored (ingest uses it to skip extracting what is already there). Both
// stores of this package implement it.
type Checker interface {
	Stored(ctx context.Context, ids []string) (map[string]bool, error)
}

// Save stores one document; see Store.SaveBatch.
func Save(ctx context.Context, s Store, doc *document.Document) (SaveResult, error) {
	r, err := s.SaveBatch(ctx, []*document.Document{doc})
	if err != nil {
		return SaveResult{}, err
	}
	return r[0], nil
}

// SaveResult says what SaveBatch did with one document.
type SaveResult struct {
	ID  string `json:"id"`
	New bool   `json:"new"`
}

// Page is one page of a list: Total matching items, Items from Offset.
type Page[T any] struct {
	Total int `json:"total"`
	Items []T `json:"items"`
}

// StoredDocument is a document as stored. ActorIDs[i] is the store actor id
// of Doc.Actors[i].
type StoredDocument struct {
	Doc      *document.Document `json:"-"`
	ActorIDs []int64            `json:"actor_ids"`
	Created  string             `json:"created"` // RFC 3339, UTC
}

// DocumentSummary is one item of a document list.
type DocumentSummary struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Snippet   string `json:"snippet"` // the first ~200 characters of the text
	Actors    int    `json:"actors"`
	Quotes    int    `json:"quotes"`
	Events    int    `json:"events"`
	Created   string `json:"created"`
}

// DocumentQuery filters documents. Q is full-text search over title and
// text (every word must match, stemmed); From/To bound Published.
// Order: newest published first.
type DocumentQuery struct {
	Q, From, To   string
	Limit, Offset int
}

// ActorRef names an actor inside a quote or an event.
type ActorRef struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country"`
	Type    string `json:"type"`
	Sector  string `json:"sector"`
}

// Actor is a merged actor with its counts over every stored document.
// Role is the role from the most recently published document that gave one.
type Actor struct {
	ID         int64  `json:"id"`
	Name       string `json:"name"`
	Type       string `json:"type"`
	Country    string `json:"country"`
	Sector     string `json:"sector"`
	Role       string `json:"role"`
	Cameo      string `json:"cameo"`
	RegistryID string `json:"registry_id"`
	Mentions   int    `json:"mentions"`
	Documents  int    `json:"documents"`
	Quotes     int    `json:"quotes"` // quotes spoken by the actor
	Events     int    `json:"events"` // events with the actor as source or target
}

// ActorDetail is one actor with the first DefaultLimit (newest) of its
// quotes and of its events as source and as target; use Quotes and Events
// with Speaker/Source/Target for more.
type ActorDetail struct {
	Actor
	QuotesBy []Quote `json:"quotes_by"`
	AsSource []Event `json:"as_source"`
	AsTarget []Event `json:"as_target"`
}

// ActorQuery filters actors: Q is a substring of the name, compared after
// normalization (case, punctuation and spacing ignored: "u.s." finds
// "U.S."). Order: most mentioned first, then by name.
type ActorQuery struct {
	Q             string
	Limit, Offset int
}

// Quote is one stored quote. Index is its index in the document's Quotes.
type Quote struct {
	DocID     string    `json:"doc_id"`
	Index     int       `json:"index"`
	Published string    `json:"published"`
	Kind      string    `json:"kind"`
	Text      string    `json:"text"`
	Cue       string    `json:"cue"`
	Speaker   *ActorRef `json:"speaker"` // nil when unknown
}

// QuoteQuery filters quotes: Speaker is a store actor id (0 = any), Q a
// case-insensitive substring of the quote text (LIKE wildcards are literal), From/To bound the
// document's Published date, DocID one document. Order: newest first.
type QuoteQuery struct {
	Speaker       int64
	Q, From, To   string
	DocID         string
	Limit, Offset int
}

// Event is one stored event. Index is its index in the document's Events;
// Date is the event's day (see the package invariants).
type Event struct {
	DocID        string    `json:"doc_id"`
	Index        int       `json:"index"`
	Date         string    `json:"date"`
	Sentence     int       `json:"sentence"`
	SentenceText string    `json:"sentence_text"`
	Trigger      string    `json:"trigger"`
	Plover       string    `json:"plover"`
	Mode         string    `json:"mode"`
	Cameo        string    `json:"cameo"`
	Source       *ActorRef `json:"source"` // nil when absent
	Target       *ActorRef `json:"target"` // nil when absent
	// TargetCountry is the country acted on, as the contract prints
	// target_country: the target actor's country, or, when no actor is
	// the target or the target has no country, the one the events stage
	// inferred for a domestic act (document.Event.TargetCountry); empty
	// when unknown.
	TargetCountry string `json:"target_country"`
	Negated       bool   `json:"negated"`
	Hypothetical  bool   `json:"hypothetical"`
	InQuote       bool   `json:"in_quote"`
}

// EventQuery filters events. Actor matches either side; Source and Target
// one side (store actor ids, 0 = any); Plover is an event type (AGREE ...);
// From/To bound the event's day. Order: newest first.
type EventQuery struct {
	Actor, Source, Target int64
	Plover, From, To      string
	DocID                 string
	Limit, Offset         int
}

// NetworkQuery bounds the network by event day. Limit keeps the heaviest
// edges (0 = all).
type NetworkQuery struct {
	From, To string
	Limit    int
}

// Network is the actor graph: a directed edge source → target per pair of
// actors with at least one event, weighted by the number of events. Events
// without both sides, or whose source is their target, are left out.
// Negated and hypothetical events count like the others (as in Events and
// Timeline, so the three views agree); filter them in Events when needed.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is an actor in the network; Events counts its events in the window.
type Node struct {
	ActorRef
	Events int `json:"events"`
}

// Edge is the events from Source to Target. Tone is "cooperative" when
// Cooperative >= Conflictual, else "conflictual" (see Cooperative).
type Edge struct {
	Source      int64  `json:"source"`
	Target      int64  `json:"target"`
	Weight      int    `json:"weight"`
	Cooperative int    `json:"cooperative"`
	Conflictual int    `json:"conflictual"`
	Tone        string `json:"tone"`
}

// Timeline intervals.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
)

// TimelineQuery counts events per interval (day, week or month; empty =
// day), optionally for one actor (either side) and one PLOVER type.
type TimelineQuery struct {
	Actor            int64
	Plover, Interval string
	From, To         string
}

// Bucket is one interval of a timeline. Start is its first day (weeks start
// on Monday, ISO 8601); empty buckets are omitted; order is ascending.
type Bucket struct {
	Start       string `json:"start"`
	Count       int    `json:"count"`
	Cooperative int    `json:"cooperative"`
	Conflictual int    `json:"conflictual"`
}

// Stats counts stored rows.
type Stats struct {
	Documents int `json:"documents"`
	Actors    int `json:"actors"`
	Quotes    int `json:"quotes"`
	Events    int `json:"events"`
}

// cooperativeTypes are the PLOVER event types counted as cooperation.
// REQUEST counts as cooperative: an appeal is verbal cooperation (CAMEO's
// quad class 1 for 02 APPEAL), not hostility.
var cooperativeTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true,
}

// Cooperative reports whether a PLOVER event type is cooperative; every
// other type is conflictual.
func Cooperative(plover string) bool { return cooperativeTypes[plover] }

// DefaultDSN is the database used when none is given: a SQLite file in the
// working directory.
const DefaultDSN = "parley.db"
