package server

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
	"github.com/parley-nlp/parley/store/storetest"
)

func TestAPISQLite(t *testing.T) { runAPISuite(t, openSQLite) }

func TestAPIPostgres(t *testing.T) {
	if os.Getenv("PARLEY_TEST_POSTGRES") == "" {
		t.Skip(noPostgres)
	}
	runAPISuite(t, openPostgres)
}

// runAPISuite runs every API test on a fresh store from open.
func runAPISuite(t *testing.T, open func(*testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, *harness)
	}{
		{"Healthz", testHealthz},
		{"Auth", testAuth},
		{"PostAndRepost", testPostAndRepost},
		{"PostWithoutID", testPostWithoutID},
		{"BadBodies", testBadBodies},
		{"TooLarge", testTooLarge},
		{"FailedWriteStoresNothing", testFailedWrite},
		{"Documents", testDocuments},
		{"Actors", testActors},
		{"Quotes", testQuotes},
		{"Events", testEvents},
		{"EventsCSV", testEventsCSV},
		{"TargetCountry", testTargetCountry},
		{"Network", testNetwork},
		{"Timeline", testTimeline},
		{"Pagination", testPagination},
		{"Errors", testErrors},
		{"ScriptIsEscaped", testScriptEscaped},
		{"Pages", testPages},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, newHarness(t, open(t)))
		})
	}
}

// load posts the three test documents.
func (h *harness) load() {
	h.t.Helper()
	for _, d := range []postBody{docTalks, docBorder, docScript} {
		if status, body := h.post(d); status != http.StatusCreated {
			h.t.Fatalf("POST %s: %d %s", d.ID, status, body)
		}
	}
}

// actorID returns the store id of the actor called name.
func (h *harness) actorID(name string) int64 {
	h.t.Helper()
	var page store.Page[store.Actor]
	h.get("/api/actors?q="+url.QueryEscape(name), 200, &page)
	for _, a := range page.Items {
		if a.Name == name {
			return a.ID
		}
	}
	h.t.Fatalf("no actor %q in %+v", name, page)
	return 0
}

func testHealthz(t *testing.T, h *harness) {
	var got struct {
		Status    string `json:"status"`
		Documents int    `json:"documents"`
	}
	h.get("/healthz", 200, &got)
	if got.Status != "ok" || got.Documents != 0 {
		t.Fatalf("healthz = %+v", got)
	}
}

func testAuth(t *testing.T, h *harness) {
	body, _ := json.Marshal(docTalks)
	for _, hdr := range []map[string]string{
		nil,
		{"Authorization": "Bearer wrong"},
		{"Authorization": testToken},
		{"Authorization": "Basic " + testToken},
	} {
		status, b, head := h.do("POST", "/api/documents", bytes.NewReader(body), hdr)
		if status != http.StatusUnauthorized || !strings.Contains(string(b), `"error"`) || head.Get("WWW-Authenticate") == "" {
			t.Errorf("headers %v: %d %s", hdr, status, b)
		}
	}
	if st := h.stats(); st.Documents != 0 || h.ex.calls.Load() != 0 {
		t.Fatalf("unauthorized writes stored or extracted: %+v, %d calls", st, h.ex.calls.Load())
	}
	if status, b := h.post(docTalks); status != http.StatusCreated {
		t.Fatalf("with the token: %d %s", status, b)
	}
	// Reads need no token.
	h.get("/api/documents/talks", 200, nil)
}

