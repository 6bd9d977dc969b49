package syntax

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBestJoint: the per-kind validity test of bestJoint picks what
// argmax over the per-class test does, and each kind's best valid score,
// on every kind of parser state: empty and full buffers, a short stack,
// the root's arc, with and without a root label.
func TestBestJoint(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const labels = 6
	scores := make([]float32, 1+2*labels)
	for trial := range 3000 {
		n := 1 + r.IntN(5)
		s := newState(n, r.IntN(labels+1)-1) // -1: no root label
		s.b = r.IntN(n + 1)
		for range r.IntN(min(s.b, 3) + 1) {
			s.stack = append(s.stack, 0)
		}
		for c := range scores {
			// few distinct values, so ties are common
			scores[c] = float32(r.IntN(5))
		}
		want := argmax(scores, s.valid)
		got, kindBest := s.bestJoint(scores)
		if got != want {
			t.Fatalf("trial %d: stack %d, buffer %d/%d, root label %d: best %d, want %d", trial, len(s.stack), s.b, n, s.rootLabel, got, want)
		}
		for k := range kindBest {
			best := float32(math.Inf(-1))
			for c, sc := range scores {
				if kindOf(c) == k && s.valid(c) {
					best = max(best, sc)
				}
			}
			if kindBest[k] != best {
				t.Fatalf("trial %d: kind %d best %g, want %g", trial, k, kindBest[k], best)
			}
		}
	}
}
