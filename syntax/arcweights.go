package syntax

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
)

// arcWeights is the parser's weight table, laid out for lookups that
// mostly miss the caches (parsing is bound by memory latency). The table
// is an array of buckets of eight 64-bit slots, one cache line each; a
// feature lives in the first bucket with room at or after its home bucket
// (the high bits of its hash) and is recognized there by a 16-bit
// fingerprint (the low bits). A slot holds up to two (class, weight)
// entries inline, so most lookups read a single cache line; longer lists
// live in ents. An absent feature is seen to be absent at the first free
// slot. Fingerprints can collide: an absent feature then takes another's
// weights, about once per 10^4 lookups, which costs no measurable
// accuracy.
//
// Slot bits: 48-63 fingerprint (never 0; a 0 slot is empty); bit 47 set:
// bits 8-31 first entry in ents, bits 0-7 entry count; bit 47 clear: two
// inline entries in bits 0-22 and 23-45 (0 = none). An entry is a class
// (8 bits) and a 15-bit signed weight in units of Scale. It is read-only
// after construction, so it is safe for concurrent use.
type arcWeights struct {
	NClass int
	Scale  float32
	shift  uint // bucket = hash >> shift
	// byClass tables (at most 3 classes) keep every weight inline: bits
	// 15c to 15c+14 hold class c's.
	byClass bool
	slots   []uint64
	ents    []uint32 // uint16(Q)<<16 | class
	// file is the table as written to model files (see encodeWeights),
	// kept to save the model again without reconstructing it.
	file string
}

const (
	bucketSlots = 8
	ptrBit      = 1 << 47
	inlineBits  = 23
)

// newArcWeights converts a trained table, ordering its features by home
// bucket so that loading the saved model writes the table sequentially.
func newArcWeights(w *Weights) (*arcWeights, error) {
	type feature struct {
		hash uint64
		key  uint32
		ents []uint32
	}
	var fs []feature
	for _, v := range w.slots {
		if v == 0 {
			continue
		}
		lo, n := int(v>>8)&(maxEntries-1), int(v&0xff)
		k := uint32(v>>32) | 1
		fs = append(fs, feature{mix(uint64(k)), k, w.ents[lo : lo+n]})
	}
	slices.SortFunc(fs, func(a, b feature) int { return cmp.Compare(a.hash, b.hash) })
	var buf bytes.Buffer
	keys := make([]uint32, len(fs))
	counts := make([]uint8, len(fs))
	var cls []uint16
	var q []int16
	for i, f := range fs {
		keys[i], counts[i] = f.key, uint8(len(f.ents))
		for _, e := range f.ents {
			cls = append(cls, uint16(e))
			q = append(q, int16(e>>16))
		}
	}
	if err := encodeWeights(&buf, w.NClass, w.Scale, keys, counts, cls, q); err != nil {
		return nil, err
	}
	return readArcWeights(&byteReader{b: buf.String()})
}

// readArcWeights decodes a table in the format of encodeWeights.
func readArcWeights(r *byteReader) (*arcWeights, error) {
	start := r.b
	raw, err := readRawTable(r)
	if err != nil {
		return nil, err
	}
	nclass, nkeys, nents, scale, kb, counts, cb, qb := raw.nclass, raw.nkeys, raw.nents, raw.scale, raw.kb, raw.counts, raw.cb, raw.qb
	if nclass > 256 {
		return nil, fmt.Errorf("%d classes do not fit the parser's table", nclass)
	}
	// Files list features by home bucket (see newArcWeights), so the
	// slots fill left to right; a file in another order is sorted first.
	resort := func() (*arcWeights, error) {
		sorted, err := sortedTable(int(nclass), scale, kb, counts, cb, qb)
		if err != nil {
			return nil, err
		}
		return readArcWeights(&byteReader{b: sorted})
	}
	t := &arcWeights{NClass: int(nclass), Scale: 2 * scale, file: start[:len(start)-len(r.b)], byClass: nclass <= 3}
	// At most 7/8 full: buckets rarely overflow, and a table a power of
	// two in size is no bigger than it must be.
	nb := 1
	for nb*bucketSlots*7 < int(nkeys)*8 {
		nb <<= 1
	}
	t.shift = uint(64 - bitsOf(nb))
	t.slots = makeTable(t, nb*bucketSlots)
	mask := nb - 1
	off := 0
	var es []uint32
	t.ents = make([]uint32, 0, nents)
	prevHash, cursor := uint64(0), 0
	for i := range int(nkeys) {
		k := le32(kb[4*i:]) | 1
		n := int(counts[i])
		if off+n > int(nents) {
			return nil, fmt.Errorf("inconsistent weight table")
		}
		es = es[:0]
		for j := off; j < off+n; j++ {
			c := uint32(cb[j])
			if c >= nclass {
				return nil, fmt.Errorf("class %d out of range", c)
			}
			// 16-bit weights to 15 bits (Scale doubled above).
			q := min((int32(int16(le16(qb[2*j:])))+1)>>1, 1<<14-1)
			if q != 0 {
				es = append(es, uint32(uint16(q))<<16|c)
			}
		}
		off += n
		if len(es) == 0 {
			continue
		}
		h := mix(uint64(k))
		if h < prevHash {
			return resort()
		}
		prevHash = h
		fp := fingerprint(h)
		var v uint64
		if t.byClass {
			v = fp << 48
			for _, e := range es {
				v |= uint64(e>>16&0x7fff) << (15 * (e & 0xff))
			}
		} else if len(es) <= 2 {
			v = fp<<48 | inlineEntry(es[0])
			if len(es) == 2 {
				v |= inlineEntry(es[1]) << inlineBits
			}
		} else {
			if len(t.ents)+len(es) >= maxEntries || len(es) > maxPerFeat {
				return nil, fmt.Errorf("weight table too large")
			}
			v = fp<<48 | ptrBit | uint64(len(t.ents))<<8 | uint64(len(es))
			t.ents = append(t.ents, es...)
		}
		// A feature goes to its home bucket or the first slot after the
		// previous feature's, whichever is later.
		// Past the last bucket it wraps around to the first free slot.
		b := int(h >> t.shift)
		if pos := max(b*bucketSlots, cursor); pos < len(t.slots) {
			t.slots[pos], cursor = v, pos+1
			continue
		}
		for placed := false; !placed; b = (b + 1) & mask {
			for s := b * bucketSlots; s < (b+1)*bucketSlots; s++ {
				if t.slots[s] == 0 {
					t.slots[s], placed = v, true
					break
				}
			}
		}
	}
	if off != int(nents) {
		return nil, fmt.Errorf("inconsistent weight table")
	}
	return t, nil
}

