package events

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// maxPerSide caps how many coordinated actors of one side are paired, so a
// long list of countries cannot explode into dozens of events.
const maxPerSide = 4

// Code returns the events of doc found with lx. It never returns nil and
// never panics on well-formed documents (layers within bounds).
func Code(lx *Lexicon, doc *document.Document) []document.Event {
	out := []document.Event{}
	if lx == nil || len(doc.Sentences) == 0 || len(doc.Tokens) == 0 {
		return out
	}
	c := &coder{a: newAnalysis(doc), lx: lx, consumed: map[int]bool{}, events: out, guessed: map[int]bool{}}
	for si, s := range doc.Sentences {
		f, e := max(s.FirstToken, 0), min(s.EndToken, len(doc.Tokens))
		c.sentence(si, f, e)
	}
	return readoutDates(doc, c.dropPraiseOfAdversaries())
}

type coder struct {
	a        *analysis
	lx       *Lexicon
	consumed map[int]bool // noun tokens already coded through their verb
	events   []document.Event
	// guessed marks the events whose target was not named in their
	// sentence but taken to be the text's other party
	guessed map[int]bool
	// callQuotes lists, by sentence, the quotations cued by a call
	// ("calls for"); built on first use
	callQuotes map[int][]int
	seen       map[[4]int]bool
	trigTok    map[int]bool // tokens of the current sentence that triggered
	// requestTok marks the tokens of the current sentence that triggered
	// a REQUEST: what they ask for is content, not an event.
	requestTok map[int]bool
	// requestLight marks the light verbs of requests ("renewed its demand
	// that ..."): like the request's own token, the clauses they govern
	// that say what is asked are content.
	requestLight map[int]bool
	// judgeTok marks the verbs of the current sentence that triggered an
	// accusation or a rejection: the act they judge or deny is their
	// content ("condemned the attack", "denied the raid").
	judgeTok map[int]bool
	// protestTok marks the tokens that triggered a protest: what the
	// protesters demand is its topic ("rallied, demanding his resignation").
	protestTok map[int]bool
	title      bool   // the sentence has no verb: a headline or caption
	sent       [2]int // current sentence token range
}

// trigger is one matched pattern in context.
type trigger struct {
	p        *Pattern
	tok      int // the word matched by the pattern
	verb     int // governing light verb, or -1
	from, to int // token range of the trigger text
	prepObj  int // object of the matched preposition, or -1
	obj      int // the noun an obj= constraint matched, or -1
}

// clause returns the verb whose clause states t: its light verb ("carry
// out strikes"), else the trigger word itself.
func (t trigger) clause() int {
	if t.verb >= 0 {
		return t.verb
	}
	return t.tok
}

func (c *coder) sentence(si, f, e int) {
	c.sent = [2]int{f, e}
	c.title = true
	for i := f; i < e; i++ {
		if u := c.a.doc.Tokens[i].UPOS; u == "VERB" || u == "AUX" || u == "" {
			c.title = false
			break
		}
	}
	c.seen = map[[4]int]bool{}
	c.trigTok = map[int]bool{}
	c.requestTok = map[int]bool{}
	c.requestLight = map[int]bool{}
	c.judgeTok = map[int]bool{}
	c.protestTok = map[int]bool{}
	for i := f; i < e; i++ {
		if c.consumed[i] {
			continue
		}
		if q, ok := c.demand(i); ok {
			c.trigTok[i] = true // what is demanded is the demand's content
			c.emitDemand(si, i, q)
			continue
		}
		matched := false
		for _, kind := range c.kinds(i) {
			if t, ok := c.match(i, kind); ok {
				c.trigTok[t.tok] = true
				if t.verb >= 0 {
					c.trigTok[t.verb] = true
				}
				if t.obj >= 0 {
					// "rejected an invitation to attend": the noun's
					// complement is the event's content
					c.trigTok[t.obj] = true
				}
				if t.p.Plover == "REQUEST" {
					c.requestTok[t.tok] = true
					if t.verb >= 0 {
						c.requestLight[t.verb] = true // "repeated its call for X to ..."
					}
				}
				if (t.p.Plover == "ACCUSE" || t.p.Plover == "REJECT") && t.p.Kind == KindVerb {
					c.judgeTok[t.tok] = true
				}
				if t.p.Plover == "PROTEST" {
					c.protestTok[t.tok] = true
					if t.verb >= 0 {
						c.protestTok[t.verb] = true // "staged rallies to demand ..."
					}
				}
				c.emit(si, t)
				matched = true
				break
			}
		}
		if !matched {
			c.emphasis(si, i)
			c.judgement(si, i)
		}
	}
	c.calledFor(si)
}

