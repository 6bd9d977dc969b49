package syntax

import "math"

// Parser is parley's dependency parser: one or more arc-hybrid members
// whose trees are combined by reparsing (Sagae and Lavie, 2006). Each arc
// proposed by a member scores that member's vote, plus a bonus for a
// confident transition; the result is the projective tree of highest
// total score (Eisner's algorithm), so it is always a tree with one root.
// A word's label is the label with the most votes among the members that
// chose its head. With one member the member's tree is returned as is.
type Parser struct {
	Labels  []string
	Members []*ArcHybrid
	// Votes[m] is member m's weight (distinct weights break ties).
	Votes []float32
	// MarginWeight scales a member's confidence bonus: its transition
	// margin squashed into [0, 1) by m/(m+MarginScale).
	MarginWeight, MarginScale float32
	// Confident, when above 0, is a cascade: a sentence whose first
	// member made every arc with a margin of at least Confident keeps
	// that member's tree, and the others do not parse it. Those trees
	// are rarely changed by the vote, and skipping them saves time. A
	// chooser's own threshold, when it has one, replaces it.
	Confident float32
	// Relabeler, when set, labels the arcs of the final tree again (the
	// heads stay). It is saved apart from the parser (WriteRelabeler).
	Relabeler *Relabeler
	// Arcs, when set, also votes in the reparse among the heads the
	// members propose. It is saved apart from the parser (WriteArcScorer).
	Arcs *ArcScorer
	// Chooser, when set beside Arcs, votes too among those heads (see
	// Chooser). It is saved apart (WriteChooser).
	Chooser *Chooser
}

// arcInfo returns what the arc scorer reads of a sentence, nil when p has
// no arc scorer.
func (p *Parser) arcInfo(words []string, tags []Tagged) *arcInfo {
	if p.Arcs == nil {
		return nil
	}
	return newArcInfo(words, tags)
}

// FirstMember returns a parser made of p's first member alone (the
// strongest: members are ordered by training, and the first reads left
// to right at full size), without the relabeler: the fast parser is for
// coding events, whose scores the relabeler does not change (annotated
// dev texts), while it costs an eighth of the end-to-end time.
func (p *Parser) FirstMember() *Parser {
	return &Parser{Labels: p.Labels, Members: p.Members[:1], Votes: p.Votes[:1]}
}

// confident says whether the first member's tree a is sure enough to
// skip the others.
func (p *Parser) confident(a arcs) bool {
	c := p.Confident
	if p.Chooser != nil && p.Chooser.Confident > 0 {
		c = p.Chooser.Confident
	}
	if c <= 0 {
		return false
	}
	for _, m := range a.margins {
		if m >= 0 && m < c { // forced arcs (< 0) made no choice
			return false
		}
	}
	return true
}

// labelled returns a member's tree with label strings.
func (p *Parser) labelled(a arcs) ([]int, []string) {
	labels := make([]string, len(a.labels))
	for i, l := range a.labels {
		labels[i] = p.Labels[l]
	}
	return a.heads, labels
}

// maxCombineWords bounds the sentences the members' trees are combined
// for: decoding is cubic in the length. Longer sentences (only runaway
// input, no real sentence) take the first member's tree.
const maxCombineWords = 250

// Parse returns each word's head (0-based, -1 for the root) and label.
// The result is always a tree: one root, every word attached, no cycle.
func (p *Parser) Parse(words []string, tags []Tagged) (heads []int, labels []string) {
	heads, labels, ls := p.parseTree(words, tags)
	if p.Relabeler != nil {
		p.Relabeler.relabel(words, tags, heads, labels, ls)
	}
	return heads, labels
}

// parseTree is Parse without the relabeler; it also returns the label
// scores of the tree's arcs (see labelScores).
func (p *Parser) parseTree(words []string, tags []Tagged) (heads []int, labels []string, ls []float32) {
	n := len(words)
	if len(p.Members) == 1 || n > maxCombineWords {
		a := p.Members[0].parse(words, tags)
		heads, labels = p.labelled(a)
		return heads, labels, a.lscores
	}
	trees := make([]arcs, len(p.Members))
	for m, mp := range p.Members {
		trees[m] = mp.parse(words, tags)
		if m == 0 && p.confident(trees[0]) {
			heads, labels = p.labelled(trees[0])
			return heads, labels, trees[0].lscores
		}
	}
	heads, labels = p.combine(trees, p.arcInfo(words, tags))
	return heads, labels, p.labelScores(trees, heads)
}

