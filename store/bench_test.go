package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
	"github.com/parley-nlp/parley/store/storetest"
)

// BenchmarkSaveSQLite measures storing one new three-event document per
// iteration, in batches of 10.
func BenchmarkSaveSQLite(b *testing.B) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i += 10 {
		var docs = crashBatchDocs(0)[:0]
		for j := i; j < i+10 && j < b.N; j++ {
			d := storetest.Geneva()
			d.ID = fmt.Sprintf("bench-%d", j)
			docs = append(docs, d)
		}
		if _, err := s.SaveBatch(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEventsSQLite measures one page of one event type over 400
// documents (1200 events).
func BenchmarkEventsSQLite(b *testing.B) {
	benchEvents(b, store.EventQuery{Plover: "CONSULT", Limit: 50})
}

// BenchmarkEventsAllSQLite measures the first page of all events.
func BenchmarkEventsAllSQLite(b *testing.B) { benchEvents(b, store.EventQuery{Limit: 50}) }

func benchEvents(b *testing.B, q store.EventQuery) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < crashDocs; i += crashBatch {
		if _, err := s.SaveBatch(ctx, crashBatchDocs(i)); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Events(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActorsSQLite measures the first page of the actor list over
// 10,000 actors in 2,000 documents.
func BenchmarkActorsSQLite(b *testing.B) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 2000; i += 20 {
		var docs []*document.Document
		for j := i; j < i+20; j++ {
			d := storetest.Geneva()
			d.ID = fmt.Sprintf("a-%d", j)
			for k := range d.Actors {
				d.Actors[k].RegistryID = fmt.Sprintf("r-%d-%d", j, k)
				d.Actors[k].Name = fmt.Sprintf("Actor %d %d", j, k)
			}
			docs = append(docs, d)
		}
		if _, err := s.SaveBatch(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Actors(ctx, store.ActorQuery{Limit: 50}); err != nil {
			b.Fatal(err)
		}
	}
}
