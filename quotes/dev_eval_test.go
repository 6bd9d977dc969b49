//go:build deveval

package quotes

// Run with: go test -tags deveval -run TestDevEval ./quotes/ -args -out /tmp/sys.jsonl [-tok]
// It runs the actors stage and this stage over ../shared/eval/dev and writes
// contract JSONL for score.py; it is not part of the normal test run.

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/actors"
	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/internal/shared"
	"github.com/parley-nlp/parley/tokenize"
)

var (
	devOut = flag.String("out", "/tmp/quotes-dev.jsonl", "where to write the system JSONL")
	devTok = flag.Bool("tok", false, "run the tokenize stage first")
)

func TestDevEval(t *testing.T) {
	dir := shared.Path(t, "eval", "dev")
	ast, err := actors.NewStage(nil)
	if err != nil {
		t.Fatal(err)
	}
	qs, err := New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		text, _ := os.ReadFile(f)
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		var meta struct{ Published string }
		if b, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json"); err == nil {
			json.Unmarshal(b, &meta)
		}
		doc := document.New(id, meta.Published, string(text))
		if *devTok {
			if err := tokenize.New().Process(doc); err != nil {
				t.Fatal(err)
			}
		}
		if err := ast.Process(doc); err != nil {
			t.Fatal(err)
		}
		if err := qs.Process(doc); err != nil {
			t.Fatal(err)
		}
		b, err := doc.MarshalContract(false)
		if err != nil {
			t.Fatal(err)
		}
		sb.Write(b)
		sb.WriteString("\n")
	}
	if err := os.WriteFile(*devOut, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

var devText = flag.String("text", "", "a text file to run and print (TestDevText)")

func TestDevText(t *testing.T) {
	if *devText == "" {
		t.Skip("no -text")
	}
	b, err := os.ReadFile(*devText)
	if err != nil {
		t.Fatal(err)
	}
	doc := document.New("x", "2025-03-01", string(b))
	if err := tokenize.New().Process(doc); err != nil {
		t.Fatal(err)
	}
	ast, _ := actors.NewStage(nil)
	ast.Process(doc)
	qs, _ := New()
	qs.Process(doc)
	for _, q := range doc.Quotes {
		sp := "-"
		if q.Speaker >= 0 {
			sp = doc.Actors[q.Speaker].Name + "/" + doc.Actors[q.Speaker].Country
		}
		t.Logf("%s [%s] cue=%q %q", q.Kind, sp, doc.SpanText(q.Cue), doc.SpanText(q.Span))
	}
}