// ParseAll parses many sentences: each member parses them all in turn,
// which keeps that member's most used weights in the caches, and then
// their trees are combined. It returns what Parse would for each.
func (p *Parser) ParseAll(words [][]string, tags [][]Tagged) (heads [][]int, labels [][]string) {
	heads, labels, ls := p.parseTrees(words, tags)
	if p.Relabeler != nil {
		for i := range words {
			p.Relabeler.relabel(words[i], tags[i], heads[i], labels[i], ls[i])
		}
	}
	return heads, labels
}

// parseTrees is ParseAll without the relabeler, with parseTree's label
// scores.
func (p *Parser) parseTrees(words [][]string, tags [][]Tagged) (heads [][]int, labels [][]string, ls [][]float32) {
	heads, labels, ls = make([][]int, len(words)), make([][]string, len(words)), make([][]float32, len(words))
	if len(p.Members) == 1 {
		for i := range words {
			a := p.Members[0].parse(words[i], tags[i])
			heads[i], labels[i] = p.labelled(a)
			ls[i] = a.lscores
		}
		return heads, labels, ls
	}
	trees := make([][]arcs, len(words))
	alone := make([]bool, len(words)) // the first member's tree is final
	for mi, m := range p.Members {
		for i := range words {
			if mi == 0 {
				trees[i] = append(trees[i], m.parse(words[i], tags[i]))
				alone[i] = len(words[i]) > maxCombineWords || p.confident(trees[i][0])
			} else if !alone[i] {
				trees[i] = append(trees[i], m.parse(words[i], tags[i]))
			}
		}
	}
	for i, ts := range trees {
		if alone[i] {
			heads[i], labels[i] = p.labelled(ts[0])
			ls[i] = ts[0].lscores
			continue
		}
		heads[i], labels[i] = p.combine(ts, p.arcInfo(words[i], tags[i]))
		ls[i] = p.labelScores(ts, heads[i])
	}
	return heads, labels, ls
}

// labelScores returns, for each word of the combined tree, the mean
// label scores of the members that gave it the tree's head (zeros when
// none did).
func (p *Parser) labelScores(trees []arcs, heads []int) []float32 {
	L := len(p.Labels)
	out := make([]float32, len(heads)*L)
	for d, h := range heads {
		k := 0
		o := out[d*L : (d+1)*L]
		for _, a := range trees {
			if a.heads[d] != h {
				continue
			}
			k++
			for l, v := range a.lscores[d*L : (d+1)*L] {
				o[l] += v
			}
		}
		if k > 1 {
			for l := range o {
				o[l] /= float32(k)
			}
		}
	}
	return out
}

// arcWeight is member m's score for the arcs of its tree, word i's arc.
func (p *Parser) arcWeight(m int, a arcs, i int) float32 {
	w := p.Votes[m]
	if mg := a.margins[i]; mg > 0 && p.MarginScale > 0 {
		w += p.MarginWeight * mg / (mg + p.MarginScale)
	}
	return w
}

// combine reparses the members' trees (all in sentence order, labels
// indexing the members' label lists, which equal p.Labels), with the arc
// scorer's votes when ai is not nil.
func (p *Parser) combine(trees []arcs, ai *arcInfo) (heads []int, labels []string) {
	n := len(trees[0].heads)
	// score[h*n+d]: arc h -> d; the root arcs in root[d].
	score := make([]float32, n*n)
	root := make([]float32, n)
	for m, a := range trees {
		for d, h := range a.heads {
			w := p.arcWeight(m, a, d)
			if h < 0 {
				root[d] += w
			} else {
				score[h*n+d] += w
			}
		}
	}
	if ai != nil {
		p.Arcs.addVotes(p.Chooser, ai, trees, score, root)
	}
	heads = bestHeads(n, score, root)
	if heads == nil {
		heads = eisner(n, score, root)
	}
	labels = make([]string, n)
	votes := make([]float32, len(p.Labels))
	for d, h := range heads {
		clear(votes)
		for m, a := range trees {
			if a.heads[d] == h {
				votes[a.labels[d]] += p.arcWeight(m, a, d)
			}
		}
		labels[d] = p.pickLabel(votes, h < 0, trees, d)
	}
	return heads, labels
}

