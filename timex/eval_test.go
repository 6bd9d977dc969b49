package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/parley-nlp/parley/document"
)

// TestEvalJSONL runs the stage over a contract input JSONL file and writes
// contract output, for tools/score.py while `parley extract` is not wired:
//
//	TIMEX_IN=/tmp/in.jsonl TIMEX_OUT=/tmp/out.jsonl go test ./timex -run EvalJSONL
//
// TIMEX_ALL=1 also records durations and sets. It skips unless TIMEX_IN
// and TIMEX_OUT are set.
func TestEvalJSONL(t *testing.T) {
	in, out := os.Getenv("TIMEX_IN"), os.Getenv("TIMEX_OUT")
	if in == "" || out == "" {
		t.Skip("TIMEX_IN and TIMEX_OUT not set")
	}
	r, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct{ ID, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		doc := document.New(rec.ID, rec.Published, rec.Text)
		stage := New()
		if os.Getenv("TIMEX_ALL") != "" {
			stage = NewWithConfig(Config{Durations: true, Sets: true})
		}
		if err := stage.Process(doc); err != nil {
			t.Fatal(err)
		}
		b, err := doc.MarshalContract(false)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(append(b, '\n'))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