func testPostAndRepost(t *testing.T, h *harness) {
	status, body, head := h.do("POST", "/api/documents", strings.NewReader(mustJSON(docTalks)), h.auth())
	if status != http.StatusCreated {
		t.Fatalf("POST: %d %s", status, body)
	}
	if loc := head.Get("Location"); loc != "/api/documents/talks" {
		t.Errorf("Location = %q", loc)
	}
	var got map[string]any
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "published", "sentences", "actors", "quotes", "times", "events", "text", "title", "url", "source"} {
		if _, ok := got[k]; !ok {
			t.Errorf("response has no %q: %s", k, body)
		}
	}
	if got["id"] != "talks" || got["published"] != "2025-01-10" || got["text"] != docTalks.Text || got["title"] != docTalks.Title ||
		got["url"] != docTalks.URL || got["source"] != docTalks.Source {
		t.Errorf("response metadata = %v", got)
	}
	var doc document.JSONDocument
	json.Unmarshal(body, &doc)
	if len(doc.Actors) != 4 || len(doc.Quotes) != 1 || len(doc.Events) != 2 || len(doc.Times) != 1 {
		t.Errorf("layers: %d actors, %d quotes, %d events, %d times; want 4 1 2 1", len(doc.Actors), len(doc.Quotes), len(doc.Events), len(doc.Times))
	}
	// The contract's code-point offsets select the span's text.
	runes := []rune(docTalks.Text)
	for _, q := range doc.Quotes {
		if string(runes[q.Start:q.End]) != q.Text {
			t.Errorf("quote offsets [%d,%d) select %q, text %q", q.Start, q.End, string(runes[q.Start:q.End]), q.Text)
		}
	}
	before, calls := h.stats(), h.ex.calls.Load()
	// Reposting, even with other metadata, stores nothing and answers the
	// stored version.
	again := docTalks
	again.Title = "Another title"
	status, body2 := h.post(again)
	if status != http.StatusOK {
		t.Fatalf("repost: %d %s", status, body2)
	}
	var got2 map[string]any
	json.Unmarshal(body2, &got2)
	if got2["title"] != docTalks.Title {
		t.Errorf("repost answered title %v, want the stored %q", got2["title"], docTalks.Title)
	}
	if after := h.stats(); after != before {
		t.Errorf("repost changed the store: %+v -> %+v", before, after)
	}
	if h.ex.calls.Load() != calls {
		t.Errorf("repost ran the extractor again")
	}
	// GET answers what POST answered.
	get := h.get("/api/documents/talks", 200, nil)
	var a, b map[string]any
	json.Unmarshal(body, &a)
	json.Unmarshal(get, &b)
	if mustJSON(a) != mustJSON(b) {
		t.Errorf("GET differs from the POST answer:\n%s\n%s", body, get)
	}
}

func testPostWithoutID(t *testing.T, h *harness) {
	p := docBorder
	p.ID = ""
	status, body := h.post(p)
	if status != http.StatusCreated {
		t.Fatalf("POST: %d %s", status, body)
	}
	var d struct{ ID string }
	json.Unmarshal(body, &d)
	if d.ID != store.TextID(p.Text) {
		t.Errorf("id = %q, want the text id %q", d.ID, store.TextID(p.Text))
	}
	if status, body = h.post(p); status != http.StatusOK {
		t.Fatalf("repost: %d %s", status, body)
	}
	if st := h.stats(); st.Documents != 1 {
		t.Errorf("%d documents stored, want 1", st.Documents)
	}
}

func testBadBodies(t *testing.T, h *harness) {
	tests := []struct{ name, body, want string }{
		{"not JSON", `{"text": "Ruritania met Freedonia.", `, "invalid JSON"},
		{"array", `[1, 2]`, "invalid JSON"},
		{"wrong type", `{"text": 5, "published": "2025-01-01"}`, "invalid JSON"},
		{"two objects", `{"text": "a", "published": "2025-01-01"} {}`, "invalid JSON"},
		{"invalid UTF-8", "{\"text\": \"Ruritania \xff\xfe met\", \"published\": \"2025-01-01\"}", "UTF-8"},
		{"no text", `{"published": "2025-01-01"}`, `"text" is required`},
		{"blank text", `{"text": "  \n ", "published": "2025-01-01"}`, `"text" is required`},
		{"NUL in text", `{"text": "a\u0000b", "published": "2025-01-01"}`, "NUL"},
		{"no published", `{"text": "Ruritania met Freedonia."}`, `"published" is required`},
		{"bad published", `{"text": "Ruritania met Freedonia.", "published": "yesterday"}`, `"published" must be`},
		{"slash in id", `{"id": "a/b", "text": "x", "published": "2025-01-01"}`, `"id"`},
		{"long id", `{"id": "` + strings.Repeat("x", 201) + `", "text": "x", "published": "2025-01-01"}`, `"id"`},
	}
	for _, tc := range tests {
		status, b, _ := h.do("POST", "/api/documents", strings.NewReader(tc.body), h.auth())
		var e errorBody
		json.Unmarshal(b, &e)
		if status != http.StatusBadRequest || !strings.Contains(e.Error, tc.want) {
			t.Errorf("%s: %d %s; want 400 with %q", tc.name, status, b, tc.want)
		}
	}
	if st := h.stats(); st.Documents != 0 {
		t.Fatalf("bad bodies stored documents: %+v", st)
	}
}

