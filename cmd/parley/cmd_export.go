package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/parley-nlp/parley/input"
	"github.com/parley-nlp/parley/store"
	"github.com/parley-nlp/parley/store/export"
)

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", "[flags]", stdout, stderr)
	dsn := fs.String("db", store.DefaultDSN, "database: a SQLite file path or a postgres:// `DSN`")
	format := fs.String("format", "csv", "`FORMAT`: csv (one event per row), jsonl (contract JSON per document) or plover (PLOVER JSON per event)")
	out := fs.String("out", "-", "write to this `FILE` (- is standard output)")
	from := fs.String("from", "", "only events (documents for jsonl) on or after `YYYY-MM-DD`")
	to := fs.String("to", "", "only events (documents for jsonl) on or before `YYYY-MM-DD`")
	withText := fs.Bool("with-text", true, "jsonl: include each document's text")
	if st, stop := parseFlags(fs, args, stdout); stop {
		return st
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "parley export: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *format != "csv" && *format != "jsonl" && *format != "plover" {
		fmt.Fprintf(stderr, "parley export: --format must be csv, jsonl or plover, not %q\n", *format)
		return 2
	}
	for _, d := range []string{*from, *to} {
		if err := input.CheckDate(d); err != nil {
			fmt.Fprintf(stderr, "parley export: %v\n", err)
			return 2
		}
	}
	if *dsn != "" && !isRemoteDSN(*dsn) {
		if _, err := os.Stat(*dsn); err != nil {
			// Opening would create an empty database; say what is wrong instead.
			fmt.Fprintf(stderr, "parley export: %v (ingest documents first)\n", err)
			return 1
		}
	}
	ctx := context.Background()
	st, err := store.Open(ctx, *dsn)
	if err != nil {
		fmt.Fprintf(stderr, "parley export: %v\n", err)
		return 1
	}
	defer st.Close()
	var w io.Writer = stdout
	var file *os.File
	if *out != "-" {
		if file, err = os.Create(*out); err != nil {
			fmt.Fprintf(stderr, "parley export: %v\n", err)
			return 1
		}
		w = file
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	f := export.Filter{From: *from, To: *to}
	var n int
	switch *format {
	case "csv":
		n, err = export.CSV(ctx, st, bw, f)
	case "jsonl":
		n, err = export.JSONL(ctx, st, bw, f, *withText)
	case "plover":
		n, err = export.PLOVER(ctx, st, bw, f)
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "parley export: %v\n", err)
		return 1
	}
	what := "events"
	if *format == "jsonl" {
		what = "documents"
	}
	fmt.Fprintf(stderr, "parley export: %d %s\n", n, what)
	return 0
}

// isRemoteDSN reports whether dsn names a database server, not a file.
func isRemoteDSN(dsn string) bool {
	return len(dsn) > 11 && (dsn[:11] == "postgres://" || (len(dsn) > 13 && dsn[:13] == "postgresql://"))
}
