// Package ingest pours documents from files, folders (recursively), standard
// input, web pages and RSS/Atom feeds through extraction into a store.
//
// Guarantees:
//   - Idempotent: a document already stored (same id; documents without id
//     get the store's text-hash id) is not extracted or stored again, so a
//     rerun after a crash finishes the job.
//   - One transaction per batch; when a batch fails, its documents are saved
//     one by one so a single bad document costs only itself. Nothing stored
//     before is ever lost.
//   - Extraction runs in parallel (pipeline.Ordered) and keeps input order.
//   - Every problem with one document is reported through OnProblem and
//     counted; Run returns an error only when the store itself fails.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/input"
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/store"
)

// DefaultBatchSize is the number of documents per transaction.
const DefaultBatchSize = 32

// Options configures an Ingester. Pipeline is required (extract.New builds
// parley's default one).
type Options struct {
	Pipeline *pipeline.Pipeline
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of documents per transaction; 0 means
	// DefaultBatchSize.
	BatchSize int
	// Input configures reading (size limit, default publication date).
	Input input.Options
	// HTTP fetches URLs; nil means NewHTTPClient().
	HTTP *http.Client
	// Stdin is read for the source "-"; nil means os.Stdin.
	Stdin io.Reader
	// OnProgress, when set, is called after every batch and at the end.
	OnProgress func(Progress)
	// OnProblem, when set, is called for every document that could not be
	// read, fetched, extracted or stored.
	OnProblem func(source string, err error)
}

// Progress counts documents. Found is the number read so far; Done = New +
// Existing + Failed.
type Progress struct {
	Found, Done, New, Existing, Failed int
}

// Ingester runs ingest jobs into one store.
type Ingester struct {
	st   store.Store
	opts Options
}

// New returns an Ingester writing into st.
func New(st store.Store, o Options) (*Ingester, error) {
	if o.Pipeline == nil {
		return nil, errors.New("ingest: no extraction pipeline")
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.HTTP == nil {
		o.HTTP = NewHTTPClient()
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	return &Ingester{st: st, opts: o}, nil
}

// item is one document on its way, or the problem that replaced it.
type item struct {
	source   string // file, URL or feed entry it came from
	doc      *document.Document
	err      error
	existing bool
}

// run is the state of one Run.
type run struct {
	in       *Ingester
	ctx      context.Context
	cancel   context.CancelFunc
	found    atomic.Int64
	mu       sync.Mutex
	progress Progress
	batch    []item
	fatal    error
	ids      map[string]string // id → text hash, to catch id collisions in one run
}

// generatedLineID is the id input.ReadJSONL gives a record without one; it
// is only unique inside one file, so ingest uses the text-hash id instead.
var generatedLineID = regexp.MustCompile(`^line-[0-9]+$`)

// Run ingests every source: a file, a folder (recursive), "-" for standard
// input (JSONL when it starts with '{', else one text document), or an
// http(s) URL of a web page or an RSS/Atom feed. It returns the final
// counts; the error is non-nil only when the store failed (or ctx ended).
func (in *Ingester) Run(ctx context.Context, sources []string) (Progress, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &run{in: in, ctx: ctx, cancel: cancel, ids: map[string]string{}}
	items := make(chan item)
	go func() {
		defer close(items)
		for _, src := range sources {
			if ctx.Err() != nil {
				return
			}
			in.expand(ctx, src, func(it item) {
				if it.doc != nil {
					r.prepare(&it)
				}
				r.found.Add(1)
				select {
				case items <- it:
				case <-ctx.Done():
				}
			})
		}
	}()
	pipeline.Ordered(items, in.opts.Workers, r.work, r.emit)
	r.flush()
	if r.fatal == nil && ctx.Err() != nil {
		r.fatal = ctx.Err()
	}
	r.report()
	return r.snapshot(), r.fatal
}

// prepare gives the document its final id before extraction, so that the
// stored check and the store agree.
func (r *run) prepare(it *item) {
	d := it.doc
	if d.ID == "" || generatedLineID.MatchString(d.ID) {
		d.ID = store.TextID(d.Text)
	}
	h := store.TextID(d.Text)
	if prev, ok := r.ids[d.ID]; ok && prev != h {
		// Two different texts with one id (x.txt in two folders): keep both.
		d.ID = d.ID + "-" + h[len("doc-"):len("doc-")+8]
	}
	r.ids[d.ID] = h
}

// work checks whether the document is stored and extracts it when not. It
// runs on several goroutines.
func (r *run) work(it item) item {
	if it.err != nil {
		return it
	}
	if err := r.ctx.Err(); err != nil {
		it.err = err // never store a document that was not extracted
		return it
	}
	if c, ok := r.in.st.(store.Checker); ok {
		m, err := c.Stored(r.ctx, []string{it.doc.ID})
		if err == nil && m[it.doc.ID] {
			it.existing = true
			return it
		}
	}
	if err := extractSafely(r.in.opts.Pipeline, it.doc); err != nil {
		it.err = fmt.Errorf("extract: %w", err)
	}
	return it
}

// extractSafely turns a panic of a stage into an error: bad input must not
// stop the ingest.
func extractSafely(p *pipeline.Pipeline, d *document.Document) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%s: panic: %v\n%s", d.ID, v, debug.Stack())
		}
	}()
	return p.Process(d)
}

