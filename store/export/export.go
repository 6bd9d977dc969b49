// Package export writes what a store holds in exchange formats: events as
// CSV, documents as contract JSONL, events as PLOVER JSONL records (PLOVER
// manual, "Data Fields": id, date, actor, recipient, event, mode, context,
// text). Lists are read page by page, so memory does not grow with the
// store; items come newest first, as the store lists them.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/parley-nlp/parley/store"
)

// Filter bounds an export by date (inclusive YYYY-MM-DD; events by their
// day, documents by publication).
type Filter struct {
	From, To string
}

// eachEvent calls fn for every event in the window.
func eachEvent(ctx context.Context, s store.Store, f Filter, fn func(store.Event) error) error {
	for offset := 0; ; {
		p, err := s.Events(ctx, store.EventQuery{From: f.From, To: f.To, Limit: store.MaxLimit, Offset: offset})
		if err != nil {
			return err
		}
		for _, e := range p.Items {
			if err := fn(e); err != nil {
				return err
			}
		}
		offset += len(p.Items)
		if len(p.Items) == 0 || offset >= p.Total {
			return nil
		}
	}
}

// CSVHeader is the header row of CSV.
var CSVHeader = []string{"doc_id", "event", "date", "plover", "mode", "cameo",
	"source_id", "source", "source_country", "source_sector",
	"target_id", "target", "target_country", "target_sector",
	"trigger", "negated", "hypothetical", "in_quote", "sentence"}

// CSV writes one row per event (RFC 4180 quoting); it returns the number
// of events written. An event with no target actor that acts on a country
// (a domestic act) has that country in target_country and the other target
// columns empty; a target actor of no country of its own, acted on at home,
// has its columns and the country acted on.
func CSV(ctx context.Context, s store.Store, w io.Writer, f Filter) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return 0, err
	}
	n := 0
	side := func(r *store.ActorRef, country string) []string {
		if r == nil {
			return []string{"", "", country, ""}
		}
		if country == "" {
			country = r.Country // a source's; a target's comes resolved from the store
		}
		return []string{strconv.FormatInt(r.ID, 10), r.Name, country, r.Sector}
	}
	err := eachEvent(ctx, s, f, func(e store.Event) error {
		row := []string{e.DocID, strconv.Itoa(e.Index), e.Date, e.Plover, e.Mode, e.Cameo}
		row = append(row, side(e.Source, "")...)
		row = append(row, side(e.Target, e.TargetCountry)...)
		row = append(row, e.Trigger, strconv.FormatBool(e.Negated), strconv.FormatBool(e.Hypothetical),
			strconv.FormatBool(e.InQuote), e.SentenceText)
		n++
		return cw.Write(row)
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	return n, err
}

// JSONL writes every document's contract JSON, one per line (with its text
// when withText); it returns the number of documents written.
func JSONL(ctx context.Context, s store.Store, w io.Writer, f Filter, withText bool) (int, error) {
	n := 0
	for offset := 0; ; {
		p, err := s.Documents(ctx, store.DocumentQuery{From: f.From, To: f.To, Limit: store.MaxLimit, Offset: offset})
		if err != nil {
			return n, err
		}
		for _, sum := range p.Items {
			d, err := s.Document(ctx, sum.ID)
			if err != nil {
				return n, err
			}
			b, err := d.Doc.MarshalContract(withText)
			if err != nil {
				return n, fmt.Errorf("export: %s: %w", sum.ID, err)
			}
			if _, err := w.Write(append(b, '\n')); err != nil {
				return n, err
			}
			n++
		}
		offset += len(p.Items)
		if len(p.Items) == 0 || offset >= p.Total {
			return n, nil
		}
	}
}

// PloverEntity is an entity object of a PLOVER record.
type PloverEntity struct {
	Code         string `json:"code,omitempty"`
	Sector       string `json:"sector,omitempty"`
	EntityText   string `json:"entity_text"`
	IdentifierID string `json:"identifier_id"`
}

// PloverRecord is one PLOVER event record. Recipient is absent when the
// event has neither a target actor nor a target country; a target country
// alone is an entity with only its code. Negation and hypothetical events
// carry the auxiliary modes "negation" and "hypothetical" in Context, where
// the manual puts them. DocID is our addition (providers may add fields).
type PloverRecord struct {
	ID        string         `json:"id"`
	Date      *string        `json:"date"`
	Actor     []PloverEntity `json:"actor"`
	Recipient []PloverEntity `json:"recipient,omitempty"`
	Event     []string       `json:"event"`
	Mode      []string       `json:"mode"`
	Context   []string       `json:"context"`
	EventText []string       `json:"event_text"`
	Text      string         `json:"text"`
	Coder     string         `json:"coder"`
	DocID     string         `json:"doc_id"`
	Cameo     string         `json:"cameo,omitempty"`
}

// Plover converts one stored event.
func Plover(e store.Event) PloverRecord {
	ent := func(r *store.ActorRef) []PloverEntity {
		if r == nil {
			return []PloverEntity{}
		}
		return []PloverEntity{{Code: r.Country, Sector: r.Sector, EntityText: r.Name, IdentifierID: "parley:" + strconv.FormatInt(r.ID, 10)}}
	}
	rec := PloverRecord{
		ID: fmt.Sprintf("%s-e%d", e.DocID, e.Index), Actor: ent(e.Source), Event: []string{e.Plover},
		Mode: []string{}, Context: []string{}, EventText: []string{e.Trigger}, Text: e.SentenceText,
		Coder: "parley", DocID: e.DocID, Cameo: e.Cameo,
	}
	if e.Date != "" {
		d := e.Date
		rec.Date = &d
	}
	if e.Target != nil {
		rec.Recipient = ent(e.Target)
		// the country the store resolved: the actor's, or the one acted
		// on at home when the actor has none
		rec.Recipient[0].Code = e.TargetCountry
	} else if e.TargetCountry != "" {
		// No actor named, a country acted on: the recipient is the country.
		rec.Recipient = []PloverEntity{{Code: e.TargetCountry}}
	}
	if e.Mode != "" {
		rec.Mode = append(rec.Mode, e.Mode)
	}
	if e.Negated {
		rec.Context = append(rec.Context, "negation")
	}
	if e.Hypothetical {
		rec.Context = append(rec.Context, "hypothetical")
	}
	return rec
}

// PLOVER writes one PLOVER JSON record per event and line; it returns the
// number of events written.
func PLOVER(ctx context.Context, s store.Store, w io.Writer, f Filter) (int, error) {
	n := 0
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := eachEvent(ctx, s, f, func(e store.Event) error {
		n++
		return enc.Encode(Plover(e))
	})
	return n, err
}
