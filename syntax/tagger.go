package syntax

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tagger predicts the joint tag "UPOS|XPOS" of each word, greedily from
// left to right. It is read-only after loading: safe for concurrent use.
type Tagger struct {
	Tags    []string          // class index → "UPOS|XPOS"
	Fixed   map[string]int    // frequent unambiguous forms → class
	Classes map[string]string // lowercase form → its ambiguity class (tags seen)
	W       *arcWeights
	// W2, when set, is a second pass that also sees the first pass's tags
	// of the next two words.
	W2     *arcWeights
	Lemmas *Lemmatizer
	// WordClasses is set when the weights were trained with the
	// word-class lexicon's features (wordclass.go).
	WordClasses bool
	// RW2, when set, is the second pass of a tagger that reads the
	// sentence right to left, its look-ahead being the left-to-right
	// second pass's tags. Each word then takes the tag with the best sum
	// of the two directions' scores: each sees the context the other
	// guesses at. (Trained on its own first pass's tags; reading the
	// better left-to-right tags instead is as accurate on EWT dev and
	// saves a pass.)
	RW2 *arcWeights
	// SureMargin, when above 0, lets the right-to-left pass skip a word
	// whose left-to-right tag leads by at least this much (in weight
	// units): such tags are hardly ever overturned, and most words are
	// such words.
	SureMargin float32

	// finite holds the classes finiteVerb reads, found once.
	finite struct {
		once         sync.Once
		vbn, vbd, jj int
	}
}

// Tagged is one word's tags and lemma.
type Tagged struct{ UPOS, XPOS, Lemma string }

// wordInfo holds a word's feature values, hashed once per sentence.
type wordInfo struct {
	form, lower, suf1, suf2, suf3, suf4, suf5, pre1, pre2, pre3, shape, flags, amb, wc, sentCase uint64
}

var (
	hashNone  = hashString("<none>")
	hashStart = hashString("<s>")
	hashEnd   = hashString("</s>")
)

func (t *Tagger) info(words []string) []wordInfo {
	out := make([]wordInfo, len(words))
	var sc uint64
	if t.WordClasses {
		sc = sentenceCase(words)
	}
	for i, w := range words {
		l := strings.ToLower(w)
		in := &out[i]
		in.form, in.lower = hashString(w), hashString(l)
		in.suf1, in.suf2, in.suf3, in.suf4 = hashString(suffix(l, 1)), hashString(suffix(l, 2)), hashString(suffix(l, 3)), hashString(suffix(l, 4))
		in.pre1, in.pre2, in.pre3 = hashString(prefix(l, 1)), hashString(prefix(l, 2)), hashString(prefix(l, 3))
		in.suf5 = hashString(suffix(l, 5))
		in.shape = hashString(shape(w))
		in.flags = flags(w, i == 0)
		if t.WordClasses {
			in.wc = wordClassOf(l)
			in.sentCase = sc
		}
		if c, ok := t.Classes[l]; ok {
			in.amb = hashString(c)
		} else {
			in.amb = hashNone
		}
	}
	return out
}

// sentenceCase tells how the sentence is written, which changes what a
// capital letter means: 1 headline (most words capitalized), 2 no capital
// at all, 3 all capitals, 0 ordinary.
func sentenceCase(words []string) uint64 {
	alpha, title, upper, anyUpper := 0, 0, 0, false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		alpha++
		hasLower := strings.IndexFunc(w, unicode.IsLower) >= 0
		hasUpper := strings.IndexFunc(w, unicode.IsUpper) >= 0
		anyUpper = anyUpper || hasUpper
		if unicode.IsUpper(r) {
			title++
			if !hasLower {
				upper++
			}
		}
	}
	switch {
	case alpha >= 3 && upper*10 >= alpha*8:
		return 3
	case alpha >= 3 && title*10 >= alpha*6:
		return 1
	case alpha >= 3 && !anyUpper:
		return 2
	}
	return 0
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// shape maps letters to X/x and digits to d, collapsing repeats after two.
func shape(w string) string {
	var b strings.Builder
	var last rune
	rep := 0
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			rep++
			if rep >= 2 {
				continue
			}
		} else {
			rep = 0
		}
		last = c
		b.WriteRune(c)
		if n++; n > 12 {
			break
		}
	}
	return b.String()
}

// firstFlag marks the sentence's first word in flags.
const firstFlag = 32

