package syntax

import (
	"math"
	"strings"
)

// ArcHybrid is one greedy arc-hybrid transition parser, a member of a
// Parser. Classes are 0 = SHIFT, 1+2l = LEFT with label l, 2+2l = RIGHT
// with label l.
type ArcHybrid struct {
	Labels []string
	W      *arcWeights
	// Features is the feature set version the weights were trained with:
	// 0 the base set, 1 adds label sets and lemma pairs, 2 the words'
	// classes in the word-class lexicon.
	Features int
	// Reverse parsers read the sentence right to left: they see the words
	// in reverse order and their heads are mapped back. Their errors
	// differ from a left-to-right parser's, which is what an ensemble
	// needs.
	Reverse bool
	// Labeler, when set, makes the member factored: W scores only the
	// transition kind (SHIFT, LEFT, RIGHT: 3 classes, so a lookup reads
	// one cache line) and Labeler, over the labels, labels each arc as
	// it is made. Without it W scores labelled transitions.
	Labeler *arcWeights
}

// currentFeatures is the feature set new parsers are trained with.
const currentFeatures = 2

const shift = 0

func leftOf(l int) int  { return 1 + 2*l }
func rightOf(l int) int { return 2 + 2*l }

// state is an arc-hybrid configuration over n words; word n is the root.
type state struct {
	n      int
	stack  []int
	b      int // first word of the buffer
	heads  []int
	labels []int
	// two leftmost and two rightmost dependents, -1 when none
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
	ls, rs             []uint64 // sets of the left and right dependents' labels
	// rootLabel is the label index of "root": the only label allowed on
	// the arc from the root, and on no other arc. -1 when unknown.
	rootLabel int
}

func newState(n, rootLabel int) *state {
	s := &state{n: n, rootLabel: rootLabel, stack: make([]int, 1, n+1), heads: make([]int, n+1), labels: make([]int, n+1)}
	s.stack[0] = n
	mk := func() []int {
		v := make([]int, n+1)
		for i := range v {
			v[i] = -1
		}
		return v
	}
	s.lc1, s.lc2, s.rc1, s.rc2 = mk(), mk(), mk(), mk()
	s.nl, s.nr = make([]int, n+1), make([]int, n+1)
	s.ls, s.rs = make([]uint64, n+1), make([]uint64, n+1)
	for i := range s.heads {
		s.heads[i] = -1
		s.labels[i] = -1
	}
	return s
}

func (s *state) terminal() bool { return s.b == s.n && len(s.stack) == 1 }

func (s *state) valid(c int) bool {
	switch {
	case c == shift:
		return s.b < s.n
	case c%2 == 1: // LEFT
		return len(s.stack) >= 2 && s.b < s.n && (c-1)/2 != s.rootLabel
	default: // RIGHT
		k := len(s.stack)
		if k == 2 && s.b == s.n {
			return s.rootLabel < 0 || (c-1)/2 == s.rootLabel
		}
		return k >= 3 && (c-1)/2 != s.rootLabel
	}
}

// bestJoint returns what argmax(scores, s.valid) does, for labelled
// transitions (1+2L classes), and the best valid score of each kind
// (-Inf for none). It tests validity per kind rather than per class:
// parsing calls it once per transition.
func (s *state) bestJoint(scores []float32) (int, [3]float32) {
	inf := float32(math.Inf(-1))
	kindBest := [3]float32{inf, inf, inf}
	best, bi := inf, -1
	if s.b < s.n {
		best, bi, kindBest[0] = scores[shift], shift, scores[shift]
	}
	k := len(s.stack)
	left := k >= 2 && s.b < s.n
	rootArc := k == 2 && s.b == s.n
	right := k >= 3 || rootArc
	rl := s.rootLabel
	for l, c := 0, 1; c+1 < len(scores); l, c = l+1, c+2 {
		if left && l != rl {
			if sc := scores[c]; bi < 0 || sc > best {
				best, bi = sc, c
			}
			kindBest[1] = max(kindBest[1], scores[c])
		}
		if right && (rootArc && (rl < 0 || l == rl) || !rootArc && l != rl) {
			if sc := scores[c+1]; bi < 0 || sc > best {
				best, bi = sc, c+1
			}
			kindBest[2] = max(kindBest[2], scores[c+1])
		}
	}
	return bi, kindBest
}

