package timex

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/internal/shared"
)

// TestDevValueF1 guards the times layer against regressions on the dev
// answer keys (../shared/eval/dev), matching the way tools/score.py does:
// every occurrence of a key's text is a gold span, a system time matches
// the first unmatched overlapping gold span, and a match counts when the
// values agree. Offsets are bytes here; overlap does not care.
func TestDevValueF1(t *testing.T) {
	docs := shared.DevDocs(t)
	type gold struct {
		start, end int
		value      string
	}
	good, nsys, ngold := 0, 0, 0
	for _, dd := range docs {
		var key struct {
			Published string
			Times     []struct{ Text, Value string }
		}
		if err := json.Unmarshal(dd.Key, &key); err != nil {
			t.Fatal(err)
		}
		text := dd.Text
		var gs []gold
		seen := map[[2]int]bool{}
		for _, g := range key.Times {
			for off := 0; g.Text != ""; {
				i := strings.Index(string(text[off:]), g.Text)
				if i < 0 {
					break
				}
				sp := [2]int{off + i, off + i + len(g.Text)}
				if !seen[sp] {
					seen[sp] = true
					gs = append(gs, gold{sp[0], sp[1], g.Value})
				}
				off += i + 1
			}
		}
		doc := document.New(dd.ID, key.Published, text)
		New().Process(doc)
		used := make([]bool, len(doc.Times))
		for _, g := range gs {
			for si, s := range doc.Times {
				if !used[si] && s.Start < g.end && g.start < s.End {
					used[si] = true
					if s.Value == g.value {
						good++
					}
					break
				}
			}
		}
		nsys += len(doc.Times)
		ngold += len(gs)
	}
	p, r := float64(good)/float64(nsys), float64(good)/float64(ngold)
	f1 := 2 * p * r / (p + r)
	t.Logf("dev times+value: P %.4f R %.4f F1 %.4f (gold %d, system %d)", p, r, f1, ngold, nsys)
	if f1 < 0.90 {
		t.Errorf("dev value F1 %.4f < 0.90", f1)
	}
}
