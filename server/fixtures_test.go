package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
)

// The tests use an invented world (Ruritania, Freedonia and two officials)
// and a rule-based fake extractor, so they hold whatever the real
// extraction stages find today.

type fakeActor struct{ name, typ, country, sector, role string }

var fakeActors = []fakeActor{
	{"Anna Varga", "person", "RUR", "GOV", "Foreign Minister"},
	{"Tomas Brell", "person", "FRE", "GOV", "President"},
	{"Ruritania", "state", "RUR", "GOV", ""},
	{"Freedonia", "state", "FRE", "GOV", ""},
}

// fakeTriggers maps a verb to its PLOVER type and CAMEO code.
var fakeTriggers = map[string][2]string{
	"met": {"CONSULT", "040"}, "praised": {"SUPPORT", "051"}, "accused": {"ACCUSE", "112"},
	"threatened": {"THREATEN", "130"}, "signed": {"AGREE", "057"},
}

var (
	fakeDate  = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	fakeQuote = regexp.MustCompile(`"([^"]+)"`)
	fakeWord  = regexp.MustCompile(`[A-Za-z]+`)
	fakeSent  = regexp.MustCompile(`[^.!?]+[.!?]*`)
)

// fakeExtractor annotates: sentences at . ! ?, every occurrence of a known
// actor name, direct quotes between ASCII double quotes (speaker: the
// first person named in the sentence outside the quote), ISO dates, and
// events for a few verbs (source: the actor named last before the verb in
// its sentence; target: the first after it).
type fakeExtractor struct{ calls atomic.Int64 }

func (f *fakeExtractor) Process(d *document.Document) error {
	f.calls.Add(1)
	t := d.Text
	d.Sentences, d.Actors, d.Quotes, d.Times, d.Events = []document.Sentence{}, []document.Actor{}, []document.Quote{}, []document.Time{}, []document.Event{}
	for _, m := range fakeSent.FindAllStringIndex(t, -1) {
		if strings.TrimSpace(t[m[0]:m[1]]) != "" {
			d.Sentences = append(d.Sentences, document.Sentence{Span: document.Span{Start: m[0], End: m[1]}})
		}
	}
	type mention struct{ actor, start, end int }
	var mentions []mention
	for _, a := range fakeActors {
		var ms []document.Mention
		for off := 0; ; {
			i := strings.Index(t[off:], a.name)
			if i < 0 {
				break
			}
			s := document.Span{Start: off + i, End: off + i + len(a.name)}
			ms = append(ms, document.Mention{Span: s, Kind: "name"})
			off = s.End
		}
		if len(ms) == 0 {
			continue
		}
		idx := len(d.Actors)
		d.Actors = append(d.Actors, document.Actor{ID: fmt.Sprintf("A%d", idx+1), Name: a.name, Type: a.typ,
			Country: a.country, Sector: a.sector, Role: a.role, RegistryID: "test:" + strings.ToLower(a.name), Mentions: ms})
		for _, m := range ms {
			mentions = append(mentions, mention{idx, m.Start, m.End})
		}
	}
	sentenceOf := func(off int) int {
		for i, s := range d.Sentences {
			if s.Start <= off && off < s.End {
				return i
			}
		}
		return -1
	}
	for _, m := range fakeQuote.FindAllStringSubmatchIndex(t, -1) {
		q := document.Quote{Span: document.Span{Start: m[2], End: m[3]}, Kind: document.QuoteDirect, Speaker: -1}
		sent := sentenceOf(m[0])
		for _, mn := range mentions {
			if sentenceOf(mn.start) == sent && (mn.end <= m[0] || mn.start >= m[1]) && d.Actors[mn.actor].Type == "person" {
				q.Speaker = mn.actor
				break
			}
		}
		d.Quotes = append(d.Quotes, q)
	}
	for _, m := range fakeDate.FindAllStringIndex(t, -1) {
		d.Times = append(d.Times, document.Time{Span: document.Span{Start: m[0], End: m[1]}, Value: t[m[0]:m[1]], Type: "DATE", Anchor: -1})
	}
	for _, m := range fakeWord.FindAllStringIndex(t, -1) {
		codes, ok := fakeTriggers[t[m[0]:m[1]]]
		if !ok {
			continue
		}
		sent := sentenceOf(m[0])
		e := document.Event{Sentence: sent, Trigger: document.Span{Start: m[0], End: m[1]}, Plover: codes[0], Cameo: codes[1],
			Source: -1, Target: -1, Quote: -1}
		best := -1
		for _, mn := range mentions {
			if sentenceOf(mn.start) != sent {
				continue
			}
			if mn.end <= m[0] && mn.start > best {
				best, e.Source = mn.start, mn.actor
			}
			if mn.start >= m[1] && (e.Target < 0 || mn.start < d.Actors[e.Target].Mentions[0].Start) {
				e.Target = mn.actor
			}
		}
		for _, tm := range d.Times {
			if sentenceOf(tm.Start) == sent {
				e.Date = tm.Value
			}
		}
		d.Events = append(d.Events, e)
	}
	return nil
}