func (s *state) apply(c int) {
	if c == shift {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	k := len(s.stack)
	dep := s.stack[k-1]
	s.stack = s.stack[:k-1]
	l := (c - 1) / 2
	var head int
	if c%2 == 1 {
		head = s.b
		s.lc2[head], s.lc1[head] = s.lc1[head], dep
		s.nl[head]++
		s.ls[head] |= 1 << uint(l%64)
	} else {
		head = s.stack[k-2]
		s.rc2[head], s.rc1[head] = s.rc1[head], dep
		s.nr[head]++
		s.rs[head] |= 1 << uint(l%64)
	}
	s.heads[dep], s.labels[dep] = head, l
}

// sentenceInfo holds hashed word and tag values; index n is the root.
type sentenceInfo struct {
	w, p, u, suf, lem []uint64
	wc                []uint64 // word-class lexicon values (wordClassOf)
}

var hashRoot = hashString("<root>")

// hashAt returns v[i], or hashNone outside v (sentenceInfo's slices hold
// the n words and then the root).
func hashAt(v []uint64, i int) uint64 {
	if i < 0 || i >= len(v) {
		return hashNone
	}
	return v[i]
}

func parseInfo(words []string, tags []Tagged) sentenceInfo {
	n := len(words)
	si := sentenceInfo{w: make([]uint64, n+1), p: make([]uint64, n+1), u: make([]uint64, n+1), suf: make([]uint64, n+1), lem: make([]uint64, n+1), wc: make([]uint64, n+1)}
	for i, w := range words {
		l := strings.ToLower(w)
		si.wc[i] = wordClassOf(l)
		si.w[i] = hashString(l)
		si.suf[i] = hashString(suffix(l, 3))
		si.lem[i] = hashString(tags[i].Lemma)
		si.p[i] = hashString(tags[i].XPOS)
		si.u[i] = hashString(tags[i].UPOS)
	}
	si.w[n], si.p[n], si.u[n], si.suf[n], si.lem[n], si.wc[n] = hashRoot, hashRoot, hashRoot, hashRoot, hashRoot, hashRoot
	return si
}

func (p *ArcHybrid) features(buf []uint64, s *state, si *sentenceInfo) []uint64 {
	w := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return si.w[i]
	}
	t := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return si.p[i]
	}
	u := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return si.u[i]
	}
	sf := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return si.suf[i]
	}
	lab := func(i int) uint64 {
		if i < 0 {
			return 0
		}
		return uint64(s.labels[i] + 2)
	}
	at := func(i int, v []int) int {
		if i < 0 {
			return -1
		}
		return v[i]
	}
	k := len(s.stack)
	s0, s1, s2 := -1, -1, -1
	if k >= 1 {
		s0 = s.stack[k-1]
	}
	if k >= 2 {
		s1 = s.stack[k-2]
	}
	if k >= 3 {
		s2 = s.stack[k-3]
	}
	b0, b1, b2 := -1, -1, -1
	if s.b < s.n {
		b0 = s.b
	}
	if s.b+1 < s.n {
		b1 = s.b + 1
	}
	if s.b+2 < s.n {
		b2 = s.b + 2
	}
	s0l1, s0l2, s0r1, s0r2 := at(s0, s.lc1), at(s0, s.lc2), at(s0, s.rc1), at(s0, s.rc2)
	s1l1, s1r1, s1r2 := at(s1, s.lc1), at(s1, s.rc1), at(s1, s.rc2)
	b0l1, b0l2 := at(b0, s.lc1), at(b0, s.lc2)
	dist := uint64(0)
	if s0 >= 0 && b0 >= 0 && s0 < s.n {
		dist = uint64(min(b0-s0, 6))
	}
	dist1 := uint64(0)
	if s1 >= 0 && s0 >= 0 && s1 < s.n {
		dist1 = uint64(min(s0-s1, 6))
	}
	s0nl, s0nr, b0nl := uint64(at(s0, s.nl)+1), uint64(at(s0, s.nr)+1), uint64(at(b0, s.nl)+1)
	ws0, ps0, ws1, ps1, wb0, pb0, wb1, pb1 := w(s0), t(s0), w(s1), t(s1), w(b0), t(b0), w(b1), t(b1)
	buf = append(buf,
		feat(100, 0, 0, 0),
		feat(101, ws0, 0, 0), feat(102, ps0, 0, 0), feat(103, ws0, ps0, 0),
		feat(104, ws1, 0, 0), feat(105, ps1, 0, 0), feat(106, ws1, ps1, 0),
		feat(107, wb0, 0, 0), feat(108, pb0, 0, 0), feat(109, wb0, pb0, 0),
		feat(110, wb1, 0, 0), feat(111, pb1, 0, 0), feat(112, wb1, pb1, 0),
		feat(113, w(b2), 0, 0), feat(114, t(b2), 0, 0), feat(115, t(s2), 0, 0), feat(116, w(s2), 0, 0),
		// pairs
		feat(120, ws0, ps0, wb0), feat(121, ws0, ps0, pb0), feat(122, ws0, wb0, pb0), feat(123, ps0, wb0, pb0),
		feat(124, ws0, wb0, 0), feat(125, ps0, pb0, 0), feat(126, pb0, pb1, 0),
		feat(127, ws1, ws0, 0), feat(128, ps1, ps0, 0), feat(129, ws1, ps0, 0), feat(130, ps1, ws0, 0),
		feat(131, ws1, ps1, ps0), feat(132, ps1, ws0, ps0),
		// triples of tags
		feat(140, pb0, pb1, t(b2)), feat(141, ps0, pb0, pb1), feat(142, ps1, ps0, pb0), feat(143, t(s2), ps1, ps0),
		feat(144, ps0, t(s0l1), pb0), feat(145, ps0, t(s0r1), pb0), feat(146, ps1, ps0, t(s0l1)),
		feat(147, ps1, ps0, t(s0r1)), feat(148, ps1, t(s1r1), ps0), feat(149, ps0, pb0, t(b0l1)),
		feat(150, ps1, t(s1l1), ps0), feat(151, ps1, ps0, pb1),
		// distance
		feat(160, ws0, dist, 0), feat(161, ps0, dist, 0), feat(162, wb0, dist, 0), feat(163, pb0, dist, 0),
		feat(164, ps0, pb0, dist), feat(165, ps1, ps0, dist1), feat(166, ws1, ws0, dist1), feat(167, ws0, wb0, dist),
		// valency
		feat(170, ws0, s0nr, 0), feat(171, ps0, s0nr, 0), feat(172, ws0, s0nl, 0), feat(173, ps0, s0nl, 0),
		feat(174, wb0, b0nl, 0), feat(175, pb0, b0nl, 0),
		// children
		feat(180, w(s0l1), 0, 0), feat(181, t(s0l1), 0, 0), feat(182, lab(s0l1), 0, 0),
		feat(183, w(s0r1), 0, 0), feat(184, t(s0r1), 0, 0), feat(185, lab(s0r1), 0, 0),
		feat(186, w(b0l1), 0, 0), feat(187, t(b0l1), 0, 0), feat(188, lab(b0l1), 0, 0),
		feat(189, w(s1r1), 0, 0), feat(190, t(s1r1), 0, 0), feat(191, lab(s1r1), 0, 0),
		feat(192, t(s0l2), 0, 0), feat(193, lab(s0l2), 0, 0), feat(194, t(s0r2), 0, 0), feat(195, lab(s0r2), 0, 0),
		feat(196, t(b0l2), 0, 0), feat(197, lab(b0l2), 0, 0),
		feat(198, ps0, lab(s0l1), lab(s0l2)), feat(199, ps0, lab(s0r1), lab(s0r2)), feat(200, pb0, lab(b0l1), lab(b0l2)),
		feat(201, ws0, lab(s0l1), lab(s0r1)), feat(202, ps0, t(s0l1), t(s0l2)), feat(203, ps0, t(s0r1), t(s0r2)),
		feat(204, pb0, t(b0l1), t(b0l2)), feat(205, ps1, t(s1r1), t(s1r2)), feat(206, ps1, lab(s1r1), ps0),
		feat(207, wb0, lab(b0l1), 0), feat(208, ws1, lab(s1r1), 0),
		feat(209, u(s0), u(b0), 0),
		feat(210, u(s0), 0, 0), feat(211, u(b0), 0, 0), feat(212, u(s1), u(s0), 0), feat(213, u(b0), u(b1), 0),
		feat(214, u(s1), u(s0), u(b0)), feat(215, sf(s0), pb0, 0), feat(216, ps0, sf(b0), 0), feat(217, sf(s0), sf(b0), 0),
		feat(218, sf(s0), 0, 0), feat(219, sf(b0), 0, 0), feat(220, t(b2), pb1, ps0),
		feat(221, ws0, ps0, wb0*31+pb0), feat(222, ws1, ws0, pb0), feat(223, ps1, ws0, wb0),
		feat(224, u(s0l1), u(s0), u(s0r1)), feat(225, u(b0l1), u(b0), 0),
	)
	if p.Features < 1 {
		return buf
	}
	set := func(i int, v []uint64) uint64 {
		if i < 0 {
			return 0
		}
		return v[i] + 1
	}
	lem := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return si.lem[i]
	}
	buf = append(buf,
		feat(230, ws0, set(s0, s.ls), 0), feat(231, ps0, set(s0, s.rs), 0), feat(232, wb0, set(b0, s.ls), 0),
		feat(233, ps0, set(s0, s.ls), 0), feat(234, pb0, set(b0, s.ls), 0), feat(235, ps1, set(s1, s.rs), 0),
		feat(236, lem(s0), lem(b0), 0), feat(237, lem(s0), pb0, 0), feat(238, ps0, lem(b0), 0),
		feat(239, lem(s1), lem(s0), 0), feat(240, lem(s1), ps0, 0), feat(241, ps1, lem(s0), 0),
	)
	if p.Features < 2 {
		return buf
	}
	// The word classes a word can take, whatever the tagger chose: a
	// second opinion where a tagging error would mislead the parse.
	wc := func(i int) uint64 {
		if i < 0 {
			return hashNone
		}
		return si.wc[i]
	}
	return append(buf,
		feat(250, wc(s0), 0, 0), feat(251, wc(b0), 0, 0), feat(252, wc(s0), pb0, 0), feat(253, ps0, wc(b0), 0),
		feat(254, wc(s0), wc(b0), 0), feat(255, wc(s1), wc(s0), 0), feat(256, wc(b0), u(b0), 0), feat(257, wc(s0), u(s0), 0),
		feat(258, wc(b1), pb0, 0),
	)
}

