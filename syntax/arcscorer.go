package syntax

import "math"

// ArcScorer is a first-order graph-based arc scorer: an averaged
// perceptron that scores a head for a word from the two words, their
// tags, lemmas and word classes, their neighbours' tags, the direction
// and length of the arc and what lies between (verbs, punctuation,
// coordinating conjunctions). It sees every arc in the same way however
// far, where the transition members judge an arc from a parser state:
// the two views err differently. In the ensemble's reparse it weighs
// the heads the members propose for a word: each candidate gains Weight
// times its softmax probability among the candidates (temperature Temp,
// in W's units), so it can only choose among the members' proposals. It
// is read-only after loading: safe for concurrent use.
type ArcScorer struct {
	W            *arcWeights
	Weight, Temp float32
	// Features is the feature set (see arcInfo.features).
	Features int
}

// arcInfo is a sentence as the arc scorer reads it: word n is the root.
type arcInfo struct {
	si sentenceInfo
	n  int
	// Counts before word i: verbs and auxiliaries, punctuation,
	// coordinating conjunctions (prefix sums, n+1 entries).
	verbs, puncts, ccs []int32
	// upos[i*nUPOS+u]: words of universal tag u before word i.
	upos []int32
}

// nUPOS is the number of universal tags the arc scorer counts (uposIndex).
const nUPOS = 17

func newArcInfo(words []string, tags []Tagged) *arcInfo {
	n := len(words)
	ai := &arcInfo{si: parseInfo(words, tags), n: n}
	counts := make([]int32, 3*(n+1))
	ai.verbs, ai.puncts, ai.ccs = counts[:n+1], counts[n+1:2*(n+1)], counts[2*(n+1):]
	ai.upos = make([]int32, (n+1)*nUPOS)
	for i, t := range tags {
		copy(ai.upos[(i+1)*nUPOS:(i+2)*nUPOS], ai.upos[i*nUPOS:(i+1)*nUPOS])
		if u, ok := uposIndex[t.UPOS]; ok {
			ai.upos[(i+1)*nUPOS+int(u)]++
		}
		ai.verbs[i+1], ai.puncts[i+1], ai.ccs[i+1] = ai.verbs[i], ai.puncts[i], ai.ccs[i]
		switch t.UPOS {
		case "VERB", "AUX":
			ai.verbs[i+1]++
		case "PUNCT":
			ai.puncts[i+1]++
		case "CCONJ":
			ai.ccs[i+1]++
		}
	}
	return ai
}

// arcDistance buckets an arc's length.
func arcDistance(k int) uint64 {
	switch {
	case k <= 5:
		return uint64(k)
	case k <= 7:
		return 6
	case k <= 10:
		return 7
	case k <= 15:
		return 8
	}
	return 9
}

// features appends the features of arc h -> d (h = n for the root):
// set 0, or set 0 and 1 (the tags between the two words, one by one, up
// to a distance of 12) when set is 1, plus 2 (more lexical pairs) when 2.
func (ai *arcInfo) features(buf []uint64, h, d, set int) []uint64 {
	si, n := &ai.si, ai.n
	get := func(v []uint64, i int) uint64 {
		if i < 0 || i > n || (i == n && h != n) {
			return hashNone
		}
		return v[i]
	}
	// The root has no neighbours.
	ctx := func(v []uint64, i int) uint64 {
		if i < 0 || i >= n {
			return hashNone
		}
		return v[i]
	}
	var dd, between, mask uint64
	if h == n {
		dd = 3 << 4
	} else {
		dir := uint64(1)
		if h > d {
			dir = 2
		}
		lo, hi := min(h, d), max(h, d)
		dd = dir<<4 | arcDistance(hi-lo)
		c := func(v []int32) uint64 { return uint64(min(v[hi]-v[lo+1], 2)) }
		between = 1 + c(ai.verbs)*9 + c(ai.puncts)*3 + c(ai.ccs)
		// the set of universal tags between the two words
		a, b := ai.upos[(lo+1)*nUPOS:(lo+2)*nUPOS], ai.upos[hi*nUPOS:(hi+1)*nUPOS]
		for u := range nUPOS {
			if b[u] > a[u] {
				mask |= 1 << u
			}
		}
		mask++
	}
	dir := dd >> 4
	hw, hp, hl, hu, hc, hs := get(si.w, h), get(si.p, h), get(si.lem, h), get(si.u, h), get(si.wc, h), get(si.suf, h)
	dw, dp, dl, du, dc, ds := si.w[d], si.p[d], si.lem[d], si.u[d], si.wc[d], si.suf[d]
	hpl, hpr := hashNone, hashNone
	if h != n {
		hpl, hpr = ctx(si.p, h-1), ctx(si.p, h+1)
	}
	dpl, dpr := ctx(si.p, d-1), ctx(si.p, d+1)
	buf = append(buf,
		feat(300, hw, hp, dd), feat(301, hp, dd, 0), feat(302, dw, dp, dd), feat(303, dp, dd, 0),
		feat(304, hw, dd, 0), feat(305, dw, dd, 0), feat(306, hp, dp, dd),
		feat(307, hw, dp, dd), feat(308, hp, dw, dd), feat(309, hw, dw, dir), feat(310, hl, dl, dir),
		feat(311, hw, hp*31+dp, dd), feat(312, hp, dw*31+dp, dd), feat(313, hl, dp, dd), feat(314, hp, dl, dd),
		feat(315, hu, du, dd), feat(316, hp, dp, between<<8|dd), feat(317, hu, du, between<<8|dd),
		feat(318, hp, hpr, dpl*31+dp+dir), feat(319, hpl, hp, dp*31+dpr+dir),
		feat(320, hp, hpr, dp*31+dpr+dir), feat(321, hpl, hp, dpl*31+dp+dir),
		feat(322, hc, dc, dd), feat(323, hc, dp, dd), feat(324, hp, dc, dd),
		feat(325, hs, dp, dd), feat(326, hp, ds, dd),
		feat(327, dp, dpl*31+dpr, hp+dir), feat(328, hp, hpl*31+hpr, dp+dir),
		feat(329, hp, dp, mask<<8|dd), feat(330, hu, du, mask<<8|dir), feat(331, hw, du, mask<<8|dir),
		feat(332, hu, dw, mask<<8|dir),
	)
	if set < 1 {
		return buf
	}
	if h != n {
		lo, hi := min(h, d), max(h, d)
		if hi-lo <= 12 {
			for b := lo + 1; b < hi; b++ {
				buf = append(buf, feat(340, hp, si.p[b], dp*31+dir))
			}
		}
	}
	if set < 2 {
		return buf
	}
	return append(buf,
		feat(341, hw, dw, dd), feat(342, hl, dl, dd), feat(343, hs, ds, dir), feat(344, hl, dp*31+dpr, dir),
		feat(345, hp*31+hpr, dl, dir), feat(346, hw, hp, dw*31+dir), feat(347, dw, dp, hp*31+dir),
	)
}

