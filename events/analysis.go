package events

import (
	"slices"
	"strings"

	"github.com/parley-nlp/parley/document"
)

// analysis holds per-document indexes the coder consults: children of each
// token, the actor each token belongs to, the quote each token lies in.
type analysis struct {
	doc      *document.Document
	parsed   bool
	children [][]int // children[i]: dependents of token i, in token order
	actorAt  []int   // actor index covering token i, or -1
	// adjective marks tokens where a state is named by its demonym on
	// something acted upon ("rejected an Indian proposal"): the target of
	// the clause governing it, never a party found by proximity
	adjective []bool
	lower     []string
	timeAt    map[int][]int // anchor token -> time indexes
	salient   []int         // one actor per country, most salient country first
	salScore  []int         // salience score of each salient entry
	// people ranks countries by their persons only: the participants of
	// a meeting, not the countries it was about.
	people      []int
	peopleScore []int
	// reporter is the party acting first in the text: the actor before
	// the root verb of its first sentence that has a verb ("President Vidal
	// had a telephone conversation with ..."), or -1.
	reporter int
	// civilWars holds the countries whose forces and rebels the text
	// both names (see civilWar).
	civilWars map[string]bool
	// placeAt is the place (no actor) covering token i.
	placeAt map[int]document.Place
}

func newAnalysis(doc *document.Document) *analysis {
	n := len(doc.Tokens)
	a := &analysis{doc: doc, parsed: doc.Has(document.LayerSyntax), actorAt: make([]int, n), lower: make([]string, n), adjective: make([]bool, n)}
	for i := range a.actorAt {
		a.actorAt[i] = -1
		a.lower[i] = strings.ToLower(doc.TokenText(i))
	}
	if a.parsed {
		a.children = make([][]int, n)
		for i, t := range doc.Tokens {
			if t.Head >= 0 && t.Head < n && t.Head != i {
				a.children[t.Head] = append(a.children[t.Head], i)
			}
		}
	}
	for ai, act := range doc.Actors {
		for _, m := range act.Mentions {
			f, e := doc.TokensIn(m.Span)
			if f == e { // mention inside one token ("Russia-Ukraine")
				if k := doc.TokenAt(m.Start); k >= 0 {
					f, e = k, k+1
				}
			}
			for k := f; k < e && k < n; k++ {
				if a.actorAt[k] < 0 {
					a.actorAt[k] = ai
					a.adjective[k] = act.Type == "state" && m.Kind == "demonym"
				}
			}
		}
	}
	for _, pl := range doc.Places {
		f, e := doc.TokensIn(pl.Span)
		for k := f; k < e && k < n; k++ {
			if a.actorAt[k] < 0 {
				if a.placeAt == nil {
					a.placeAt = map[int]document.Place{}
				}
				a.placeAt[k] = pl
			}
		}
	}
	a.salient, a.salScore = salience(doc, false)
	a.people, a.peopleScore = salience(doc, true)
	if len(a.people) < 2 {
		a.people, a.peopleScore = a.salient, a.salScore
	}
	a.reporter = a.findReporter()
	a.civilWars = civilWars(doc.Actors)
	for ti, t := range doc.Times {
		if t.Anchor >= 0 {
			if a.timeAt == nil {
				a.timeAt = map[int][]int{}
			}
			at := t.Anchor
			if n := a.premodifiedNoun(t.Span); n >= 0 {
				at = n // "the March 2019 summit": the summit's date, not the clause's
			}
			a.timeAt[at] = append(a.timeAt[at], ti)
		}
	}
	return a
}

// premodifiedNoun returns the noun a time expression stands before as its
// modifier ("the March 2019 summit", "the 2008 border treaty"), or -1.
func (a *analysis) premodifiedNoun(sp document.Span) int {
	if !a.parsed {
		return -1
	}
	first, end := a.doc.TokensIn(sp)
	if first < 0 || first >= end {
		return -1
	}
	for k := first; k < end; k++ {
		h := a.head(k)
		if h >= first && h < end {
			continue // inside the expression
		}
		if h > k && h >= end && a.doc.Tokens[h].UPOS == "NOUN" {
			switch a.baseRel(k) {
			case "compound", "amod", "nmod", "nummod":
				return h
			}
		}
		return -1
	}
	return -1
}

