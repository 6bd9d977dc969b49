package server

import (
	"encoding/csv"
	"net/http"
	"strconv"

	"github.com/parley-nlp/parley/store"
)

func (s *Server) listActors(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := store.ActorQuery{Q: p.str("q"), Limit: p.nonNegative("limit"), Offset: p.nonNegative("offset")}
	if p.err != nil {
		s.writeStoreError(w, r, badRequest(p.err))
		return
	}
	page, err := s.store.Actors(r.Context(), q)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// actorID parses the {id} of an actor path: a positive integer.
func actorID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest(&badParam{"actor id must be a positive integer, not " + strconv.Quote(s)})
	}
	return id, nil
}

func (s *Server) getActor(w http.ResponseWriter, r *http.Request) {
	id, err := actorID(r)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	a, err := s.store.Actor(r.Context(), id)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) listQuotes(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := store.QuoteQuery{Q: p.str("q"), From: p.date("from"), To: p.date("to"), DocID: p.str("document"),
		Limit: p.nonNegative("limit"), Offset: p.nonNegative("offset")}
	q.Speaker = p.actor(r.Context(), s.store, "speaker")
	if p.err != nil {
		s.writeStoreError(w, r, badRequest(p.err))
		return
	}
	page, err := s.store.Quotes(r.Context(), q)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// eventQuery reads the filters of /api/events.
func (s *Server) eventQuery(r *http.Request) (store.EventQuery, error) {
	p := params{v: r.URL.Query()}
	q := store.EventQuery{Plover: p.plover("plover"), From: p.date("from"), To: p.date("to"), DocID: p.str("document"),
		Limit: p.nonNegative("limit"), Offset: p.nonNegative("offset")}
	q.Actor = p.actor(r.Context(), s.store, "actor")
	q.Source = p.actor(r.Context(), s.store, "source")
	q.Target = p.actor(r.Context(), s.store, "target")
	return q, badRequest(p.err)
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format != "" && format != "json" && format != "csv" {
		writeError(w, http.StatusBadRequest, "format must be json or csv, not "+strconv.Quote(format))
		return
	}
	q, err := s.eventQuery(r)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	page, err := s.store.Events(r.Context(), q)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	if format == "csv" {
		writeEventsCSV(w, page)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// eventsCSVHeader names the columns of /api/events?format=csv.
var eventsCSVHeader = []string{"doc_id", "index", "date", "plover", "mode", "cameo",
	"source_id", "source_name", "source_country", "target_id", "target_name", "target_country",
	"trigger", "negated", "hypothetical", "in_quote", "sentence_text"}

// writeEventsCSV writes one page of events; the total goes in X-Total-Count.
// An event acting on a country with no target actor has that country in
// target_country and the other target columns empty.
func writeEventsCSV(w http.ResponseWriter, page store.Page[store.Event]) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="events.csv"`)
	w.Header().Set("X-Total-Count", strconv.Itoa(page.Total))
	cw := csv.NewWriter(w)
	cw.Write(eventsCSVHeader)
	side := func(a *store.ActorRef, country string) []string {
		if a == nil {
			return []string{"", "", country}
		}
		if country == "" {
			country = a.Country // a source's; a target's comes resolved from the store
		}
		return []string{strconv.FormatInt(a.ID, 10), a.Name, country}
	}
	for _, e := range page.Items {
		row := []string{e.DocID, strconv.Itoa(e.Index), e.Date, e.Plover, e.Mode, e.Cameo}
		row = append(row, side(e.Source, "")...)
		row = append(row, side(e.Target, e.TargetCountry)...)
		row = append(row, e.Trigger, strconv.FormatBool(e.Negated), strconv.FormatBool(e.Hypothetical),
			strconv.FormatBool(e.InQuote), e.SentenceText)
		cw.Write(row)
	}
	cw.Flush()
}

func (s *Server) getNetwork(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := store.NetworkQuery{From: p.date("from"), To: p.date("to"), Limit: p.nonNegative("limit")}
	if p.err != nil {
		s.writeStoreError(w, r, badRequest(p.err))
		return
	}
	n, err := s.store.Network(r.Context(), q)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, n)
}

// timelinePage is /api/timeline's answer: a list of buckets like every list,
// plus the interval used.
type timelinePage struct {
	Interval string         `json:"interval"`
	Total    int            `json:"total"`
	Items    []store.Bucket `json:"items"`
}

// timelineQuery reads the filters of /api/timeline and the timeline page.
func (s *Server) timelineQuery(r *http.Request, p *params) store.TimelineQuery {
	q := store.TimelineQuery{Plover: p.plover("plover"), Interval: p.str("interval"), From: p.date("from"), To: p.date("to")}
	switch q.Interval {
	case "", store.Day, store.Week, store.Month:
	default:
		p.fail("interval must be day, week or month, not %q", q.Interval)
	}
	q.Actor = p.actor(r.Context(), s.store, "actor")
	return q
}

func (s *Server) getTimeline(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := s.timelineQuery(r, &p)
	limit, offset := p.nonNegative("limit"), p.nonNegative("offset")
	if p.err != nil {
		s.writeStoreError(w, r, badRequest(p.err))
		return
	}
	buckets, err := s.store.Timeline(r.Context(), q)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	out := timelinePage{Interval: q.Interval, Total: len(buckets), Items: paginate(buckets, limit, offset)}
	if out.Interval == "" {
		out.Interval = store.Day
	}
	writeJSON(w, http.StatusOK, out)
}

// paginate applies limit/offset with the store's bounds to an in-memory list.
func paginate[T any](xs []T, limit, offset int) []T {
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	limit = min(limit, store.MaxLimit)
	if offset >= len(xs) {
		return []T{}
	}
	return xs[offset:min(len(xs), offset+limit)]
}

func (s *Server) getStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}
