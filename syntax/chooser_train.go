package syntax

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/parley-nlp/parley/conllu"
)

// chooserFolds is how many parts train is split in: each is parsed by
// members (and scored by an arc scorer) trained on the others.
const chooserFolds = 4

// chooserExample is a word whose candidates include its gold head: each
// candidate's features, and which is gold.
type chooserExample struct {
	feats [][]uint64
	gold  int
}

// ChooserOptions says how TrainChooser trains the members and the arc
// scorer of each fold: as p's own were.
type ChooserOptions struct {
	Members         []ParserMember // p's members' specs (see TrainParser)
	MemberIters     int
	MemberMinWeight float64
	ArcIters        int
	ArcMinWeight    float64
}

// TrainChooser trains a chooser for parser p, which must have its arc
// scorer. Train is split in chooserFolds parts; each part is parsed
// by members trained on the other parts and its arcs scored by an arc
// scorer trained on them too, so the chooser learns from disagreements
// like those it will meet at run time. Training ranks a word's candidates
// (o.Iters passes); the vote's Weight and Temp are then picked for the
// best LAS of p's reparse on dev, tagged by tg and parsed by p's members
// as at run time, and last the cascade threshold for the whole ensemble
// (see cascadeThreshold). Any chooser p already has is left aside.
// Deterministic for o.Seed; the folds train two at a time.
func TrainChooser(train, dev []*conllu.Sentence, tg *Tagger, p *Parser, o TrainOptions, co ChooserOptions) (*Chooser, error) {
	if p.Arcs == nil || len(p.Members) < 2 || len(co.Members) != len(p.Members) {
		return nil, fmt.Errorf("the chooser votes beside the arc scorer in an ensemble: %d members, %d specs, arc scorer %v", len(p.Members), len(co.Members), p.Arcs != nil)
	}
	tr, dv, err := trainDev(train, dev)
	if err != nil {
		return nil, err
	}
	trTags, _ := jackknife(train, nil, o)
	dvTags := make([][]Tagged, len(dv))
	for i, s := range dv {
		dvTags[i] = tg.Tag(s.words)
	}
	perFold := make([][]chooserExample, chooserFolds)
	errs := make([]error, chooserFolds)
	var wg sync.WaitGroup
	slots := make(chan bool, 2)
	for f := range chooserFolds {
		wg.Go(func() {
			slots <- true
			defer func() { <-slots }()
			perFold[f], errs[f] = foldExamples(tr, trTags, dv, dvTags, p.Labels, f, o, co, p.Arcs.Features)
		})
	}
	wg.Wait()
	var examples []chooserExample
	for f := range chooserFolds {
		if errs[f] != nil {
			return nil, errs[f]
		}
		examples = append(examples, perFold[f]...)
		progress(o, "chooser: fold %d/%d parsed, %d words to learn from\n", f+1, chooserFolds, len(perFold[f]))
	}
	if len(examples) == 0 {
		return nil, fmt.Errorf("the members never disagree on train")
	}

	t := newTrainer(1)
	rng := rand.New(rand.NewPCG(o.Seed, 0xc405))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var s [1]float32
	for it := 1; it <= o.Iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct := 0
		for _, ei := range order {
			e := examples[ei]
			bi, bs := -1, float32(0)
			for i, fs := range e.feats {
				t.score(fs, s[:])
				if bi < 0 || s[0] > bs {
					bi, bs = i, s[0]
				}
			}
			t.tick()
			if bi == e.gold {
				correct++
			} else {
				t.add(e.feats[e.gold], 0, 1)
				t.add(e.feats[bi], 0, -1)
			}
		}
		progress(o, "chooser iter %d: train %.2f\n", it, 100*float64(correct)/float64(len(examples)))
	}
	w, err := newArcWeights(t.averaged(0))
	if err != nil {
		return nil, err
	}

	// Dev as at run time, with p's arc scorer: Weight against the
	// members' votes (about 1 each), Temp in real weight units.
	base := *p
	base.Relabeler, base.Chooser = nil, nil
	dr := newDevReparse(&base, dv, dvTags)
	devScore := func(c *Chooser) (uas, las float64) {
		base.Chooser = c
		return dr.score(&base)
	}
	uas0, las0 := devScore(nil)
	bestUAS, bestLAS := -1.0, -1.0
	var best *Chooser
	for _, wt := range []float32{1, 2, 3, 4, 6, 8} {
		for _, tp := range []float32{0.5, 1, 2, 4, 8} {
			c := &Chooser{W: w, Weight: wt, Temp: tp / w.Scale}
			if uas, las := devScore(c); las > bestLAS || las == bestLAS && uas > bestUAS {
				bestUAS, bestLAS, best = uas, las, c
			}
		}
	}
	progress(o, "chooser: dev UAS %.2f → %.2f, LAS %.2f → %.2f (weight %.1f, temperature %.1f)\n",
		uas0, bestUAS, las0, bestLAS, best.Weight, best.Temp*best.W.Scale)
	// The voters change which trees the cascade may keep without loss,
	// so its threshold is picked again for the whole ensemble, by the
	// parser's rule.
	base.Chooser = best
	best.Confident = cascadeThreshold(&base, dv, dr.trees, func(i int) ([]int, []string) { return base.combine(dr.trees[i], dr.info[i]) }, o)
	return best, nil
}

