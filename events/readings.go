package events

import "github.com/parley-nlp/parley/document"

// Readings that change what a matched pattern codes: an act announced for
// the future is an intent or a threat, one refused is a refusal, an attempt
// at force made is an assault, a force named only as an aim is none.

// intendedForce reports a use of force named only as an aim or a
// condition ("we are going to liberate them", "impossible to occupy", "if
// they destroy us"): an infinitive or conditional clause is not an attack
// that happened. A means ("using artillery to destroy") still is.
func (c *coder) intendedForce(t trigger) bool {
	a := c.a
	v := t.clause() // "to carry out strikes", "if they launch an attack"
	if t.p.Plover != "ASSAULT" || !a.parsed || a.doc.Tokens[v].UPOS != "VERB" {
		return false
	}
	m := a.childWith(v, "mark")
	if m < 0 {
		return false
	}
	switch a.lemma(m) {
	case "if", "unless":
		return true // a condition, not an event
	case "to":
		h := a.head(v)
		if h >= 0 && a.rel(v) == "xcomp" && (aspectual[a.lemma(h)] || phaseVerbs[a.lemma(h)]) && !c.hypothetical(t) {
			return false // "continued to shell the city": the shelling goes on
		}
		return h < 0 || a.lemma(h) != "use" && a.lemma(h) != "employ" && !c.attempted(t)
	}
	return false
}

// phaseVerbs say that their complement is under way: "began to shell",
// "kept attacking".
var phaseVerbs = map[string]bool{"begin": true, "start": true, "keep": true}

// attemptVerbs make their complement's use of force an act that took
// place: an attempt to kill is an assault (CAMEO 185 for an attempt on a
// life), whether or not it succeeded.
var attemptVerbs = map[string]bool{"attempt": true, "try": true}

// attempted reports whether hostile trigger t is the complement of an
// attempt that was made ("gunmen tried to kill the minister", "Russia
// attempted to capture the city"), not one announced or supposed ("will
// try to", "if they attempt to").
func (c *coder) attempted(t trigger) bool {
	a := c.a
	if t.p.Plover != "ASSAULT" || !a.parsed {
		return false
	}
	v := t.clause()
	h := a.head(v)
	if h < 0 || a.rel(v) != "xcomp" || !attemptVerbs[a.lemma(h)] || a.doc.Tokens[h].UPOS != "VERB" {
		return false
	}
	for _, ch := range a.children[h] {
		switch a.baseRel(ch) {
		case "aux":
			if modalWords[a.lower[ch]] {
				return false
			}
		case "mark":
			if condMarks[a.lower[ch]] || a.lower[ch] == "to" {
				return false // "to try to seize": an aim again
			}
		}
	}
	return true
}

// intentFor maps the cooperative types to the CAMEO 03 intent they
// express when announced for the future.
var intentFor = map[string]*Pattern{
	"SUPPORT":   {Kind: KindVerb, Lemma: "*", Plover: "AGREE", Cameo: "032", File: "events/readings.go"},
	"COOPERATE": {Kind: KindVerb, Lemma: "*", Plover: "AGREE", Cameo: "031", File: "events/readings.go"},
	"AID":       {Kind: KindVerb, Lemma: "*", Plover: "AGREE", Cameo: "033", File: "events/readings.go"},
	"CONSULT":   {Kind: KindVerb, Lemma: "*", Plover: "AGREE", Cameo: "036", File: "events/readings.go"},
	"CONCEDE":   {Kind: KindVerb, Lemma: "*", Plover: "AGREE", Cameo: "035", File: "events/readings.go"},
	"RETREAT":   {Kind: KindVerb, Lemma: "*", Plover: "AGREE", Cameo: "035", File: "events/readings.go"},
}

// refusal codes a cooperative act announced in the negative ("will not
// accept", "would not provide support").
var refusal = &Pattern{Kind: KindVerb, Lemma: "*", Plover: "REJECT", Cameo: "120", File: "events/readings.go"}

// yieldRefusals are CAMEO's refusals to yield (124x, and 123 for political
// reform), by the three-digit code of the concession refused: "did not
// release the sailors" (084) is 1243, "will not withdraw" (087) 1246.
var yieldRefusals = map[string]*Pattern{}

// refusals holds every refusal pattern: refusal and the yieldRefusals.
var refusals = map[*Pattern]bool{refusal: true}

