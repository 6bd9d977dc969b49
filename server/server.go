// Package server is parley's HTTP face: a JSON API and a server-rendered web
// UI over a store.Store, plus POST /api/documents, which extracts and stores
// a document.
//
// Invariants:
//   - Every JSON error is {"error": "message"} with 400 (bad parameter or
//     body), 401 (missing or wrong bearer token on a write), 404 (unknown id
//     or path), 405, 413 (body over MaxBodyBytes) or 500.
//   - Every list answers {"total": N, "items": [...]} and takes limit and
//     offset (limit <= 0 is store.DefaultLimit, above store.MaxLimit is
//     store.MaxLimit).
//   - A write that fails stores nothing (the store saves a document in one
//     transaction); posting a stored document again stores nothing and
//     answers 200 with the stored version.
//   - Every piece of document text reaches HTML through html/template or
//     html.EscapeString; pages forbid inline script by Content-Security-Policy.
package server

import (
	"crypto/subtle"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"strings"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
)

// MaxBodyBytes bounds a request body (413 beyond it).
const MaxBodyBytes = 10 << 20

// Extractor annotates a document in place; *pipeline.Pipeline is one. It
// must be safe for concurrent use on different documents.
type Extractor interface {
	Process(doc *document.Document) error
}

// Options configures a Server.
type Options struct {
	Store store.Store
	// Extractor annotates posted documents; nil makes POST /api/documents
	// answer 503.
	Extractor Extractor
	// Token, when not empty, is the bearer token every write needs.
	Token string
	// Log receives request errors; nil discards them.
	Log *log.Logger
}

// Server serves the API and the UI. Build it with New; it is an http.Handler.
type Server struct {
	store     store.Store
	extractor Extractor
	token     string
	log       *log.Logger
	pages     map[string]*template.Template
	mux       *http.ServeMux
}

// New returns a Server for o. It fails only when o has no store or the
// embedded templates do not parse.
func New(o Options) (*Server, error) {
	if o.Store == nil {
		return nil, fmt.Errorf("server: no store")
	}
	s := &Server{store: o.Store, extractor: o.Extractor, token: strings.TrimSpace(o.Token), log: o.Log}
	if s.log == nil {
		s.log = log.New(discard{}, "", 0)
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = pages
	s.routes()
	return s, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /healthz", s.healthz)

	m.HandleFunc("POST /api/documents", s.postDocument)
	m.HandleFunc("GET /api/documents", s.listDocuments)
	m.HandleFunc("GET /api/documents/{id}", s.getDocument)
	m.HandleFunc("GET /api/actors", s.listActors)
	m.HandleFunc("GET /api/actors/{id}", s.getActor)
	m.HandleFunc("GET /api/quotes", s.listQuotes)
	m.HandleFunc("GET /api/events", s.listEvents)
	m.HandleFunc("GET /api/network", s.getNetwork)
	m.HandleFunc("GET /api/timeline", s.getTimeline)
	m.HandleFunc("GET /api/stats", s.getStats)
	m.HandleFunc("/api/", apiFallback)

	static, _ := fs.Sub(assets, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("GET /{$}", s.pageSearch)
	m.HandleFunc("GET /documents/{id}", s.pageDocument)
	m.HandleFunc("GET /actors", s.pageActors)
	m.HandleFunc("GET /actors/{id}", s.pageActor)
	m.HandleFunc("GET /network", s.pageNetwork)
	m.HandleFunc("GET /timeline", s.pageTimeline)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "No such page: "+r.URL.Path)
	})
	s.mux = m
}

// apiFallback answers API requests no route took: 405 for a known path
// asked with another method, else 404, both as JSON.
func apiFallback(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimSuffix(r.URL.Path, "/")
	allow := ""
	switch {
	case p == "/api/documents":
		allow = "GET, HEAD, POST"
	case p == "/api/actors", p == "/api/quotes", p == "/api/events", p == "/api/network",
		p == "/api/timeline", p == "/api/stats", strings.Count(p, "/") == 3 &&
			(strings.HasPrefix(p, "/api/documents/") || strings.HasPrefix(p, "/api/actors/")):
		allow = "GET, HEAD"
	}
	if allow != "" {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed on "+r.URL.Path+" (allowed: "+allow+")")
		return
	}
	writeError(w, http.StatusNotFound, "no such API endpoint: "+r.Method+" "+r.URL.Path)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	s.mux.ServeHTTP(w, r)
}

// authorized reports whether r may write: always when no token is set, else
// only with "Authorization: Bearer TOKEN".
func (s *Server) authorized(r *http.Request) bool {
	if s.token == "" {
		return true
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.token)) == 1
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.log.Printf("healthz: %v", err)
		writeError(w, http.StatusServiceUnavailable, "store unavailable")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "documents": st.Documents})
}