// Invented test documents.
var (
	docTalks = postBody{ID: "talks", Published: "2025-01-10", Title: "Varga and Brell meet",
		Source: "Test Wire", URL: "https://example.test/talks",
		Text: `Anna Varga met Tomas Brell in the capital on 2025-01-09. "We want a lasting peace," Anna Varga said. Ruritania praised Freedonia for the prisoner exchange.`}
	docBorder = postBody{ID: "border", Published: "2025-02-03", Title: "Border tension",
		Text: `Freedonia accused Ruritania of moving troops to the border. "This is a provocation," Tomas Brell said. Tomas Brell threatened Ruritania with sanctions.`}
	docScript = postBody{ID: "script", Published: "2025-02-20", Title: `<img src=x onerror="window.__pwned=2">Headline`,
		Text: `Ruritania met Freedonia. <script>window.__pwned=1</script> "<b>bold</b> & co," Anna Varga said.`}
)

// harness is a Server on a real store, reachable over loopback.
type harness struct {
	t     *testing.T
	st    store.Store
	srv   *Server
	http  *httptest.Server
	ex    *fakeExtractor
	token string
}

const testToken = "s3cret-token"

func newHarness(t *testing.T, st store.Store) *harness {
	t.Helper()
	h := &harness{t: t, st: st, ex: &fakeExtractor{}, token: testToken}
	srv, err := New(Options{Store: st, Extractor: h.ex, Token: testToken, Log: testLog(t)})
	if err != nil {
		t.Fatal(err)
	}
	h.srv = srv
	h.http = httptest.NewServer(srv)
	t.Cleanup(h.http.Close)
	return h
}

// do sends a request and returns status, body and headers.
func (h *harness) do(method, path string, body io.Reader, header map[string]string) (int, []byte, http.Header) {
	h.t.Helper()
	req, err := http.NewRequest(method, h.http.URL+path, body)
	if err != nil {
		h.t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := h.http.Client().Do(req)
	if err != nil {
		h.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	return resp.StatusCode, b, resp.Header
}

func (h *harness) auth() map[string]string {
	return map[string]string{"Authorization": "Bearer " + h.token, "Content-Type": "application/json"}
}

func (h *harness) post(p postBody) (int, []byte) {
	h.t.Helper()
	b, _ := json.Marshal(p)
	status, body, _ := h.do("POST", "/api/documents", bytes.NewReader(b), h.auth())
	return status, body
}

// get fetches path, wants status and decodes the JSON body into v (when v
// is not nil).
func (h *harness) get(path string, status int, v any) []byte {
	h.t.Helper()
	got, body, hdr := h.do("GET", path, nil, nil)
	if got != status {
		h.t.Fatalf("GET %s: status %d, want %d; body %s", path, got, status, body)
	}
	if v != nil {
		if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			h.t.Fatalf("GET %s: Content-Type %q", path, ct)
		}
		if err := json.Unmarshal(body, v); err != nil {
			h.t.Fatalf("GET %s: %v in %s", path, err, body)
		}
	}
	return body
}

func (h *harness) stats() store.Stats {
	h.t.Helper()
	st, err := h.st.Stats(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return st
}

// testLog sends the server's log to t.Log.
func testLog(t *testing.T) *log.Logger { return log.New(testWriter{t}, "server: ", 0) }

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// openSQLite opens a store in a new temp file.
func openSQLite(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

var pgSchemas atomic.Int64

const noPostgres = "PARLEY_TEST_POSTGRES is not set: no PostgreSQL to test against (.ci/run sets it)"

// openPostgres opens a store in a fresh schema of the PostgreSQL named by
// PARLEY_TEST_POSTGRES, or skips.
func openPostgres(t *testing.T) store.Store {
	t.Helper()
	dsn := os.Getenv("PARLEY_TEST_POSTGRES")
	if dsn == "" {
		t.Skip(noPostgres)
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect %s: %v", dsn, err)
	}
	schema := fmt.Sprintf("parley_server_test_%d_%d", time.Now().UnixNano(), pgSchemas.Add(1))
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	st, err := store.Open(ctx, dsn+sep+"search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		st.Close()
		admin.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close(context.Background())
	})
	return st
}
