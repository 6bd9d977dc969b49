package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
	"github.com/parley-nlp/parley/store/storetest"
)

const (
	crashDocs  = 400
	crashBatch = 5
)

func crashBatchDocs(from int) []*document.Document {
	var docs []*document.Document
	for i := from; i < from+crashBatch && i < crashDocs; i++ {
		d := storetest.Geneva()
		d.ID = fmt.Sprintf("crash-%04d", i)
		docs = append(docs, d)
	}
	return docs
}

// TestCrashChild is the writer that TestKill9 kills; it does nothing in a
// normal run.
func TestCrashChild(t *testing.T) {
	path := os.Getenv("PARLEY_CRASH_DB")
	if path == "" {
		t.Skip("only run as TestKill9's child process")
	}
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < crashDocs; i += crashBatch {
		if _, err := s.SaveBatch(context.Background(), crashBatchDocs(i)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestKill9 kills a writing process with SIGKILL in the middle of ingest and
// checks that the SQLite file is intact, holds only whole batches, and that
// a rerun stores exactly the missing documents.
func TestKill9(t *testing.T) {
	if os.Getenv("PARLEY_CRASH_DB") != "" {
		t.Skip("child")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), "PARLEY_CRASH_DB="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	deadline := time.Now().Add(20 * time.Second)
	killed := false
	for !killed && time.Now().Before(deadline) {
		var n int
		if raw.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n) == nil && n >= 50 {
			cmd.Process.Kill() // SIGKILL
			killed = true
			break
		}
		select {
		case <-done:
			t.Fatal("writer finished before it could be killed")
		case <-time.After(2 * time.Millisecond):
		}
	}
	if !killed {
		t.Fatal("writer stored nothing in 20 s")
	}
	<-done
	raw.Close()

	raw, err = sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	var check string
	if err := raw.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	var docs, events, badDocs int
	raw.QueryRow(`SELECT COUNT(*), (SELECT COUNT(*) FROM events) FROM documents`).Scan(&docs, &events)
	raw.QueryRow(`SELECT COUNT(*) FROM documents d WHERE n_events <> (SELECT COUNT(*) FROM events e WHERE e.doc_seq = d.seq)`).Scan(&badDocs)
	raw.Close()
	if docs%crashBatch != 0 || docs == crashDocs || badDocs != 0 || events != 3*docs {
		t.Fatalf("after kill -9: %d documents (want a multiple of %d below %d), %d events, %d documents with missing layers",
			docs, crashBatch, crashDocs, events, badDocs)
	}
	t.Logf("killed after %d of %d documents", docs, crashDocs)

	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	added := 0
	for i := 0; i < crashDocs; i += crashBatch {
		r, err := s.SaveBatch(ctx, crashBatchDocs(i))
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range r {
			if x.New {
				added++
			}
		}
	}
	st, _ := s.Stats(ctx)
	if added != crashDocs-docs || st.Documents != crashDocs || st.Actors != 3 {
		t.Errorf("rerun added %d (want %d); stats %+v", added, crashDocs-docs, st)
	}
}