// foldExamples trains members and an arc scorer on the folds other than
// f and returns the words of fold f their trees disagree on, with the
// gold head among the candidates.
func foldExamples(tr []trainSentence, trTags [][]Tagged, dv []trainSentence, dvTags [][]Tagged, labels []string, f int, o TrainOptions, co ChooserOptions, set int) ([]chooserExample, error) {
	start := time.Now()
	var in []trainSentence
	var inTags [][]Tagged
	for i, s := range tr {
		if i%chooserFolds != f {
			in, inTags = append(in, s), append(inTags, trTags[i])
		}
	}
	var ms []*ArcHybrid
	for _, m := range co.Members {
		mo := o
		mo.Seed, mo.Progress, mo.Iters, mo.MinWeight = m.Seed, nil, co.MemberIters, co.MemberMinWeight
		if m.MinWeight > 0 {
			mo.MinWeight = m.MinWeight
		}
		a, _, err := trainMember(in, inTags, dv, dvTags, labels, m, mo)
		if err != nil {
			return nil, err
		}
		ms = append(ms, a)
	}
	heads := headExamples(in, inTags)
	t := newTrainer(1)
	rng := rand.New(rand.NewPCG(o.Seed+uint64(f), 0xa5c0))
	order := make([]int, len(heads))
	for i := range order {
		order[i] = i
	}
	for range co.ArcIters {
		learnHeads(t, heads, order, rng, set)
	}
	w, err := newArcWeights(t.averaged(co.ArcMinWeight))
	if err != nil {
		return nil, err
	}
	scorer := &ArcScorer{W: w, Features: set}
	var out []chooserExample
	var cs []candidate
	var buf []uint64
	for i, s := range tr {
		if i%chooserFolds != f {
			continue
		}
		var trees []arcs
		for _, m := range ms {
			trees = append(trees, m.parse(s.words, trTags[i]))
		}
		ai := newArcInfo(s.words, trTags[i])
		n := len(s.words)
		for d, g := range s.heads {
			if g == -1 {
				g = n
			}
			cs, buf = scorer.candidatesOf(cs[:0], ai, trees, d, buf)
			if len(cs) < 2 {
				continue
			}
			e := chooserExample{gold: -1}
			for k := range cs {
				if cs[k].head == g {
					e.gold = k
				}
				buf = candidateFeatures(buf[:0], cs, k, w.Scale, ai, d, len(ms))
				e.feats = append(e.feats, append([]uint64(nil), buf...))
			}
			if e.gold >= 0 {
				out = append(out, e)
			}
		}
	}
	progress(o, "chooser: fold %d trained and parsed in %s\n", f+1, time.Since(start).Round(time.Second))
	return out, nil
}
