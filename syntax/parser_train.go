package syntax

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
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

// ParserMember says how to train one member of an ensemble.
type ParserMember struct {
	Reverse  bool   // read sentences right to left
	Factored bool   // transition kinds and labels scored apart (faster)
	Seed     uint64 // shuffling and exploration seed
	// MinWeight, when above 0, replaces TrainOptions.MinWeight: pruning
	// the weaker members harder makes their tables smaller, so they miss
	// the caches less, at little cost to the ensemble.
	MinWeight float64
}

// TrainParser trains one arc-hybrid parser per member on train with tags
// predicted by taggers trained on the other folds (jackknifing, so
// features see the tagger's errors as they will at run time); each
// member keeps the weights of its iteration with the best dev LAS, dev
// being tagged by a tagger trained on all of train. The combination's
// confidence bonus is then picked on dev.
func TrainParser(train, dev []*conllu.Sentence, o TrainOptions, members []ParserMember) (*Parser, error) {
	if len(members) == 0 || len(members) > maxMembers {
		return nil, fmt.Errorf("%d parser members (want 1 to %d)", len(members), maxMembers)
	}
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
	p := &Parser{Labels: labels}
	var devLAS []float64
	for mi, m := range members {
		mo := o
		mo.Seed = m.Seed
		if m.MinWeight > 0 {
			mo.MinWeight = m.MinWeight
		}
		a, las, err := trainMember(tr, trTags, dv, dvTags, labels, m, mo)
		if err != nil {
			return nil, err
		}
		progress(o, "member %d (reverse %v, factored %v, seed %d): dev LAS %.2f\n", mi+1, m.Reverse, m.Factored, m.Seed, las)
		p.Members = append(p.Members, a)
		devLAS = append(devLAS, las)
	}
	if len(p.Members) == 1 {
		p.Votes = []float32{1}
		return p, nil
	}
	p.tuneCombination(dv, dvTags, devLAS, o)
	return p, nil
}

// tuneCombination picks the members' votes and the confidence bonus with
// the best dev LAS. A member's vote is exp(g*(its dev LAS - the best's)),
// so g = 0 weighs all alike and a larger g trusts the better members
// more; tiny differences remain, so ties go to the better member.
func (p *Parser) tuneCombination(dv []trainSentence, dvTags [][]Tagged, devLAS []float64, o TrainOptions) {
	trees := make([][]arcs, len(dv))
	for i, s := range dv {
		for _, a := range p.Members {
			trees[i] = append(trees[i], a.parse(s.words, dvTags[i]))
		}
	}
	best := devLAS[0]
	for _, l := range devLAS {
		best = max(best, l)
	}
	bestLAS := -1.0
	var bw, bs, bg float32
	for _, g := range []float32{0, 0.1, 0.2, 0.4} {
		p.Votes = p.Votes[:0]
		for _, l := range devLAS {
			p.Votes = append(p.Votes, float32(math.Exp(float64(g)*(l-best)))+float32(l/1e4))
		}
		for _, w := range []float32{0, 0.5, 1, 2} {
			for _, sc := range []float32{10, 100} {
				if w == 0 && sc != 10 {
					continue
				}
				p.MarginWeight, p.MarginScale = w, sc
				uas, las := scoreTrees(dv, func(i int) ([]int, []string) {
					if len(dv[i].words) > maxCombineWords {
						return p.Members[0].Parse(dv[i].words, dvTags[i])
					}
					return p.combine(trees[i], nil)
				})
				progress(o, "ensemble vote slope %.1f, margin weight %.1f scale %g: dev UAS %.2f LAS %.2f\n", g, w, sc, uas, las)
				if las > bestLAS {
					bestLAS, bw, bs, bg = las, w, sc, g
				}
			}
		}
	}
	p.Votes = p.Votes[:0]
	for _, l := range devLAS {
		p.Votes = append(p.Votes, float32(math.Exp(float64(bg)*(l-best)))+float32(l/1e4))
	}
	p.MarginWeight, p.MarginScale = bw, bs
	progress(o, "ensemble: vote slope %.1f, margin weight %.1f scale %g: dev LAS %.2f\n", bg, bw, bs, bestLAS)
	p.Confident = cascadeThreshold(p, dv, trees, func(i int) ([]int, []string) { return p.combine(trees[i], nil) }, o)
}

