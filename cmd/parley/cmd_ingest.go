package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/ingest"
	"github.com/parley-nlp/parley/input"
	"github.com/parley-nlp/parley/store"
)

func runIngest(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("ingest", "[flags] PATH...|URL...|-", stdout, stderr)
	dsn := fs.String("db", store.DefaultDSN, "database: a SQLite file path or a postgres:// `DSN`")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for documents that carry none")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document or download accepted, in bytes")
	actorsFile := fs.String("actors", "", "also import actors from this PETRARCH/Phoenix dictionary `FILE`")
	verbsFile := fs.String("verbs", "", "also code events with this TABARI/PETRARCH-2 verb dictionary `FILE`")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted in parallel")
	parser := fs.String("parser", extract.ParserFast, "dependency parser: fast (one model) or ensemble (three, a third slower, slightly better trees)")
	batch := fs.Int("batch", ingest.DefaultBatchSize, "documents stored per transaction")
	until := fs.String("until", "", "run extraction only up to this `STAGE` (tokenize, syntax, actors, times, quotes); empty runs all")
	if st, stop := parseFlags(fs, args, stdout); stop {
		return st
	}
	sources := fs.Args()
	if len(sources) == 0 {
		fmt.Fprintln(stderr, "parley ingest: name at least one file, folder, URL or - (standard input)")
		fs.Usage()
		return 2
	}
	if err := input.CheckDate(*published); err != nil {
		fmt.Fprintf(stderr, "parley ingest: --published: %v\n", err)
		return 2
	}
	pl, err := extract.New(extract.Options{ActorsFile: *actorsFile, VerbsFile: *verbsFile, Until: *until, Parser: *parser})
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, *dsn)
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: %v\n", err)
		return 1
	}
	defer st.Close()

	bar := newProgressView(stdout, stderr)
	in, err := ingest.New(st, ingest.Options{
		Pipeline:   pl,
		Workers:    *workers,
		BatchSize:  *batch,
		Input:      input.Options{MaxBytes: *maxBytes, Published: *published},
		OnProgress: bar.update,
		OnProblem: func(source string, err error) {
			bar.clear()
			fmt.Fprintf(stderr, "parley ingest: %s: %v\n", source, err)
		},
	})
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: %v\n", err)
		return 1
	}
	p, err := in.Run(ctx, sources)
	bar.clear()
	fmt.Fprintf(stdout, "ingested %d documents into %s: %d new, %d already stored, %d failed\n",
		p.Done, redactDSN(*dsn), p.New, p.Existing, p.Failed)
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: stopped: %v (what was stored is kept; run the same command again to finish)\n", err)
		return 1
	}
	if p.Failed > 0 {
		return 1
	}
	return 0
}

// redactDSN hides a password in a postgres:// DSN.
func redactDSN(dsn string) string {
	at := strings.LastIndexByte(dsn, '@')
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 {
		return dsn
	}
	user := dsn[scheme+3 : at]
	if i := strings.IndexByte(user, ':'); i >= 0 {
		return dsn[:scheme+3] + user[:i] + ":***" + dsn[at:]
	}
	return dsn
}

// progressView draws a progress bar on a terminal and writes a log line at
// most every few seconds otherwise.
type progressView struct {
	term     bool
	out, log io.Writer
	last     time.Time
	drawn    bool
	start    time.Time
}

func newProgressView(stdout, stderr io.Writer) *progressView {
	v := &progressView{out: stdout, log: stderr, start: time.Now()}
	if f, ok := stdout.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			v.term = true
		}
	}
	if !v.term {
		v.last = v.start // the first log line after a few seconds: short runs print only the summary
	}
	return v
}

func (v *progressView) update(p ingest.Progress) {
	now := time.Now()
	every := 5 * time.Second
	if v.term {
		every = 100 * time.Millisecond
	}
	if now.Sub(v.last) < every {
		return
	}
	v.last = now
	rate := float64(p.Done) / now.Sub(v.start).Seconds()
	if !v.term {
		fmt.Fprintf(v.log, "parley ingest: %d documents done of %d read (%d new, %d already stored, %d failed; %.1f/s)\n",
			p.Done, p.Found, p.New, p.Existing, p.Failed, rate)
		return
	}
	const width = 30
	filled := 0
	if p.Found > 0 {
		filled = width * p.Done / p.Found
	}
	fmt.Fprintf(v.out, "\r[%s%s] %d/%d  new %d  stored %d  failed %d  %.1f docs/s ",
		strings.Repeat("#", filled), strings.Repeat(".", width-filled), p.Done, p.Found, p.New, p.Existing, p.Failed, rate)
	v.drawn = true
}

// clear removes the bar so that a message starts on a clean line.
func (v *progressView) clear() {
	if v.term && v.drawn {
		fmt.Fprint(v.out, "\r\033[K")
		v.drawn = false
		v.last = time.Time{}
	}
}