// chunked hides a reader's length so the server cannot see Content-Length.
type chunked struct{ r io.Reader }

func (c chunked) Read(p []byte) (int, error) { return c.r.Read(p) }

func testTooLarge(t *testing.T, h *harness) {
	big := `{"published": "2025-01-01", "text": "` + strings.Repeat("Ruritania met Freedonia. ", MaxBodyBytes/24) + `"}`
	if len(big) <= MaxBodyBytes {
		t.Fatal("test body is not over the limit")
	}
	for name, body := range map[string]io.Reader{"with length": strings.NewReader(big), "chunked": chunked{strings.NewReader(big)}} {
		status, b, _ := h.do("POST", "/api/documents", body, h.auth())
		if status != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), `"error"`) {
			t.Errorf("%s: %d %.200s", name, status, b)
		}
	}
	if st := h.stats(); st.Documents != 0 {
		t.Fatalf("oversized bodies stored documents: %+v", st)
	}
	// Just under the limit is accepted (padded with JSON whitespace, so the
	// test stores a small document).
	ok := `{"published": "2025-01-01", "text": "Ruritania met Freedonia."` + strings.Repeat(" ", MaxBodyBytes-100) + `}`
	if status, b, _ := h.do("POST", "/api/documents", strings.NewReader(ok), h.auth()); status != http.StatusCreated {
		t.Errorf("body of %d bytes: %d %.200s", len(ok), status, b)
	}
}

// failingExtractor fails, or produces a span the store must refuse.
type failingExtractor struct{ mode string }

func (f failingExtractor) Process(d *document.Document) error {
	switch f.mode {
	case "error":
		return errors.New("model exploded")
	case "panic":
		panic("stage bug")
	}
	d.Sentences = []document.Sentence{{Span: document.Span{Start: 0, End: len(d.Text) + 10}}}
	return nil
}

func testFailedWrite(t *testing.T, h *harness) {
	h.load()
	before := h.stats()
	for _, mode := range []string{"error", "panic", "bad span"} {
		srv, err := New(Options{Store: h.st, Extractor: failingExtractor{mode}})
		if err != nil {
			t.Fatal(err)
		}
		rec := newRecorder()
		req, _ := http.NewRequest("POST", "/api/documents", strings.NewReader(mustJSON(postBody{ID: "new-" + strings.ReplaceAll(mode, " ", "-"),
			Published: "2025-03-01", Text: "Ruritania met Freedonia."})))
		srv.ServeHTTP(rec, req)
		if rec.status < 400 || !strings.Contains(rec.body.String(), `"error"`) {
			t.Errorf("%s: %d %s", mode, rec.status, rec.body.String())
		}
	}
	if after := h.stats(); after != before {
		t.Fatalf("failed writes changed the store: %+v -> %+v", before, after)
	}
	// A server without an extractor refuses writes cleanly.
	srv, _ := New(Options{Store: h.st})
	rec := newRecorder()
	req, _ := http.NewRequest("POST", "/api/documents", strings.NewReader(mustJSON(docTalks)))
	srv.ServeHTTP(rec, req)
	if rec.status != http.StatusServiceUnavailable {
		t.Errorf("no extractor: %d", rec.status)
	}
}

