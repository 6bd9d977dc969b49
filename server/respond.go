package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/parley-nlp/parley/store"
)

// writeJSON writes v as indented-free JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"cannot encode the response"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Error: msg})
}

// storeStatus maps a store error to an HTTP status and a message safe to
// show: bad query arguments and unknown ids are the client's, anything else
// is logged and reported as an internal error.
func (s *Server) storeStatus(ctx context.Context, err error) (int, string) {
	switch {
	case errors.Is(err, store.ErrInvalid):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, context.Canceled), ctx.Err() != nil:
		return http.StatusServiceUnavailable, "request cancelled"
	}
	s.log.Printf("store: %v", err)
	return http.StatusInternalServerError, "internal error (see the server log)"
}

func (s *Server) writeStoreError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.storeStatus(r.Context(), err)
	writeError(w, status, msg)
}

// badParam is a query parameter the client got wrong (400).
type badParam struct{ msg string }

func (e *badParam) Error() string { return e.msg }
