package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/server"
	"github.com/parley-nlp/parley/store"
)

// runServe serves the JSON API and the web UI over a store.
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "[--db DSN] [--addr 127.0.0.1:8080] [--token-file FILE]", stdout, stderr)
	dsn := fs.String("db", store.DefaultDSN, "database: a SQLite file path or postgres://...")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	tokenFile := fs.String("token-file", "", "file holding the bearer token that writes need (none: writes are open)")
	if st, stop := parseFlags(fs, args, stdout); stop {
		return st
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "parley serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	token := ""
	if *tokenFile != "" {
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			fmt.Fprintf(stderr, "parley serve: %v\n", err)
			return 1
		}
		if token = strings.TrimSpace(string(b)); token == "" {
			fmt.Fprintf(stderr, "parley serve: token file %s is empty\n", *tokenFile)
			return 1
		}
	}
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	return serveStore(ctx, *dsn, *addr, token, stdout, stderr, nil)
}

// serveStore opens dsn, builds the extraction pipeline and serves until ctx
// is done. before, when set, runs on the open store first (the demo ingests
// its articles there).
func serveStore(ctx context.Context, dsn, addr, token string, stdout, stderr io.Writer,
	before func(context.Context, store.Store, server.Extractor) error) int {
	st, err := store.Open(ctx, dsn)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return 1
	}
	defer st.Close()
	// Without a working pipeline the server still answers reads; writes get
	// 503. The demo, which must extract its articles, stops instead.
	var ex server.Extractor
	pipe, err := extract.New(extract.Options{})
	switch {
	case err == nil:
		ex = pipe
	case before != nil:
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return 1
	default:
		fmt.Fprintf(stderr, "parley: warning: no extraction pipeline (%v): POST /api/documents is disabled\n", err)
	}
	if before != nil {
		if err := before(ctx, st, ex); err != nil {
			fmt.Fprintf(stderr, "parley: %v\n", err)
			return 1
		}
	}
	srv, err := server.New(server.Options{Store: st, Extractor: ex, Token: token,
		Log: log.New(stderr, "parley: ", log.LstdFlags)})
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return 1
	}
	err = server.ListenAndServe(ctx, addr, srv, func(url string) {
		fmt.Fprintf(stdout, "parley: serving %s on %s (Ctrl-C stops)\n", dsn, url)
	})
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return 1
	}
	return 0
}