// head returns the head of token i, or -1.
func (a *analysis) head(i int) int {
	if !a.parsed {
		return -1
	}
	h := a.doc.Tokens[i].Head
	if h < 0 || h >= len(a.doc.Tokens) {
		return -1
	}
	return h
}

func (a *analysis) rel(i int) string { return a.doc.Tokens[i].DepRel }

// isAgent reports whether word ch is a passive's agent phrase: "attacked
// by Russia", parsed obl:agent or as a "by" oblique.
func (a *analysis) isAgent(ch int) bool {
	return a.rel(ch) == "obl:agent" || a.baseRel(ch) == "obl" && a.caseOf(ch) == "by"
}

// agentActors returns the actors of verb v's last agent phrase that names
// any.
func (a *analysis) agentActors(v int) []int {
	var out []int
	for _, ch := range a.children[v] {
		if a.isAgent(ch) {
			if xs := a.phraseActors(ch); len(xs) > 0 {
				out = xs
			}
		}
	}
	return out
}

// baseRel is the relation without its subtype ("obl:tmod" -> "obl").
func (a *analysis) baseRel(i int) string {
	r, _, _ := strings.Cut(a.doc.Tokens[i].DepRel, ":")
	return r
}

func (a *analysis) lemma(i int) string {
	if l := a.doc.Tokens[i].Lemma; l != "" {
		return strings.ToLower(l)
	}
	return a.lower[i]
}

// caseOf returns the lemma of the case marker (preposition) of token i, or "".
func (a *analysis) caseOf(i int) string {
	if !a.parsed {
		return ""
	}
	for _, c := range a.children[i] {
		if a.rel(c) == "case" {
			return a.lemma(c)
		}
	}
	return ""
}

// markOf returns the lower-cased word that marks clause i ("to", "that",
// "if"), or "".
func (a *analysis) markOf(i int) string {
	if m := a.childWith(i, "mark"); m >= 0 {
		return a.lower[m]
	}
	return ""
}

// childWith returns the first child of i whose relation is one of rels, or -1.
func (a *analysis) childWith(i int, rels ...string) int {
	if !a.parsed {
		return -1
	}
	for _, c := range a.children[i] {
		r := a.rel(c)
		for _, want := range rels {
			if r == want {
				return c
			}
		}
	}
	return -1
}

// phraseActors returns the actors of the noun phrase headed by h: the actor
// at h or inside its modifiers, plus those of coordinated phrases.
func (a *analysis) phraseActors(h int) []int {
	return a.phraseActorsDepth(h, 0)
}

// phraseActorsDepth bounds the walk down conjunctions, so that a cyclic
// tree from a broken parse cannot recurse forever.
func (a *analysis) phraseActorsDepth(h, depth int) []int {
	var out []int
	add := func(x int) {
		if x < 0 {
			return
		}
		for _, y := range out {
			if y == x {
				return
			}
		}
		out = append(out, x)
	}
	add(a.phraseActor(h, 0))
	if a.parsed && depth < 8 {
		// Conjuncts of the head, or of a modifier the parser hung them on
		// ("Sheikh Tamim of Qatar and President Sisi of Egypt").
		heads := []int{h}
		for _, c := range a.children[h] {
			switch a.baseRel(c) {
			case "nmod", "flat", "compound", "appos":
				heads = append(heads, c)
			}
			if a.baseRel(c) == "flat" && a.andBetween(h, c) {
				// "President Biden and President Zelenskyy" parsed as one
				// name: the second is a conjunct
				add(a.actorAt[c])
			}
		}
		for _, hh := range heads {
			for _, c := range a.children[hh] {
				if a.rel(c) != "conj" {
					continue
				}
				if hh != h {
					// "with Peru and Japan" hung on another word: the
					// first conjunct is a party too
					add(a.phraseActor(hh, 0))
				}
				for _, x := range a.phraseActorsDepth(c, depth+1) {
					add(x)
				}
			}
		}
	}
	return out
}