// sortedTable re-encodes a table with its features in hash order.
func sortedTable(nclass int, scale float32, kb, counts, cb, qb string) (string, error) {
	type feature struct {
		hash uint64
		i    int // key index
		off  int // first entry
	}
	fs := make([]feature, len(counts))
	off := 0
	for i := range fs {
		fs[i] = feature{mix(uint64(le32(kb[4*i:]) | 1)), i, off}
		off += int(counts[i])
	}
	if off != len(cb) {
		return "", fmt.Errorf("inconsistent weight table")
	}
	slices.SortFunc(fs, func(a, b feature) int { return cmp.Compare(a.hash, b.hash) })
	keys := make([]uint32, len(fs))
	cnt := make([]uint8, len(fs))
	cls := make([]uint16, 0, len(cb))
	q := make([]int16, 0, len(cb))
	for j, f := range fs {
		keys[j], cnt[j] = le32(kb[4*f.i:]), counts[f.i]
		for e := f.off; e < f.off+int(counts[f.i]); e++ {
			cls = append(cls, uint16(cb[e]))
			q = append(q, int16(le16(qb[2*e:])))
		}
	}
	var buf bytes.Buffer
	if err := encodeWeights(&buf, nclass, scale, keys, cnt, cls, q); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func bitsOf(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b
}

func fingerprint(h uint64) uint64 {
	fp := h & 0xffff
	if fp == 0 {
		fp = 1
	}
	return fp
}

// inlineEntry packs an ents entry into 23 bits: class, then weight.
func inlineEntry(e uint32) uint64 {
	return uint64(e&0xff) | uint64(e>>16&0x7fff)<<8
}

// Score fills scores (len NClass) with the sum of the features' weights,
// in units of Scale. It first reads every feature's home slot, so the
// processor fetches the buckets from memory in parallel, then matches
// the fingerprints. Sums are kept in integers indexed by a byte, which
// needs no bounds checks. Features past the 256th are ignored (the
// parser uses about 120).
func (t *arcWeights) Score(feats []uint64, scores []float32) {
	var homeBuf [256]uint32
	var firstBuf [256]uint64
	var fpBuf [256]uint16
	if len(feats) > len(homeBuf) {
		feats = feats[:len(homeBuf)]
	}
	home, first, fps := homeBuf[:len(feats)], firstBuf[:len(feats)], fpBuf[:len(feats)]
	for i, f := range feats {
		h := mix(uint64(uint32(f) | 1))
		b := uint32(h >> t.shift)
		home[i], fps[i] = b, uint16(fingerprint(h))
		first[i] = t.slots[int(b)*bucketSlots]
	}
	if t.byClass {
		var acc [3]int32
		for i, b := range home {
			if v := t.find(b, first[i], uint64(fps[i])); v != 0 {
				acc[0] += int32(uint32(v)<<17) >> 17
				acc[1] += int32(uint32(v>>15)<<17) >> 17
				acc[2] += int32(uint32(v>>30)<<17) >> 17
			}
		}
		for c := range scores {
			scores[c] = float32(acc[c%3])
		}
		return
	}
	var acc [256]int32
	for i, b := range home {
		v := t.find(b, first[i], uint64(fps[i]))
		switch {
		case v == 0:
		case v&ptrBit != 0:
			lo := int(v>>8) & (maxEntries - 1)
			for _, e := range t.ents[lo : lo+int(v&0xff)] {
				acc[uint8(e)] += int32(int16(e >> 16))
			}
		default:
			for e := v & (1<<(2*inlineBits) - 1); e != 0; e >>= inlineBits {
				// sign-extend the 15-bit weight
				acc[uint8(e)] += int32(uint32(e>>8&0x7fff)<<17) >> 17
			}
		}
	}
	for c := range scores {
		scores[c] = float32(acc[uint8(c)])
	}
}

// find returns the slot of the feature with home bucket b and
// fingerprint fp, or 0; v0 is the bucket's first slot, already read.
func (t *arcWeights) find(b uint32, v0, fp uint64) uint64 {
	if v0 == 0 {
		return 0
	}
	if v0>>48 == fp {
		return v0
	}
	nb := uint32(len(t.slots) / bucketSlots)
	s := 1 // slot 0 of the home bucket is v0
	for {
		for _, v := range t.slots[int(b)*bucketSlots+s : int(b+1)*bucketSlots] {
			if v == 0 {
				return 0
			}
			if v>>48 == fp {
				return v
			}
		}
		if b++; b == nb {
			b = 0
		}
		s = 0
	}
}