func testDocuments(t *testing.T, h *harness) {
	h.load()
	var page store.Page[store.DocumentSummary]
	h.get("/api/documents", 200, &page)
	if page.Total != 3 || len(page.Items) != 3 || page.Items[0].ID != "script" {
		t.Fatalf("list = %+v", page)
	}
	h.get("/api/documents?q=provocation", 200, &page)
	if page.Total != 1 || page.Items[0].ID != "border" {
		t.Errorf("q=provocation: %+v", page)
	}
	h.get("/api/documents?from=2025-02-01&to=2025-02-10", 200, &page)
	if page.Total != 1 || page.Items[0].ID != "border" {
		t.Errorf("from/to: %+v", page)
	}
	h.get("/api/documents?to=2025-01", 200, &page)
	if page.Total != 1 || page.Items[0].ID != "talks" {
		t.Errorf("to=2025-01: %+v", page)
	}
	var d struct {
		document.JSONDocument
		Text     string  `json:"text"`
		Title    string  `json:"title"`
		URL      string  `json:"url"`
		Source   string  `json:"source"`
		ActorIDs []int64 `json:"actor_ids"`
	}
	h.get("/api/documents/talks", 200, &d)
	if d.ID != "talks" || d.Text != docTalks.Text || d.Title != docTalks.Title || d.URL != docTalks.URL || d.Source != docTalks.Source {
		t.Errorf("document = %+v", d)
	}
	if len(d.ActorIDs) != len(d.Actors) || len(d.Actors) == 0 {
		t.Errorf("actor_ids %v for %d actors", d.ActorIDs, len(d.Actors))
	}
	var e errorBody
	h.get("/api/documents/no-such-doc", 404, &e)
	if e.Error == "" {
		t.Error("404 without a message")
	}
}

func testActors(t *testing.T, h *harness) {
	h.load()
	var page store.Page[store.Actor]
	h.get("/api/actors", 200, &page)
	if page.Total != 4 {
		t.Fatalf("actors = %+v", page)
	}
	h.get("/api/actors?q=brel", 200, &page)
	if page.Total != 1 || page.Items[0].Name != "Tomas Brell" {
		t.Fatalf("q=brel: %+v", page)
	}
	var a store.ActorDetail
	h.get(fmt.Sprintf("/api/actors/%d", page.Items[0].ID), 200, &a)
	if a.Role != "President" || a.Country != "FRE" || a.Documents != 2 || a.Quotes != 1 {
		t.Errorf("actor = %+v", a.Actor)
	}
	// Brell is met in "talks" (target) and threatens in "border" (source).
	if len(a.QuotesBy) != 1 || a.QuotesBy[0].Text != "This is a provocation," {
		t.Errorf("quotes by = %+v", a.QuotesBy)
	}
	if len(a.AsSource) != 1 || a.AsSource[0].Plover != "THREATEN" || len(a.AsTarget) != 1 || a.AsTarget[0].Plover != "CONSULT" {
		t.Errorf("as source %+v, as target %+v", a.AsSource, a.AsTarget)
	}
	if a.Events != 2 {
		t.Errorf("events count = %d, want 2", a.Events)
	}
	h.get("/api/actors/999999", 404, nil)
	h.get("/api/actors/abc", 400, nil)
	h.get("/api/actors/-1", 400, nil)
}

func testQuotes(t *testing.T, h *harness) {
	h.load()
	var page store.Page[store.Quote]
	h.get("/api/quotes", 200, &page)
	if page.Total != 3 {
		t.Fatalf("quotes = %+v", page)
	}
	varga := h.actorID("Anna Varga")
	for _, q := range []string{fmt.Sprint(varga), "Anna%20Varga", "anna%20varga"} {
		h.get("/api/quotes?speaker="+q, 200, &page)
		if page.Total != 2 {
			t.Errorf("speaker=%s: %+v", q, page)
		}
		for _, x := range page.Items {
			if x.Speaker == nil || x.Speaker.ID != varga {
				t.Errorf("speaker=%s: quote by %+v", q, x.Speaker)
			}
		}
	}
	h.get("/api/quotes?speaker=Nobody%20Known", 200, &page)
	if page.Total != 0 || page.Items == nil {
		t.Errorf("unknown speaker: %+v", page)
	}
	h.get("/api/quotes?q=PEACE", 200, &page)
	if page.Total != 1 || page.Items[0].DocID != "talks" {
		t.Errorf("q=PEACE: %+v", page)
	}
	h.get("/api/quotes?from=2025-02-01", 200, &page)
	if page.Total != 2 {
		t.Errorf("from=2025-02-01: %+v", page)
	}
	h.get("/api/quotes?speaker=0", 400, nil)
	h.get("/api/quotes?from=02/01/2025", 400, nil)
}

