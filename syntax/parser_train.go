package syntax

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/parley-nlp/parley/conllu"
)

// cost returns how many gold arcs become unreachable if action c is
// applied in s (the arc-hybrid dynamic oracle of Goldberg and Nivre,
// 2013); gh and gl are gold heads (root = n) and label indices.
func (s *state) cost(c int, gh, gl []int) int {
	k := len(s.stack)
	switch {
	case c == shift:
		b := s.b
		n := 0
		for j, d := range s.stack {
			if gh[d] == b {
				n++
			}
			if j < k-1 && gh[b] == d {
				n++
			}
		}
		return n
	case c%2 == 1: // LEFT: s0 gets head b
		s0, b := s.stack[k-1], s.b
		n := s.depsInBuffer(s0, gh)
		switch {
		case gh[s0] == b:
			if gl[s0] != (c-1)/2 {
				n++
			}
		case k >= 2 && gh[s0] == s.stack[k-2], gh[s0] > b && gh[s0] < s.n:
			n++
		}
		return n
	default: // RIGHT: s0 gets head s1
		s0, s1 := s.stack[k-1], s.stack[k-2]
		n := s.depsInBuffer(s0, gh)
		switch {
		case gh[s0] == s1:
			if gl[s0] != (c-1)/2 {
				n++
			}
		case gh[s0] >= s.b && gh[s0] < s.n:
			n++
		}
		return n
	}
}

func (s *state) depsInBuffer(h int, gh []int) int {
	n := 0
	for d := s.b; d < s.n; d++ {
		if gh[d] == h {
			n++
		}
	}
	return n
}

// TrainParser trains the parser on train with tags predicted by taggers
// trained on the other folds (jackknifing, so features see the tagger's
// errors as they will at run time) and returns the model of the
// iteration with the best dev LAS, dev being tagged by a tagger trained
// on all of train.
func TrainParser(train, dev []*conllu.Sentence, o TrainOptions) (*Parser, error) {
	idx := map[string]int{}
	var tags []string
	tr := toTrain(train, idx, true, &tags)
	dv := toTrain(dev, idx, false, &tags)
	if len(tr) == 0 {
		return nil, fmt.Errorf("no training sentences")
	}
	trTags, dvTags := jackknife(train, dev, o)

	labelSet := map[string]bool{}
	for _, s := range tr {
		for _, l := range s.labels {
			labelSet[l] = true
		}
	}
	var labels []string
	for l := range labelSet {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	li := map[string]int{}
	for i, l := range labels {
		li[l] = i
	}
	p := &Parser{Labels: labels, Features: currentFeatures}
	nclass := 1 + 2*len(labels)
	pt := newTrainer(nclass)
	rng := rand.New(rand.NewPCG(o.Seed, 0x9a55))

	type goldTree struct{ gh, gl []int }
	golds := make([]goldTree, len(tr))
	var order []int
	for i, s := range tr {
		n := len(s.words)
		g := goldTree{gh: make([]int, n+1), gl: make([]int, n+1)}
		ok := true
		for j, h := range s.heads {
			switch {
			case h == -1:
				g.gh[j] = n
			case h >= 0:
				g.gh[j] = h
			default:
				ok = false
			}
			g.gl[j] = li[s.labels[j]]
		}
		g.gh[n], g.gl[n] = -1, -1
		golds[i] = g
		if ok {
			order = append(order, i)
		}
	}
	rootLabel := p.rootLabel()
	scores := make([]float32, nclass)
	costs := make([]int, nclass)
	var buf []uint64
	var best *Weights
	bestLAS := -1.0
	for it := 1; it <= o.Iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ti := range order {
			sent, g := tr[ti], golds[ti]
			si := parseInfo(sent.words, trTags[ti])
			s := newState(len(sent.words), rootLabel)
			for !s.terminal() {
				buf = p.features(buf[:0], s, &si)
				pt.score(buf, scores)
				pred := argmax(scores, s.valid)
				minCost := s.costs(costs, g.gh, g.gl)
				gold := argmax(scores, func(c int) bool { return s.valid(c) && costs[c] == minCost })
				pt.tick()
				if costs[pred] > minCost {
					pt.update(buf, gold, pred)
				}
				next := gold
				if it > 1 && rng.Float64() < 0.9 {
					next = pred
				}
				s.apply(next)
			}
		}
		p.W = pt.averaged(o.MinWeight)
		uas, las := p.evaluate(dv, dvTags)
		progress(o, "parser iter %d: dev UAS %.2f LAS %.2f  (%s, %d features)\n", it, uas, las, time.Since(start).Round(time.Millisecond), len(pt.keys))
		if las > bestLAS {
			bestLAS, best = las, p.W
		}
	}
	p.W = best
	return p, nil
}