func (a *analysis) phraseActor(h, depth int) int {
	if x := a.actorAt[h]; x >= 0 {
		return x
	}
	if !a.parsed || depth >= 2 {
		return -1
	}
	// Modifiers that name the actor of a generic head: "NATO members",
	// "Russian forces", "members of the alliance", "Ukraine's president".
	for _, pass := range [][]string{{"compound", "flat", "nmod:poss", "amod", "appos"}, {"nmod"}} {
		for _, c := range a.children[h] {
			r := a.rel(c)
			for _, want := range pass {
				if r == want {
					if want == "nmod" {
						if cs := a.caseOf(c); cs != "of" && cs != "from" {
							continue
						}
					}
					if x := a.phraseActor(c, depth+1); x >= 0 {
						return x
					}
				}
			}
		}
	}
	return -1
}

// nearest returns the actor of the closest token to i inside [lo, hi) in
// direction dir (-1 left, +1 right) within max tokens, skipping actors in
// skip; -1 when none.
func (a *analysis) nearest(i, dir, lo, hi, max int, skip ...int) int {
	return a.nearestExcept(i, dir, lo, hi, max, nil, skip)
}

// nearestExcept is nearest, also passing over the mentions at tokens k
// where except(k) holds.
func (a *analysis) nearestExcept(i, dir, lo, hi, max int, except func(k int) bool, skip []int) int {
	for k, n := i+dir, 0; k >= lo && k < hi && n < max; k, n = k+dir, n+1 {
		x := a.actorAt[k]
		if x < 0 || a.adjective[k] || except != nil && except(k) {
			// a state named by an adjective is the target of the clause
			// that governs it, never a party found by proximity
			continue
		}
		if !slices.Contains(skip, x) {
			return x
		}
	}
	return -1
}

// nearestSource is nearest for an acting side: the side an act is
// directed against is skipped ("any strike against a NATO member would be
// answered ..." is no act of NATO's).
func (a *analysis) nearestSource(i, dir, lo, hi, max int, skip ...int) int {
	return a.nearestExcept(i, dir, lo, hi, max, a.againstPhrase, skip)
}

// againstPhrase reports whether token k belongs to a noun phrase
// introduced by "against".
func (a *analysis) againstPhrase(k int) bool {
	if !a.parsed {
		return false
	}
	h := a.mentionHead(k, false)
	return h >= 0 && a.caseOf(h) == "against"
}

// mentionHead climbs from token k of a mention to the head of the noun
// phrase it modifies ("the Russian ambassador": ambassador), and with conj
// set through a coordination too ("Chile and Peru": Chile). -1 when the
// climb leaves the tree.
func (a *analysis) mentionHead(k int, conj bool) int {
	h := k
	for steps := 0; steps < 4 && h >= 0; steps++ {
		switch r := a.rel(h); {
		case r == "compound", r == "amod", r == "flat", r == "nmod:poss", conj && r == "conj":
			h = a.head(h)
			continue
		}
		break
	}
	return h
}

// quoteOf returns the quote containing token i, or -1.
func (a *analysis) quoteOf(i int) int {
	sp := a.doc.Tokens[i].Span
	best := -1
	for qi, q := range a.doc.Quotes {
		if q.Span.Contains(sp) && (best < 0 || q.Len() < a.doc.Quotes[best].Len()) {
			best = qi
		}
	}
	return best
}

