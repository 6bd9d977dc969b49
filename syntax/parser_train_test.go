package syntax

import (
	"math/rand/v2"
	"testing"
)

// TestOracle checks the dynamic oracle on an invented projective tree:
// following zero-cost actions rebuilds the gold tree, and the fast
// per-class costs agree with the direct computation in random states.
func TestOracle(t *testing.T) {
	// "The envoy signed the deal in Rome ." heads (root = 8), labels 0..3
	gh := []int{1, 2, 8, 4, 2, 6, 2, 2, -1}
	gl := []int{0, 1, 2, 0, 3, 1, 3, 1, -1}
	n, nclass := 8, 1+2*4
	costs := make([]int, nclass)
	s := newState(n, 2)
	for !s.terminal() {
		minCost := s.costs(costs, gh, gl)
		if minCost != 0 {
			t.Fatalf("gold path has cost %d", minCost)
		}
		for c := range nclass {
			if s.valid(c) && costs[c] == 0 {
				s.apply(c)
				break
			}
		}
	}
	for i := range n {
		if s.heads[i] != gh[i] || s.labels[i] != gl[i] {
			t.Errorf("word %d: head %d label %d, want %d %d", i, s.heads[i], s.labels[i], gh[i], gl[i])
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		s := newState(n, 2)
		for !s.terminal() {
			s.costs(costs, gh, gl)
			var valid []int
			for c := range nclass {
				if s.valid(c) {
					valid = append(valid, c)
					if want := s.cost(c, gh, gl); costs[c] != want {
						t.Fatalf("class %d: cost %d, want %d", c, costs[c], want)
					}
				}
			}
			s.apply(valid[rng.IntN(len(valid))])
		}
	}
}
