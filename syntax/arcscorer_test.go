package syntax

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// tinyArcScorer trains an arc scorer for tinyTaggerParser's models.
func tinyArcScorer(t testing.TB) (*Tagger, *Parser, *ArcScorer) {
	t.Helper()
	tb, tg, p := tinyTaggerParser(t)
	a, err := TrainArcScorer(tb, tb, tg, p, TrainOptions{Seed: 1, Iters: 3}, nil, 2)
	if err != nil {
		t.Fatal(err)
	}
	return tg, p, a
}

// TestTrainArcScorer: training is deterministic for a seed, the scorer
// learns the training arcs, the model survives saving, and a parser
// with it still returns trees.
func TestTrainArcScorer(t *testing.T) {
	tg, p, a := tinyArcScorer(t)
	_, _, a2 := tinyArcScorer(t)
	b1 := checkSameSaves(t, func(w io.Writer) error { return WriteArcScorer(w, a) }, func(w io.Writer) error { return WriteArcScorer(w, a2) })
	// Alone, it picks the gold heads of the training sentences (gold
	// tags given).
	tb := tinyTreebank()
	idx := map[string]int{}
	var names []string
	ts := toTrain(tb, idx, true, &names)
	var infos []*arcInfo
	for _, s := range tb {
		tags := make([]Tagged, len(s.Words))
		for i, w := range s.Words {
			tags[i] = Tagged{UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma}
		}
		infos = append(infos, newArcInfo(forms(s), tags))
	}
	if acc := headAccuracy(a, infos, ts); acc < 90 {
		t.Errorf("training heads %.1f%% right", acc)
	}
	a3, err := ReadArcScorer(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if a3.Weight != a.Weight || a3.Temp != a.Temp || a3.Features != a.Features {
		t.Errorf("saved %+v, read %+v", a, a3)
	}
	withA, withA3 := *p, *p
	withA.Arcs, withA3.Arcs = a, a3
	checkSavedParses(t, tg, &withA, &withA3, 4)
}

// checkSameSaves asserts that two models trained alike save to the same
// bytes, and returns them.
func checkSameSaves(t *testing.T, write1, write2 func(io.Writer) error) []byte {
	t.Helper()
	var b1, b2 bytes.Buffer
	if err := write1(&b1); err != nil {
		t.Fatal(err)
	}
	if err := write2(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two runs with one seed differ")
	}
	return b1.Bytes()
}

// checkSavedParses parses 100 random sentences of invented words (drawn
// with seed) with p and with q, the same parser but for a model saved
// and read again: the trees must agree and be trees.
func checkSavedParses(t *testing.T, tg *Tagger, p, q *Parser, seed uint64) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed-1, seed))
	vocab := strings.Fields("the envoy rejected talks , in Oslo resolution and troops met . plan")
	for range 100 {
		words := make([]string, 1+rng.IntN(25))
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		tags := tg.Tag(words)
		h1, l1 := p.Parse(words, tags)
		h3, l3 := q.Parse(words, tags)
		if fmt.Sprint(h1, l1) != fmt.Sprint(h3, l3) {
			t.Fatalf("%v: saving changed the tree %v / %v", words, h1, h3)
		}
		checkTree(t, h1)
		checkRootLabels(t, strings.Join(words, " "), h1, l1)
	}
}

// TestArcVotesChooseAmongCandidates: the scorer's votes go only to the
// heads the members proposed, so a word all members attach alike keeps
// its head, and a word they disagree on takes one of their heads.
func TestArcVotesChooseAmongCandidates(t *testing.T) {
	tg, p, a := tinyArcScorer(t)
	voteTrials(tg, p, 8, func(ai *arcInfo, trees []arcs, score, root []float32) {
		a.addVotes(nil, ai, trees, score, root)
		checkVotes(t, trees, score, root)
		pa := *p
		pa.Arcs = a
		heads, _ := pa.combine(trees, ai)
		checkTree(t, heads)
	})
}