func flags(w string, first bool) uint64 {
	var f uint64
	for i, r := range w {
		switch {
		case unicode.IsDigit(r):
			f |= 1
		case unicode.IsUpper(r):
			if i == 0 {
				f |= 2
			} else {
				f |= 4
			}
		case r == '-':
			f |= 8
		case r == '.':
			f |= 16
		}
	}
	if first {
		f |= firstFlag
	}
	return f
}

// features appends position i's features to buf. p1 and p2 are the
// previous two predicted classes (-1 before the sentence).
func (t *Tagger) features(buf []uint64, in []wordInfo, i, p1, p2 int) []uint64 {
	at := func(j int) *wordInfo {
		if j < 0 || j >= len(in) {
			return nil
		}
		return &in[j]
	}
	lowerAt := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.lower
		}
		if j < 0 {
			return hashStart
		}
		return hashEnd
	}
	ambAt := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.amb
		}
		if j < 0 {
			return hashStart
		}
		return hashEnd
	}
	suf3At := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.suf3
		}
		return hashNone
	}
	shapeAt := func(j int) uint64 {
		if w := at(j); w != nil {
			return w.shape
		}
		return hashNone
	}
	w := &in[i]
	tp1, tp2 := uint64(p1+2), uint64(p2+2)
	if t.WordClasses {
		wcAt := func(j int) uint64 {
			if w := at(j); w != nil {
				return w.wc
			}
			return 1 << 20
		}
		buf = append(buf,
			feat(60, w.wc, 0, 0), feat(61, w.wc, w.flags, 0), feat(62, wcAt(i-1), 0, 0),
			feat(63, wcAt(i+1), 0, 0), feat(64, w.wc, tp1, 0), feat(65, w.wc, wcAt(i+1), 0),
			feat(66, w.wc, w.suf3, 0), feat(67, w.wc, w.amb, 0),
			feat(68, w.sentCase, w.flags, w.wc), feat(69, w.sentCase, w.flags, w.lower),
		)
	}
	return append(buf,
		feat(1, 0, 0, 0),
		feat(2, w.lower, 0, 0),
		feat(3, w.suf1, 0, 0),
		feat(4, w.suf2, 0, 0),
		feat(5, w.suf3, 0, 0),
		feat(6, w.suf4, 0, 0),
		feat(7, w.pre1, 0, 0),
		feat(8, w.pre3, 0, 0),
		feat(9, w.shape, 0, 0),
		feat(10, w.flags, 0, 0),
		feat(11, tp1, 0, 0),
		feat(12, tp2, 0, 0),
		feat(13, tp1, tp2, 0),
		feat(14, tp1, w.lower, 0),
		feat(15, lowerAt(i-1), 0, 0),
		feat(16, lowerAt(i-2), 0, 0),
		feat(17, lowerAt(i+1), 0, 0),
		feat(18, lowerAt(i+2), 0, 0),
		feat(19, suf3At(i-1), 0, 0),
		feat(20, suf3At(i+1), 0, 0),
		feat(21, w.amb, 0, 0),
		feat(22, ambAt(i+1), 0, 0),
		feat(23, ambAt(i+2), 0, 0),
		feat(25, w.lower, lowerAt(i+1), 0),
		feat(26, lowerAt(i-1), w.lower, 0),
		feat(27, w.form, 0, 0),
		feat(28, w.amb, ambAt(i+1), 0),
		feat(29, tp1, w.amb, 0),
		feat(30, w.flags, w.suf3, 0),
		feat(31, tp1, ambAt(i+1), 0),
		feat(32, w.suf5, 0, 0),
		feat(33, w.pre2, 0, 0),
		feat(34, shapeAt(i-1), w.shape, shapeAt(i+1)),
		feat(35, tp1, w.suf3, 0),
		feat(36, lowerAt(i-1), w.suf3, 0),
		feat(37, w.suf3, lowerAt(i+1), 0),
		feat(38, tp1, lowerAt(i+1), 0),
	)
}

// rightFeatures appends the second pass's features: the first pass's
// classes of the next two words.
func rightFeatures(buf []uint64, in []wordInfo, first []int, i, p1 int) []uint64 {
	n1, n2 := uint64(0), uint64(0)
	if i+1 < len(first) {
		n1 = uint64(first[i+1] + 2)
	}
	if i+2 < len(first) {
		n2 = uint64(first[i+2] + 2)
	}
	tp1 := uint64(p1 + 2)
	return append(buf,
		feat(50, n1, 0, 0), feat(51, n2, 0, 0), feat(52, n1, n2, 0),
		feat(53, in[i].lower, n1, 0), feat(54, tp1, n1, 0), feat(55, in[i].suf3, n1, 0),
		feat(56, in[i].amb, n1, 0),
	)
}

