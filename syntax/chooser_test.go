package syntax

import (
	"bytes"
	"io"
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
	b1 := checkSameSaves(t, func(w io.Writer) error { return WriteChooser(w, ch) }, func(w io.Writer) error { return WriteChooser(w, ch2) })
	ch3, err := ReadChooser(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if ch3.Weight != ch.Weight || ch3.Temp != ch.Temp || ch3.Confident != ch.Confident {
		t.Errorf("saved %g/%g/%g, read %g/%g/%g", ch.Weight, ch.Temp, ch.Confident, ch3.Weight, ch3.Temp, ch3.Confident)
	}
	with, with3 := *p, *p
	with.Chooser, with3.Chooser = ch, ch3
	checkSavedParses(t, tg, &with, &with3, 6)
}

// TestChooserVotesAmongCandidates: with the chooser the votes still go
// only to the heads the members proposed, where they disagree.
func TestChooserVotesAmongCandidates(t *testing.T) {
	tg, p, ch := tinyChooser(t)
	voteTrials(tg, p, 9, func(ai *arcInfo, trees []arcs, score, root []float32) {
		p.Arcs.addVotes(ch, ai, trees, score, root)
		checkVotes(t, trees, score, root)
	})
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

// TestChooserCascade: a chooser's cascade threshold, when it has one,
// replaces the parser's.
func TestChooserCascade(t *testing.T) {
	tree := arcs{margins: []float32{5, 10, -1}} // -1: a forced arc
	for _, c := range []struct {
		parser, chooser float32
		noChooser, want bool
	}{
		{parser: 3, noChooser: true, want: true},
		{parser: 7, noChooser: true, want: false},
		{parser: 3, chooser: 0, want: true},
		{parser: 3, chooser: 7, want: false},
		{parser: 7, chooser: 3, want: true},
		{parser: 0, chooser: 5, want: true},
		{parser: 0, noChooser: true, want: false},
	} {
		p := &Parser{Confident: c.parser}
		if !c.noChooser {
			p.Chooser = &Chooser{Confident: c.chooser}
		}
		if got := p.confident(tree); got != c.want {
			t.Errorf("parser %g, chooser %g (none: %v): alone %v, want %v", c.parser, c.chooser, c.noChooser, got, c.want)
		}
	}
}
