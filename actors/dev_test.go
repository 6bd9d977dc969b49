package actors

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/internal/shared"
)

// TestWriteDevActors writes the contract JSONL of the actors layer alone for
// every text of ../shared/eval/dev to the file named by PARLEY_ACTORS_OUT,
// so the layer can be scored before the whole pipeline runs:
//
//	PARLEY_ACTORS_OUT=/tmp/actors.jsonl go test ./actors -run TestWriteDevActors
//	python3 ../shared/tools/score.py gold ../shared/eval/dev ../shared/eval/dev /tmp/actors.jsonl
//
// Skipped unless the variable is set (and without the shared data).
func TestWriteDevActors(t *testing.T) {
	out := os.Getenv("PARLEY_ACTORS_OUT")
	if out == "" {
		t.Skip("set PARLEY_ACTORS_OUT to write the dev set's actors")
	}
	dir := shared.Path(t, "eval", "dev")
	keys, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(keys)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	reg := mustDefault(t)
	for _, k := range keys {
		id := strings.TrimSuffix(filepath.Base(k), ".json")
		text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			continue
		}
		var key struct{ Published string }
		raw, err := os.ReadFile(k)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &key); err != nil {
			t.Fatal(err)
		}
		doc := document.New(id, docDate(key.Published), string(text))
		doc.Actors = Find(reg, doc)
		line, err := doc.MarshalContract(false)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(append(line, '\n'))
	}
}