func eventsString(p store.Page[store.Event]) string {
	var parts []string
	for _, e := range p.Items {
		s, t := "?", "?"
		if e.Source != nil {
			s = e.Source.Name
		}
		if e.Target != nil {
			t = e.Target.Name
		}
		parts = append(parts, fmt.Sprintf("%s %s %s>%s", e.Date, e.Plover, s, t))
	}
	return fmt.Sprintf("%d: %s", p.Total, strings.Join(parts, "; "))
}

func testEvents(t *testing.T, h *harness) {
	h.load()
	rur, fre := h.actorID("Ruritania"), h.actorID("Freedonia")
	tests := []struct{ query, want string }{
		{fmt.Sprintf("source=%d", rur), "2: 2025-02-20 CONSULT Ruritania>Freedonia; 2025-01-10 SUPPORT Ruritania>Freedonia"},
		{fmt.Sprintf("target=%d", rur), "2: 2025-02-03 ACCUSE Freedonia>Ruritania; 2025-02-03 THREATEN Tomas Brell>Ruritania"},
		{fmt.Sprintf("actor=%d", fre), "3: 2025-02-20 CONSULT Ruritania>Freedonia; 2025-02-03 ACCUSE Freedonia>Ruritania; 2025-01-10 SUPPORT Ruritania>Freedonia"},
		{"actor=Freedonia&plover=support", "1: 2025-01-10 SUPPORT Ruritania>Freedonia"},
		{"plover=CONSULT&to=2025-01-31", "1: 2025-01-09 CONSULT Anna Varga>Tomas Brell"},
		{"from=2025-02-01&to=2025-02-28&source=Freedonia", "1: 2025-02-03 ACCUSE Freedonia>Ruritania"},
		{"document=talks", "2: 2025-01-10 SUPPORT Ruritania>Freedonia; 2025-01-09 CONSULT Anna Varga>Tomas Brell"},
	}
	for _, tc := range tests {
		var page store.Page[store.Event]
		h.get("/api/events?"+tc.query, 200, &page)
		if got := eventsString(page); got != tc.want {
			t.Errorf("events?%s\n got %s\nwant %s", tc.query, got, tc.want)
		}
	}
	var all store.Page[store.Event]
	h.get("/api/events", 200, &all)
	if all.Total != 5 || len(all.Items) != 5 {
		t.Errorf("all events: %s", eventsString(all))
	}
	for _, bad := range []string{"plover=HUG", "actor=-3", "from=2025-13-45x", "limit=ten", "offset=-1", "format=xml"} {
		var e errorBody
		h.get("/api/events?"+bad, 400, &e)
		if e.Error == "" {
			t.Errorf("%s: 400 without a message", bad)
		}
	}
}

func testEventsCSV(t *testing.T, h *harness) {
	h.load()
	status, body, hdr := h.do("GET", "/api/events?format=csv&plover=CONSULT", nil, nil)
	if status != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/csv") || hdr.Get("X-Total-Count") != "2" {
		t.Fatalf("csv: %d %v", status, hdr)
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(eventsCSVHeader, ",") {
		t.Fatalf("csv rows = %q", rows)
	}
	for _, r := range rows[1:] {
		if r[3] != "CONSULT" || r[5] != "040" || r[12] != "met" {
			t.Errorf("row %q", r)
		}
	}
}

