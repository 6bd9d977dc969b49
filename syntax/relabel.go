package syntax

import "strings"

// Relabeler is a second-stage arc labeler. Once the parser's tree is
// fixed it labels every arc again with an averaged perceptron over the
// labels that sees the whole tree, which the transition parsers never
// do: the head's other dependents (a passive auxiliary beside a subject,
// a subject already taken), the dependent's own function words (its
// preposition, conjunction, auxiliaries) and whether it has a subject of
// its own, the head's head, the words around the dependent's subtree and
// the punctuation. Its scores are summed with the parser's own label
// scores for the arc (Mix), so the two labelers vote. It changes labels
// only, never heads; the root's arc keeps "root" and no other arc takes
// it. It is read-only after loading: safe for concurrent use. On EWT dev
// it raises LAS from 83.24 to 83.39 (label accuracy on rightly attached
// arcs 96.6% to 96.8%).
type Relabeler struct {
	Labels []string
	W      *arcWeights
	// Bonus is added to the score of the parser's own label (in units
	// of W's Scale), so the parser's choice wins near ties.
	Bonus float32
	// Mix weighs the parser's own label scores of the arc (in real
	// weight units) against W's (in units of W's Scale).
	Mix float32
	// Stacked relabelers also read the parser's label of the arc.
	Stacked bool

	index     map[string]int
	rootLabel int
	roleMasks [5]uint64 // label sets, see roleOf
}

// init derives the lookup tables from Labels.
func (r *Relabeler) init() {
	r.index = make(map[string]int, len(r.Labels))
	r.rootLabel = -1
	r.roleMasks = [5]uint64{}
	for i, l := range r.Labels {
		r.index[l] = i
		if l == "root" {
			r.rootLabel = i
		}
		for k, role := range roleOf {
			if role(l) {
				r.roleMasks[k] |= labelBit(i)
			}
		}
	}
}

// roleOf lists the label sets of roleMasks: subjects, auxiliaries,
// objects, passive marks, copulas and expletives.
var roleOf = [5]func(string) bool{
	func(l string) bool { b := baseLabel(l); return b == "nsubj" || b == "csubj" },
	func(l string) bool { return baseLabel(l) == "aux" },
	func(l string) bool { b := baseLabel(l); return b == "obj" || b == "iobj" },
	func(l string) bool { return strings.HasSuffix(l, ":pass") },
	func(l string) bool { b := baseLabel(l); return b == "cop" || b == "expl" },
}

func labelBit(l int) uint64 {
	if l < 0 {
		return 0
	}
	return 1 << uint(l%64)
}

// uposIndex numbers the universal tags for the children's tag sets.
var uposIndex = map[string]uint{
	"ADJ": 0, "ADP": 1, "ADV": 2, "AUX": 3, "CCONJ": 4, "DET": 5, "INTJ": 6, "NOUN": 7, "NUM": 8,
	"PART": 9, "PRON": 10, "PROPN": 11, "PUNCT": 12, "SCONJ": 13, "SYM": 14, "VERB": 15, "X": 16,
}

// functionTag says whether a dependent with this universal tag is a
// function word of its head (preposition, conjunction, auxiliary,
// particle).
func functionTag(u uint) bool { return u == 1 || u == 3 || u == 4 || u == 9 || u == 13 }

// tree is a parsed sentence as the relabeler reads it: word n is the root.
type tree struct {
	si     sentenceInfo
	n      int
	heads  []int // root = n
	labels []int // the parser's labels (-1 for none)
	upos   []uint
	// children of word i: kids[off[i]:off[i+1]], in sentence order
	off, kids   []int
	kidL, kidU  []uint64 // sets of the children's labels and universal tags
	fn, fnFirst []uint64 // the function-word children: all, the first
	punct       []int    // punct[i]: punctuation marks before word i
	pw          []uint64 // the punctuation children's words
	lo, hi      []int    // the first and last word of each word's subtree
}

