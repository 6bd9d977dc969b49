package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/examples"
	"github.com/parley-nlp/parley/server"
	"github.com/parley-nlp/parley/store"
)

// runDemo ingests the bundled example articles into a local SQLite file
// (again and again without duplicating them) and serves the web UI on it.
func runDemo(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("demo", "[--db parley-demo.db] [--addr 127.0.0.1:8080]", stdout, stderr)
	dsn := fs.String("db", "parley-demo.db", "SQLite file (or postgres://...) to load the examples into")
	addr := fs.String("addr", "127.0.0.1:8080", "address to serve the web UI on")
	if st, stop := parseFlags(fs, args, stdout); stop {
		return st
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "parley demo: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	load := func(ctx context.Context, st store.Store, ex server.Extractor) error {
		arts, err := examples.All()
		if err != nil {
			return err
		}
		docs := make([]*document.Document, len(arts))
		for i, a := range arts {
			docs[i] = a.Document()
		}
		res, err := server.Ingest(ctx, st, ex, docs)
		if err != nil {
			return fmt.Errorf("loading the examples: %w", err)
		}
		added := 0
		for _, r := range res {
			if r.New {
				added++
			}
		}
		stats, err := st.Stats(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "parley demo: %d example articles (%d new) in %s: %d documents, %d actors, %d quotes, %d events\n",
			len(arts), added, *dsn, stats.Documents, stats.Actors, stats.Quotes, stats.Events)
		return nil
	}
	return serveStore(ctx, *dsn, *addr, "", stdout, stderr, load)
}
