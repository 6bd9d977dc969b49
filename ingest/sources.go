package ingest

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/input"
)

// textExtensions are the files a folder walk reads; other files in a folder
// are skipped (a file named explicitly is always read).
var textExtensions = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true, ".xhtml": true,
	".jsonl": true, ".ndjson": true,
}

func isJSONLName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return true
	}
	return false
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// expand turns one source into items, calling emit for each in order.
func (in *Ingester) expand(ctx context.Context, src string, emit func(item)) {
	switch {
	case src == "-":
		in.readStdin(emit)
	case isURL(src):
		in.fetchSource(ctx, src, emit)
	default:
		st, err := os.Stat(src)
		if err != nil {
			emit(item{source: src, err: err})
			return
		}
		if !st.IsDir() {
			in.readFile(src, emit)
			return
		}
		err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				emit(item{source: path, err: err})
				return nil
			}
			if path != src && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() || !textExtensions[strings.ToLower(filepath.Ext(path))] {
				return nil
			}
			in.readFile(path, emit)
			return nil
		})
		if err != nil && !errors.Is(err, context.Canceled) {
			emit(item{source: src, err: err})
		}
	}
}

func (in *Ingester) readFile(path string, emit func(item)) {
	if isJSONLName(path) {
		f, err := os.Open(path)
		if err != nil {
			emit(item{source: path, err: err})
			return
		}
		defer f.Close()
		in.readJSONL(f, path, emit)
		return
	}
	d, err := input.ReadFile(path, in.opts.Input)
	emit(item{source: path, doc: d, err: err})
}

func (in *Ingester) readJSONL(r io.Reader, name string, emit func(item)) {
	err := input.ReadJSONL(r, name, in.opts.Input, func(d *document.Document, err error) {
		emit(item{source: name, doc: d, err: err})
	})
	if err != nil {
		emit(item{source: name, err: err})
	}
}

// readStdin reads JSONL when the first non-blank byte is '{', else one text
// (or HTML) document whose id is its text hash.
func (in *Ingester) readStdin(emit func(item)) {
	br := bufio.NewReader(in.opts.Stdin)
	for {
		b, err := br.Peek(1)
		if err != nil {
			emit(item{source: "stdin", err: input.ErrEmpty})
			return
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' {
			br.ReadByte()
			continue
		}
		if b[0] == '{' {
			in.readJSONL(br, "stdin", emit)
			return
		}
		break
	}
	max := in.opts.Input.MaxBytes
	if max <= 0 {
		max = input.DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(br, max+1))
	if err != nil {
		emit(item{source: "stdin", err: err})
		return
	}
	d, err := input.FromBytes("", data, false, in.opts.Input)
	emit(item{source: "stdin", doc: d, err: err})
}