// newTree describes the tree of heads (0-based, -1 the root) whose arcs
// bear labels (indices into Labels, -1 for none).
func (r *Relabeler) newTree(words []string, tags []Tagged, heads []int, labels []int) *tree {
	n := len(words)
	t := &tree{si: parseInfo(words, tags), n: n, labels: labels, upos: make([]uint, n+1)}
	// two allocations, carved
	m := n + 1
	ints := make([]int, 6*m+1+n)
	t.heads, t.punct, t.lo, t.hi, t.off, t.kids = ints[:m], ints[m:2*m], ints[2*m:3*m], ints[3*m:4*m], ints[4*m:5*m+1], ints[5*m+1:5*m+1+n]
	fill := ints[5*m+1+n:]
	u64 := make([]uint64, 5*m)
	t.kidL, t.kidU, t.fn, t.fnFirst, t.pw = u64[:m], u64[m:2*m], u64[2*m:3*m], u64[3*m:4*m], u64[4*m:]
	t.heads[n] = -1
	t.upos[n] = 17
	for i, h := range heads {
		if h < 0 || h >= n {
			h = n
		}
		t.heads[i] = h
		t.off[h+1]++
		u, ok := uposIndex[tags[i].UPOS]
		if !ok {
			u = 16
		}
		t.upos[i] = u
		t.punct[i+1] = t.punct[i]
		if u == 12 {
			t.punct[i+1]++
		}
	}
	for i := 1; i <= n+1; i++ {
		t.off[i] += t.off[i-1]
	}
	for i := range n {
		h := t.heads[i]
		t.kids[t.off[h]+fill[h]] = i
		fill[h]++
		t.kidL[h] |= labelBit(labels[i])
		t.kidU[h] |= 1 << t.upos[i]
		if t.upos[i] == 12 {
			t.pw[h] = mix(t.pw[h] ^ t.si.w[i])
		}
		if functionTag(t.upos[i]) {
			t.fn[h] = mix(t.fn[h] ^ t.si.w[i])
			if t.fnFirst[h] == 0 {
				t.fnFirst[h] = t.si.w[i]
			}
		}
	}
	// Subtree spans: a word's span covers its children's (projective or
	// not, the extremes are what the features read).
	for i := range n {
		t.lo[i], t.hi[i] = i, i
	}
	for i := range n {
		for j, steps := t.heads[i], 0; j < n && steps <= n; j, steps = t.heads[j], steps+1 {
			t.lo[j], t.hi[j] = min(t.lo[j], i), max(t.hi[j], i)
		}
	}
	return t
}

// distBucket is the signed distance from d to h in buckets: 1, 2, 3,
// 4-5, 6-9, 10 and more; plus 8 when the head is to the right.
func distBucket(d, h int) uint64 {
	x := h - d
	var b uint64
	if x < 0 {
		x = -x
	} else {
		b = 8
	}
	switch {
	case x <= 3:
		return b + uint64(x)
	case x <= 5:
		return b + 4
	case x <= 9:
		return b + 5
	}
	return b + 6
}

// features describes word d's arc in t.
func (r *Relabeler) features(buf []uint64, t *tree, d int) []uint64 {
	n := t.n
	si := &t.si
	w := func(i int) uint64 { return hashAt(si.w, i) }
	p := func(i int) uint64 { return hashAt(si.p, i) }
	u := func(i int) uint64 { return hashAt(si.u, i) }
	lem := func(i int) uint64 { return hashAt(si.lem, i) }
	lab := func(i int) uint64 {
		if i < 0 || i >= n {
			return 0
		}
		return uint64(t.labels[i] + 2)
	}
	h := t.heads[d]
	hh := -1
	if h < n {
		hh = t.heads[h]
	}
	sd := distBucket(d, h)
	dir := sd >> 3
	if h == n {
		sd, dir = 15, 2
	}
	prev, next := d-1, d+1
	if next >= n {
		next = -1
	}
	// punctuation between the dependent and its head
	lo, hi := min(d, h), max(d, h)
	pb := uint64(0)
	if h < n && t.punct[hi]-t.punct[lo+1] > 0 {
		pb = 1
	}
	// the head's other children: their labels, the nearest on each side
	sib := t.kids[t.off[h]:t.off[h+1]]
	var sibL uint64
	ls, rs := -1, -1
	nLeftOut := 0 // siblings beyond d, away from the head
	for _, c := range sib {
		if c == d {
			continue
		}
		sibL |= labelBit(t.labels[c])
		if c < d {
			ls = c
		} else if rs < 0 {
			rs = c
		}
		if (c < d) == (d < h) {
			nLeftOut++
		}
	}
	roles := uint64(0)
	for k, m := range r.roleMasks {
		if sibL&m != 0 {
			roles |= 1 << k
		}
	}
	own := uint64(0) // the dependent's own subject and auxiliaries
	if t.kidL[d]&r.roleMasks[0] != 0 {
		own = 1
	}
	if t.kidL[d]&r.roleMasks[1] != 0 {
		own |= 2
	}
	before, after, first := t.lo[d]-1, t.hi[d]+1, t.lo[d]
	if after >= n {
		after = -1
	}
	if first == d {
		first = -1
	}
	nkids := uint64(min(t.off[d+1]-t.off[d], 4))
	T := func(i uint64) uint64 { return 400 + i }
	buf = append(buf,
		feat(T(0), 0, 0, 0),
		feat(T(1), w(d), 0, 0), feat(T(2), p(d), 0, 0), feat(T(3), u(d), 0, 0), feat(T(4), lem(d), 0, 0),
		feat(T(5), w(d), p(d), 0), feat(T(6), w(h), 0, 0), feat(T(7), p(h), 0, 0), feat(T(8), lem(h), 0, 0),
		feat(T(9), p(h), p(d), sd), feat(T(10), u(h), u(d), dir), feat(T(11), w(h), p(d), dir),
		feat(T(12), p(h), w(d), dir), feat(T(13), lem(h), lem(d), dir), feat(T(14), lem(h), u(d), sd),
		feat(T(15), p(d), p(hh), p(h)), feat(T(16), p(d), p(h), lab(h)), feat(T(17), w(d), t.fn[d], 0),
		feat(T(18), p(d), t.fn[d], u(h)), feat(T(19), lem(h), t.fnFirst[d], u(d)), feat(T(20), p(d), t.kidL[d], 0),
		feat(T(21), u(d), t.kidU[d], u(h)), feat(T(22), p(d), own, p(h)), feat(T(23), u(d), u(h), sibL),
		feat(T(24), p(d), p(h), roles*16+sd), feat(T(25), p(d), p(prev), p(next)), feat(T(26), w(prev), p(d), 0),
		feat(T(27), p(d), w(next), 0), feat(T(28), p(d), p(h), pb*16+sd), feat(T(29), hashAt(si.wc, d), p(h), 0),
		feat(T(30), hashAt(si.wc, h), p(d), 0), feat(T(31), hashAt(si.suf, d), p(h), 0), feat(T(32), p(d), lab(ls), lab(rs)),
		feat(T(33), p(d), p(ls), p(rs)), feat(T(34), u(d), nkids, own), feat(T(35), w(d), u(h), dir),
		feat(T(36), p(h), t.fn[h], p(d)), feat(T(37), lem(h), lab(h), u(d)), feat(T(38), p(d), p(h), uint64(min(nLeftOut, 3))),
		feat(T(39), w(d), w(h), 0), feat(T(40), u(d), sd, t.kidU[d]), feat(T(41), lem(d), p(h), own),
		feat(T(42), w(prev), p(d), p(h)), feat(T(43), p(d), lab(ls), roles),
		// the dependent's subtree: the words around it and its first word
		feat(T(44), p(d), w(before), p(h)), feat(T(45), p(d), w(after), p(h)), feat(T(46), u(d), w(first), u(h)),
		feat(T(47), p(before), p(d), p(after)), feat(T(48), u(d), t.pw[d], u(h)), feat(T(49), w(before), w(first), u(d)),
		feat(T(50), u(d), u(h), dir*64+uint64(min(t.hi[d]-t.lo[d], 15))),
		feat(T(60), hashAt(si.wc, d), u(d), 0), feat(T(61), hashAt(si.wc, d), w(next), 0),
	)
	if !r.Stacked {
		return buf
	}
	return append(buf,
		// the parser's own label for the arc
		feat(T(51), lab(d), 0, 0), feat(T(52), lab(d), p(d), 0), feat(T(53), lab(d), p(d), p(h)),
		feat(T(54), lab(d), w(d), 0), feat(T(55), lab(d), u(d), u(h)*16+sd), feat(T(56), lab(d), lem(h), 0),
		feat(T(57), lab(d), t.fn[d], u(d)), feat(T(58), lab(d), sibL, 0), feat(T(59), lab(d), lab(h), t.kidL[d]),
	)
}

