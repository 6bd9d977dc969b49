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
	type example struct {
		ai    *arcInfo
		heads []int // gold, the root = n
	}
	var examples []example
	for i, s := range tr {
		n := len(s.words)
		e := example{ai: newArcInfo(s.words, trTags[i]), heads: make([]int, n)}
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

	// Dev as at run time: every member's tree, and whether the cascade
	// keeps the first member's alone.
	base := *p
	base.Relabeler, base.Arcs = nil, nil
	dvInfo := make([]*arcInfo, len(dv))
	dvTrees := make([][]arcs, len(dv))
	alone := make([]bool, len(dv))
	for i, s := range dv {
		tags := tg.Tag(s.words)
		dvInfo[i] = newArcInfo(s.words, tags)
		for _, m := range p.Members {
			dvTrees[i] = append(dvTrees[i], m.parse(s.words, tags))
		}
		alone[i] = len(s.words) > maxCombineWords || p.confident(dvTrees[i][0])
	}
	devScore := func(a *ArcScorer) (uas, las float64) {
		base.Arcs = a
		return scoreTrees(dv, func(i int) ([]int, []string) {
			if alone[i] {
				return base.labelled(dvTrees[i][0])
			}
			var ai *arcInfo
			if a != nil {
				ai = dvInfo[i]
			}
			return base.combine(dvTrees[i], ai)
		})
	}
	uas0, las0 := devScore(nil)
	progress(o, "arc scorer: dev UAS %.2f LAS %.2f without it\n", uas0, las0)

	t := newTrainer(1)
	rng := rand.New(rand.NewPCG(o.Seed, 0xa5c0))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var buf, gbuf []uint64
	var s [1]float32
	var best *ArcScorer
	bestUAS, bestLAS := -1.0, -1.0
	for it := 1; it <= o.Iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
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
			it, 100*float64(correct)/float64(max(total, 1)), headAccuracy(&ArcScorer{W: w, Features: set}, dvInfo, dv), itUAS, itLAS, it0.Weight, it0.Temp*w.Scale, time.Since(start).Round(time.Millisecond), len(t.keys))
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