// kinds returns the trigger kinds token i may be, by its part of speech.
func (c *coder) kinds(i int) []string {
	switch c.a.doc.Tokens[i].UPOS {
	case "VERB":
		return []string{KindVerb}
	case "NOUN":
		return []string{KindNoun}
	case "ADJ":
		return []string{KindAdj}
	case "":
		return []string{KindVerb, KindNoun, KindAdj}
	}
	return nil
}

// gerundHeading reports whether verb i is the gerund a heading opens with,
// subjectless and without final punctuation ("Meeting with President X",
// "Visiting the front line").
func (c *coder) gerundHeading(i int) bool {
	a := c.a
	f, e := c.sent[0], c.sent[1]
	if !a.parsed || i != f || a.doc.Tokens[i].XPOS != "VBG" || a.childWith(i, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	switch a.lower[e-1] {
	case ".", "!", "?", "\"", "”":
		return false
	}
	return true
}

// match finds the first pattern of kind that fits token i.
func (c *coder) match(i int, kind string) (trigger, bool) {
	if kind == KindVerb && i == c.sent[0] && c.a.doc.Tokens[i].XPOS == "VBN" {
		return trigger{}, false // "Asked about ...": a participle frame, not an act
	}
	if kind == KindVerb && c.gerundHeading(i) {
		return trigger{}, false // "Meeting with President X": a heading naming the occasion, like "Talks with X"
	}
	if kind == KindVerb && (c.adjectival(i) || c.subsumed(i)) {
		return trigger{}, false
	}
	if kind == KindAdj && c.a.parsed && (c.a.baseRel(i) == "amod" || c.a.baseRel(i) == "acl") {
		return trigger{}, false // "the belligerents responsible for": a description, not a statement
	}
	cands := c.lemmas(i, kind)
	if kind == KindVerb {
		for _, l := range cands {
			if c.lx.IsLight(l) {
				if t, ok := c.light(i); ok {
					return t, true
				}
				break
			}
		}
	}
	for _, l := range cands {
		ps := c.lx.Patterns(kind, l)
		if kind == KindVerb {
			// Imported TABARI stems come first, like the rest of a user's
			// dictionary.
			if st := c.lx.stemPatterns(l); st != nil {
				ps = append(st[:len(st):len(st)], ps...)
			}
		}
		for _, p := range ps {
			if p.Governed && !c.occurrenceSubject(i) && !(speechActs[p.Plover] && c.possessedByActor(i)) {
				continue
			}
			if t, ok := c.fits(p, i); ok {
				if kind == KindNoun && (c.title || !c.nounAnchored(i) && !c.meetingReference(i, p) || c.nounContent(i, p) || c.askedAbout(i) || c.inName(i)) {
					return trigger{}, false
				}
				return t, true
			}
		}
		if ps != nil {
			break // the lemma is known: don't try weaker spellings
		}
	}
	return trigger{}, false
}

// light codes "held talks", "launched an attack": the object noun carries
// the event.
func (c *coder) light(v int) (trigger, bool) {
	for _, n := range c.objectCands(v, true) {
		if n <= v && !c.a.parsed {
			continue
		}
		if c.a.parsed && c.a.rel(n) == "nsubj:pass" && c.atmosphere() {
			continue // "the talks were held in a cordial atmosphere"
		}
		if c.a.parsed && aspectual[c.a.lemma(v)] && c.a.rel(n) != "obj" && c.a.rel(n) != "nsubj:pass" {
			continue // "continued their talks", not "continues ... following talks"
		}
		if c.a.parsed && (c.a.baseRel(n) == "obl" || c.a.head(n) != v && c.a.baseRel(c.a.head(n)) == "obl") && !obliqueLight[c.a.lemma(v)] {
			continue // "commitments made during meetings", "during a round of talks ... reached": the meeting frames, not the object
		}
		if c.a.parsed && obliqueOnlyLight[c.a.lemma(v)] && c.a.caseOf(n) != "in" {
			continue // "engaged the border guards in a firefight": whom, not what
		}
		for _, l := range c.lemmas(n, KindNoun) {
			for _, p := range c.lx.Patterns(KindNoun, l) {
				if t, ok := c.fits(p, n); ok {
					t.verb = v
					t.from, t.to = min(v, n), max(v, n)+1
					c.consumed[n] = true
					if ip := intentFor[t.p.Plover]; ip != nil && c.a.lemma(v) == "offer" && !expressive[t.p.Lemma] {
						// "offered concessions", "offered talks": an offer
						// is the intent to do it (CAMEO 03), not the act
						offer := *t.p
						offer.Plover, offer.Mode, offer.Cameo = ip.Plover, "", ip.Cameo
						t.p = &offer
					}
					return t, true
				}
			}
		}
	}
	return trigger{}, false
}

// allegationNouns report acts as claims of others, not as facts.
var allegationNouns = map[string]bool{"allegation": true, "claim": true, "rumour": true, "rumor": true,
	"accusation": true, "speculation": true}

// expressive nouns name what offering does: "offered condolences" conveys
// them then and there, while "offered talks" is an intent.
var expressive = map[string]bool{"condolence": true, "sympathy": true, "congratulation": true, "gratitude": true,
	"thanks": true, "apology": true, "greeting": true, "wish": true, "solidarity": true, "prayer": true}

// obliqueLight light verbs take their event from an oblique too: "took
// part in the summit", "engaged in heavy fighting", "participated in
// the raid". Others only from their object ("made a proposal",
// not "commitments made during meetings").
var obliqueLight = map[string]bool{"take": true, "engage": true, "participate": true}

// obliqueOnlyLight light verbs take their event only from an "in" phrase:
// "engaged in fighting", but "engaged the enemy" names a party.
var obliqueOnlyLight = map[string]bool{"engage": true, "participate": true}

// aspectual light verbs continue or renew the event their direct object
// names ("resumed talks", "continued their exchange of views").
var aspectual = map[string]bool{"continue": true, "renew": true, "resume": true, "complete": true, "intensify": true, "step": true,
	"tighten": true, "escalate": true, "prolong": true,
	"speed": true, "accelerate": true, "hasten": true, "expedite": true, "finish": true}

// fits checks p's frame constraints at token i.
func (c *coder) fits(p *Pattern, i int) (trigger, bool) {
	t := trigger{p: p, tok: i, verb: -1, from: i, to: i + 1, prepObj: -1, obj: -1}
	if len(p.Obj) > 0 {
		found := -1
		cands := c.objectCands(i, p.Kind == KindVerb)
		if p.Kind == KindVerb {
			cands = append(cands, c.objectModifiers(i)...)
		}
		for _, o := range cands {
			if p.Kind == KindVerb && c.topicBeside(i, o) && !has(p.Prep, c.a.caseOf(o)) {
				continue // "gave an update on loans": spoken of, not given
			}
			if hasAny(p.Obj, c.lemmas(o, KindNoun)) {
				found = o
				break
			}
		}
		if found < 0 {
			return t, false
		}
		if c.a.doc.Tokens[found].UPOS == "NOUN" || c.a.doc.Tokens[found].UPOS == "" {
			c.consumed[found] = true
			t.obj = found
		}
		if found > i && found-i <= 4 {
			t.to = found + 1
		}
	}
	if p.NeedTarget && !c.hasObjectActor(i) {
		return t, false
	}
	if len(p.Prep) > 0 {
		ok := false
		if c.a.parsed {
			for _, ch := range c.a.children[i] {
				r := c.a.rel(ch)
				if r == "compound:prt" && has(p.Prep, c.a.lemma(ch)) {
					ok = true
					if ch == i+1 {
						t.to = ch + 1
					}
					continue
				}
				b := c.a.baseRel(ch)
				if (b == "obl" || b == "nmod" || b == "advcl" || b == "xcomp") && has(p.Prep, c.a.caseOf(ch)) {
					ok, t.prepObj = true, ch
					if i+1 < len(c.a.lower) && has(p.Prep, c.a.lower[i+1]) {
						t.to = i + 2 // "called on"
					}
					break
				}
			}
		}
		if !ok && c.a.parsed && p.Plover != "CONSULT" {
			// "fired shells at the town" with "at the town" hung on the
			// object: a preposition attachment the parser often gets wrong
			// ("met the minister with ..." says nothing of whom was met)
			for _, o := range c.a.children[i] {
				if c.a.rel(o) != "obj" {
					continue
				}
				for _, ch := range c.a.children[o] {
					if c.a.baseRel(ch) == "nmod" && has(p.Prep, c.a.caseOf(ch)) {
						ok, t.prepObj = true, ch
						break
					}
				}
			}
		}
		if !ok && i+1 < c.sent[1] && has(p.Prep, c.a.lower[i+1]) {
			ok = true
			t.to = i + 2
		}
		if !ok && c.a.parsed && p.Plover != "CONSULT" {
			// "defended Iraq on Friday against criticism" with the
			// phrase hung on a word after it: the preposition a few words
			// on, in the same clause
			for k := i + 1; k < c.sent[1] && k <= i+8; k++ {
				if u := c.a.doc.Tokens[k].UPOS; u == "VERB" || u == "AUX" || u == "PUNCT" || u == "SCONJ" {
					break
				}
				if has(p.Prep, c.a.lower[k]) && c.a.rel(k) == "case" {
					ok, t.prepObj = true, c.a.head(k)
					break
				}
			}
		}
		if !ok && !c.a.parsed {
			// "spoke today with": a preposition a few words on.
			for k := i + 2; k < c.sent[1] && k <= i+3; k++ {
				if has(p.Prep, c.a.lower[k]) {
					ok = true
					break
				}
				if c.a.actorAt[k] >= 0 {
					break
				}
			}
		}
		if !ok {
			return t, false
		}
	}
	return t, true
}

// topicPreps introduce what is spoken of.
var topicPreps = map[string]bool{"on": true, "about": true, "regarding": true, "concerning": true}

// topicBeside reports whether o is a topic phrase of verb v that also has
// a direct object: "provided a briefing on Dutch loans", whatever the
// parser hung "on" on. (A pattern that names the preposition, "put forces
// on alert", takes the phrase as it is.)
func (c *coder) topicBeside(v, o int) bool {
	a := c.a
	return a.parsed && a.baseRel(o) == "obl" && topicPreps[a.caseOf(o)] && a.childWith(v, "obj") >= 0
}

// hasObjectActor reports whether the word's object is an actor (in a
// parse), or an actor follows within two words (without one).
func (c *coder) hasObjectActor(i int) bool {
	a := c.a
	if a.parsed {
		return len(c.objectTargets(i)) > 0
	}
	for k := i + 1; k < c.sent[1] && k <= i+3; k++ {
		if a.actorAt[k] >= 0 {
			return true
		}
	}
	return false
}

// subsumed reports whether verb i only elaborates another event of the
// sentence: the complement of "agreed to ...", "called on X to ...", "an
// agreement to ban ...", or its aim ("flew to Lima to sign the
// accord").
// Such content is part of the governing event, not an event of its own.
func (c *coder) subsumed(i int) bool {
	a := c.a
	if a.parsed {
		h := a.head(i)
		toClause := (a.rel(i) == "ccomp" || a.rel(i) == "acl" || a.rel(i) == "advcl") && a.markOf(i) == "to"
		if h >= 0 && (a.rel(i) == "xcomp" || toClause) && c.trigTok[h] {
			return true
		}
		if c.ultimatumCondition(i) {
			return true // "will boycott the vote unless the president resigns": what the ultimatum asks
		}
		if h >= 0 && c.termsOf(i) && (settlementNouns[a.lemma(h)] || c.objectSettles(h, i)) {
			return true // "their agreement to ban strikes", coded or not: its terms
		}
		if h >= 0 && (c.requestTok[h] || c.requestLight[h]) && c.contentClause(i) {
			return true // "demanded that Turkey release ...", "its call for X to ..."
		}
		if h >= 0 && (a.rel(i) == "advcl" || a.rel(i) == "acl") && (a.doc.Tokens[i].XPOS == "VBG" || a.markOf(i) == "to") && c.protestAbove(h) {
			return true // "protested, demanding ...", "rallied to demand ...": the protest's topic
		}
		return c.gerundOfTrigger(i)
	}
	if i-1 < c.sent[0] || a.lower[i-1] != "to" {
		return false
	}
	for k := i - 2; k >= c.sent[0] && k >= i-5; k-- {
		if c.trigTok[k] {
			return true
		}
	}
	return false
}

// ultimatumCondition reports whether verb i is (or is controlled by) the
// verb of an "unless" clause of a trigger: "will boycott the vote
// unless the prime minister resigns".
func (c *coder) ultimatumCondition(i int) bool {
	a := c.a
	for step := 0; step < 3 && (a.rel(i) == "xcomp" || a.rel(i) == "conj") && a.head(i) >= 0; step++ {
		i = a.head(i)
	}
	h := a.head(i)
	return h >= 0 && a.rel(i) == "advcl" && a.markOf(i) == "unless" && c.trigTok[h]
}

// protestAbove reports whether word h, or the verb whose noun phrase h
// lies in ("staged demonstrations on Saturday to demand ..." with the
// clause hung on "Saturday"), triggered a protest.
func (c *coder) protestAbove(h int) bool {
	a := c.a
	for step := 0; step < 3 && h >= 0; step++ {
		if c.protestTok[h] {
			return true
		}
		if a.doc.Tokens[h].UPOS == "VERB" {
			return false
		}
		h = a.head(h)
	}
	return false
}

// settlementNouns name what parties settle, offer or intend; a clause on
// one gives its terms ("an agreement to ban strikes", "guarantees that
// Chile would never enter the pact", "its aim of joining the union").
var settlementNouns = map[string]bool{"agreement": true, "deal": true, "accord": true, "plan": true,
	"proposal": true, "commitment": true, "pledge": true, "promise": true,
	"understanding": true, "arrangement": true, "intention": true, "readiness": true,
	"willingness": true, "guarantee": true, "assurance": true, "invitation": true, "offer": true,
	"goal": true, "aim": true, "hope": true, "ambition": true, "bid": true}

// termsOf reports whether verb i is a clause giving the terms of the noun
// it hangs on: marked "to" or "that", or a gerund after "of".
func (c *coder) termsOf(i int) bool {
	a := c.a
	switch m := a.markOf(i); a.rel(i) {
	case "acl", "ccomp", "acl:relcl", "advcl":
		if m == "of" {
			return c.goalGerund(i)
		}
		return m == "to" || m == "that" || c.thatClause(i)
	case "nmod":
		return a.caseOf(i) == "of" && c.goalGerund(i)
	}
	return false
}

// thatClause reports whether clause i opens with a "that" the parser took
// for a relative pronoun although the clause has a subject of its own
// ("assurances that Peru would never join the alliance"): a content clause.
func (c *coder) thatClause(i int) bool {
	a := c.a
	if len(a.children[i]) == 0 {
		return false
	}
	first := a.children[i][0]
	if a.lower[first] != "that" || first > i {
		return false
	}
	s := a.childWith(i, "nsubj", "nsubj:pass")
	return s >= 0 && s != first
}

// goalNouns name an end sought; "its aim of joining the union" is sought,
// not done. (An "intention of deploying" is not: "no intention of
// deploying" is read as the act denied.)
var goalNouns = map[string]bool{"goal": true, "aim": true, "ambition": true, "hope": true, "dream": true}

// goalGerund reports whether gerund i follows "of" on a goal noun.
func (c *coder) goalGerund(i int) bool {
	a := c.a
	h := a.head(i)
	return a.doc.Tokens[i].XPOS == "VBG" && h >= 0 && goalNouns[a.lemma(h)]
}

// objectSettles reports whether clause i of verb v follows v's object and
// that object is a settlement noun: the parser hung the noun's terms on
// the verb ("won assurances that X would never enter the pact", "got
// an invitation to enter it").
func (c *coder) objectSettles(v, i int) bool {
	a := c.a
	o := a.childWith(v, "obj")
	return o >= 0 && o < i && settlementNouns[a.lemma(o)]
}

// contentClause reports whether clause i can be what its head asks for:
// a complement clause, or a clause marked "that" or "to" however the
// parser labelled it ("called on X to release", parsed as a purpose
// clause; "its demand that X release", as a relative clause).
func (c *coder) contentClause(i int) bool {
	a := c.a
	switch a.rel(i) {
	case "ccomp":
		return true
	case "advcl", "acl", "acl:relcl":
		m := a.markOf(i)
		return m == "to" || m == "that"
	}
	return false
}

// gerundOfTrigger reports whether verb i is a gerund introduced by a
// preposition inside the phrase of an event already coded: "thanked Biden
// for his leadership in supporting Ukraine", "appreciate the commitment
// made in supporting a pause". The gerund names what the event is about.
func (c *coder) gerundOfTrigger(i int) bool {
	a := c.a
	if a.doc.Tokens[i].XPOS != "VBG" {
		return false
	}
	intro := false
	for _, ch := range a.children[i] {
		if r := a.rel(ch); (r == "mark" || r == "case") && gerundPreps[a.lower[ch]] {
			intro = true
		}
	}
	if !intro {
		return false
	}
	for h, step := a.head(i), 0; h >= 0 && step < 5; h, step = a.head(h), step+1 {
		if c.trigTok[h] {
			return true
		}
	}
	return false
}

var gerundPreps = map[string]bool{"in": true, "for": true, "of": true, "toward": true, "towards": true, "by": true, "on": true}

// adjectival reports whether verb i is a participle modifying a noun
// ("occupied territories", "the agreed text").
func (c *coder) adjectival(i int) bool {
	a := c.a
	tk := a.doc.Tokens[i]
	if a.parsed {
		// "assurances ruling out new bases": a gerund describing
		// a thing says what the thing is for, no act of anyone's
		// ("a motion demanding ..." speaks for its authors; "after
		// attending" is a clause of its own)
		return a.rel(i) == "amod" || a.rel(i) == "acl" && tk.XPOS == "VBG" && a.childWith(i, "mark") < 0 &&
			c.thingNoun(a.head(i)) && !speakingDocuments[a.lemma(a.head(i))]
	}
	if tk.XPOS != "VBN" && tk.XPOS != "JJ" && tk.XPOS != "VBG" {
		return false
	}
	return i+1 < c.sent[1] && (a.doc.Tokens[i+1].UPOS == "NOUN" || a.doc.Tokens[i+1].UPOS == "PROPN")
}

// speakingDocuments are texts through which their authors act.
var speakingDocuments = map[string]bool{"resolution": true, "statement": true, "declaration": true, "letter": true,
	"communiqué": true, "communique": true, "decree": true, "order": true, "motion": true, "message": true,
	"note": true, "petition": true, "ultimatum": true, "report": true, "bill": true, "law": true}

// thingNoun reports whether token n is a common noun that names no actor
// and no group of people.
func (c *coder) thingNoun(n int) bool {
	a := c.a
	return n >= 0 && a.doc.Tokens[n].UPOS == "NOUN" && !groupWords[a.lower[n]] && len(a.phraseActors(n)) == 0
}

// objectCands lists tokens that can satisfy an obj= constraint at i: in a
// parse its object-like dependents; otherwise the next few words.
// partitives are nouns that name an amount or a form of what their "of"
// phrase names.
var partitives = map[string]bool{"state": true, "series": true, "wave": true, "round": true, "spate": true,
	"string": true, "number": true, "set": true, "package": true, "raft": true, "barrage": true, "volley": true,
	"kind": true, "sort": true, "form": true, "declaration": true, "ton": true, "tonne": true, "barrel": true,
	"amount": true, "worth": true, "shipment": true, "consignment": true, "batch": true, "load": true,
	"convoy": true, "million": true, "billion": true, "dollar": true, "euro": true, "part": true, "portion": true,
	"half": true, "bulk": true, "rest": true, "share": true, "kg": true, "kilogram": true, "kilo": true,
	"pound": true, "litre": true, "liter": true, "gallon": true, "truckload": true, "planeload": true,
	"crate": true, "box": true, "bag": true, "sack": true, "dose": true, "pallet": true, "container": true,
	// counts and groups of people: "beat dozens of protesters"
	"dozen": true, "score": true, "hundred": true, "thousand": true, "group": true, "handful": true,
	"couple": true, "pair": true, "crowd": true, "band": true, "gang": true}

func (c *coder) objectCands(i int, verb bool) []int {
	var out []int
	if c.a.parsed {
		for _, ch := range c.a.children[i] {
			switch c.a.baseRel(ch) {
			case "obj", "iobj", "obl", "nmod", "compound", "xcomp", "nsubj", "amod":
				if c.a.rel(ch) == "nsubj" && verb {
					continue // the subject is never the object ("talks were held" is nsubj:pass)
				}
				out = append(out, ch)
				if partitives[c.a.lemma(ch)] {
					// "lifted a state of emergency", "launched a wave of
					// strikes": the noun after "of" names what is acted on
					for _, g := range c.a.children[ch] {
						if c.a.baseRel(g) == "nmod" && c.a.caseOf(g) == "of" {
							out = append(out, g)
						}
					}
				}
			}
		}
		return out
	}
	for k := i + 1; k < c.sent[1] && k <= i+4; k++ {
		out = append(out, k)
	}
	return out
}

// objectModifiers returns the noun modifiers of verb i's direct object:
// "ended mediation efforts", "halted aid deliveries" meet a pattern's
// object constraint by what the object is for. (A light verb does not
// look there: "make a ceasefire work" holds no ceasefire.)
func (c *coder) objectModifiers(i int) []int {
	if !c.a.parsed {
		return nil
	}
	var out []int
	for _, ch := range c.a.children[i] {
		if c.a.rel(ch) != "obj" {
			continue
		}
		for _, g := range c.a.children[ch] {
			if c.a.rel(g) == "compound" && c.a.doc.Tokens[g].UPOS == "NOUN" {
				out = append(out, g)
			}
		}
	}
	return out
}

// lemmas returns lemma candidates for token i as a word of kind: the
// tagger's lemma, the lower-cased word, and a naive de-inflection for
// unparsed text (plural only for nouns, none for adjectives).
func (c *coder) lemmas(i int, kind string) []string {
	l := c.a.lemma(i)
	w := c.a.lower[i]
	out := []string{l}
	if h := c.hyphenated(i); reversing[h] {
		// "de-occupy", "un-freeze": the prefix undoes the act, so only
		// the whole word can be a trigger
		return []string{h + l}
	} else if h != "" {
		// "cease-fire", "test-fired" split by the tokenizer: the whole
		// word first
		out = []string{h + l, l}
	}
	if w != l {
		out = append(out, w)
	}
	// Without a tagger lemma, or after it as a fallback for a lemmatizer
	// slip ("upgraded" -> "upgrad"), the naive base forms.
	switch kind {
	case KindVerb:
		out = append(out, deinflect(w)...)
	case KindNoun:
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			out = append(out, deinflect(w)...)
		}
	}
	return out
}