// testTargetCountry stores events with no target actor that act on a
// country (storetest.Curfew: Target -1, TargetCountry "RUR"; the second
// with no source either) and checks every view of events: JSON (target
// null, target_country set), CSV, the actor page and the document page.
func testTargetCountry(t *testing.T, h *harness) {
	h.load()
	if _, err := h.st.SaveBatch(context.Background(), []*document.Document{storetest.Curfew()}); err != nil {
		t.Fatal(err)
	}
	police := h.actorID("Ruritanian police")
	type ev struct {
		DocID         string          `json:"doc_id"`
		Index         int             `json:"index"`
		Target        json.RawMessage `json:"target"`
		TargetCountry *string         `json:"target_country"`
	}
	str := func(items []ev) string {
		var parts []string
		for _, e := range items {
			c := "<none>"
			if e.TargetCountry != nil {
				c = *e.TargetCountry
			}
			target := string(e.Target)
			if target != "null" {
				target = "actor"
			}
			parts = append(parts, fmt.Sprintf("%s#%d %s %q", e.DocID, e.Index, target, c))
		}
		return strings.Join(parts, "; ")
	}
	for _, tc := range []struct{ query, want string }{
		{"document=kalmar-curfew", `kalmar-curfew#1 null "RUR"; kalmar-curfew#0 null "RUR"`}, // newest first
		{fmt.Sprintf("actor=%d", police), `kalmar-curfew#0 null "RUR"`},
		{fmt.Sprintf("source=%d", police), `kalmar-curfew#0 null "RUR"`},
		{fmt.Sprintf("target=%d", police), ``},
		{"document=talks&plover=SUPPORT", `talks#1 actor "FRE"`},
	} {
		var page struct{ Items []ev }
		h.get("/api/events?"+tc.query, 200, &page)
		if got := str(page.Items); got != tc.want {
			t.Errorf("events?%s\n got %s\nwant %s", tc.query, got, tc.want)
		}
	}
	var actor struct {
		AsSource []ev `json:"as_source"`
		AsTarget []ev `json:"as_target"`
	}
	h.get(fmt.Sprintf("/api/actors/%d", police), 200, &actor)
	if got := str(actor.AsSource); got != `kalmar-curfew#0 null "RUR"` || len(actor.AsTarget) != 0 {
		t.Errorf("actor: as source %s, as target %d", got, len(actor.AsTarget))
	}

	_, body, _ := h.do("GET", "/api/events?format=csv&document=kalmar-curfew", nil, nil)
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv: %q, %v", rows, err)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	for _, r := range rows[1:] {
		got := strings.Join([]string{r[col["source_name"]], r[col["target_id"]], r[col["target_name"]], r[col["target_country"]]}, "|")
		want := "Ruritanian police|||RUR"
		if r[col["index"]] == "1" {
			want = "|||RUR"
		}
		if got != want {
			t.Errorf("csv row %s: %s, want %s", r[col["index"]], got, want)
		}
	}

	// a target actor of no country of its own, acted on at home: the
	// row names the actor and the country acted on
	if _, err := h.st.SaveBatch(context.Background(), []*document.Document{storetest.Arrest()}); err != nil {
		t.Fatal(err)
	}
	_, body, _ = h.do("GET", "/api/events?format=csv&document="+storetest.DocArrest, nil, nil)
	rows, err = csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("csv: %q, %v", rows, err)
	}
	if got := rows[1][col["target_name"]] + "|" + rows[1][col["target_country"]]; got != "Ivo Marek|RUR" {
		t.Errorf("csv row of %s: target %s, want Ivo Marek|RUR", storetest.DocArrest, got)
	}

	country := `<abbr class="country" title="country acted on (no target actor)">RUR</abbr>`
	for _, tc := range []struct {
		path  string
		wants []string
	}{
		{"/documents/kalmar-curfew", []string{
			`title="Event: COERCE, CAMEO 175, Ruritanian police → RUR, 2024-03-21"`,
			`title="Event: COERCE, CAMEO 1723, unknown → RUR"`,
			`<a href="/actors/` + fmt.Sprint(police) + `">Ruritanian police</a> → ` + country}},
		{fmt.Sprintf("/actors/%d", police), []string{"<td>" + country + "</td>"}},
		{"/documents/talks", []string{`title="Event: SUPPORT, CAMEO 051, Ruritania → Freedonia`}},
	} {
		status, body, _ := h.do("GET", tc.path, nil, nil)
		if status != 200 {
			t.Errorf("%s: status %d", tc.path, status)
			continue
		}
		for _, w := range tc.wants {
			if !strings.Contains(string(body), w) {
				t.Errorf("%s: no %s in the page", tc.path, w)
			}
		}
	}
}