// TagClasses returns the predicted class of each word.
func (t *Tagger) TagClasses(words []string) []int {
	in := t.info(words)
	first := t.pass(words, in, t.W, nil, nil, nil)
	if t.W2 == nil {
		return first
	}
	if t.RW2 == nil {
		return t.pass(words, in, t.W2, first, nil, nil)
	}
	nt := len(t.Tags)
	sum := make([]float32, len(words)*nt)
	second := t.pass(words, in, t.W2, first, sum, nil)
	n := len(words)
	rev, revSecond := make([]string, n), make([]int, n)
	var revSure []bool
	if t.SureMargin > 0 {
		revSure = make([]bool, n)
	}
	for i, w := range words {
		rev[n-1-i], revSecond[n-1-i] = w, second[i]
		if revSure != nil {
			revSure[n-1-i] = margin(sum[i*nt:(i+1)*nt]) >= t.SureMargin
		}
	}
	rsum := make([]float32, n*nt)
	t.pass(rev, reversedInfo(in), t.RW2, revSecond, rsum, revSure)
	out := make([]int, n)
	for i, w := range words {
		if c, ok := t.Fixed[w]; ok {
			out[i] = c
			continue
		}
		row, rrow := sum[i*nt:(i+1)*nt], rsum[(n-1-i)*nt:(n-i)*nt]
		for k := range row {
			row[k] += rrow[k]
		}
		out[i] = argmax(row, nil)
	}
	t.finiteVerb(words, out, func(i int) []float32 { return sum[i*nt : (i+1)*nt] })
	return out
}

// finiteMargin bounds how far behind its past-participle reading a past
// tense reading may be for finiteVerb to choose it, in weight units.
// Chosen on EWT dev among 20-250: UPOS 95.48 → 95.49, UAS/LAS
// 86.15/83.24 → 86.25/83.34.
const finiteMargin float32 = 100

// finiteVerb gives a main clause that ends with a full stop and has no
// finite verb one: of the past participles (and adjectives in -ed) before
// any finite verb of the main clause, the one whose past-tense reading is
// the closest second. A tagger trained on web text reads "Rwandan rebels
// announced that ..." as a reduced relative ("files attached ..."), which
// leaves a news report's main clause without its verb and the parse
// without its root. The scores are the final ones of both directions.
func (t *Tagger) finiteVerb(words []string, out []int, scores func(int) []float32) {
	n := len(words)
	if n < 3 || words[n-1] != "." && words[n-1] != "!" {
		return
	}
	t.finite.once.Do(func() {
		t.finite.vbn, t.finite.vbd, t.finite.jj = t.tagIndex("VERB|VBN"), t.tagIndex("VERB|VBD"), t.tagIndex("ADJ|JJ")
	})
	vbn, vbd, jj := t.finite.vbn, t.finite.vbd, t.finite.jj
	if vbn < 0 || vbd < 0 {
		return
	}
	best, bestGap := -1, finiteMargin
	subordinate := false // a clause opened since the last candidate
	comma := false       // a comma since the candidate
	for i, c := range out {
		_, x, _ := strings.Cut(t.Tags[c], "|")
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			if best >= 0 && comma && reportVerbs[strings.ToLower(words[i])] {
				break // "..., officials said": the attribution after the report
			}
			if !subordinate || best < 0 {
				return // the main clause has its verb
			}
		}
		if words[i] == "," && best >= 0 {
			comma = true
		}
		if w := strings.ToLower(words[i]); subordinators[w] || best == i-1 && nominative[w] {
			// "that ...", or a clause right after the participle
			// ("rebels announced they would talk")
			subordinate = true
		}
		if c != vbn && !(c == jj && strings.HasSuffix(words[i], "ed")) || i == 0 || best >= 0 {
			continue
		}
		if _, fixed := t.Fixed[words[i]]; fixed {
			continue
		}
		row := scores(i)
		if gap := row[c] - row[vbd]; gap < bestGap {
			best, bestGap, subordinate = i, gap, false
		}
	}
	if best >= 0 {
		out[best] = vbd
	}
}