// pickLabel returns the label with most votes, keeping "root" for the
// root's arc and off every other arc. An arc no member proposed takes
// the first member's label for the word (when allowed).
func (p *Parser) pickLabel(votes []float32, isRoot bool, trees []arcs, d int) string {
	rl := p.Members[0].rootLabel()
	if isRoot && rl >= 0 {
		return p.Labels[rl]
	}
	best, bi := float32(0), -1
	for l, v := range votes {
		if v > best && l != rl {
			best, bi = v, l
		}
	}
	if bi < 0 {
		for _, a := range trees {
			if l := a.labels[d]; l != rl {
				return p.Labels[l]
			}
		}
		for l := range p.Labels {
			if l != rl {
				return p.Labels[l]
			}
		}
	}
	if bi < 0 {
		bi = 0
	}
	return p.Labels[bi]
}

// bestHeads returns each word's highest-scoring head when together they
// make a projective tree with one root, the usual case, which makes it
// the best tree without the cubic search; else nil. Ties go to the
// leftmost head, the root first.
func bestHeads(n int, score, root []float32) []int {
	heads := make([]int, n)
	roots := 0
	for d := range n {
		best, bh := root[d], -1
		for h := range n {
			if h != d && score[h*n+d] > best {
				best, bh = score[h*n+d], h
			}
		}
		heads[d] = bh
		if bh < 0 {
			roots++
		}
	}
	if roots != 1 {
		return nil
	}
	// Acyclic: every word reaches the root within n steps.
	for d := range n {
		steps := 0
		for h := heads[d]; h >= 0; h = heads[h] {
			if steps++; steps > n {
				return nil
			}
		}
	}
	// Projective, the root before the first word: no arc crosses another.
	for d, h := range heads {
		lo, hi := min(d, h), max(d, h)
		for d2, h2 := range heads {
			if d2 == d {
				continue
			}
			lo2, hi2 := min(d2, h2), max(d2, h2)
			if lo < lo2 && lo2 < hi && hi < hi2 {
				return nil
			}
		}
	}
	return heads
}

// eisner returns the highest-scoring projective tree over n words with
// exactly one word attached to the root: score[h*n+d] is the weight of
// arc h -> d and root[d] that of root -> d. Heads are 0-based, -1 the root.
func eisner(n int, score, root []float32) []int {
	heads := make([]int, n)
	if n == 0 {
		return heads
	}
	// Spans [i, j], i <= j, at index i*n+j. cr: complete, head i; cl:
	// complete, head j; ir: incomplete, arc i -> j; il: arc j -> i. The
	// b arrays keep each span's split point.
	cr, cl := make([]float32, n*n), make([]float32, n*n)
	ir, il := make([]float32, n*n), make([]float32, n*n)
	bcr, bcl, bi := make([]int32, n*n), make([]int32, n*n), make([]int32, n*n)
	neg := float32(math.Inf(-1))
	for k := 1; k < n; k++ {
		for i := 0; i+k < n; i++ {
			j := i + k
			best, bq := neg, i
			for q := i; q < j; q++ {
				if v := cr[i*n+q] + cl[(q+1)*n+j]; v > best {
					best, bq = v, q
				}
			}
			bi[i*n+j] = int32(bq)
			il[i*n+j] = best + score[j*n+i]
			ir[i*n+j] = best + score[i*n+j]
			best, bq = neg, i
			for q := i; q < j; q++ {
				if v := cl[i*n+q] + il[q*n+j]; v > best {
					best, bq = v, q
				}
			}
			cl[i*n+j], bcl[i*n+j] = best, int32(bq)
			best, bq = neg, j
			for q := i + 1; q <= j; q++ {
				if v := ir[i*n+q] + cr[q*n+j]; v > best {
					best, bq = v, q
				}
			}
			cr[i*n+j], bcr[i*n+j] = best, int32(bq)
		}
	}
	best, r := neg, 0
	for d := range n {
		if v := root[d] + cl[d] + cr[d*n+n-1]; v > best {
			best, r = v, d
		}
	}
	heads[r] = -1
	// Walk the chart back with an explicit stack of spans.
	type span struct {
		i, j     int
		complete bool
		right    bool // head at i (else at j)
	}
	stack := []span{{0, r, true, false}, {r, n - 1, true, true}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		i, j := s.i, s.j
		if i == j {
			continue
		}
		switch {
		case s.complete && s.right:
			q := int(bcr[i*n+j])
			stack = append(stack, span{i, q, false, true}, span{q, j, true, true})
		case s.complete:
			q := int(bcl[i*n+j])
			stack = append(stack, span{i, q, true, false}, span{q, j, false, false})
		default:
			if s.right {
				heads[j] = i
			} else {
				heads[i] = j
			}
			q := int(bi[i*n+j])
			stack = append(stack, span{i, q, true, true}, span{q + 1, j, true, false})
		}
	}
	return heads
}
