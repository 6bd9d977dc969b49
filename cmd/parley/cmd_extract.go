package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/input"
	"github.com/parley-nlp/parley/pipeline"
)

// extractJob is one document (or one failure) travelling through the
// ordered worker pool.
type extractJob struct {
	doc *document.Document
	err error
	out []byte
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", "[flags] [FILE...|-]", stdout, stderr)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` (reference for relative times)")
	inputFmt := fs.String("input", "text", "input format: text (one document per file; HTML detected) or jsonl")
	format := fs.String("format", "jsonl", "output format: jsonl (one document per line), json (an indented array) or summary (readable text)")
	withText := fs.Bool("with-text", false, "include each document's text (after HTML stripping) in the output")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document accepted, in bytes")
	actorsFile := fs.String("actors", "", "also import actors from this PETRARCH/Phoenix dictionary `FILE`")
	verbsFile := fs.String("verbs", "", "also code events with this TABARI/PETRARCH-2 verb dictionary `FILE`")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents processed in parallel")
	parser := fs.String("parser", extract.ParserFast, "dependency parser: fast (one model) or ensemble (three, a third slower, slightly better trees)")
	if st, stop := parseFlags(fs, args, stdout); stop {
		return st
	}
	if *format != "jsonl" && *format != "json" && *format != "summary" {
		fmt.Fprintf(stderr, "parley extract: --format must be jsonl, json or summary, not %q\n", *format)
		return 2
	}
	if *inputFmt != "text" && *inputFmt != "jsonl" {
		fmt.Fprintf(stderr, "parley extract: --input must be text or jsonl, not %q\n", *inputFmt)
		return 2
	}
	if err := input.CheckDate(*published); err != nil {
		fmt.Fprintf(stderr, "parley extract: --published: %v\n", err)
		return 2
	}
	pl, err := extract.New(extract.Options{ActorsFile: *actorsFile, VerbsFile: *verbsFile, Parser: *parser})
	if err != nil {
		fmt.Fprintf(stderr, "parley extract: %v\n", err)
		return 1
	}
	opts := input.Options{MaxBytes: *maxBytes, Published: *published}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}

	jobs := make(chan extractJob)
	go func() {
		defer close(jobs)
		for _, f := range files {
			if *inputFmt == "jsonl" {
				readJSONLFile(f, opts, jobs)
				continue
			}
			doc, err := input.ReadFile(f, opts)
			jobs <- extractJob{doc: doc, err: err}
		}
	}()

	w := bufio.NewWriterSize(stdout, 256<<10)
	defer w.Flush()
	failed, printed := 0, 0
	work := func(j extractJob) extractJob {
		if j.err != nil {
			return j
		}
		if err := safeProcess(pl, j.doc); err != nil {
			j.err = err
			return j
		}
		if *format == "summary" {
			var b bytes.Buffer
			writeSummary(&b, j.doc)
			j.out, j.doc = b.Bytes(), nil
			return j
		}
		j.out, j.err = j.doc.MarshalContract(*withText)
		if *format == "json" && j.err == nil {
			j.out, j.err = indentJSON(j.out)
		}
		j.doc = nil // let the document go as soon as it is printed
		return j
	}
	emit := func(j extractJob) {
		if j.err != nil {
			failed++
			fmt.Fprintf(stderr, "parley extract: %v\n", j.err)
			return
		}
		switch {
		case *format == "summary":
			w.Write(j.out)
		case *format == "jsonl":
			w.Write(j.out)
			w.WriteByte('\n')
		case printed == 0:
			w.WriteString("[\n")
			w.Write(j.out)
		default:
			w.WriteString(",\n")
			w.Write(j.out)
		}
		printed++
	}
	pipeline.Ordered(jobs, *workers, work, emit)
	if *format == "json" {
		if printed == 0 {
			w.WriteString("[")
		}
		w.WriteString("\n]\n")
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "parley extract: writing output: %v\n", err)
		return 1
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "parley extract: %d document(s) failed, %d extracted\n", failed, printed)
		return 1
	}
	return 0
}

func readJSONLFile(path string, opts input.Options, jobs chan<- extractJob) {
	var r io.Reader = os.Stdin
	name := path
	if path == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(path)
		if err != nil {
			jobs <- extractJob{err: &input.Error{Doc: path, Err: err}}
			return
		}
		defer f.Close()
		r = f
	}
	err := input.ReadJSONL(r, name, opts, func(d *document.Document, err error) {
		jobs <- extractJob{doc: d, err: err}
	})
	if err != nil {
		jobs <- extractJob{err: err}
	}
}

// safeProcess runs the pipeline and turns a stage panic into an error for
// that document, so one pathological text never takes the batch down.
func safeProcess(pl *pipeline.Pipeline, doc *document.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			buf := make([]byte, 4096)
			buf = buf[:runtime.Stack(buf, false)]
			err = fmt.Errorf("%s: internal error: %v\n%s", doc.ID, r, buf)
		}
	}()
	return pl.Process(doc)
}