func init() {
	for act, code := range map[string]string{"080": "124", "081": "1241", "082": "1242", "083": "123",
		"084": "1243", "085": "1244", "086": "1245", "087": "1246"} {
		p := &Pattern{Kind: KindVerb, Lemma: "*", Plover: "REJECT", Cameo: code, File: "events/readings.go"}
		yieldRefusals[act] = p
		refusals[p] = true
	}
}

// refusalOf returns the refusal of act: a concession's own refusal to
// yield, else the generic one.
func refusalOf(act *Pattern) *Pattern {
	if act.Plover == "CONCEDE" || act.Plover == "RETREAT" {
		code := act.Cameo + "0"
		if r := yieldRefusals[code[:3]]; r != nil {
			return r
		}
	}
	return refusal
}

// isRefusal reports whether p is one of the refusal patterns.
func isRefusal(p *Pattern) bool { return refusals[p] }

// threatFor maps the hostile types to the CAMEO 13 threat they make when
// announced for the future.
var threatFor = map[string]*Pattern{
	"SANCTION": {Kind: KindVerb, Lemma: "*", Plover: "THREATEN", Cameo: "131", File: "events/readings.go"},
	"COERCE":   {Kind: KindVerb, Lemma: "*", Plover: "THREATEN", Cameo: "137", File: "events/readings.go"},
	"ASSAULT":  {Kind: KindVerb, Lemma: "*", Plover: "THREATEN", Mode: "violence", Cameo: "138", File: "events/readings.go"},
	"PROTEST":  {Kind: KindVerb, Lemma: "*", Plover: "THREATEN", Cameo: "133", File: "events/readings.go"},
}

// ultimatumTypes are the acts that, announced with "unless", threaten.
var ultimatumTypes = map[string]bool{"RETREAT": true, "REJECT": true}

var ultimatum = &Pattern{Kind: KindVerb, Lemma: "*", Plover: "THREATEN", Cameo: "130", File: "events/readings.go"}

// unlessClause reports whether trigger t's verb (or a verb it depends on
// through control or coordination) has an "unless" clause.
func (c *coder) unlessClause(t trigger) bool {
	for _, h := range c.clauseChain(t) {
		for _, ch := range c.a.children[h] {
			if c.a.rel(ch) == "advcl" && c.a.markOf(ch) == "unless" {
				return true
			}
		}
	}
	return false
}

// planVerbs announce their complement as a plan of their subject.
var planVerbs = map[string]bool{"plan": true, "intend": true, "prepare": true, "want": true, "wish": true, "aim": true}

// futureWords mark an act announced for the future.
var futureWords = map[string]bool{"will": true, "'ll": true, "shall": true, "would": true, "wo": true}

// futureAct reports whether a verb trigger (or its light verb) is in the
// future tense ("will support", "would allow", "will continue to help")
// with an actor as its subject, and not in a condition ("if ...").
func (c *coder) futureAct(t trigger, conditionOK bool) bool {
	a := c.a
	if !a.parsed || t.p.Kind != KindVerb && t.verb < 0 {
		return false
	}
	chain := c.clauseChain(t)
	for i, h := range chain {
		if i > 0 && c.a.rel(chain[i-1]) == "conj" {
			continue
		}
		if i > 0 && c.a.rel(chain[i-1]) == "xcomp" && planVerbs[a.lemma(h)] {
			return len(c.subjectActors(h)) > 0 || c.pronounSubject(h) // "Greece plans to impose restrictions"
		}
		for _, ch := range a.children[h] {
			switch r := a.baseRel(ch); {
			case r == "mark" && condMarks[a.lower[ch]]:
				return false
			case r == "advcl" && c.conditional(ch) && !conditionOK:
				return false // "if asked, Chile would support Peru"
			case r == "aux" && futureWords[a.lower[ch]]:
				// an actor or a pronoun for one acts, not "it will be"
				return len(c.subjectActors(h)) > 0 || c.pronounSubject(h)
			}
		}
	}
	return false
}

// willNot reports whether trigger t is announced for the future by its
// actor ("will not accept", "won't sign") without a condition: a refusal
// made now. "Would not" is a conditional mood and says no more than
// what might be, except reported in the past, where it is "will" shifted
// back ("said Kyiv would not accept the plan").
func (c *coder) willNot(t trigger) bool {
	if !c.futureAct(t, false) {
		return false
	}
	chain := c.clauseChain(t)
	backshifted := c.reportedInPast(chain[len(chain)-1])
	for _, h := range chain {
		for _, ch := range c.a.children[h] {
			if w := c.a.lower[ch]; c.a.baseRel(ch) == "aux" && modalWords[w] && (w == "would" && !backshifted || !futureWords[w]) {
				return false
			}
		}
	}
	return true
}