func testNetwork(t *testing.T, h *harness) {
	h.load()
	var n store.Network
	h.get("/api/network", 200, &n)
	names := map[int64]string{}
	for _, nd := range n.Nodes {
		names[nd.ID] = nd.Name
	}
	var got []string
	for _, e := range n.Edges {
		got = append(got, fmt.Sprintf("%s>%s %d %s", names[e.Source], names[e.Target], e.Weight, e.Tone))
	}
	want := "Ruritania>Freedonia 2 cooperative; Anna Varga>Tomas Brell 1 cooperative; Freedonia>Ruritania 1 conflictual; Tomas Brell>Ruritania 1 conflictual"
	if strings.Join(got, "; ") != want || len(n.Nodes) != 4 {
		t.Errorf("network\n got %s (%d nodes)\nwant %s", strings.Join(got, "; "), len(n.Nodes), want)
	}
	h.get("/api/network?from=2025-02-01", 200, &n)
	if len(n.Edges) != 3 {
		t.Errorf("from=2025-02-01: %+v", n.Edges)
	}
	h.get("/api/network?to=bad", 400, nil)
}

func testTimeline(t *testing.T, h *harness) {
	h.load()
	type tl struct {
		Interval string
		Total    int
		Items    []store.Bucket
	}
	str := func(x tl) string {
		var p []string
		for _, b := range x.Items {
			p = append(p, fmt.Sprintf("%s %d/%d/%d", b.Start, b.Count, b.Cooperative, b.Conflictual))
		}
		return fmt.Sprintf("%s %d: %s", x.Interval, x.Total, strings.Join(p, ", "))
	}
	tests := []struct{ query, want string }{
		{"", "day 4: 2025-01-09 1/1/0, 2025-01-10 1/1/0, 2025-02-03 2/0/2, 2025-02-20 1/1/0"},
		{"interval=week", "week 3: 2025-01-06 2/2/0, 2025-02-03 2/0/2, 2025-02-17 1/1/0"},
		{"interval=month", "month 2: 2025-01-01 2/2/0, 2025-02-01 3/1/2"},
		{"interval=month&actor=Tomas%20Brell", "month 2: 2025-01-01 1/1/0, 2025-02-01 1/0/1"},
		{"interval=month&plover=ACCUSE", "month 1: 2025-02-01 1/0/1"},
		{"interval=day&limit=1&offset=1", "day 4: 2025-01-10 1/1/0"},
	}
	for _, tc := range tests {
		var x tl
		h.get("/api/timeline?"+tc.query, 200, &x)
		if got := str(x); got != tc.want {
			t.Errorf("timeline?%s\n got %s\nwant %s", tc.query, got, tc.want)
		}
	}
	h.get("/api/timeline?interval=year", 400, nil)
}

func testPagination(t *testing.T, h *harness) {
	h.load()
	for _, path := range []string{"/api/documents", "/api/actors", "/api/quotes", "/api/events"} {
		var all, page struct {
			Total int               `json:"total"`
			Items []json.RawMessage `json:"items"`
		}
		h.get(path, 200, &all)
		h.get(path+"?limit=1&offset=1", 200, &page)
		if all.Total < 2 || page.Total != all.Total || len(page.Items) != 1 || string(page.Items[0]) != string(all.Items[1]) {
			t.Errorf("%s: all %d items, page %+v", path, all.Total, page)
		}
		h.get(path+"?offset=1000", 200, &page)
		if page.Total != all.Total || len(page.Items) != 0 || page.Items == nil {
			t.Errorf("%s?offset=1000: %+v", path, page)
		}
		h.get(path+"?limit=-1", 400, nil)
	}
}

