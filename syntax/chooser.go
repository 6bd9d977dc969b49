package syntax

// Chooser weighs the heads the members propose for a word, where they
// disagree, from what they say of each: which members proposed it, with
// their margins and labels, the arc scorer's standing among the
// candidates, the tags, direction and distance. It is an averaged
// perceptron ranking the candidates, trained on trees the members parsed
// without having seen them (TrainChooser), so it learns when to trust
// which member. In the reparse each candidate gains Weight times its
// softmax probability (temperature Temp, in W's units), beside the arc
// scorer's votes. It is read-only after loading: safe for concurrent use.
//
// Confident, when above 0, replaces the parser's cascade threshold (see
// Parser.Confident). It is picked when the chooser is trained, for the
// ensemble with both voters: they change which sentences the reparse
// would leave as the first member parsed them.
type Chooser struct {
	W            *arcWeights
	Weight, Temp float32
	Confident    float32
}

// marginBucket and scoreBucket coarsen a member's transition margin and
// a candidate's arc score behind the best candidate's (real units).
func marginBucket(m float32) uint64 {
	return bucket(m, 0, 5, 20, 50, 100, 200)
}

func scoreBucket(diff float32) uint64 {
	return bucket(diff, -16, -8, -4, -2, -1, -0.01)
}

func distanceBucket(k int) uint64 {
	return bucket(float32(k), 2, 3, 5, 8, 13)
}

func bucket(x float32, edges ...float32) uint64 {
	for i, e := range edges {
		if x < e {
			return uint64(i)
		}
	}
	return uint64(len(edges))
}

// candidateFeatures appends the chooser's features of candidate i of
// word d; arcScale is the arc scorer's weight scale (candidate scores are
// in its units), nm the number of members.
func candidateFeatures(buf []uint64, cs []candidate, i int, arcScale float32, ai *arcInfo, d, nm int) []uint64 {
	c := cs[i]
	best, rank := c.score, uint64(0)
	for _, o := range cs {
		best = max(best, o.score)
		if o.score > c.score {
			rank++
		}
	}
	pb := scoreBucket((c.score - best) * arcScale)
	si, n := &ai.si, ai.n
	dir, db := uint64(3), uint64(0)
	if c.head != n {
		dir = 1
		if c.head > d {
			dir = 2
		}
		db = distanceBucket(max(c.head-d, d-c.head))
	}
	hp, dp, hu, du := si.p[c.head], si.p[d], si.u[c.head], si.u[d]
	buf = append(buf,
		feat(400, c.mask, 0, 0), feat(401, pb, 0, 0), feat(402, c.mask, pb, 0), feat(403, rank, uint64(len(cs)), 0),
		feat(407, dir, db, 0), feat(408, hp, dp, 0), feat(409, hp, dp, dir), feat(410, dp, c.mask, 0),
		feat(411, hu, du, c.mask), feat(412, hp, dp, pb), feat(413, du, dir<<4|db, pb),
	)
	for m := range nm {
		if c.mask&(1<<m) != 0 {
			l := uint64(c.lab[m] + 1)
			buf = append(buf, feat(404, uint64(m), marginBucket(c.marg[m]), 0), feat(405, uint64(m), l, 0), feat(406, uint64(m), l, pb))
		}
	}
	return buf
}

// scores appends the chooser's score of each candidate (in W's units).
func (ch *Chooser) scores(s []float32, cs []candidate, arcScale float32, ai *arcInfo, d, nm int, buf []uint64) ([]float32, []uint64) {
	var v [1]float32
	for i := range cs {
		buf = candidateFeatures(buf[:0], cs, i, arcScale, ai, d, nm)
		ch.W.Score(buf, v[:])
		s = append(s, v[0])
	}
	return s, buf
}