// reportedInPast reports whether clause v is what a past-tense speech
// verb reports ("said that ...", "told reporters ...").
func (c *coder) reportedInPast(v int) bool {
	a := c.a
	if a.rel(v) != "ccomp" {
		return false
	}
	h := a.head(v)
	return h >= 0 && a.doc.Tokens[h].XPOS == "VBD" && pastSpeechVerbs[a.lemma(h)]
}

// pastSpeechVerbs report speech: in the past tense, the "would" of what
// they report is a future shifted back.
var pastSpeechVerbs = map[string]bool{"say": true, "tell": true, "announce": true, "state": true, "declare": true,
	"insist": true, "stress": true, "add": true, "reply": true, "write": true, "confirm": true, "reiterate": true,
	"warn": true, "vow": true, "pledge": true, "promise": true}

// conditional reports whether clause h is introduced by "if", "unless" or
// "whether".
func (c *coder) conditional(h int) bool {
	for _, ch := range c.a.children[h] {
		if c.a.rel(ch) == "mark" && condMarks[c.a.lower[ch]] {
			return true
		}
	}
	return false
}

var personalPronouns = map[string]bool{"we": true, "i": true, "they": true, "he": true, "she": true}

// pronounSubject reports whether clause h has a personal pronoun subject,
// or "it" standing for the actor that says the clause ("the United States
// said it would not ...", "Russia says it will respond"), not the "it" of
// "it will be difficult".
func (c *coder) pronounSubject(h int) bool {
	a := c.a
	s := a.childWith(h, "nsubj")
	if s < 0 {
		return false
	}
	if personalPronouns[a.lower[s]] {
		return true
	}
	if a.lower[s] != "it" || a.rel(h) != "ccomp" {
		return false
	}
	v := a.head(h)
	return v >= 0 && attributionVerbs[a.lemma(v)] && len(c.subjectActors(v)) > 0
}

// vowVerbs (and adjectives of readiness) promise what their complement
// names.
var vowVerbs = map[string]bool{"vow": true, "pledge": true, "promise": true, "swear": true,
	"ready": true, "prepared": true, "willing": true}

// hostileComplement returns the hostile pattern (one with a threat in
// threatFor, or a threat itself) that the "to" complement of verb v
// matches, or nil: "vowed to retaliate", "promised to launch strikes".
func (c *coder) hostileComplement(v int) *Pattern {
	a := c.a
	if !a.parsed {
		return nil
	}
	for _, ch := range a.children[v] {
		if a.rel(ch) != "xcomp" || a.doc.Tokens[ch].UPOS != "VERB" {
			continue
		}
		for _, l := range c.lemmas(ch, KindVerb) {
			if c.lx.IsLight(l) {
				if t, ok := c.light(ch); ok {
					if hostile(t.p) {
						return t.p
					}
					return nil
				}
			}
			ps := c.lx.Patterns(KindVerb, l)
			for _, p := range ps {
				if p.Governed {
					continue
				}
				if p.NeedTarget && len(p.Obj) == 0 && len(p.Prep) == 0 && hostile(p) {
					return p // "vowed to fight": the act promised needs no named enemy
				}
				if _, ok := c.fits(p, ch); ok {
					if hostile(p) {
						return p
					}
					return nil
				}
			}
			if ps != nil {
				return nil
			}
		}
	}
	return nil
}

func hostile(p *Pattern) bool { return threatFor[p.Plover] != nil || p.Plover == "THREATEN" }

// streetSectors are the people who protest by demonstrating, not by an
// official complaint.
var streetSectors = map[string]bool{"CVL": true, "OPP": true, "PTY": true, "NGO": true, "BUS": true, "MED": true}

var streetProtest = &Pattern{Kind: KindVerb, Lemma: "protest", Plover: "PROTEST", Mode: "demo", Cameo: "141", File: "events/readings.go"}

var streetBlockade = &Pattern{Kind: KindVerb, Lemma: "blockade", Plover: "PROTEST", Mode: "obstruct", Cameo: "144", File: "events/readings.go"}

// wishVerbs want another party to act: "wants Israel to halt", "expects
// Japan to withdraw", "would like Kyiv to accept".
var wishVerbs = map[string]bool{"want": true, "wish": true, "expect": true, "like": true}

var wishRequest = &Pattern{Kind: KindVerb, Lemma: "*", Plover: "REQUEST", Cameo: "020", File: "events/readings.go"}

