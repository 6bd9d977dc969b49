package syntax

import (
	"fmt"
	"math"
)

// Weights is an averaged perceptron's weight table for inference: each
// feature maps to a short list of (class, weight) pairs. Weights are
// quantized to 16 bits (the true weight is Q*Scale; scores are compared,
// so the scale never needs applying). The table is open addressing over
// the low 32 bits of the feature hashes; it is read-only after
// construction, so it is safe for concurrent use.
type Weights struct {
	NClass int
	Scale  float32
	// slots[i] = key<<32 | first entry<<8 | entry count; 0 = empty.
	slots []uint64
	// ents[j] = uint16(Q)<<16 | class.
	ents []uint32
}

// Table limits of the packed layout.
const (
	maxEntries  = 1 << 24
	maxPerFeat  = 255
	maxClassNum = 1 << 16
)

// buildWeights makes the table from features in any order: keys[i] has
// counts[i] entries, consecutive in cls and q.
func buildWeights(nclass int, scale float32, keys []uint32, counts []uint8, cls []uint16, q []int16) (*Weights, error) {
	if len(cls) >= maxEntries || nclass > maxClassNum || len(cls) != len(q) {
		return nil, fmt.Errorf("weight table too large (%d entries, %d classes)", len(cls), nclass)
	}
	// Load factor at most 1/2. Many features looked up at run time are
	// absent (rare word pairs), and with linear probing an absent key's
	// search runs to the next empty slot: on EWT dev the tagger's lookups
	// take 1.15 probes on average at 1/2 against 1.89 at 3/4.
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	t := &Weights{NClass: nclass, Scale: scale, slots: make([]uint64, size), ents: make([]uint32, len(cls))}
	for j := range cls {
		if int(cls[j]) >= nclass {
			return nil, fmt.Errorf("class %d out of range", cls[j])
		}
		t.ents[j] = uint32(uint16(q[j]))<<16 | uint32(cls[j])
	}
	off := 0
	mask := uint64(size - 1)
	for i, k := range keys {
		k |= 1
		n := int(counts[i])
		if off+n > len(cls) {
			return nil, fmt.Errorf("inconsistent weight table")
		}
		s := mix(uint64(k)) & mask
		for t.slots[s] != 0 && uint32(t.slots[s]>>32) != k {
			s = (s + 1) & mask
		}
		t.slots[s] = uint64(k)<<32 | uint64(off)<<8 | uint64(n)
		off += n
	}
	if off != len(cls) {
		return nil, fmt.Errorf("inconsistent weight table")
	}
	return t, nil
}

// add adds feature f's weights to scores.
func (t *Weights) add(f uint64, scores []float32) {
	if len(t.slots) == 0 {
		return
	}
	mask := uint64(len(t.slots) - 1)
	k := uint32(f) | 1
	for s := mix(uint64(k)) & mask; ; s = (s + 1) & mask {
		v := t.slots[s]
		if v == 0 {
			return
		}
		if uint32(v>>32) == k {
			lo := int(v>>8) & (maxEntries - 1)
			for _, e := range t.ents[lo : lo+int(v&0xff)] {
				if c := int(e & 0xffff); c < len(scores) {
					scores[c] += float32(int16(e >> 16))
				}
			}
			return
		}
	}
}

// Score fills scores (len NClass) with the sum of the features' weights,
// in units of Scale. It first loads every feature's home slot, which lets
// the processor fetch them from memory in parallel, then walks the
// probes: the table is far larger than the caches.
func (t *Weights) Score(feats []uint64, scores []float32) {
	clear(scores)
	if len(t.slots) == 0 {
		return
	}
	mask := uint64(len(t.slots) - 1)
	var homeBuf [256]uint64
	home := homeBuf[:0]
	if len(feats) > len(homeBuf) {
		home = make([]uint64, 0, len(feats))
	}
	for _, f := range feats {
		home = append(home, t.slots[mix(uint64(uint32(f)|1))&mask])
	}
	for i, f := range feats {
		k := uint32(f) | 1
		v := home[i]
		if v == 0 {
			continue
		}
		if uint32(v>>32) != k {
			t.add(f, scores)
			continue
		}
		lo := int(v>>8) & (maxEntries - 1)
		for _, e := range t.ents[lo : lo+int(v&0xff)] {
			if c := int(e & 0xffff); c < len(scores) {
				scores[c] += float32(int16(e >> 16))
			}
		}
	}
}