// cascadeThreshold picks the cascade threshold for p: the one that lets
// the most dev sentences skip the other members while costing at most
// 0.05 dev LAS, where combine(i) is the reparse of dev sentence i.
// trees holds every member's dev trees. p's own threshold is left as is.
func cascadeThreshold(p *Parser, dv []trainSentence, trees [][]arcs, combine func(i int) ([]int, []string), o TrainOptions) float32 {
	q := *p
	score := func(c float32) (float64, float64, int) {
		q.Confident = c
		alone := 0
		uas, las := scoreTrees(dv, func(i int) ([]int, []string) {
			if len(dv[i].words) > maxCombineWords || q.confident(trees[i][0]) {
				alone++
				return q.labelled(trees[i][0])
			}
			return combine(i)
		})
		return uas, las, alone
	}
	_, full, _ := score(0)
	// Candidates: the first member's smallest margin per sentence, at
	// quantiles, so each lets a known share of sentences skip.
	var mins []float32
	for _, ts := range trees {
		m := float32(math.Inf(1))
		for _, x := range ts[0].margins {
			if x >= 0 {
				m = min(m, x)
			}
		}
		mins = append(mins, m)
	}
	slices.Sort(mins)
	best := float32(0)
	for k := 9; k >= 1; k-- {
		c := mins[len(mins)*(10-k)/10]
		if c <= 0 || math.IsInf(float64(c), 1) {
			continue
		}
		uas, las, alone := score(c)
		progress(o, "ensemble cascade at margin %.2f: %d of %d dev sentences alone, dev UAS %.2f LAS %.2f\n", c, alone, len(dv), uas, las)
		if las >= full-0.05 && (best == 0 || c < best) {
			best = c
		}
	}
	progress(o, "ensemble cascade: margin %.2f\n", best)
	return best
}