// voteTrials calls trial 50 times on an invented sentence with random
// trees, one per member of p (drawn with seed), and empty arc scores.
func voteTrials(tg *Tagger, p *Parser, seed uint64, trial func(ai *arcInfo, trees []arcs, score, root []float32)) {
	words := strings.Fields("The envoy rejected the plan in Oslo .")
	ai := newArcInfo(words, tg.Tag(words))
	n := len(words)
	rng := rand.New(rand.NewPCG(7, seed))
	for range 50 {
		var trees []arcs
		for range p.Members {
			trees = append(trees, randomTree(rng, n))
		}
		trial(ai, trees, make([]float32, n*n), make([]float32, n))
	}
}

// tagSentences splits invented sentences into words and tags them.
func tagSentences(tg *Tagger, texts ...string) (words [][]string, tags [][]Tagged) {
	for _, s := range texts {
		w := strings.Fields(s)
		words, tags = append(words, w), append(tags, tg.Tag(w))
	}
	return words, tags
}

// checkVotes asserts that the votes added to score and root are never
// negative and go only to heads the trees propose, for words the trees
// disagree on.
func checkVotes(t *testing.T, trees []arcs, score, root []float32) {
	t.Helper()
	n := len(root)
	for d := range n {
		proposed := map[int]bool{}
		for _, tr := range trees {
			proposed[tr.heads[d]] = true
		}
		for h := -1; h < n; h++ {
			v := root[d]
			if h >= 0 {
				v = score[h*n+d]
			}
			if v < 0 || v > 0 && (!proposed[h] || len(proposed) < 2) {
				t.Fatalf("vote %g for %d -> %d, proposed %v", v, h, d, proposed)
			}
		}
	}
}

func TestRefuseForeignArcScorer(t *testing.T) {
	checkRefused(t, "arcs", "labeler", func(r io.Reader) error { _, err := ReadArcScorer(r); return err })
}

func TestArcScorerNeedsEnsemble(t *testing.T) {
	tb := tinyTreebank()
	p := &Parser{Labels: []string{"root"}, Members: []*ArcHybrid{{}}}
	if _, err := TrainArcScorer(tb, tb, nil, p, TrainOptions{Iters: 1}, nil, 2); err == nil {
		t.Error("trained for a one-member parser")
	}
}

// FuzzReadModels feeds arbitrary bytes to the model readers: a corrupt
// or foreign file is refused with an error, never a panic.
func FuzzReadModels(f *testing.F) {
	_, _, a := tinyArcScorer(f)
	var b bytes.Buffer
	if a != nil && WriteArcScorer(&b, a) == nil {
		f.Add(b.Bytes())
	}
	for _, s := range []string{"parley-syntax arcs v1\n", "parley-syntax labeler v1\n\x04\x00\x00\x00abcd", "parley-syntax parser v5\n", "parley-syntax tagger v4\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadArcScorer(bytes.NewReader(data))
		ReadRelabeler(bytes.NewReader(data))
		ReadParser(bytes.NewReader(data))
		ReadTagger(bytes.NewReader(data))
		ReadChooser(bytes.NewReader(data))
	})
}

// TestParseConcurrently parses from several goroutines at once with the
// embedded models (arc scorer, chooser and relabeler included) and gets what one
// goroutine gets: the models are read-only.
func TestParseConcurrently(t *testing.T) {
	tg, p := loadModels(t)
	sents, tags := tagSentences(tg,
		"The envoy said the talks , which began in March , had stalled over prisoners held by both sides .",
		"Rebels withdrew from the town after two days of shelling , officials said on Monday .",
		"The council urged all parties to refrain from action that could escalate the conflict .",
	)
	want := make([]string, len(sents))
	for i := range sents {
		h, l := p.Parse(sents[i], tags[i])
		want[i] = fmt.Sprint(h, l)
	}
	errs := make(chan string, 64)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for k := range 20 {
				i := k % len(sents)
				if h, l := p.Parse(sents[i], tags[i]); fmt.Sprint(h, l) != want[i] {
					errs <- fmt.Sprint(h, l)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("a concurrent parse differs: %s", e)
	}
}