// emit receives items in input order on one goroutine.
func (r *run) emit(it item) {
	switch {
	case r.fatal != nil:
		return
	case r.ctx.Err() != nil:
		r.fatal = r.ctx.Err() // interrupted: what is stored stays, a rerun finishes
		return
	case it.err != nil:
		r.problem(it.source, it.err)
	case it.existing:
		r.count(func(p *Progress) { p.Existing++ })
	default:
		r.batch = append(r.batch, it)
		if len(r.batch) >= r.in.opts.BatchSize {
			r.flush()
			return
		}
	}
	r.report()
}

// flush stores the pending batch in one transaction; when that fails it
// saves the documents one by one to isolate the bad ones.
func (r *run) flush() {
	if len(r.batch) == 0 || r.fatal != nil {
		r.batch = r.batch[:0]
		return
	}
	batch := r.batch
	r.batch = nil
	docs := make([]*document.Document, len(batch))
	for i, it := range batch {
		docs[i] = it.doc
	}
	res, err := r.in.st.SaveBatch(r.ctx, docs)
	if err == nil {
		r.tally(res)
		r.report()
		return
	}
	if r.ctx.Err() != nil {
		r.fatal = r.ctx.Err()
		return
	}
	for _, it := range batch {
		res, err := r.in.st.SaveBatch(r.ctx, []*document.Document{it.doc})
		if err != nil {
			if _, serr := r.in.st.Stats(r.ctx); serr != nil {
				r.fatal = fmt.Errorf("ingest: store failed: %w", err)
				r.cancel()
				return
			}
			r.problem(it.source, fmt.Errorf("store: %w", err))
			continue
		}
		r.tally(res)
	}
	r.report()
}

func (r *run) tally(res []store.SaveResult) {
	r.count(func(p *Progress) {
		for _, x := range res {
			if x.New {
				p.New++
			} else {
				p.Existing++
			}
		}
	})
}

func (r *run) problem(source string, err error) {
	r.count(func(p *Progress) { p.Failed++ })
	if f := r.in.opts.OnProblem; f != nil {
		f(source, err)
	}
}

func (r *run) count(f func(*Progress)) {
	r.mu.Lock()
	f(&r.progress)
	r.progress.Done = r.progress.New + r.progress.Existing + r.progress.Failed
	r.mu.Unlock()
}

func (r *run) snapshot() Progress {
	r.mu.Lock()
	defer r.mu.Unlock()
	p := r.progress
	p.Found = int(r.found.Load())
	return p
}

func (r *run) report() {
	if f := r.in.opts.OnProgress; f != nil {
		f(r.snapshot())
	}
}