// reversing prefixes undo what the word after them names.
var reversing = map[string]bool{"de-": true, "un-": true, "non-": true, "anti-": true, "dis-": true}

// hyphenated returns "word-" when token i is the last part of a
// hyphenated word split into word, "-", i with no spaces between, or "".
func (c *coder) hyphenated(i int) string {
	t := c.a.doc.Tokens
	if i < 2 || c.a.lower[i-1] != "-" || t[i-1].End != t[i].Start || t[i-2].End != t[i-1].Start {
		return ""
	}
	return c.a.lower[i-2] + "-"
}

var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// meetingNouns name a meeting between the parties a readout is about.
var meetingNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "conversation": true,
	"discussion": true, "exchange": true, "negotiation": true}

// meetingReference reports whether a bare meeting noun refers back to the
// meeting a readout reports ("The conversation focused on ...", "During
// the talks, ..."): it is definite, the subject or a "during" phrase, and
// the text has two parties.
func (c *coder) meetingReference(n int, p *Pattern) bool {
	a := c.a
	if !a.parsed || p.Plover != "CONSULT" || !meetingNouns[p.Lemma] || len(a.people) < 2 {
		return false
	}
	det := a.childWith(n, "det")
	if det < 0 || (a.lower[det] != "the" && a.lower[det] != "this") {
		return false
	}
	switch a.rel(n) {
	case "nsubj", "nsubj:pass":
		return !c.describesMeeting(n)
	case "obl", "nmod":
		cs := a.caseOf(n)
		if cs == "during" && !c.hasModifier(n) {
			// "During the talks, X confirmed ...": a frame for the
			// sentence's own event, the meeting itself already reported.
			return false
		}
		return cs == "during" || cs == "in" && a.lower[det] == "the"
	}
	return false
}