// salience ranks the document's countries (and IGOs) and returns, per
// country, its most-mentioned actor. A country scores for every mention
// and more for opening a sentence: the publisher's own side ("President
// Biden ...", "Vladimir Putin had ...") leads readouts, and "the two leaders
// discussed" is about the top two.
func salience(doc *document.Document, persons bool) (order []int, score []int) {
	parsed := doc.Has(document.LayerSyntax)
	type acc struct {
		n, best, bn int
	}
	byC := map[string]*acc{}
	var keys []string
	firstOf := map[int]int{} // sentence -> first mention offset's actor
	firstAt := map[int]int{}
	for i, act := range doc.Actors {
		if act.Country == "" || len(act.Mentions) == 0 || persons && act.Type != "person" || adjectiveOnly(act) {
			continue
		}
		c := byC[act.Country]
		if c == nil {
			c = &acc{best: i}
			byC[act.Country] = c
			keys = append(keys, act.Country)
		}
		c.n += len(act.Mentions)
		if len(act.Mentions) > c.bn {
			c.best, c.bn = i, len(act.Mentions)
		}
		for _, m := range act.Mentions {
			if parsed {
				// Acting as a subject marks the party a text reports on.
				f, e := doc.TokensIn(m.Span)
				for k := f; k < e; k++ {
					if doc.Tokens[k].DepRel == "nsubj" {
						c.n++
						break
					}
				}
			}
			si := doc.SentenceOf(doc.TokenAt(m.Start))
			if si < 0 {
				continue
			}
			if off, ok := firstAt[si]; !ok || m.Start < off {
				firstAt[si], firstOf[si] = m.Start, i
			}
		}
	}
	for _, i := range firstOf {
		byC[doc.Actors[i].Country].n += 2
	}
	// stable by score: ties keep first-mention order
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && byC[keys[j]].n > byC[keys[j-1]].n; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	order = make([]int, len(keys))
	score = make([]int, len(keys))
	for i, k := range keys {
		order[i], score[i] = byC[k].best, byC[k].n
	}
	return order, score
}

// salientOther returns the most salient actor whose country differs from
// those of the actors in not, or -1.
func (a *analysis) salientOther(not []int) int {
	for _, x := range a.salient {
		ok := true
		for _, y := range not {
			if y >= 0 && (y == x || a.doc.Actors[y].Country == a.doc.Actors[x].Country) {
				ok = false
			}
		}
		if ok {
			return x
		}
	}
	return -1
}

// civilWar reports whether the text names armed sides of actor x's own
// country on both sides of a fight (its forces and rebels: "the SAF and
// the RSF"): there a hostile act with no target named acts on that
// country, not on the text's other party.
func (a *analysis) civilWar(x int) bool {
	return a.civilWars[a.doc.Actors[x].Country]
}

// civilWars returns the countries of which actors name both state forces
// (MIL, COP) and rebels (REB).
func civilWars(actors []document.Actor) map[string]bool {
	state, rebels := map[string]bool{}, map[string]bool{}
	for _, act := range actors {
		switch act.Sector {
		case "MIL", "COP":
			state[act.Country] = true
		case "REB":
			rebels[act.Country] = true
		}
	}
	both := map[string]bool{}
	for c := range state {
		if c != "" && rebels[c] {
			both[c] = true
		}
	}
	return both
}

// author returns the actor a statement speaks for: the first actor the
// text mentions (its title: "Statement from President Biden on ...",
// "G7 Leaders' Statement"), or -1. A title that names its first actor as
// the other party of a meeting ("Telephone conversation with Prime
// Minister X", "Meeting with the President of Y") is a readout published
// by the side that acts first in the text, the reporter.
func (a *analysis) author() int {
	best, at := -1, -1
	for i, act := range a.doc.Actors {
		for _, m := range act.Mentions {
			if at < 0 || m.Start < at {
				best, at = i, m.Start
			}
		}
	}
	if best >= 0 && a.reporter >= 0 && a.reporter != best && a.counterpartAt(at) {
		return a.reporter
	}
	return best
}

