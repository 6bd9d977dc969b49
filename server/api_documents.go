package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
)

// postBody is what POST /api/documents accepts.
type postBody struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
}

// maxIDBytes bounds a client-chosen document id.
const maxIDBytes = 200

// documentJSON is the contract JSON of a stored document plus its text and
// metadata (always present, possibly empty), the store ids of its actors
// (ActorIDs[i] is the id of actors[i]) and when it was stored.
type documentJSON struct {
	document.JSONDocument
	Text     string  `json:"text"`
	Title    string  `json:"title"`
	URL      string  `json:"url"`
	Source   string  `json:"source"`
	ActorIDs []int64 `json:"actor_ids"`
	Created  string  `json:"created"`
}

func newDocumentJSON(sd *store.StoredDocument) documentJSON {
	d := sd.Doc
	return documentJSON{JSONDocument: d.ToJSON(true), Text: d.Text, Title: d.Title, URL: d.URL, Source: d.Source,
		ActorIDs: sd.ActorIDs, Created: sd.Created}
}

// readBody reads a request body of at most MaxBodyBytes; the status is 413
// beyond that and 400 for a broken body.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, int, error) {
	if r.ContentLength > MaxBodyBytes {
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body of %d bytes is over the limit of %d bytes", r.ContentLength, MaxBodyBytes)
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is over the limit of %d bytes", MaxBodyBytes)
	}
	if err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("cannot read the request body: %v", err)
	}
	return b, 0, nil
}

// parsePost decodes and checks a POST body.
func parsePost(b []byte) (postBody, error) {
	var p postBody
	if !utf8.Valid(b) {
		return p, errors.New("request body is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&p); err != nil {
		return p, fmt.Errorf("invalid JSON: %v", err)
	}
	if dec.More() {
		return p, errors.New("invalid JSON: more than one value in the body")
	}
	if _, err := dec.Token(); err != io.EOF {
		return p, errors.New("invalid JSON: trailing data after the object")
	}
	switch {
	case strings.TrimSpace(p.Text) == "":
		return p, errors.New(`"text" is required and must not be blank`)
	case strings.IndexByte(p.Text, 0) >= 0:
		return p, errors.New(`"text" must not contain NUL characters`)
	case p.Published == "":
		return p, errors.New(`"published" is required (YYYY-MM-DD)`)
	case store.DayOf(p.Published) == "":
		return p, fmt.Errorf(`"published" must be YYYY-MM-DD (or YYYY-MM, YYYY), not %q`, p.Published)
	case len(p.ID) > maxIDBytes:
		return p, fmt.Errorf(`"id" is longer than %d bytes`, maxIDBytes)
	case strings.ContainsFunc(p.ID, func(r rune) bool { return r < ' ' || r == 0x7f || r == '/' }):
		return p, errors.New(`"id" must not contain control characters or "/"`)
	case strings.TrimSpace(p.ID) != p.ID:
		return p, errors.New(`"id" must not start or end with spaces`)
	}
	for name, v := range map[string]string{"title": p.Title, "url": p.URL, "source": p.Source} {
		if strings.IndexByte(v, 0) >= 0 {
			return p, fmt.Errorf("%q must not contain NUL characters", name)
		}
	}
	return p, nil
}

// postDocument extracts and stores one document: 201 when new, 200 with the
// stored version when its id was already stored.
func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="parley"`)
		writeError(w, http.StatusUnauthorized, "writes need the header Authorization: Bearer TOKEN")
		return
	}
	body, status, err := readBody(w, r)
	if err != nil {
		writeError(w, status, err.Error())
		return
	}
	p, err := parsePost(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if s.extractor == nil {
		writeError(w, http.StatusServiceUnavailable, "this server has no extractor: it cannot accept documents")
		return
	}
	d := document.New(p.ID, p.Published, p.Text)
	d.Title, d.URL, d.Source = p.Title, p.URL, p.Source
	res, err := Ingest(r.Context(), s.store, s.extractor, []*document.Document{d})
	if err != nil {
		var ee *extractError
		if errors.As(err, &ee) {
			s.log.Printf("extract %s: %v", d.ID, err)
			var pe *panicError
			if errors.As(err, &pe) {
				s.log.Printf("%s", pe.stack)
			}
			writeError(w, http.StatusUnprocessableEntity, "extraction failed: "+ee.Error())
			return
		}
		s.writeStoreError(w, r, err)
		return
	}
	sd, err := s.store.Document(r.Context(), res[0].ID)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	s.log.Printf("POST /api/documents %s: new=%v, %d actors, %d quotes, %d events",
		res[0].ID, res[0].New, len(sd.Doc.Actors), len(sd.Doc.Quotes), len(sd.Doc.Events))
	status = http.StatusOK
	if res[0].New {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/documents/"+url.PathEscape(res[0].ID))
	}
	writeJSON(w, status, newDocumentJSON(sd))
}

// panicError is a panic of the extractor turned into an error; the stack
// goes to the server log, not to the client.
type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// extractError is a failure of the extractor, not of the store.
type extractError struct{ err error }

func (e *extractError) Error() string { return e.err.Error() }
func (e *extractError) Unwrap() error { return e.err }

// Ingest extracts and stores docs in one transaction, skipping (without
// extracting) every document whose id is already stored; a document without
// an id gets the store's text-hash id first. It reports, in order, each
// document's id and whether it was new. On error nothing is stored. A
// panicking extractor is an error, not a crash.
func Ingest(ctx context.Context, st store.Store, ex Extractor, docs []*document.Document) ([]store.SaveResult, error) {
	out := make([]store.SaveResult, len(docs))
	var todo []*document.Document
	var where []int
	for i, d := range docs {
		if d.ID == "" {
			d.ID = store.TextID(d.Text)
		}
		out[i].ID = d.ID
		_, err := st.Document(ctx, d.ID)
		if err == nil {
			continue
		}
		if !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if err := safeProcess(ex, d); err != nil {
			return nil, &extractError{err}
		}
		todo = append(todo, d)
		where = append(where, i)
	}
	if len(todo) == 0 {
		return out, nil
	}
	res, err := st.SaveBatch(ctx, todo)
	if err != nil {
		return nil, err
	}
	for j, r := range res {
		out[where[j]] = r
	}
	return out, nil
}

func safeProcess(ex Extractor, d *document.Document) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &panicError{value: p, stack: debug.Stack()}
		}
	}()
	return ex.Process(d)
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	sd, err := s.store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newDocumentJSON(sd))
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	q := store.DocumentQuery{Q: p.str("q"), From: p.date("from"), To: p.date("to"),
		Limit: p.nonNegative("limit"), Offset: p.nonNegative("offset")}
	if p.err != nil {
		s.writeStoreError(w, r, badRequest(p.err))
		return
	}
	page, err := s.store.Documents(r.Context(), q)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// badRequest turns a parameter mistake into a store.ErrInvalid error so that
// one mapping (storeStatus) answers 400; other errors pass through.
func badRequest(err error) error {
	var bp *badParam
	if errors.As(err, &bp) {
		return fmt.Errorf("%w: %s", store.ErrInvalid, bp.msg)
	}
	return err
}
