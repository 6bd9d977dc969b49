package syntax

import (
	"strings"
)

// Parser is an arc-hybrid dependency parser. Classes are 0 = SHIFT,
// 1+2l = LEFT with label l, 2+2l = RIGHT with label l.
type Parser struct {
	Labels []string
	W      *Weights
	// Features is the feature set version the weights were trained with:
	// 0 the base set, 1 adds label sets and lemma pairs.
	Features int
}

// currentFeatures is the feature set new parsers are trained with.
const currentFeatures = 1

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
}

var hashRoot = hashString("<root>")

func parseInfo(words []string, tags []Tagged) sentenceInfo {
	n := len(words)
	si := sentenceInfo{w: make([]uint64, n+1), p: make([]uint64, n+1), u: make([]uint64, n+1), suf: make([]uint64, n+1), lem: make([]uint64, n+1)}
	for i, w := range words {
		l := strings.ToLower(w)
		si.w[i] = hashString(l)
		si.suf[i] = hashString(suffix(l, 3))
		si.lem[i] = hashString(tags[i].Lemma)
		si.p[i] = hashString(tags[i].XPOS)
		si.u[i] = hashString(tags[i].UPOS)
	}
	si.w[n], si.p[n], si.u[n], si.suf[n], si.lem[n] = hashRoot, hashRoot, hashRoot, hashRoot, hashRoot
	return si
}

func (p *Parser) features(buf []uint64, s *state, si *sentenceInfo) []uint64 {
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
	return append(buf,
		feat(230, ws0, set(s0, s.ls), 0), feat(231, ps0, set(s0, s.rs), 0), feat(232, wb0, set(b0, s.ls), 0),
		feat(233, ps0, set(s0, s.ls), 0), feat(234, pb0, set(b0, s.ls), 0), feat(235, ps1, set(s1, s.rs), 0),
		feat(236, lem(s0), lem(b0), 0), feat(237, lem(s0), pb0, 0), feat(238, ps0, lem(b0), 0),
		feat(239, lem(s1), lem(s0), 0), feat(240, lem(s1), ps0, 0), feat(241, ps1, lem(s0), 0),
	)
}

// Parse returns each word's head (0-based, -1 for the root) and label.
// The result is always a tree: one root, every word attached, no cycle.
func (p *Parser) Parse(words []string, tags []Tagged) (heads []int, labels []string) {
	n := len(words)
	heads, labels = make([]int, n), make([]string, n)
	if n == 0 {
		return
	}
	si := parseInfo(words, tags)
	s := newState(n, p.rootLabel())
	scores := make([]float32, p.W.NClass)
	var buf []uint64
	valid := s.valid
	for !s.terminal() {
		buf = p.features(buf[:0], s, &si)
		p.W.Score(buf, scores)
		c := argmax(scores, valid)
		s.apply(c)
	}
	for i := 0; i < n; i++ {
		h := s.heads[i]
		if h == n {
			h = -1
		}
		heads[i], labels[i] = h, p.Labels[s.labels[i]]
	}
	return heads, labels
}

func (p *Parser) rootLabel() int {
	for i, l := range p.Labels {
		if l == "root" {
			return i
		}
	}
	return -1
}