func testErrors(t *testing.T, h *harness) {
	var e errorBody
	h.get("/api/nothing-here", 404, &e)
	if e.Error == "" {
		t.Error("unknown endpoint: no message")
	}
	status, _, _ := h.do("DELETE", "/api/documents/talks", nil, h.auth())
	if status != http.StatusMethodNotAllowed {
		t.Errorf("DELETE: %d", status)
	}
	status, _, _ = h.do("PUT", "/api/documents", strings.NewReader("{}"), h.auth())
	if status != http.StatusMethodNotAllowed {
		t.Errorf("PUT: %d", status)
	}
}

func testScriptEscaped(t *testing.T, h *harness) {
	h.load()
	var d struct{ Text, Title string }
	h.get("/api/documents/script", 200, &d)
	if d.Text != docScript.Text || d.Title != docScript.Title {
		t.Fatalf("the API changed the text: %+v", d)
	}
	for _, path := range []string{"/documents/script", "/", "/?q=script", "/actors/" + fmt.Sprint(h.actorID("Anna Varga"))} {
		page := string(h.get(path, 200, nil))
		for _, bad := range []string{"<script>window", "<b>bold", "<img src=x"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s: raw %q in the page", path, bad)
			}
		}
	}
	page := string(h.get("/documents/script", 200, nil))
	for _, want := range []string{"&lt;script&gt;window.__pwned=1&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt; &amp; co,", "&lt;img src=x onerror="} {
		if !strings.Contains(page, want) {
			t.Errorf("document page lacks the escaped %q", want)
		}
	}
}

func testPages(t *testing.T, h *harness) {
	h.load()
	brell := h.actorID("Tomas Brell")
	tests := []struct {
		path   string
		status int
		wants  []string
	}{
		{"/", 200, []string{"3 documents", "Varga and Brell meet", `href="/documents/talks"`}},
		{"/?q=provocation", 200, []string{"Border tension", `id="search-quotes"`, "This is a provocation,", "Tomas Brell"}},
		{"/?from=nonsense", 400, []string{"from must be"}},
		{"/documents/talks", 200, []string{`class="hl hl-quote"`, `title="Quote (direct), speaker: Anna Varga"`,
			`title="Event: CONSULT, CAMEO 040, Anna Varga → Tomas Brell, 2025-01-09"`, `class="hl hl-time"`, "legend"}},
		{"/documents/nope", 404, []string{"nope"}},
		{"/actors", 200, []string{"Tomas Brell", "Ruritania"}},
		{"/actors?q=varga", 200, []string{"Anna Varga"}},
		{fmt.Sprintf("/actors/%d", brell), 200, []string{"Tomas Brell", "President", "This is a provocation,", `class="chart"`, "THREATEN"}},
		{"/actors/123456", 404, nil},
		{"/actors/x", 400, nil},
		{"/network", 200, []string{`id="network"`, "tone-cooperative", "tone-conflictual", "Tomas Brell"}},
		{"/timeline?interval=month", 200, []string{"2025-02-01", `class="chart"`}},
		{"/timeline?actor=Tomas%20Brell", 200, []string{"Timeline: Tomas Brell"}},
		{"/timeline?interval=hour", 400, nil},
		{"/static/style.css", 200, []string{".hl-quote"}},
		{"/static/app.js", 200, []string{"initNetwork"}},
		{"/no/such/page", 404, nil},
	}
	for _, tc := range tests {
		status, body, hdr := h.do("GET", tc.path, nil, nil)
		if status != tc.status {
			t.Errorf("%s: status %d, want %d", tc.path, status, tc.status)
			continue
		}
		for _, w := range tc.wants {
			if !strings.Contains(string(body), w) {
				t.Errorf("%s: no %q in the page", tc.path, w)
			}
		}
		if !strings.HasPrefix(tc.path, "/static/") && !strings.Contains(hdr.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("%s: no Content-Security-Policy", tc.path)
		}
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// recorder is a minimal http.ResponseWriter for calling ServeHTTP directly.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func newRecorder() *recorder            { return &recorder{header: http.Header{}} }
func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = 200
	}
	return r.body.Write(b)
}
func (r *recorder) WriteHeader(s int) { r.status = s }
