package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/store"
)

const crashFiles = 300

// TestIngestCrashChild is the ingest that TestIngestKill9 kills; it does
// nothing in a normal run.
func TestIngestCrashChild(t *testing.T) {
	dir, db := os.Getenv("PARLEY_CRASH_DIR"), os.Getenv("PARLEY_CRASH_DB")
	if dir == "" {
		t.Skip("only run as TestIngestKill9's child process")
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	in, _ := New(s, Options{Pipeline: &pipeline.Pipeline{Stages: []pipeline.Stage{fakeStage{}}}, BatchSize: 4, Workers: 2})
	in.Run(context.Background(), []string{dir})
}

// TestIngestKill9 kills `ingest` with SIGKILL midway: the database holds
// whole batches only, and running the same ingest again stores exactly the
// rest.
func TestIngestKill9(t *testing.T) {
	if os.Getenv("PARLEY_CRASH_DIR") != "" {
		t.Skip("child")
	}
	dir := t.TempDir()
	for i := 0; i < crashFiles; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("n%03d.txt", i)), fmt.Sprintf("Negotiators met for round %d of the talks.", i))
	}
	db := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestCrashChild$")
	cmd.Env = append(os.Environ(), "PARLEY_CRASH_DIR="+dir, "PARLEY_CRASH_DB="+db)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	raw, err := sql.Open("sqlite", "file:"+db+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	killed := false
	for deadline := time.Now().Add(20 * time.Second); !killed && time.Now().Before(deadline); {
		var n int
		if raw.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n) == nil && n >= 20 {
			cmd.Process.Kill()
			killed = true
			break
		}
		select {
		case <-done:
			t.Fatal("ingest finished before it could be killed")
		case <-time.After(time.Millisecond):
		}
	}
	if !killed {
		t.Fatal("ingest stored nothing in 20 s")
	}
	<-done
	var check string
	var n int
	raw.QueryRow(`PRAGMA integrity_check`).Scan(&check)
	raw.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n)
	raw.Close()
	if check != "ok" || n%4 != 0 || n >= crashFiles {
		t.Fatalf("after kill -9: integrity %q, %d documents (want whole batches of 4, fewer than %d)", check, n, crashFiles)
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, _ := ingest(t, s, Options{}, dir)
	if p.New != crashFiles-n || p.Existing != n || p.Failed != 0 {
		t.Errorf("rerun after %d stored: %+v", n, p)
	}
}
