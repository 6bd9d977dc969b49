package syntax

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// testEnsemble returns a parser of k members over the labels a, b, root
// (no weights: combine never scores features).
func testEnsemble(k int) *Parser {
	labels := []string{"a", "b", "root"}
	p := &Parser{Labels: labels, MarginWeight: 0.5, MarginScale: 10}
	for i := range k {
		p.Members = append(p.Members, &ArcHybrid{Labels: labels})
		p.Votes = append(p.Votes, 1+float32(i)/100)
	}
	return p
}

// randomTree returns a random tree over n words (any shape, possibly
// non-projective) with labels consistent with the root.
func randomTree(rng *rand.Rand, n int) arcs {
	a := arcs{heads: make([]int, n), labels: make([]int, n), margins: make([]float32, n)}
	perm := rng.Perm(n)
	for i, w := range perm {
		if i == 0 {
			a.heads[w], a.labels[w] = -1, 2
		} else {
			a.heads[w], a.labels[w] = perm[rng.IntN(i)], rng.IntN(2)
		}
		a.margins[w] = rng.Float32() * 20
	}
	return a
}

func TestCombineIsTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, k := range []int{2, 3, 4} {
		p := testEnsemble(k)
		for range 300 {
			n := 1 + rng.IntN(25)
			trees := make([]arcs, k)
			for m := range trees {
				trees[m] = randomTree(rng, n)
			}
			heads, labels := p.combine(trees, nil)
			checkTree(t, heads)
			for i, h := range heads {
				if (h == -1) != (labels[i] == "root") {
					t.Fatalf("word %d: head %d label %s", i, h, labels[i])
				}
			}
		}
	}
}

// TestCombineAgreement: when the members agree on a projective tree, the
// combination is that tree.
func TestCombineAgreement(t *testing.T) {
	// "The envoy signed the deal in Rome ." (invented)
	heads := []int{1, 2, -1, 4, 2, 6, 2, 2}
	labels := []int{0, 1, 2, 0, 1, 0, 1, 0}
	p := testEnsemble(3)
	var trees []arcs
	for range 3 {
		trees = append(trees, arcs{heads: heads, labels: labels, margins: make([]float32, len(heads))})
	}
	gh, gl := p.combine(trees, nil)
	if got, want := fmt.Sprint(gh, gl), fmt.Sprint(heads, []string{"a", "b", "root", "a", "b", "a", "b", "a"}); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestCombineMajority: two members outvote the third on word 3's head and
// on word 0's label.
func TestCombineMajority(t *testing.T) {
	p := testEnsemble(3)
	mk := func(h, l []int) arcs { return arcs{heads: h, labels: l, margins: make([]float32, len(h))} }
	trees := []arcs{
		mk([]int{1, -1, 1, 1}, []int{0, 2, 0, 0}),
		mk([]int{1, -1, 1, 2}, []int{1, 2, 0, 0}),
		mk([]int{1, -1, 1, 2}, []int{1, 2, 0, 0}),
	}
	gh, gl := p.combine(trees, nil)
	if got, want := fmt.Sprint(gh, gl), "[1 -1 1 2] [b root a a]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestEisnerBest checks the decoder against brute force on small random
// score tables: no projective single-root tree scores higher.
func TestEisnerBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		n := 1 + rng.IntN(5)
		score, root := make([]float32, n*n), make([]float32, n)
		for i := range score {
			score[i] = float32(rng.IntN(10))
		}
		for i := range root {
			root[i] = float32(rng.IntN(10))
		}
		total := func(h []int) float32 {
			s := float32(0)
			for d, x := range h {
				if x < 0 {
					s += root[d]
				} else {
					s += score[x*n+d]
				}
			}
			return s
		}
		got := eisner(n, score, root)
		checkTree(t, got)
		if !projective(got) {
			t.Fatalf("non-projective %v", got)
		}
		best := float32(-1)
		h := make([]int, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if isTree(h) && projective(h) {
					best = max(best, total(h))
				}
				return
			}
			for x := -1; x < n; x++ {
				if x != i {
					h[i] = x
					walk(i + 1)
				}
			}
		}
		walk(0)
		if total(got) != best {
			t.Fatalf("eisner %v scores %v, best %v", got, total(got), best)
		}
		if bh := bestHeads(n, score, root); bh != nil && (total(bh) != best || !isTree(bh) || !projective(bh)) {
			t.Fatalf("bestHeads %v scores %v, best %v", bh, total(bh), best)
		}
	}
}

func isTree(h []int) bool {
	roots := 0
	for i := range h {
		if h[i] == -1 {
			roots++
		}
		seen := 0
		for j := i; j != -1; j = h[j] {
			if seen++; seen > len(h) {
				return false
			}
		}
	}
	return roots == 1
}

// projective: no two arcs cross, the root sitting before the first word.
func projective(h []int) bool {
	for d, x := range h {
		lo, hi := min(d, x), max(d, x)
		for d2, x2 := range h {
			if d2 == d {
				continue
			}
			lo2, hi2 := min(d2, x2), max(d2, x2)
			if lo < lo2 && lo2 < hi && hi < hi2 || lo2 < lo && lo < hi2 && hi2 < hi {
				return false
			}
		}
	}
	return true
}

// TestRefuseOldParser: a parser file of the single-model format v4 is
// refused with an error naming the versions.
func TestRefuseOldParser(t *testing.T) {
	_, err := ReadParser(strings.NewReader("parley-syntax parser v4\n\x00\x00\x00\x00"))
	if err == nil || !strings.Contains(err.Error(), "format v5") || !strings.Contains(err.Error(), "v4") {
		t.Errorf("got %v", err)
	}
}

// TestParseAllMatchesParse: parsing sentences together gives each the
// tree Parse gives it alone.
func TestParseAllMatchesParse(t *testing.T) {
	tg, p := loadModels(t)
	words, tags := tagSentences(tg,
		"The envoy met the president on Tuesday .",
		"",
		"Shelling resumed near the border after talks collapsed .",
		strings.Repeat("talks , ", 130),
	)
	heads, labels := p.ParseAll(words, tags)
	for i := range words {
		h, l := p.Parse(words[i], tags[i])
		if fmt.Sprint(h, l) != fmt.Sprint(heads[i], labels[i]) {
			t.Errorf("sentence %d: ParseAll %v %v, Parse %v %v", i, heads[i], labels[i], h, l)
		}
		checkTree(t, heads[i])
	}
}