// entry is one (class, weight) pair during training, with what averaging
// needs: the running total and the step of the last change.
type entry struct {
	cls uint16
	w   float32
	ts  int32
	tot float64
}

// trainer is an averaged perceptron being trained.
type trainer struct {
	nclass int
	idx    map[uint64]int32
	keys   []uint64 // feature of each index, in insertion order
	feats  [][]entry
	clock  int32
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, idx: map[uint64]int32{}}
}

func (t *trainer) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		i, ok := t.idx[f]
		if !ok {
			continue
		}
		for _, e := range t.feats[i] {
			scores[e.cls] += e.w
		}
	}
}

// tick advances the averaging clock; call once per training example.
func (t *trainer) tick() { t.clock++ }

// update adds 1 to class good and subtracts 1 from class bad for feats.
func (t *trainer) update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		i := t.index(f)
		t.bump(i, good, 1)
		t.bump(i, bad, -1)
	}
}

// index returns feature f's index, adding it when new.
func (t *trainer) index(f uint64) int32 {
	i, ok := t.idx[f]
	if !ok {
		i = int32(len(t.feats))
		t.idx[f] = i
		t.keys = append(t.keys, f)
		t.feats = append(t.feats, nil)
	}
	return i
}

func (t *trainer) bump(i int32, c int, d float32) {
	es := t.feats[i]
	for j := range es {
		if int(es[j].cls) == c {
			e := &es[j]
			e.tot += float64(t.clock-e.ts) * float64(e.w)
			e.ts = t.clock
			e.w += d
			return
		}
	}
	t.feats[i] = append(es, entry{cls: uint16(c), w: d, ts: t.clock})
}

// averaged returns the averaged, quantized weights, dropping those whose
// magnitude is below minWeight (pruning keeps the embedded models small).
func (t *trainer) averaged(minWeight float64) *Weights {
	clock := float64(max(t.clock, 1))
	avg := make([][]float64, len(t.feats))
	maxAbs := 0.0
	for i, es := range t.feats {
		avg[i] = make([]float64, len(es))
		for j, e := range es {
			a := (e.tot + float64(t.clock-e.ts)*float64(e.w)) / clock
			avg[i][j] = a
			maxAbs = max(maxAbs, math.Abs(a))
		}
	}
	scale := max(maxAbs, 1e-9) / 32000
	var keys []uint32
	var counts []uint8
	var cls []uint16
	var q []int16
	for i, f := range t.keys {
		n := 0
		for j, e := range t.feats[i] {
			a := avg[i][j]
			qa := int16(math.Round(a / scale))
			if math.Abs(a) < minWeight || qa == 0 || n == maxPerFeat {
				continue
			}
			cls = append(cls, e.cls)
			q = append(q, qa)
			n++
		}
		if n > 0 {
			keys = append(keys, uint32(f)|1)
			counts = append(counts, uint8(n))
		}
	}
	w, err := buildWeights(t.nclass, float32(scale), keys, counts, cls, q)
	if err != nil {
		panic(err) // only when training more than the table can hold
	}
	return w
}

// argmax returns the best class among those allowed (all when allowed is nil).
func argmax(scores []float32, allowed func(int) bool) int {
	best, bi := float32(math.Inf(-1)), -1
	for c, s := range scores {
		if (allowed == nil || allowed(c)) && (bi < 0 || s > best) {
			best, bi = s, c
		}
	}
	return bi
}

// add adds d to class c's weight of every feature (a structured update:
// the gold and the predicted structure have different features).
func (t *trainer) add(feats []uint64, c int, d float32) {
	for _, f := range feats {
		t.bump(t.index(f), c, d)
	}
}