// trainMember trains one arc-hybrid parser and returns it with its dev LAS.
func trainMember(tr []trainSentence, trTags [][]Tagged, dv []trainSentence, dvTags [][]Tagged, labels []string, m ParserMember, o TrainOptions) (*ArcHybrid, float64, error) {
	reverse := m.Reverse
	li := map[string]int{}
	for i, l := range labels {
		li[l] = i
	}
	p := &ArcHybrid{Labels: labels, Features: currentFeatures, Reverse: reverse}
	nclass := 1 + 2*len(labels)
	if m.Factored {
		nclass = 3
	}
	pt := newTrainer(nclass)
	lt := newTrainer(len(labels))
	lscores := make([]float32, len(labels))
	var lbuf []uint64
	rng := rand.New(rand.NewPCG(o.Seed, 0x9a55))

	// A reverse member trains on mirrored sentences: word i becomes n-1-i.
	type goldTree struct {
		words  []string
		tags   []Tagged
		gh, gl []int
	}
	golds := make([]goldTree, len(tr))
	var order []int
	for i, s := range tr {
		n := len(s.words)
		g := goldTree{words: s.words, tags: trTags[i], gh: make([]int, n+1), gl: make([]int, n+1)}
		pos := func(j int) int { return j }
		if reverse {
			pos = func(j int) int { return n - 1 - j }
			g.words, g.tags = make([]string, n), make([]Tagged, n)
			for j := range n {
				g.words[pos(j)], g.tags[pos(j)] = s.words[j], trTags[i][j]
			}
		}
		ok := true
		for j, h := range s.heads {
			switch {
			case h == -1:
				g.gh[pos(j)] = n
			case h >= 0:
				g.gh[pos(j)] = pos(h)
			default:
				ok = false
			}
			g.gl[pos(j)] = li[s.labels[j]]
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
	var best, bestLabeler *arcWeights
	bestLAS := -1.0
	for it := 1; it <= o.Iters; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ti := range order {
			g := golds[ti]
			si := parseInfo(g.words, g.tags)
			s := newState(len(g.words), rootLabel)
			if m.Factored {
				p.trainFactored(s, &si, g.gh, g.gl, pt, lt, it, rng, buf, lbuf, scores, lscores)
				continue
			}
			for !s.terminal() {
				buf = p.features(buf[:0], s, &si)
				pt.score(buf, scores)
				pred, _ := s.bestJoint(scores)
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
		w, err := newArcWeights(pt.averaged(o.MinWeight))
		if err != nil {
			return nil, 0, err
		}
		p.W = w
		if m.Factored {
			if p.Labeler, err = newArcWeights(lt.averaged(o.MinWeight)); err != nil {
				return nil, 0, err
			}
		}
		uas, las := p.evaluate(dv, dvTags)
		progress(o, "parser iter %d: dev UAS %.2f LAS %.2f  (%s, %d features)\n", it, uas, las, time.Since(start).Round(time.Millisecond), len(pt.keys))
		if las > bestLAS {
			bestLAS, best, bestLabeler = las, p.W, p.Labeler
		}
	}
	p.W, p.Labeler = best, bestLabeler
	return p, bestLAS, nil
}

// trainFactored runs one training sentence through a factored member:
// the transition kind learns from the dynamic oracle's costs (labels
// aside), the labeler from every gold arc made.
func (p *ArcHybrid) trainFactored(s *state, si *sentenceInfo, gh, gl []int, pt, lt *trainer, it int, rng *rand.Rand, buf, lbuf []uint64, scores, lscores []float32) {
	var costs [3]int
	for !s.terminal() {
		buf = p.features(buf[:0], s, si)
		pt.score(buf, scores)
		pred := argmax(scores, s.validKind)
		minCost := int(^uint(0) >> 1)
		for k := range 3 {
			if !s.validKind(k) {
				continue
			}
			c := k
			if k > 0 {
				c = k + 2*max(gl[s.stack[len(s.stack)-1]], 0)
			}
			costs[k] = s.cost(c, gh, gl)
			minCost = min(minCost, costs[k])
		}
		gold := argmax(scores, func(k int) bool { return s.validKind(k) && costs[k] == minCost })
		pt.tick()
		if costs[pred] > minCost {
			pt.update(buf, gold, pred)
		}
		next := gold
		if it > 1 && rng.Float64() < 0.9 {
			next = pred
		}
		if next == shift {
			s.apply(shift)
			continue
		}
		dep, head := s.arcOf(next)
		l := s.rootLabel
		if !(next == 2 && s.rootArc() && l >= 0) {
			lbuf = p.labelFeatures(lbuf[:0], s, si, next)
			lt.score(lbuf, lscores)
			rl := s.rootLabel
			l = argmax(lscores, func(c int) bool { return c != rl })
			if gh[dep] == head {
				lt.tick()
				lt.update(lbuf, gl[dep], l)
				if it == 1 {
					l = gl[dep]
				}
			}
		}
		s.apply(next + 2*l)
	}
}

// jackknife tags train in four folds, each by a tagger trained on the
// other three, and tags dev (when not nil) with a tagger trained on all
// of train.
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
	if dev == nil {
		return trTags, nil
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
func (p *ArcHybrid) evaluate(dv []trainSentence, tags [][]Tagged) (uas, las float64) {
	return scoreTrees(dv, func(i int) ([]int, []string) { return p.Parse(dv[i].words, tags[i]) })
}

// evaluate is ArcHybrid.evaluate for the whole parser.
func (p *Parser) evaluate(dv []trainSentence, tags [][]Tagged) (uas, las float64) {
	return scoreTrees(dv, func(i int) ([]int, []string) { return p.Parse(dv[i].words, tags[i]) })
}

// scoreTrees returns UAS and LAS of parse(i), the tree of dv[i].
func scoreTrees(dv []trainSentence, parse func(i int) ([]int, []string)) (uas, las float64) {
	n := 0
	for i, s := range dv {
		heads, labels := parse(i)
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
