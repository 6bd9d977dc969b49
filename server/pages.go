package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
)

//go:embed templates/*.html static/*
var assets embed.FS

// pageNames are the templates/*.html files that are whole pages; each is
// parsed together with layout.html.
var pageNames = []string{"search", "document", "actors", "actor", "network", "timeline", "error"}

var funcs = template.FuncMap{
	// query builds "?k=v&..." from pairs, leaving out empty values.
	"query": func(kv ...any) template.URL {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			if s := fmt.Sprint(kv[i+1]); s != "" && s != "0" {
				v.Set(fmt.Sprint(kv[i]), s)
			}
		}
		if len(v) == 0 {
			return ""
		}
		return template.URL("?" + v.Encode())
	},
	"add":     func(a, b int) int { return a + b },
	"sub":     func(a, b int) int { return a - b },
	"pathEsc": url.PathEscape,
}

func parsePages() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("server: templates: %w", err)
		}
		out[name] = t
	}
	return out, nil
}

// render executes page into a buffer first, so a template error becomes a
// clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, status int, page, title string, data any) {
	var buf bytes.Buffer
	err := s.pages[page].Execute(&buf, map[string]any{"Title": title, "Page": page, "Data": data})
	if err != nil {
		s.log.Printf("render %s: %v", page, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, status, "error", http.StatusText(status), map[string]any{"Status": status, "Message": msg})
}

func (s *Server) pageStoreError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.storeStatus(r.Context(), badRequest(err))
	s.pageError(w, r, status, msg)
}

// pager is the previous/next links of a list page.
type pager struct {
	Total, Offset, Limit int
	Prev, Next           template.URL
}

func newPager(r *http.Request, total, offset, limit int) pager {
	p := pager{Total: total, Offset: offset, Limit: limit}
	link := func(off int) template.URL {
		v := r.URL.Query()
		v.Set("offset", strconv.Itoa(off))
		return template.URL("?" + v.Encode())
	}
	if offset > 0 {
		p.Prev = link(max(0, offset-limit))
	}
	if offset+limit < total {
		p.Next = link(offset + limit)
	}
	return p
}

const pageLimit = 25

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := store.DocumentQuery{Q: p.str("q"), From: p.date("from"), To: p.date("to"), Limit: pageLimit, Offset: p.nonNegative("offset")}
	if p.err != nil {
		s.pageStoreError(w, r, p.err)
		return
	}
	docs, err := s.store.Documents(r.Context(), q)
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	actors, err := s.store.Actors(r.Context(), store.ActorQuery{Limit: 12})
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	stats, err := s.store.Stats(r.Context())
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	// A search also looks for the words said: quotes containing the query.
	quotes := store.Page[store.Quote]{Items: []store.Quote{}}
	if q.Q != "" {
		if quotes, err = s.store.Quotes(r.Context(), store.QuoteQuery{Q: q.Q, From: q.From, To: q.To, Limit: 10}); err != nil {
			s.pageStoreError(w, r, err)
			return
		}
	}
	s.render(w, http.StatusOK, "search", "Search", map[string]any{
		"Query": q, "Docs": docs.Items, "Pager": newPager(r, docs.Total, q.Offset, pageLimit),
		"Actors": actors.Items, "Stats": stats, "Quotes": quotes})
}

// docActor is an actor in the document page's side list.
type docActor struct {
	document.Actor
	StoreID int64
	Key     string
}

type docQuote struct {
	Text, Kind, Speaker, Key string
	SpeakerID                int64
}

type docTime struct{ Text, Value, Type, Key string }

