package syntax

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/parley-nlp/parley/conllu"
)

// TrainArcScorer trains an arc scorer for parser p (its own arc scorer
// aside) on train with jackknifed tags (trTags, one slice per non-empty
// sentence; made as TrainParser makes them when nil). Training is head
// selection: for each word, every other word and the root compete to be
// its head, and the perceptron learns from the best wrong one. After
// each iteration the scorer's Weight and Temp are picked for the best
// LAS of p's reparse on dev, which is tagged by tg and parsed by p's
// members as at run time (p's relabeler aside); the iteration with the
// best dev LAS is kept. Training is deterministic for o.Seed.
func TrainArcScorer(train, dev []*conllu.Sentence, tg *Tagger, p *Parser, o TrainOptions, trTags [][]Tagged, set int) (*ArcScorer, error) {
	if len(p.Members) < 2 {
		return nil, fmt.Errorf("the arc scorer votes in an ensemble; the parser has %d member", len(p.Members))
	}
	tr, dv, err := trainDev(train, dev)
	if err != nil {
		return nil, err
	}
	if trTags == nil {
		trTags, _ = jackknife(train, nil, o)
	}
	if len(trTags) != len(tr) {
		return nil, fmt.Errorf("%d tagged training sentences for %d", len(trTags), len(tr))
	}
	examples := headExamples(tr, trTags)

	// Dev as at run time; the chooser, trained for an arc scorer, aside.
	base := *p
	base.Relabeler, base.Arcs, base.Chooser = nil, nil, nil
	dvTags := make([][]Tagged, len(dv))
	for i, s := range dv {
		dvTags[i] = tg.Tag(s.words)
	}
	dr := newDevReparse(&base, dv, dvTags)
	devScore := func(a *ArcScorer) (uas, las float64) {
		base.Arcs = a
		return dr.score(&base)
	}
	uas0, las0 := devScore(nil)
	progress(o, "arc scorer: dev UAS %.2f LAS %.2f without it\n", uas0, las0)

	t := newTrainer(1)
	rng := rand.New(rand.NewPCG(o.Seed, 0xa5c0))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var best *ArcScorer
	bestUAS, bestLAS := -1.0, -1.0
	for it := 1; it <= o.Iters; it++ {
		start := time.Now()
		correct, total := learnHeads(t, examples, order, rng, set)
		w, err := newArcWeights(t.averaged(o.MinWeight))
		if err != nil {
			return nil, err
		}
		// The grid: Weight against the members' votes (about 1 each),
		// Temp in real weight units.
		itUAS, itLAS := -1.0, -1.0
		var it0 *ArcScorer
		for _, wt := range []float32{1, 2, 3, 4, 6, 8, 12} {
			for _, tp := range []float32{1, 2, 4, 8, 16, 32, 64} {
				a := &ArcScorer{W: w, Weight: wt, Temp: tp / w.Scale, Features: set}
				uas, las := devScore(a)
				if las > itLAS || (las == itLAS && uas > itUAS) {
					itUAS, itLAS, it0 = uas, las, a
				}
			}
		}
		progress(o, "arc scorer iter %d: train head accuracy %.2f, dev %.2f alone  dev UAS %.2f LAS %.2f (weight %.1f, temperature %.0f)  (%s, %d features)\n",
			it, 100*float64(correct)/float64(max(total, 1)), headAccuracy(&ArcScorer{W: w, Features: set}, dr.info, dv), itUAS, itLAS, it0.Weight, it0.Temp*w.Scale, time.Since(start).Round(time.Millisecond), len(t.keys))
		if itLAS > bestLAS || (itLAS == bestLAS && itUAS > bestUAS) {
			bestUAS, bestLAS, best = itUAS, itLAS, it0
		}
	}
	if best == nil {
		return nil, fmt.Errorf("no training iterations")
	}
	progress(o, "arc scorer: dev UAS %.2f → %.2f, LAS %.2f → %.2f\n", uas0, bestUAS, las0, bestLAS)
	return best, nil
}