// wishedOf returns the wish verb and its object when trigger t is what
// the object is wanted to do ("wants Israel to halt its offensive"), or
// -1, -1. The object must name an actor: "wants talks to resume" is no
// appeal to anyone.
func (c *coder) wishedOf(t trigger) (int, int) {
	a := c.a
	if !a.parsed {
		return -1, -1
	}
	v := t.clause()
	h := a.head(v)
	if h < 0 || a.rel(v) != "xcomp" || !wishVerbs[a.lemma(h)] || a.doc.Tokens[h].UPOS != "VERB" {
		return -1, -1
	}
	o := a.childWith(h, "obj")
	if o < 0 || o > v || len(a.phraseActors(o)) == 0 {
		return -1, -1
	}
	return h, o
}

var blamePattern = &Pattern{Kind: KindVerb, Lemma: "*", Plover: "ACCUSE", Mode: "allege", Cameo: "112", File: "events/readings.go"}

// cleftFocus returns the actor a cleft sentence puts in focus as the doer
// of trigger t ("It is Lima that started this war", "it was the alliance
// that was massing its forces"), or -1.
func (c *coder) cleftFocus(t trigger) int {
	a := c.a
	if !a.parsed {
		return -1
	}
	v := t.clause()
	for step := 0; step < 2 && a.rel(v) == "conj" && a.head(v) >= 0; step++ {
		v = a.head(v) // "... that was undertaking X and building up Y"
	}
	focus := func(h int) int {
		cop, it := false, false
		for _, ch := range a.children[h] {
			switch a.rel(ch) {
			case "cop":
				cop = a.lemma(ch) == "be"
			case "expl", "nsubj":
				it = a.lower[ch] == "it"
			}
		}
		if !cop || !it {
			return -1
		}
		if x := a.actorAt[h]; x >= 0 {
			return x
		}
		if xs := a.phraseActors(h); len(xs) > 0 {
			return xs[0]
		}
		return -1
	}
	if r := a.rel(v); (r == "acl:relcl" || r == "acl" || r == "ccomp") && a.head(v) >= 0 {
		if x := focus(a.head(v)); x >= 0 {
			return x
		}
	}
	// parsed the other way round: the focus as a clause of the verb, the
	// verb's subject the relative pronoun
	if s := a.childWith(v, "nsubj"); s >= 0 && (a.lower[s] == "that" || a.lower[s] == "who") {
		for _, ch := range a.children[v] {
			if ch < v && (a.baseRel(ch) == "advcl" || a.baseRel(ch) == "dep" || a.baseRel(ch) == "ccomp") {
				if x := focus(ch); x >= 0 {
					return x
				}
			}
		}
	}
	return -1
}

// blame codes the accusation a cleft makes: the speaker of the quotation
// (or the statement's author) accuses the focus x, once per sentence.
func (c *coder) blame(si int, t trigger, x int) {
	a := c.a
	q := a.quoteOf(t.tok)
	speaker := a.author()
	if q >= 0 {
		speaker = a.doc.Quotes[q].Speaker
	}
	if speaker < 0 || speaker >= len(a.doc.Actors) || sameSide(a.doc.Actors[speaker], a.doc.Actors[x]) || c.judged(si, speaker) {
		return
	}
	c.add(si, trigger{p: blamePattern, tok: t.tok, verb: -1, from: t.from, to: t.to, prepObj: -1, obj: -1}, []int{speaker}, []int{x}, q, "")
}

// readinessWords state a party's readiness to cooperate.
var readinessWords = map[string]bool{"ready": true, "willing": true, "prepared": true, "readiness": true,
	"willingness": true}

// unreadyParty returns the party trigger t says is not ready, when that
// is said in a quotation by a speaker of another side, or -1.
func (c *coder) unreadyParty(t trigger) int {
	a := c.a
	q := a.quoteOf(t.tok)
	if q < 0 {
		return -1
	}
	speaker := a.doc.Quotes[q].Speaker
	if speaker < 0 || speaker >= len(a.doc.Actors) {
		return -1
	}
	srcs, _ := c.arguments(t)
	for _, x := range srcs {
		if !sameSide(a.doc.Actors[x], a.doc.Actors[speaker]) {
			return x
		}
	}
	return -1
}