// arcs is one member's tree: heads (0-based, -1 the root), label indices
// and each arc's margin, the score of the transition that made it minus
// the best valid transition of another kind, in weight units (negative
// when no other kind was valid).
type arcs struct {
	heads, labels []int
	margins       []float32
	// lscores[d*L+l] is the score (in real weight units) of label l for
	// word d's arc when the member made it; L = len(Labels).
	lscores []float32
}

// Parse returns each word's head (0-based, -1 for the root) and label.
// The result is always a tree: one root, every word attached, no cycle.
func (p *ArcHybrid) Parse(words []string, tags []Tagged) (heads []int, labels []string) {
	a := p.parse(words, tags)
	labels = make([]string, len(words))
	for i, l := range a.labels {
		labels[i] = p.Labels[l]
	}
	return a.heads, labels
}

// parse parses in the member's direction and returns the tree in the
// sentence's order.
func (p *ArcHybrid) parse(words []string, tags []Tagged) arcs {
	n := len(words)
	if !p.Reverse || n == 0 {
		return p.parseForward(words, tags)
	}
	rw, rt := make([]string, n), make([]Tagged, n)
	for i := range words {
		rw[n-1-i], rt[n-1-i] = words[i], tags[i]
	}
	a := p.parseForward(rw, rt)
	L := len(p.Labels)
	out := arcs{heads: make([]int, n), labels: make([]int, n), margins: make([]float32, n), lscores: make([]float32, n*L)}
	for i := range n {
		h := a.heads[i]
		if h >= 0 {
			h = n - 1 - h
		}
		out.heads[n-1-i], out.labels[n-1-i], out.margins[n-1-i] = h, a.labels[i], a.margins[i]
		copy(out.lscores[(n-1-i)*L:(n-i)*L], a.lscores[i*L:(i+1)*L])
	}
	return out
}