// headAccuracy is the percentage of words whose best head by a alone is
// the gold head.
func headAccuracy(a *ArcScorer, infos []*arcInfo, dv []trainSentence) float64 {
	right, total := 0, 0
	var buf []uint64
	for i, ai := range infos {
		n := ai.n
		for d := range n {
			bh, bs := -1, float32(0)
			for h := 0; h <= n; h++ {
				if h == d {
					continue
				}
				var v float32
				if v, buf = a.score(ai, buf, h, d); bh < 0 || v > bs {
					bh, bs = h, v
				}
			}
			g := dv[i].heads[d]
			if g < 0 {
				g = n
			}
			total++
			if bh == g {
				right++
			}
		}
	}
	return 100 * float64(right) / float64(max(total, 1))
}

// headExample is a training sentence for head selection: its arcInfo and
// gold heads (the root = n).
type headExample struct {
	ai    *arcInfo
	heads []int
}

// headExamples returns the sentences of tr (tagged with tags) that have
// well-formed trees.
func headExamples(tr []trainSentence, tags [][]Tagged) []headExample {
	var examples []headExample
	for i, s := range tr {
		n := len(s.words)
		e := headExample{ai: newArcInfo(s.words, tags[i]), heads: make([]int, n)}
		ok := true
		for d, h := range s.heads {
			switch {
			case h == -1:
				e.heads[d] = n
			case h >= 0 && h < n:
				e.heads[d] = h
			default:
				ok = false
			}
		}
		if ok {
			examples = append(examples, e)
		}
	}
	return examples
}

// learnHeads trains t for one pass over the examples, in order shuffled
// again by rng (a permutation of the examples, kept across passes): for
// each word, every other word and the root compete to be
// its head, and the perceptron learns from the best wrong one. It
// returns how many words it got right before learning, of how many.
func learnHeads(t *trainer, examples []headExample, order []int, rng *rand.Rand, set int) (correct, total int) {
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var buf, gbuf []uint64
	var s [1]float32
	for _, ei := range order {
		e := examples[ei]
		n := e.ai.n
		for d := range n {
			bh, bs := -1, float32(0)
			for h := 0; h <= n; h++ {
				if h == d {
					continue
				}
				buf = e.ai.features(buf[:0], h, d, set)
				t.score(buf, s[:])
				if bh < 0 || s[0] > bs {
					bh, bs = h, s[0]
				}
			}
			t.tick()
			total++
			if g := e.heads[d]; bh == g {
				correct++
			} else {
				gbuf = e.ai.features(gbuf[:0], g, d, set)
				buf = e.ai.features(buf[:0], bh, d, set)
				t.add(gbuf, 0, 1)
				t.add(buf, 0, -1)
			}
		}
	}
	return correct, total
}

// devReparse is dev parsed as at run time by a parser's members: every
// member's tree, and whether the cascade keeps the first member's alone.
type devReparse struct {
	dv    []trainSentence
	info  []*arcInfo
	trees [][]arcs
	alone []bool
}

func newDevReparse(p *Parser, dv []trainSentence, tags [][]Tagged) *devReparse {
	r := &devReparse{dv: dv, info: make([]*arcInfo, len(dv)), trees: make([][]arcs, len(dv)), alone: make([]bool, len(dv))}
	for i, s := range dv {
		r.info[i] = newArcInfo(s.words, tags[i])
		for _, m := range p.Members {
			r.trees[i] = append(r.trees[i], m.parse(s.words, tags[i]))
		}
		r.alone[i] = len(s.words) > maxCombineWords || p.confident(r.trees[i][0])
	}
	return r
}

// score returns dev UAS and LAS of q's reparse of the trees (q has the
// members' parser's labels and votes).
func (r *devReparse) score(q *Parser) (uas, las float64) {
	return scoreTrees(r.dv, func(i int) ([]int, []string) {
		if r.alone[i] {
			return q.labelled(r.trees[i][0])
		}
		var ai *arcInfo
		if q.Arcs != nil {
			ai = r.info[i]
		}
		return q.combine(r.trees[i], ai)
	})
}
