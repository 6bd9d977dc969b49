package actors

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/internal/shared"
)

// TestSeedArticle checks the canonical example against its answer key
// (skipped without the shared data): every key actor must be found, by a
// mention overlapping one of the key's mentions or by name, with the key's
// country and sector.
func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(shared.Path(t, "eval", "dev", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(shared.Path(t, "eval", "dev", "seed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var key struct {
		Published string
		Actors    []struct {
			Name, Type string
			Country    *string
			Sector     *string
			Mentions   []string
		}
	}
	if err := json.Unmarshal(raw, &key); err != nil {
		t.Fatal(err)
	}
	doc := document.New("seed", key.Published, string(text))
	acts := Find(mustDefault(t), doc)
	found := 0
	for _, g := range key.Actors {
		ok := false
		for _, a := range acts {
			if a.Country != deref(g.Country) || a.Sector != deref(g.Sector) {
				continue
			}
			if g.Type == "person" && surname(a.Name) == surname(g.Name) || overlapsAny(doc, a, g.Mentions) {
				ok = true
				break
			}
		}
		if ok {
			found++
		} else {
			t.Logf("not found with its code: %s %s/%s %q", g.Name, deref(g.Country), deref(g.Sector), g.Mentions)
		}
	}
	t.Logf("seed: %d of %d key actors found with the right code; %d actors output", found, len(key.Actors), len(acts))
	// "the mission" is named nowhere else in the article; it is the one
	// actor the rules cannot reach.
	if found < len(key.Actors)-1 {
		t.Errorf("only %d of %d seed actors found with the right code", found, len(key.Actors))
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func overlapsAny(doc *document.Document, a document.Actor, mentions []string) bool {
	for _, m := range mentions {
		for off := 0; ; {
			i := strings.Index(doc.Text[off:], m)
			if i < 0 {
				break
			}
			sp := document.Span{Start: off + i, End: off + i + len(m)}
			for _, am := range a.Mentions {
				if am.Span.Overlaps(sp) {
					return true
				}
			}
			off += i + 1
		}
	}
	return false
}