// jackknife tags train in four folds, each by a tagger trained on the
// other three, and tags dev with a tagger trained on all of train.
func jackknife(train, dev []*conllu.Sentence, o TrainOptions) (trTags, dvTags [][]Tagged) {
	const folds = 4
	to := TrainOptions{Seed: o.Seed, Iters: 5, MinWeight: 0.5}
	tagAll := func(t *Tagger, ss []*conllu.Sentence) [][]Tagged {
		out := make([][]Tagged, 0, len(ss))
		for _, s := range ss {
			if len(s.Words) == 0 {
				continue
			}
			out = append(out, t.Tag(forms(s)))
		}
		return out
	}
	trTags = make([][]Tagged, 0, len(train))
	var nonEmpty []*conllu.Sentence
	for _, s := range train {
		if len(s.Words) > 0 {
			nonEmpty = append(nonEmpty, s)
		}
	}
	trTags = make([][]Tagged, len(nonEmpty))
	for f := range folds {
		var in, out []*conllu.Sentence
		var outIdx []int
		for i, s := range nonEmpty {
			if i%folds == f {
				out = append(out, s)
				outIdx = append(outIdx, i)
			} else {
				in = append(in, s)
			}
		}
		t, err := TrainTagger(in, nil, to)
		if err != nil {
			continue
		}
		for j, tg := range tagAll(t, out) {
			trTags[outIdx[j]] = tg
		}
		progress(o, "jackknife fold %d/%d tagged\n", f+1, folds)
	}
	t, _ := TrainTagger(nonEmpty, nil, to)
	return trTags, tagAll(t, dev)
}

func forms(s *conllu.Sentence) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// evaluate returns dev UAS and LAS (labels without subtypes, as the
// CoNLL 2018 scorer counts them) in percent.
func (p *Parser) evaluate(dv []trainSentence, tags [][]Tagged) (uas, las float64) {
	n := 0
	for i, s := range dv {
		heads, labels := p.Parse(s.words, tags[i])
		for j := range heads {
			n++
			if heads[j] == s.heads[j] {
				uas++
				if baseLabel(labels[j]) == baseLabel(s.labels[j]) {
					las++
				}
			}
		}
	}
	d := float64(max(n, 1)) / 100
	return uas / d, las / d
}

func baseLabel(l string) string {
	for i := 0; i < len(l); i++ {
		if l[i] == ':' {
			return l[:i]
		}
	}
	return l
}

// costs fills costs[c] for every valid class c and returns the smallest.
// Labelled actions share their transition's cost, plus one when the arc
// is gold but the label is not.
func (s *state) costs(costs []int, gh, gl []int) int {
	minCost := int(^uint(0) >> 1)
	base := [3]int{-1, -1, -1} // SHIFT, LEFT, RIGHT without label errors
	k := len(s.stack)
	for c := range costs {
		if !s.valid(c) {
			continue
		}
		kind := 0
		if c > 0 {
			kind = 2 - c%2
		}
		if base[kind] < 0 {
			if kind == 0 {
				base[kind] = s.cost(c, gh, gl)
			} else {
				// cost with the gold label, so only the arc counts
				s0 := s.stack[k-1]
				gc := c
				if gl[s0] >= 0 {
					gc = 1 + 2*gl[s0] + (kind - 1)
				}
				base[kind] = s.cost(gc, gh, gl)
			}
		}
		costs[c] = base[kind]
		if kind > 0 {
			s0 := s.stack[k-1]
			head := s.b
			if kind == 2 {
				head = s.stack[k-2]
			}
			if gh[s0] == head && gl[s0] != (c-1)/2 {
				costs[c]++
			}
		}
		minCost = min(minCost, costs[c])
	}
	return minCost
}