func (p *ArcHybrid) parseForward(words []string, tags []Tagged) arcs {
	n := len(words)
	a := arcs{heads: make([]int, n), labels: make([]int, n), margins: make([]float32, n), lscores: make([]float32, n*len(p.Labels))}
	if n == 0 {
		return a
	}
	si := parseInfo(words, tags)
	s := newState(n, p.rootLabel())
	if p.Labeler != nil {
		p.runFactored(s, &si, a.margins, a.lscores)
	} else {
		p.runJoint(s, &si, a.margins, a.lscores)
	}
	for i := 0; i < n; i++ {
		h := s.heads[i]
		if h == n {
			h = -1
		}
		a.heads[i], a.labels[i] = h, s.labels[i]
	}
	return a
}

// runJoint parses with a labelled-transition model.
func (p *ArcHybrid) runJoint(s *state, si *sentenceInfo, margins, lscores []float32) {
	L := len(p.Labels)
	scores := make([]float32, p.W.NClass)
	var buf []uint64
	for !s.terminal() {
		buf = p.features(buf[:0], s, si)
		p.W.Score(buf, scores)
		c, kindBest := s.bestJoint(scores)
		if c != shift {
			// margin against the best valid transition of another kind
			other := float32(math.Inf(1))
			for k, b := range kindBest {
				if k != kindOf(c) && !math.IsInf(float64(b), -1) {
					other = min(other, scores[c]-b)
				}
			}
			if math.IsInf(float64(other), 1) {
				other = -1 // forced: no alternative (see Parser.confident)
			}
			dep := s.stack[len(s.stack)-1]
			margins[dep] = other * p.W.Scale
			ls := lscores[dep*L : (dep+1)*L]
			for l := range ls {
				ls[l] = scores[1+2*l+(c+1)%2] * p.W.Scale
			}
		}
		s.apply(c)
	}
}