// counterpartAt reports whether the mention starting at byte off follows
// "with" in a short verbless title ("Meeting with US President X").
func (a *analysis) counterpartAt(off int) bool {
	k := a.doc.TokenAt(off)
	si := a.doc.SentenceOf(k)
	if k < 0 || si < 0 {
		return false
	}
	s := a.doc.Sentences[si]
	for i := s.FirstToken; i < s.EndToken && i < len(a.doc.Tokens); i++ {
		if u := a.doc.Tokens[i].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
	}
	for i := k - 1; i >= s.FirstToken && i >= k-6; i-- {
		if a.lower[i] == "with" {
			return true
		}
	}
	return false
}

// scoreOf returns the people-salience score of actor x's country.
func (a *analysis) scoreOf(x int) int {
	for i, y := range a.people {
		if a.doc.Actors[y].Country == a.doc.Actors[x].Country {
			return a.peopleScore[i]
		}
	}
	return 0
}

// findReporter returns the first actor mentioned before the root verb of
// the first sentence with a verb (in a parse), or -1.
func (a *analysis) findReporter() int {
	if !a.parsed {
		return -1
	}
	doc := a.doc
	for _, s := range doc.Sentences {
		root := -1
		for k := s.FirstToken; k < s.EndToken && k < len(doc.Tokens); k++ {
			if doc.Tokens[k].Head == document.RootHead && doc.Tokens[k].UPOS == "VERB" {
				root = k
				break
			}
		}
		if root < 0 || root == s.FirstToken && doc.Tokens[root].XPOS == "VBG" {
			continue // no clause, or a heading: "Meeting with President X"
		}
		for k := s.FirstToken; k < root; k++ {
			if x := a.actorAt[k]; x >= 0 && doc.Actors[x].Country != "" {
				return x
			}
		}
		return -1
	}
	return -1
}

// andBetween reports whether "and" stands between tokens h and c (h < c).
func (a *analysis) andBetween(h, c int) bool {
	for k := h + 1; k < c && k < len(a.lower); k++ {
		if a.lower[k] == "and" {
			return true
		}
	}
	return false
}

// mainSpeaker returns the actor quoted most often in the document when it
// is quoted at least twice, or -1: a report on one leader's statements.
func (a *analysis) mainSpeaker() int {
	count := map[int]int{}
	best := -1
	for _, q := range a.doc.Quotes {
		if q.Speaker < 0 || q.Speaker >= len(a.doc.Actors) {
			continue
		}
		count[q.Speaker]++
		if best < 0 || count[q.Speaker] > count[best] {
			best = q.Speaker
		}
	}
	if best >= 0 && count[best] >= 2 {
		return best
	}
	return -1
}

// adjectiveOnly reports whether a state is named only by its demonym on
// something acted upon ("rejected an Indian proposal"): a target of that
// sentence, not a party the document is about.
func adjectiveOnly(act document.Actor) bool {
	if act.Type != "state" {
		return false
	}
	for _, m := range act.Mentions {
		if m.Kind != "demonym" {
			return false
		}
	}
	return true
}

// laterConjunct reports whether token k lies in a clause coordinated after
// the clause of token v: a verb conjunct of one of v's governing verbs
// that governs k but not v ("discussed X and welcomed Y": Y).
func (a *analysis) laterConjunct(k, v int) bool {
	if !a.parsed {
		return false
	}
	above := map[int]bool{}
	for h, n := v, 0; h >= 0 && n < 12; h, n = a.head(h), n+1 {
		above[h] = true
	}
	for h, n := k, 0; h >= 0 && n < 12; h, n = a.head(h), n+1 {
		if above[h] {
			return false
		}
		if a.rel(h) == "conj" && a.doc.Tokens[h].UPOS == "VERB" && h > v && above[a.head(h)] {
			return true
		}
	}
	return false
}

// within reports whether token k lies in the phrase of token h, at most
// depth levels below it.
func (a *analysis) within(k, h, depth int) bool {
	for n := 0; n <= depth && k >= 0; n++ {
		if k == h {
			return true
		}
		k = a.head(k)
	}
	return false
}
