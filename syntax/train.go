package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/parley-nlp/parley/conllu"
)

// TrainOptions controls training. Training is deterministic for a Seed.
type TrainOptions struct {
	Seed     uint64
	Iters    int
	Progress io.Writer // per-iteration dev scores; nil for none
	// MinWeight prunes averaged weights of smaller magnitude.
	MinWeight float64
	// TwoPass trains the tagger's second pass too.
	TwoPass bool
	// Bidirectional also trains a right-to-left tagger (both passes);
	// it needs TwoPass.
	Bidirectional bool
}

// trainSentence is a treebank sentence in training form.
type trainSentence struct {
	words              []string
	tags               []int // joint class
	upos, xpos, lemmas []string
	heads              []int // 0-based, -1 root
	labels             []string
}

// trainDev converts a training and a dev treebank, with one tag index,
// and refuses an empty one.
func trainDev(train, dev []*conllu.Sentence) (tr, dv []trainSentence, err error) {
	idx := map[string]int{}
	var tagNames []string
	tr = toTrain(train, idx, true, &tagNames)
	dv = toTrain(dev, idx, false, &tagNames)
	if len(tr) == 0 || len(dv) == 0 {
		return nil, nil, fmt.Errorf("no training or dev sentences")
	}
	return tr, dv, nil
}

func toTrain(sents []*conllu.Sentence, tagIndex map[string]int, grow bool, tags *[]string) []trainSentence {
	var out []trainSentence
	for _, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		ts := trainSentence{}
		for _, w := range s.Words {
			jt := w.UPOS + "|" + w.XPOS
			c, ok := tagIndex[jt]
			if !ok {
				if grow {
					c = len(*tags)
					tagIndex[jt] = c
					*tags = append(*tags, jt)
				} else {
					c = -1
				}
			}
			ts.words = append(ts.words, w.Form)
			ts.tags = append(ts.tags, c)
			ts.upos = append(ts.upos, w.UPOS)
			ts.xpos = append(ts.xpos, w.XPOS)
			ts.lemmas = append(ts.lemmas, w.Lemma)
			h := w.Head - 1
			if w.Head < 0 || w.Head > len(s.Words) {
				h = -2
			}
			ts.heads = append(ts.heads, h)
			ts.labels = append(ts.labels, w.DepRel)
		}
		out = append(out, ts)
	}
	return out
}

func progress(o TrainOptions, format string, args ...any) {
	if o.Progress != nil {
		fmt.Fprintf(o.Progress, format, args...)
	}
}

// TrainTagger trains the tagger and lemmatizer on train and returns the
// model of the iteration with the best dev accuracy.
func TrainTagger(train, dev []*conllu.Sentence, o TrainOptions) (*Tagger, error) {
	idx := map[string]int{}
	var tags []string
	tr := toTrain(train, idx, true, &tags)
	dv := toTrain(dev, idx, false, &tags)
	if len(tr) == 0 {
		return nil, fmt.Errorf("no training sentences")
	}
	t := &Tagger{Tags: tags, Fixed: fixedTags(tr, 20), Classes: ambiguityClasses(tr, tags, 2), WordClasses: true}
	t.Lemmas = trainLemmatizer(tr)
	var err error
	if t.W, err = t.trainPass(tr, dv, nil, o, "tagger"); err != nil {
		return nil, err
	}
	if !o.TwoPass {
		return t, nil
	}
	if t.W2, err = t.trainSecondPass(tr, dv, o, "tagger"); err != nil {
		return nil, err
	}
	if !o.Bidirectional {
		return t, nil
	}
	// The right-to-left tagger is the same model trained on reversed
	// sentences; it is scored (on reversed dev) alone, then the pair.
	// Only its second pass is kept (see Tagger.RW2).
	rt := &Tagger{Tags: t.Tags, Fixed: t.Fixed, Classes: t.Classes, WordClasses: true, Lemmas: t.Lemmas}
	rtr, rdv := reversed(tr), reversed(dv)
	if rt.W, err = rt.trainPass(rtr, rdv, nil, o, "right-to-left tagger"); err != nil {
		return nil, err
	}
	if rt.W2, err = rt.trainSecondPass(rtr, rdv, o, "right-to-left tagger"); err != nil {
		return nil, err
	}
	t.RW2 = rt.W2
	upos, xpos, lem := t.evaluate(dv)
	progress(o, "both directions: dev UPOS %.2f XPOS %.2f lemma %.2f\n", upos, xpos, lem)
	t.SureMargin = t.chooseSureMargin(dv, upos+xpos)
	progress(o, "right-to-left pass skips words whose tag leads by %.0f\n", t.SureMargin)
	return t, nil
}