// runFactored parses with a factored model: the transition kind first,
// then the arc's label.
func (p *ArcHybrid) runFactored(s *state, si *sentenceInfo, margins, lscores []float32) {
	L := len(p.Labels)
	var scores [3]float32
	var buf, lbuf []uint64
	for !s.terminal() {
		buf = p.features(buf[:0], s, si)
		p.W.Score(buf, scores[:])
		k := argmax(scores[:], s.validKind)
		if k == shift {
			s.apply(shift)
			continue
		}
		other := float32(math.Inf(1))
		for k2, sc := range scores {
			if k2 != k && s.validKind(k2) {
				other = min(other, scores[k]-sc)
			}
		}
		if math.IsInf(float64(other), 1) {
			other = -1 // forced: no alternative (see Parser.confident)
		}
		dep := s.stack[len(s.stack)-1]
		margins[dep] = other * p.W.Scale
		var l int
		l, lbuf = p.label(s, si, k, lbuf, lscores[dep*L:(dep+1)*L])
		for i := range L {
			lscores[dep*L+i] *= p.Labeler.Scale
		}
		s.apply(k + 2*l)
	}
}

// validKind says whether a transition of kind k (0 SHIFT, 1 LEFT, 2
// RIGHT) is possible with some label.
func (s *state) validKind(k int) bool {
	switch k {
	case shift:
		return s.b < s.n
	case 1:
		return len(s.stack) >= 2 && s.b < s.n
	default:
		return len(s.stack) >= 3 || len(s.stack) == 2 && s.b == s.n
	}
}

// rootArc says whether a RIGHT transition now attaches to the root.
func (s *state) rootArc() bool { return len(s.stack) == 2 && s.b == s.n }

// label returns the label of the arc a transition of kind k would make
// now: "root" for the root's arc, else the labeler's best other label.
func (p *ArcHybrid) label(s *state, si *sentenceInfo, k int, buf []uint64, scores []float32) (int, []uint64) {
	rl := s.rootLabel
	if k == 2 && s.rootArc() && rl >= 0 {
		return rl, buf
	}
	buf = p.labelFeatures(buf[:0], s, si, k)
	p.Labeler.Score(buf, scores)
	return argmax(scores, func(l int) bool { return l != rl }), buf
}

