package syntax

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// tinyChooser trains a chooser for tinyArcScorer's parser.
func tinyChooser(t testing.TB) (*Tagger, *Parser, *Chooser) {
	t.Helper()
	tg, p, a := tinyArcScorer(t)
	withArcs := *p
	withArcs.Arcs = a
	co := ChooserOptions{Members: []ParserMember{{Seed: 1}, {Reverse: true, Seed: 2}}, MemberIters: 2, MemberMinWeight: 1, ArcIters: 2, ArcMinWeight: 0.5}
	tb := tinyTreebank()
	ch, err := TrainChooser(tb, tb, tg, &withArcs, TrainOptions{Seed: 1, Iters: 3}, co)
	if err != nil {
		t.Fatal(err)
	}
	return tg, &withArcs, ch
}

// TestTrainChooser: training is deterministic for a seed, the model
// survives saving, and a parser with it still returns trees.
func TestTrainChooser(t *testing.T) {
	tg, p, ch := tinyChooser(t)
	_, _, ch2 := tinyChooser(t)
	var b1, b2 bytes.Buffer
	if err := WriteChooser(&b1, ch); err != nil {
		t.Fatal(err)
	}
	if err := WriteChooser(&b2, ch2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two runs with one seed differ")
	}
	ch3, err := ReadChooser(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if ch3.Weight != ch.Weight || ch3.Temp != ch.Temp {
		t.Errorf("saved %g/%g, read %g/%g", ch.Weight, ch.Temp, ch3.Weight, ch3.Temp)
	}
	with, with3 := *p, *p
	with.Chooser, with3.Chooser = ch, ch3
	rng := rand.New(rand.NewPCG(5, 6))
	vocab := strings.Fields("the envoy rejected talks , in Oslo resolution and troops met . plan")
	for range 100 {
		words := make([]string, 1+rng.IntN(25))
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		tags := tg.Tag(words)
		h1, l1 := with.Parse(words, tags)
		h3, l3 := with3.Parse(words, tags)
		if !equalTrees(h1, l1, h3, l3) {
			t.Fatalf("%v: saving changed the tree %v / %v", words, h1, h3)
		}
		checkTree(t, h1)
		checkRootLabels(t, strings.Join(words, " "), h1, l1)
	}
}

func equalTrees(h1 []int, l1 []string, h2 []int, l2 []string) bool {
	if len(h1) != len(h2) {
		return false
	}
	for i := range h1 {
		if h1[i] != h2[i] || l1[i] != l2[i] {
			return false
		}
	}
	return true
}

// TestChooserVotesAmongCandidates: with the chooser the votes still go
// only to the heads the members proposed, where they disagree.
func TestChooserVotesAmongCandidates(t *testing.T) {
	tg, p, ch := tinyChooser(t)
	words := strings.Fields("The envoy rejected the plan in Oslo .")
	tags := tg.Tag(words)
	ai := newArcInfo(words, tags)
	n := len(words)
	rng := rand.New(rand.NewPCG(7, 9))
	for range 50 {
		var trees []arcs
		for range p.Members {
			trees = append(trees, randomTree(rng, n))
		}
		score, root := make([]float32, n*n), make([]float32, n)
		p.Arcs.addVotes(ch, ai, trees, score, root)
		checkVotes(t, trees, score, root)
	}
}

func TestRefuseForeignChooser(t *testing.T) {
	checkRefused(t, "chooser", "arcs", func(r io.Reader) error { _, err := ReadChooser(r); return err })
}

func TestChooserNeedsArcScorer(t *testing.T) {
	tb, tg, p := tinyTaggerParser(t)
	if _, err := TrainChooser(tb, tb, tg, p, TrainOptions{Iters: 1}, ChooserOptions{Members: []ParserMember{{Seed: 1}, {Seed: 2}}}); err == nil {
		t.Error("trained without an arc scorer")
	}
}