// best returns word d's best label other than "root" (see pick).
func (r *Relabeler) best(t *tree, d int, buf []uint64, scores, pscores []float32) (int, []uint64) {
	buf = r.features(buf[:0], t, d)
	r.W.Score(buf, scores)
	L := len(scores)
	var ps []float32
	if len(pscores) >= (d+1)*L {
		ps = pscores[d*L : (d+1)*L]
	}
	return r.pick(scores, t.labels[d], ps), buf
}

// pick returns the best label other than "root" given W's scores, which
// it changes: the parser's label pl gets the bonus, and Mix times the
// parser's scores ps (nil for none) are added.
func (r *Relabeler) pick(scores []float32, pl int, ps []float32) int {
	if pl >= 0 && pl < len(scores) {
		scores[pl] += r.Bonus
	}
	if r.Mix != 0 && len(ps) == len(scores) {
		for l, v := range ps {
			scores[l] += r.Mix * v
		}
	}
	best, bi := float32(0), -1
	for l, v := range scores {
		if l != r.rootLabel && (bi < 0 || v > best) {
			best, bi = v, l
		}
	}
	return bi
}

// Relabel labels the arcs of a tree again: heads are 0-based (-1 the
// root) and labels, the parser's, are replaced in place.
func (r *Relabeler) Relabel(words []string, tags []Tagged, heads []int, labels []string) {
	r.relabel(words, tags, heads, labels, nil)
}

// relabel is Relabel given the parser's label scores of the arcs
// (pscores[d*L+l], L = len(Labels); nil for none), which count Mix times.
func (r *Relabeler) relabel(words []string, tags []Tagged, heads []int, labels []string, pscores []float32) {
	n := len(words)
	if n == 0 || len(heads) != n || len(labels) != n || len(tags) != n {
		return
	}
	li := make([]int, n)
	for i, l := range labels {
		if x, ok := r.index[l]; ok {
			li[i] = x
		} else {
			li[i] = -1
		}
	}
	t := r.newTree(words, tags, heads, li)
	scores := make([]float32, r.W.NClass)
	var buf []uint64
	for d, h := range heads {
		if h < 0 {
			if r.rootLabel >= 0 {
				labels[d] = r.Labels[r.rootLabel]
			}
			continue
		}
		var l int
		l, buf = r.best(t, d, buf, scores, pscores)
		if l >= 0 {
			labels[d] = r.Labels[l]
		}
	}
}
