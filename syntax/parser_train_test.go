package syntax

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/conllu"
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

// tinyTreebank returns invented sentences written as form/UPOS/XPOS/head/label.
func tinyTreebank() []*conllu.Sentence {
	var out []*conllu.Sentence
	for _, line := range []string{
		"The/DET/DT/2/det envoy/NOUN/NN/3/nsubj signed/VERB/VBD/0/root the/DET/DT/5/det deal/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"Talks/NOUN/NNS/2/nsubj resumed/VERB/VBD/0/root in/ADP/IN/4/case Oslo/PROPN/NNP/2/obl ./PUNCT/./2/punct",
		"The/DET/DT/2/det minister/NOUN/NN/3/nsubj rejected/VERB/VBD/0/root the/DET/DT/5/det plan/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"Troops/NOUN/NNS/2/nsubj withdrew/VERB/VBD/0/root from/ADP/IN/4/case Kherson/PROPN/NNP/2/obl ./PUNCT/./2/punct",
		"Envoys/NOUN/NNS/2/nsubj met/VERB/VBD/0/root on/ADP/IN/4/case Monday/PROPN/NNP/2/obl ./PUNCT/./2/punct",
		"The/DET/DT/2/det council/NOUN/NN/3/nsubj adopted/VERB/VBD/0/root a/DET/DT/5/det resolution/NOUN/NN/3/obj ./PUNCT/./3/punct",
	} {
		s := &conllu.Sentence{}
		for i, tok := range strings.Fields(line) {
			f := strings.Split(tok, "/")
			h, _ := strconv.Atoi(f[3])
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], XPOS: f[2], Head: h, DepRel: f[4]})
		}
		out = append(out, s)
	}
	return out
}

// TestTrainTiny trains a small ensemble of every member kind (left to
// right, right to left, factored) on invented sentences: it must learn
// them, parse into trees, and survive saving and loading unchanged.
func TestTrainTiny(t *testing.T) {
	tb := tinyTreebank()
	p, err := TrainParser(tb, tb, TrainOptions{Seed: 1, Iters: 8}, []ParserMember{
		{Seed: 1}, {Reverse: true, Factored: true, Seed: 2}, {Factored: true, Seed: 3},
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteParser(&buf, p); err != nil {
		t.Fatal(err)
	}
	p2, err := ReadParser(&buf)
	if err != nil {
		t.Fatal(err)
	}
	correct, total := 0, 0
	memberCorrect := make([]int, len(p.Members))
	for _, s := range tb {
		words := forms(s)
		tags := make([]Tagged, len(words))
		for i, w := range s.Words {
			tags[i] = Tagged{UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma}
		}
		h1, l1 := p.Parse(words, tags)
		h2, l2 := p2.Parse(words, tags)
		if fmt.Sprint(h1, l1) != fmt.Sprint(h2, l2) {
			t.Errorf("saving changed the parse: %v %v / %v %v", h1, l1, h2, l2)
		}
		checkTree(t, h1)
		for mi, m := range p.Members {
			mh, ml := m.Parse(words, tags)
			checkTree(t, mh)
			for i, w := range s.Words {
				if mh[i] == w.Head-1 && ml[i] == w.DepRel {
					memberCorrect[mi]++
				}
			}
		}
		for i, w := range s.Words {
			total++
			if h1[i] == w.Head-1 && l1[i] == w.DepRel {
				correct++
			}
		}
	}
	if correct < total*9/10 {
		t.Errorf("%d of %d training arcs right", correct, total)
	}
	for mi, c := range memberCorrect {
		if c < total*9/10 {
			t.Errorf("member %d: %d of %d training arcs right", mi, c, total)
		}
	}
}