// score returns the arc's score in W's units.
func (a *ArcScorer) score(ai *arcInfo, buf []uint64, h, d int) (float32, []uint64) {
	buf = ai.features(buf[:0], h, d, a.Features)
	var s [1]float32
	a.W.Score(buf, s[:])
	return s[0], buf
}

// candidate is a head the members propose for a word: which members
// proposed it, with their margins and labels, and the arc scorer's score
// of the arc (in the scorer's W units).
type candidate struct {
	head  int // 0-based, n for the root
	mask  uint64
	marg  [maxMembers]float32
	lab   [maxMembers]int
	score float32
}

// candidatesOf appends word d's distinct proposed heads to cs, in member
// order, scored by a.
func (a *ArcScorer) candidatesOf(cs []candidate, ai *arcInfo, trees []arcs, d int, buf []uint64) ([]candidate, []uint64) {
	n := ai.n
	for m, t := range trees {
		h := t.heads[d]
		if h < 0 {
			h = n
		}
		k := -1
		for i := range cs {
			if cs[i].head == h {
				k = i
			}
		}
		if k < 0 {
			cs = append(cs, candidate{head: h})
			k = len(cs) - 1
		}
		cs[k].mask |= 1 << m
		cs[k].marg[m], cs[k].lab[m] = t.margins[d], t.labels[d]
	}
	if len(cs) < 2 {
		return cs, buf // no choice to weigh: no need to score
	}
	for i := range cs {
		cs[i].score, buf = a.score(ai, buf, cs[i].head, d)
	}
	return cs, buf
}

// vote adds Weight times each candidate's softmax probability (by the
// scores s, at temperature temp) to the reparse's arc scores
// (score[h*n+d], root[d]).
func vote(cs []candidate, s []float32, weight, temp float32, d, n int, score, root []float32) {
	best := float32(math.Inf(-1))
	for _, v := range s {
		best = max(best, v)
	}
	var z float32
	for i := range s {
		s[i] = float32(math.Exp(float64((s[i] - best) / temp)))
		z += s[i]
	}
	for i, c := range cs {
		v := weight * s[i] / z
		if c.head == n {
			root[d] += v
		} else {
			score[c.head*n+d] += v
		}
	}
}

// addVotes adds the arc scorer's votes, and the chooser's when ch is not
// nil, for each word's candidate heads, the heads the members' trees give
// it, to the reparse's arc scores (score[h*n+d], root[d]).
func (a *ArcScorer) addVotes(ch *Chooser, ai *arcInfo, trees []arcs, score, root []float32) {
	n := ai.n
	var cs []candidate
	var s []float32
	var buf []uint64
	for d := range n {
		cs, buf = a.candidatesOf(cs[:0], ai, trees, d, buf)
		if len(cs) < 2 {
			continue
		}
		s = s[:0]
		for _, c := range cs {
			s = append(s, c.score)
		}
		vote(cs, s, a.Weight, a.Temp, d, n, score, root)
		if ch != nil {
			s, buf = ch.scores(s[:0], cs, a.W.Scale, ai, d, len(trees), buf)
			vote(cs, s, ch.Weight, ch.Temp, d, n, score, root)
		}
	}
}