// arcOf returns the dependent and head of a transition of kind k.
func (s *state) arcOf(k int) (dep, head int) {
	n := len(s.stack)
	dep = s.stack[n-1]
	if k == 1 {
		return dep, s.b
	}
	return dep, s.stack[n-2]
}

// labelFeatures describes the arc a transition of kind k would make.
func (p *ArcHybrid) labelFeatures(buf []uint64, s *state, si *sentenceInfo, k int) []uint64 {
	d, h := s.arcOf(k)
	n := s.n
	w := func(i int) uint64 { return hashAt(si.w, i) }
	t := func(i int) uint64 { return hashAt(si.p, i) }
	u := func(i int) uint64 { return hashAt(si.u, i) }
	lem := func(i int) uint64 { return hashAt(si.lem, i) }
	kid := func(i int, v []int) int {
		if i < 0 {
			return -1
		}
		return v[i]
	}
	dist := uint64(min(max(h-d, d-h), 6))
	if h == n {
		dist = 7
	}
	// The word next to d and h in the sentence (the root has none).
	prev := func(i int) int {
		if i == n {
			return -1
		}
		return i - 1
	}
	next := func(i int) int {
		if i >= n-1 {
			return -1
		}
		return i + 1
	}
	T := func(i uint64) uint64 { return 300 + 4*i + uint64(k) }
	dl1 := kid(d, s.lc1)
	return append(buf,
		feat(T(0), 0, 0, 0),
		feat(T(1), w(d), 0, 0), feat(T(2), t(d), 0, 0), feat(T(3), w(d), t(d), 0),
		feat(T(4), w(h), 0, 0), feat(T(5), t(h), 0, 0), feat(T(6), w(h), t(h), 0),
		feat(T(7), t(h), t(d), 0), feat(T(8), w(h), t(d), 0), feat(T(9), t(h), w(d), 0),
		feat(T(10), w(h), w(d), 0), feat(T(11), lem(h), lem(d), 0), feat(T(12), t(h), t(d), dist),
		feat(T(13), u(h), u(d), 0),
		feat(T(14), t(d), s.ls[d]+1, s.rs[d]+1), feat(T(15), t(h), s.ls[h]+1, 0), feat(T(16), t(h), s.rs[h]+1, 0),
		feat(T(17), t(d), t(prev(d)), t(next(d))), feat(T(18), t(h), t(prev(h)), t(next(h))),
		feat(T(19), t(d), t(kid(d, s.lc1)), t(kid(d, s.rc1))),
		feat(T(20), hashAt(si.suf, d), t(h), 0), feat(T(21), lem(d), t(h), 0), feat(T(22), lem(h), t(d), 0),
		feat(T(23), t(d), uint64(s.nl[d]), uint64(s.nr[d])), feat(T(24), t(d), t(h), t(next(d))),
		feat(T(25), u(d), w(d), dist), feat(T(26), w(prev(d)), t(d), 0), feat(T(27), t(d), t(h), t(prev(d))),
		// the dependent's function words (case, mark, cc, aux) and the
		// head's dependents so far
		feat(T(28), w(dl1), t(d), 0), feat(T(29), w(kid(d, s.lc2)), t(d), 0), feat(T(30), w(dl1), u(h), 0),
		feat(T(31), u(h), u(d), s.ls[d]+1), feat(T(32), t(h), t(d), s.ls[h]+1), feat(T(33), lem(h), u(d), dist),
		feat(T(34), w(kid(d, s.rc1)), t(d), 0), feat(T(35), u(h), u(d), dist), feat(T(36), lem(h), w(dl1), 0),
		feat(T(37), t(h), w(dl1), u(d)), feat(T(38), w(d), u(h), 0), feat(T(39), t(d), t(h), t(kid(h, s.lc1))),
		feat(T(40), lem(d), lem(dl1), 0), feat(T(41), t(h), t(d), s.rs[h]+1),
	)
}

// kindOf is 0 for SHIFT, 1 for LEFT and 2 for RIGHT.
func kindOf(c int) int {
	if c == shift {
		return 0
	}
	return 2 - c%2
}

func (p *ArcHybrid) rootLabel() int {
	for i, l := range p.Labels {
		if l == "root" {
			return i
		}
	}
	return -1
}