// ofAnAct reports whether noun n has an act as its "of" complement: a
// gerund ("the importance of providing guarantees"), not a thing ("the
// importance of this date", "of the ongoing dialogue").
func (c *coder) ofAnAct(n int) bool {
	a := c.a
	for _, ch := range a.children[n] {
		switch a.baseRel(ch) {
		case "acl", "nmod", "advcl":
			if a.doc.Tokens[ch].XPOS == "VBG" && (a.markOf(ch) == "of" || a.caseOf(ch) == "of") {
				return true
			}
		}
	}
	return false
}

// ofAParty reports whether noun n's "of" complement names an actor ("the
// value of Qatar's mediation", "of the United States' efforts").
func (c *coder) ofAParty(n int) bool {
	a := c.a
	for _, ch := range a.children[n] {
		if a.baseRel(ch) != "nmod" || a.caseOf(ch) != "of" {
			continue
		}
		if len(a.phraseActors(ch)) > 0 {
			return true
		}
		if s, t := c.nounArgs(ch); len(s)+len(t) > 0 {
			return true
		}
	}
	return false
}

// giving types give their target something: praise, aid, cooperation.
var giving = map[string]bool{"SUPPORT": true, "AID": true, "COOPERATE": true}

// adversarial types set their source against their target.
var adversarial = map[string]bool{"ASSAULT": true, "COERCE": true, "ACCUSE": true, "THREATEN": true,
	"SANCTION": true, "REJECT": true}

// dropPraiseOfAdversaries removes the supportive events whose target was
// only guessed to be the text's other party when the text sets the two
// countries against each other ("We are grateful for the support provided
// by various states" in a text on Russia's war is no thanks to Russia).
func (c *coder) dropPraiseOfAdversaries() []document.Event {
	if len(c.guessed) == 0 {
		return c.events
	}
	country := func(e document.Event, target bool) string {
		if target {
			return c.a.doc.TargetCountryOf(e)
		}
		if e.Source < 0 || e.Source >= len(c.a.doc.Actors) {
			return ""
		}
		return c.a.doc.Actors[e.Source].Country
	}
	hostilePair := map[[2]string]bool{}
	for _, e := range c.events {
		if adversarial[e.Plover] && !e.Negated {
			s, t := country(e, false), country(e, true)
			if s != "" && t != "" && s != t {
				hostilePair[[2]string{s, t}] = true
				hostilePair[[2]string{t, s}] = true
			}
		}
	}
	out := c.events[:0:0]
	for i, e := range c.events {
		if c.guessed[i] && giving[e.Plover] && hostilePair[[2]string{country(e, false), country(e, true)}] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// statementRead codes what trigger t says as a statement, when that is
// what the sentence reports, and reports whether it did (or found that
// t is no event): the importance of an act or of a party, a party said
// not to be ready, a cleft's focus blamed, a party wanted to act.
func (c *coder) statementRead(si int, t trigger) bool {
	a := c.a
	if t.p.Plover == "REQUEST" && t.obj >= 0 && a.lemma(t.obj) == "importance" && !c.ofAnAct(t.obj) {
		// "stressed the importance of providing guarantees" asks for an
		// act; "the importance of this date" asks for nothing
		return true
	}
	if t.p.Plover == "SUPPORT" && t.obj >= 0 && a.lemma(t.obj) == "importance" && !c.ofAParty(t.obj) {
		// "noted the importance of Chile's mediation" praises Chile;
		// "the importance of ensuring that ..." praises nobody
		return true
	}
	if readinessWords[t.p.Lemma] && t.p.Plover == "AGREE" && c.negated(t) {
		// "Kyiv is not willing to talk", "the Kremlin is not ready for
		// diplomacy", said of another party: the speaker accuses it;
		// said of oneself it is a refusal (see emit)
		if x := c.unreadyParty(t); x >= 0 {
			c.blame(si, t, x)
			return true
		}
	}
	if x := c.cleftFocus(t); x >= 0 && hostile(t.p) {
		// "It is Lima that started this war": the speaker blames
		// the focus for the act, which is the statement's point
		c.blame(si, t, x)
		return true
	}
	if h, o := c.wishedOf(t); h >= 0 {
		// "The United States wants Israel to halt its offensive": the
		// wisher appeals to the party it wants to act (CAMEO 02); the act
		// wanted has not happened
		w := trigger{p: wishRequest, tok: h, verb: -1, from: h, to: h + 1, prepObj: o, obj: -1}
		if srcs, tgts := c.subjectActors(h), a.phraseActors(o); len(srcs) > 0 {
			c.add(si, w, srcs, dropSide(a, tgts, srcs...), a.quoteOf(h), "")
		}
		return true
	}
	return false
}