// atmosphereWords characterise how a meeting went, not that it took place.
var atmosphereWords = map[string]bool{"atmosphere": true, "spirit": true, "tone": true, "climate": true, "manner": true}

// describesMeeting reports whether the clause of which meeting noun n is
// the subject only describes a meeting already reported: "the
// talks were held in a calm mood", "the talks lasted eight
// hours", "hope that the talks will be constructive".
func (c *coder) describesMeeting(n int) bool {
	a := c.a
	h := a.head(n)
	if h < 0 {
		return false
	}
	switch a.doc.Tokens[h].UPOS {
	case "ADJ", "NOUN":
		return a.childWith(h, "cop") >= 0 // "the talks were productive"
	}
	return a.lemma(h) == "last" || c.atmosphere()
}

// atmosphere reports whether the current sentence characterises the
// atmosphere of a meeting.
func (c *coder) atmosphere() bool {
	for k := c.sent[0]; k < c.sent[1]; k++ {
		if atmosphereWords[c.a.lemma(k)] {
			return true
		}
	}
	return false
}

// hasModifier reports whether noun n has a prepositional modifier ("the
// discussion of the crisis", "talks with Kyiv").
func (c *coder) hasModifier(n int) bool {
	for _, ch := range c.a.children[n] {
		if c.a.baseRel(ch) == "nmod" || c.a.baseRel(ch) == "acl" {
			return true
		}
	}
	return false
}