// reportVerbs attribute a report after it: "..., officials said".
var reportVerbs = map[string]bool{"said": true, "says": true, "reported": true, "reports": true, "added": true,
	"told": true, "stated": true, "announced": true, "claimed": true, "confirmed": true, "according": true}

// nominative pronouns open a clause: after a verb, its complement.
var nominative = map[string]bool{"i": true, "we": true, "he": true, "she": true, "they": true}

// subordinators open a clause whose verb is not the main clause's.
var subordinators = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true,
	"because": true, "if": true, "when": true, "while": true, "after": true, "before": true, "since": true,
	"although": true, "though": true, "unless": true, "until": true, "where": true, "whether": true, "as": true}

// tagIndex returns the class of joint tag "UPOS|XPOS", or -1.
func (t *Tagger) tagIndex(tag string) int {
	for i, x := range t.Tags {
		if x == tag {
			return i
		}
	}
	return -1
}

// reversedInfo returns what info would for the reversed sentence: the
// same values in reverse order, with the sentence-initial flag moved.
func reversedInfo(in []wordInfo) []wordInfo {
	n := len(in)
	out := make([]wordInfo, n)
	for i := range in {
		out[n-1-i] = in[i]
	}
	if n > 0 {
		out[n-1].flags &^= firstFlag
		out[0].flags |= firstFlag
	}
	return out
}

// margin returns how far the best score of row leads the second best.
func margin(row []float32) float32 {
	best, second := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, v := range row {
		switch {
		case v > best:
			best, second = v, best
		case v > second:
			second = v
		}
	}
	return best - second
}

// pass tags greedily left to right with w; first, when set, is the
// previous pass's output. When sums is set (len(words)×classes), each
// word's scores, in true weight units, are written to its row. A word
// whose sure flag is set is not scored: it keeps its class in first
// (its row stays zero).
func (t *Tagger) pass(words []string, in []wordInfo, wt *arcWeights, first []int, sums []float32, sure []bool) []int {
	out := make([]int, len(words))
	nt := len(t.Tags)
	scores := make([]float32, nt)
	var buf []uint64
	p1, p2 := -1, -1
	for i, w := range words {
		c, ok := t.Fixed[w]
		switch {
		case ok:
		case sure != nil && sure[i]:
			c = first[i]
		default:
			buf = t.features(buf[:0], in, i, p1, p2)
			if first != nil {
				buf = rightFeatures(buf, in, first, i, p1)
			}
			wt.Score(buf, scores)
			c = argmax(scores, nil)
			if sums != nil {
				row := sums[i*nt : (i+1)*nt]
				for k, v := range scores {
					row[k] = v * wt.Scale
				}
			}
		}
		out[i] = c
		p2, p1 = p1, c
	}
	return out
}

// Tag returns each word's UPOS, XPOS and lemma.
func (t *Tagger) Tag(words []string) []Tagged {
	cs := t.TagClasses(words)
	out := make([]Tagged, len(words))
	for i, c := range cs {
		u, x, _ := strings.Cut(t.Tags[c], "|")
		out[i] = Tagged{UPOS: u, XPOS: x}
		if t.Lemmas != nil {
			out[i].Lemma = t.Lemmas.Lemma(words[i], u, x)
		}
	}
	return out
}

// ambiguityClasses lists, for each lowercase form seen at least minCount
// times, the tags it had at least 5% of the time.
func ambiguityClasses(sents []trainSentence, tags []string, minCount int) map[string]string {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.words {
			l := strings.ToLower(w)
			if counts[l] == nil {
				counts[l] = map[int]int{}
			}
			counts[l][s.tags[i]]++
		}
	}
	out := map[string]string{}
	for w, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < minCount {
			continue
		}
		var set []string
		for c, n := range m {
			if n*20 >= total {
				set = append(set, tags[c])
			}
		}
		sort.Strings(set)
		out[w] = strings.Join(set, " ")
	}
	return out
}

// fixedTags lists forms seen at least minCount times with one class at
// least 99% of the time.
func fixedTags(sents []trainSentence, minCount int) map[string]int {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.words {
			if counts[w] == nil {
				counts[w] = map[int]int{}
			}
			counts[w][s.tags[i]]++
		}
	}
	out := map[string]int{}
	for w, m := range counts {
		total, best, bc := 0, 0, 0
		for c, n := range m {
			total += n
			if n > best || (n == best && c < bc) {
				best, bc = n, c
			}
		}
		if total >= minCount && best*100 >= total*99 {
			out[w] = bc
		}
	}
	return out
}