// chooseSureMargin returns the smallest margin (see Tagger.SureMargin)
// that costs no dev accuracy against full, dev's UPOS+XPOS without
// skipping; 0 (never skip) when every candidate costs some.
func (t *Tagger) chooseSureMargin(dv []trainSentence, full float64) float32 {
	if len(dv) == 0 {
		return 0
	}
	defer func(m float32) { t.SureMargin = m }(t.SureMargin)
	for _, m := range []float32{16, 24, 32, 48, 64, 96} {
		t.SureMargin = m
		if upos, xpos, _ := t.evaluate(dv); upos+xpos >= full {
			return m
		}
	}
	return 0
}

// reversed returns the sentences with their words in reverse order.
func reversed(ss []trainSentence) []trainSentence {
	out := make([]trainSentence, len(ss))
	for i, s := range ss {
		r := trainSentence{}
		for j := len(s.words) - 1; j >= 0; j-- {
			r.words = append(r.words, s.words[j])
			r.tags = append(r.tags, s.tags[j])
			r.upos = append(r.upos, s.upos[j])
			r.xpos = append(r.xpos, s.xpos[j])
			r.lemmas = append(r.lemmas, s.lemmas[j])
		}
		out[i] = r
	}
	return out
}

// trainSecondPass trains t.W2 on top of t.W and returns it.
func (t *Tagger) trainSecondPass(tr, dv []trainSentence, o TrainOptions, name string) (*arcWeights, error) {
	var err error
	// The second pass learns from first-pass tags of held-out folds, so it
	// sees first-pass errors as they happen at run time.
	const folds = 4
	firstTr := make([][]int, len(tr))
	for f := range folds {
		var in []trainSentence
		for i, s := range tr {
			if i%folds != f {
				in = append(in, s)
			}
		}
		ft := &Tagger{Tags: t.Tags, Fixed: fixedTags(in, 20), Classes: ambiguityClasses(in, t.Tags, 2), WordClasses: true}
		fo := o
		fo.Progress = nil
		if ft.W, err = ft.trainPass(in, nil, nil, fo, ""); err != nil {
			return nil, err
		}
		for i, s := range tr {
			if i%folds == f {
				firstTr[i] = ft.TagClasses(s.words)
			}
		}
		progress(o, "%s: first pass fold %d/%d\n", name, f+1, folds)
	}
	return t.trainPass(tr, dv, firstTr, o, name+" pass 2")
}

// trainPass trains one pass's weights (the second when first holds the
// first pass's classes of train) and returns those of the best dev
// iteration (the last when dev is empty).
func (t *Tagger) trainPass(tr, dv []trainSentence, first [][]int, o TrainOptions, name string) (*arcWeights, error) {
	pt := newTrainer(len(t.Tags))
	rng := rand.New(rand.NewPCG(o.Seed, 0x7a66))
	order := make([]int, len(tr))
	for i := range order {
		order[i] = i
	}
	var best *arcWeights
	bestAcc := -1.0
	scores := make([]float32, len(t.Tags))
	var buf []uint64
	for it := 1; it <= o.Iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := tr[si]
			in := t.info(s.words)
			p1, p2 := -1, -1
			for i, w := range s.words {
				gold := s.tags[i]
				c, ok := t.Fixed[w]
				if !ok {
					buf = t.features(buf[:0], in, i, p1, p2)
					if first != nil {
						buf = rightFeatures(buf, in, first[si], i, p1)
					}
					pt.score(buf, scores)
					c = argmax(scores, nil)
					pt.tick()
					pt.update(buf, gold, c)
				}
				if c == gold {
					correct++
				}
				total++
				p2, p1 = p1, c
			}
		}
		w, err := newArcWeights(pt.averaged(o.MinWeight))
		if err != nil {
			return nil, err
		}
		if first == nil {
			t.W, t.W2 = w, nil
		} else {
			t.W2 = w
		}
		upos, xpos, lem := t.evaluate(dv)
		progress(o, "%s iter %d: train %.2f  dev UPOS %.2f XPOS %.2f lemma %.2f  (%s)\n",
			name, it, 100*float64(correct)/float64(max(total, 1)), upos, xpos, lem, time.Since(start).Round(time.Millisecond))
		if upos+xpos >= bestAcc {
			bestAcc, best = upos+xpos, w
		}
	}
	return best, nil
}

// evaluate returns dev UPOS, XPOS and lemma accuracy in percent.
func (t *Tagger) evaluate(dv []trainSentence) (upos, xpos, lem float64) {
	n := 0
	for _, s := range dv {
		out := t.Tag(s.words)
		for i, o := range out {
			n++
			if o.UPOS == s.upos[i] {
				upos++
			}
			if o.XPOS == s.xpos[i] {
				xpos++
			}
			if o.Lemma == s.lemmas[i] {
				lem++
			}
		}
	}
	d := float64(max(n, 1)) / 100
	return upos / d, xpos / d, lem / d
}