// nounAnchored reports whether an event noun has an actor of its own: a
// possessor, demonym or prepositional actor ("Russia's invasion", "the
// Russian invasion", "talks with Kyiv"). Bare mentions ("the summit")
// are background more often than events.
func (c *coder) nounAnchored(n int) bool {
	a := c.a
	if a.parsed {
		s, t := c.nounArgs(n)
		if len(s)+len(t) > 0 || c.withActorAfter(n) {
			return true
		}
		// "The United States is the largest provider of aid": the
		// predicate noun's subject names the actor
		return a.childWith(n, "cop") >= 0 && len(c.subjectActors(n)) > 0
	}
	f, e := c.sent[0], c.sent[1]
	for k := n - 1; k >= f && k >= n-3; k-- {
		if a.actorAt[k] >= 0 || possessives[a.lower[k]] {
			return true
		}
		if a.lower[k] == "the" || a.lower[k] == "a" {
			break
		}
	}
	for k := n + 1; k < e && k <= n+2; k++ {
		if has(nounTargetPreps, a.lower[k]) {
			for j := k + 1; j < e && j <= k+3; j++ {
				if a.actorAt[j] >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// inName reports whether noun n is capitalized inside its sentence: part
// of a name ("the Warsaw Pact", "the Agreement between ..."), which refers
// to a body or a document, not to an event the sentence reports.
func (c *coder) inName(n int) bool {
	a := c.a
	if n == c.sent[0] {
		return false
	}
	w := a.doc.TokenText(n)
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return false
	}
	p := a.lower[n-1]
	return p != "\"" && p != "“" && p != ":" && p != "-" && p != "—"
}

// askedAbout reports whether event noun n is what a question or a remark
// is about ("asked about a possible summit", "spoke about the talks"):
// the topic of speech, not an event the sentence reports.
func (c *coder) askedAbout(n int) bool {
	a := c.a
	if !a.parsed || a.caseOf(n) != "about" {
		return false
	}
	h := a.head(n)
	return h >= 0 && speechTopicVerbs[a.lemma(h)]
}

// speechTopicVerbs take what they are about as a topic.
var speechTopicVerbs = map[string]bool{"ask": true, "talk": true, "speak": true, "say": true, "comment": true,
	"write": true, "tell": true, "know": true, "think": true, "hear": true, "learn": true, "joke": true,
	"remark": true, "question": true, "query": true}

// preventVerbs stop or forbid what their object names: "ban strikes",
// "deter attacks", "the killing must stop".
var preventVerbs = map[string]bool{"ban": true, "stop": true, "end": true, "deter": true, "prevent": true,
	"halt": true, "cease": true, "avert": true, "forbid": true, "prohibit": true}

// nounContent reports whether event noun n is only the content of another
// act: the object of a verb already coded as content ("proposed to
// convene a summit"), or a use of force someone bans, stops or deters.
func (c *coder) nounContent(n int, p *Pattern) bool {
	a := c.a
	if !a.parsed {
		return false
	}
	h := a.head(n)
	if c.requested(n) {
		return true
	}
	if h >= 0 && allegationNouns[a.lemma(h)] && a.baseRel(n) == "nmod" {
		return true // "the allegations about attacks on the port": alleged, not reported as fact
	}
	r := a.rel(n)
	if r == "nsubj:pass" && h >= 0 && c.reception(h) >= 0 {
		return true // "Peru's terms were met with scorn": the reception is the event
	}
	if h >= 0 && partitives[a.lemma(h)] && a.baseRel(n) == "nmod" && a.caseOf(n) == "of" && a.head(h) >= 0 {
		// "to provide 70 million euros of aid": the amount stands for
		// the noun in its verb's clause
		r, h = a.rel(h), a.head(h)
	}
	if h < 0 || a.doc.Tokens[h].UPOS != "VERB" {
		return false
	}
	if r == "obj" && c.subsumed(h) {
		return true
	}
	if (r == "obj" || a.baseRel(n) == "obl") && c.judgeTok[h] && p.Plover != "ACCUSE" {
		// "condemned the attack", "accused Iran of the attack", "walked
		// out of the talks": what is judged or refused is the content
		return true
	}
	return p.Plover == "ASSAULT" && preventVerbs[a.lemma(h)] && (r == "obj" || r == "nsubj")
}

// requested reports whether event noun n is what a request asks for:
// the object of "urged talks", or the "for" phrase of "called for a
// summit" and "his call for a conference". A meeting that is only asked
// for has not happened; CAMEO codes the request alone.
func (c *coder) requested(n int) bool {
	a := c.a
	h := a.head(n)
	if h < 0 || !c.requestTok[h] {
		return false
	}
	switch a.rel(n) {
	case "obj":
		return true
	case "obl", "nmod":
		k := a.childWith(n, "case")
		return k >= 0 && a.lower[k] == "for"
	}
	return false
}

// withActorAfter reports whether a meeting noun is followed by "with" and
// an actor in the same phrase ("a meeting with President X in Kyiv, ..."),
// whatever the parser hung the "with" phrase on.
func (c *coder) withActorAfter(n int) bool {
	a := c.a
	if !meetingNouns[a.lemma(n)] || n+1 >= c.sent[1] || a.lower[n+1] != "with" {
		return false
	}
	for k := n + 2; k < c.sent[1] && k <= n+9; k++ {
		if a.actorAt[k] >= 0 {
			return true
		}
		if w := a.lower[k]; w == "," || w == ";" || w == "." {
			return false
		}
	}
	return false
}

// deinflect guesses base forms of an English word form.
func deinflect(w string) []string {
	var out []string
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"), strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "ing"):
		b := w[:len(w)-3]
		add(b)
		add(b + "e")
		if n := len(b); n >= 2 && b[n-1] == b[n-2] {
			add(b[:n-1])
		}
	case strings.HasSuffix(w, "ed"):
		b := w[:len(w)-2]
		add(b)
		add(b + "e")
		if n := len(b); n >= 2 && b[n-1] == b[n-2] {
			add(b[:n-1])
		}
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
	}
	return out
}

func has(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

func hasAny(list, ws []string) bool {
	for _, w := range ws {
		if has(list, w) {
			return true
		}
	}
	return false
}

// possessedByActor reports whether noun i has an actor as its possessor:
// "Peru's call for direct talks" is his appeal wherever the
// phrase stands.
func (c *coder) possessedByActor(i int) bool {
	a := c.a
	if !a.parsed {
		return false
	}
	for _, ch := range a.children[i] {
		if a.rel(ch) == "nmod:poss" && a.phraseActor(ch, 1) >= 0 {
			return true
		}
	}
	return false
}

// occurrenceSubject reports whether noun i is the subject of a predicate
// saying that it happened ("a phone call took place", "the call was
// held", "the meeting occurred"): such a noun is an event even where its
// pattern wants it governed by a verb.
func (c *coder) occurrenceSubject(i int) bool {
	a := c.a
	if !a.parsed || a.rel(i) != "nsubj" && a.rel(i) != "nsubj:pass" {
		return false
	}
	v := a.head(i)
	switch a.lemma(v) {
	case "occur", "happen":
		return true
	case "hold":
		return a.rel(i) == "nsubj:pass"
	case "take":
		for _, ch := range a.children[v] {
			if a.rel(ch) == "obj" && a.lemma(ch) == "place" {
				return true
			}
		}
	}
	return false
}