// docEvent is an event in the document page. TargetCountry is the country
// acted on when no actor is the target (Target is then empty).
type docEvent struct {
	Trigger, Plover, Cameo, Mode, Source, Target, Date, Key string
	TargetCountry                                           string
	SourceID, TargetID                                      int64
	Negated, Hypothetical                                   bool
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	sd, err := s.store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	d := sd.Doc
	storeID := func(i int) int64 {
		if i >= 0 && i < len(sd.ActorIDs) {
			return sd.ActorIDs[i]
		}
		return 0
	}
	actorName := func(i int) string {
		if i >= 0 && i < len(d.Actors) {
			return d.Actors[i].Name
		}
		return ""
	}
	var anns []annotation
	var actors []docActor
	for i, a := range d.Actors {
		key := annKey("actor", i)
		actors = append(actors, docActor{Actor: a, StoreID: storeID(i), Key: key})
		title := "Actor: " + a.Name + describeActor(a)
		for _, m := range a.Mentions {
			anns = append(anns, annotation{start: m.Start, end: m.End, layer: "actor", key: key, title: title})
		}
	}
	var quotes []docQuote
	for i, q := range d.Quotes {
		key := annKey("quote", i)
		speaker := actorName(q.Speaker)
		quotes = append(quotes, docQuote{Text: safeSpan(d, q.Span), Kind: q.Kind, Speaker: speaker, SpeakerID: storeID(q.Speaker), Key: key})
		anns = append(anns, annotation{start: q.Start, end: q.End, layer: "quote", key: key,
			title: fmt.Sprintf("Quote (%s), speaker: %s", q.Kind, orUnknown(speaker))})
	}
	var times []docTime
	for i, t := range d.Times {
		key := annKey("time", i)
		times = append(times, docTime{Text: safeSpan(d, t.Span), Value: t.Value, Type: t.Type, Key: key})
		anns = append(anns, annotation{start: t.Start, end: t.End, layer: "time", key: key,
			title: fmt.Sprintf("Time: %s (%s)", orUnknown(t.Value), t.Type)})
	}
	var events []docEvent
	for i, e := range d.Events {
		key := annKey("event", i)
		ev := docEvent{Trigger: safeSpan(d, e.Trigger), Plover: e.Plover, Cameo: e.Cameo, Mode: e.Mode,
			Source: actorName(e.Source), Target: actorName(e.Target), Date: e.Date, Key: key,
			SourceID: storeID(e.Source), TargetID: storeID(e.Target), Negated: e.Negated, Hypothetical: e.Hypothetical}
		if ev.Target == "" {
			ev.TargetCountry = e.TargetCountry
		}
		events = append(events, ev)
		anns = append(anns, annotation{start: e.Trigger.Start, end: e.Trigger.End, layer: "event", key: key,
			title: eventTitle(ev)})
	}
	s.render(w, http.StatusOK, "document", or(d.Title, d.ID), map[string]any{
		"Doc": d, "Created": sd.Created, "HTML": highlight(d.Text, anns),
		"Actors": actors, "Quotes": quotes, "Times": times, "Events": events})
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func orUnknown(s string) string { return or(s, "unknown") }

// safeSpan is the text of sp, or "" when sp does not fit the text.
func safeSpan(d *document.Document, sp document.Span) string {
	if sp.Start < 0 || sp.Start > sp.End || sp.End > len(d.Text) {
		return ""
	}
	return d.Text[sp.Start:sp.End]
}

func describeActor(a document.Actor) string {
	var parts []string
	for _, p := range []string{a.Role, a.Type, a.Country, a.Sector} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func eventTitle(e docEvent) string {
	t := "Event: " + e.Plover
	if e.Mode != "" {
		t += "/" + e.Mode
	}
	if e.Cameo != "" {
		t += ", CAMEO " + e.Cameo
	}
	t += ", " + orUnknown(e.Source) + " → " + orUnknown(or(e.Target, e.TargetCountry))
	if e.Date != "" {
		t += ", " + e.Date
	}
	if e.Negated {
		t += ", negated"
	}
	if e.Hypothetical {
		t += ", hypothetical"
	}
	return t
}

func (s *Server) pageActors(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := store.ActorQuery{Q: p.str("q"), Limit: pageLimit, Offset: p.nonNegative("offset")}
	if p.err != nil {
		s.pageStoreError(w, r, p.err)
		return
	}
	actors, err := s.store.Actors(r.Context(), q)
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	s.render(w, http.StatusOK, "actors", "Actors", map[string]any{
		"Query": q, "Actors": actors.Items, "Pager": newPager(r, actors.Total, q.Offset, pageLimit)})
}

// autoInterval picks the timeline interval for days spanning first..last:
// about a few dozen bars at most.
func autoInterval(buckets []store.Bucket) string {
	if len(buckets) < 2 {
		return store.Day
	}
	first, last := buckets[0].Start, buckets[len(buckets)-1].Start
	switch {
	case dayDiff(first, last) > 120:
		return store.Month
	case dayDiff(first, last) > 40:
		return store.Week
	}
	return store.Day
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	id, err := actorID(r)
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	a, err := s.store.Actor(r.Context(), id)
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	buckets, interval, err := s.timeline(r, store.TimelineQuery{Actor: id})
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	s.render(w, http.StatusOK, "actor", a.Name, map[string]any{
		"Actor": a, "Chart": newBarChart(buckets), "Interval": interval})
}

// timeline runs q; with no interval it picks one from the span of the data.
func (s *Server) timeline(r *http.Request, q store.TimelineQuery) ([]store.Bucket, string, error) {
	if q.Interval != "" {
		b, err := s.store.Timeline(r.Context(), q)
		return b, q.Interval, err
	}
	q.Interval = store.Day
	b, err := s.store.Timeline(r.Context(), q)
	if err != nil {
		return nil, "", err
	}
	if iv := autoInterval(b); iv != store.Day {
		q.Interval = iv
		b, err = s.store.Timeline(r.Context(), q)
	}
	return b, q.Interval, err
}

func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := store.NetworkQuery{From: p.date("from"), To: p.date("to"), Limit: p.nonNegative("limit")}
	if q.Limit == 0 {
		q.Limit = 150
	}
	if p.err != nil {
		s.pageStoreError(w, r, p.err)
		return
	}
	n, err := s.store.Network(r.Context(), q)
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	s.render(w, http.StatusOK, "network", "Network", map[string]any{"Query": q, "Net": newNetLayout(n)})
}

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := s.timelineQuery(r, &p)
	if p.err != nil {
		s.pageStoreError(w, r, p.err)
		return
	}
	buckets, interval, err := s.timeline(r, q)
	if err != nil {
		s.pageStoreError(w, r, err)
		return
	}
	var actor *store.ActorDetail
	if q.Actor > 0 {
		if actor, err = s.store.Actor(r.Context(), q.Actor); err != nil {
			actor = nil
		}
	}
	s.render(w, http.StatusOK, "timeline", "Timeline", map[string]any{
		"Query": q, "ActorParam": p.str("actor"), "Actor": actor, "Interval": interval,
		"Chart": newBarChart(buckets), "Buckets": buckets, "Plovers": ploverTypes})
}
