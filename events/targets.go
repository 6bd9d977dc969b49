package events

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// Targets where the clause names none: a domestic act acts on its own
// country; an appeal for a gathering addresses nobody; a reception is no
// meeting.

// domesticTypes are the acts that, with no foreign party, act on the
// actor's own country: a protest against its government, a curfew on its
// people, an attack inside it, a refusal of what its own people ask.
var domesticTypes = map[string]bool{"PROTEST": true, "COERCE": true, "ASSAULT": true, "THREATEN": true,
	"MOBILIZE": true, "SANCTION": true, "CONCEDE": true, "RETREAT": true, "REJECT": true}

// domestic reports whether event pattern p by actor s, naming no target,
// acts on s's own country: a domestic type (or an investigation, CAMEO 09,
// which at home looks into its own people) at home (domesticScene).
// Appeals and criticism are left out: "called for calm" with no foreign
// party in sight is addressed to nobody in particular.
func (c *coder) domestic(p *Pattern, s int) bool {
	return (domesticTypes[p.Plover] || strings.HasPrefix(p.Cameo, "09")) && c.domesticScene(s)
}

// domesticScene reports whether actor s acts at home: s is a state's or its
// people's (not an international organization's) and the sentence names no
// actor of another country. There an actor acted on that the text gives no
// country ("detained opposition leader Ana Ruiz", "refused to meet the
// strikers' delegates") is of s's country.
func (c *coder) domesticScene(s int) bool {
	a := c.a
	src := a.doc.Actors[s]
	if src.Country == "" || src.Sector == "IGO" || src.Sector == "NGO" {
		return false
	}
	for k := c.sent[0]; k < c.sent[1]; k++ {
		// who reports the act ("the Israeli army said") is no party to it
		if x := a.actorAt[k]; x >= 0 && a.doc.Actors[x].Country != "" && a.doc.Actors[x].Country != src.Country &&
			!c.attribution(x, k, c.sent[1]) {
			return false
		}
		// nor is an act that reaches abroad ("a suspension of flights
		// to Belarus") done at home
		if pl, ok := a.placeAt[k]; ok && pl.Country != "" && pl.Country != src.Country {
			return false
		}
	}
	return true
}

// thingCalledFor reports whether t is an appeal for a gathering that names
// no actor ("called for a second summit"): the appeal has no addressee,
// and an actor named further on (who would attend) is not one. (An appeal
// for an act, "called for a withdrawal", is addressed to whoever must act.)
func (c *coder) thingCalledFor(t trigger) bool {
	if t.p.Plover != "REQUEST" || t.prepObj < 0 || !c.a.parsed || !gatherings[c.a.lemma(t.prepObj)] {
		return false
	}
	return len(c.a.phraseActors(t.prepObj)) == 0
}

// gatherings are meetings one calls for: whoever is invited, nobody is
// asked to act.
var gatherings = map[string]bool{"summit": true, "conference": true, "meeting": true, "talk": true,
	"negotiation": true, "dialogue": true, "session": true, "forum": true, "round": true}

// reception returns the noun of the reception "meet" at v names, or -1:
// "meet" is passive with a "with" phrase that names no actor ("were met
// with derision": derision; "was met with protests"). A meeting passive
// names its party ("was met by the president", "was met with the
// minister").
func (c *coder) reception(v int) int {
	a := c.a
	if !a.parsed || a.lemma(v) != "meet" || a.childWith(v, "aux:pass") < 0 {
		return -1
	}
	for _, ch := range a.children[v] {
		// the reception names no actor, though its "by" phrase may
		// hang on it: "met with derision by X"
		if a.baseRel(ch) == "obl" && a.caseOf(ch) == "with" && a.phraseActor(ch, 0) < 0 {
			return ch
		}
	}
	return -1
}

// receive codes a reception ("Peru's terms were met with scorn by
// Chile") as what its noun says, when the lexicon knows the noun
// (derision: a rejection; criticism: an accusation): the "by" phrase
// receives, the owner of what was received is the target. n is the
// reception noun (see reception).
func (c *coder) receive(si, v, n int) {
	a := c.a
	var p *Pattern
	for _, l := range c.lemmas(n, KindNoun) {
		for _, q := range c.lx.Patterns(KindNoun, l) {
			if len(q.Obj) == 0 && len(q.Prep) == 0 {
				p = q
				break
			}
		}
		if p != nil {
			break
		}
	}
	if p == nil {
		return
	}
	srcs := a.agentActors(v)
	if len(srcs) == 0 {
		for _, ch := range a.children[n] {
			if a.baseRel(ch) == "nmod" && a.caseOf(ch) == "by" {
				srcs = a.phraseActors(ch)
			}
		}
	}
	var tgts []int
	if s := a.childWith(v, "nsubj:pass"); s >= 0 {
		tgts = a.phraseActors(s)
		if len(tgts) == 0 {
			tgts, _ = c.nounArgs(s) // "Putin's terms": Putin's
		}
	}
	if len(srcs) == 0 {
		return
	}
	c.consumed[n] = true // the reception noun is coded here, not again
	c.add(si, trigger{p: p, tok: n, verb: v, from: v, to: n + 1, prepObj: -1, obj: -1}, srcs, dropSide(a, tgts, srcs...), a.quoteOf(v), "")
}

// placeTypes act on the territory where they happen or which they reach:
// a visit's host, an attack's, a deployment's or an aid delivery's
// theatre, the destination of flights or sales a sanction stops.
var placeTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "AID": true, "SANCTION": true}

// placeTarget returns the country of a place that locates act t ("arrived
// in Amman", "fired shells at targets in Jericho", "a visit to Amman"),
// or "". Only the act's own phrases count (its objects, obliques and
// their modifiers, three levels down: "bombed a market in the town of
// Idlib"), not clauses of their own, and only for the types that act on
// a territory: "talks in Vienna" are no act on Austria.
func (c *coder) placeTarget(t trigger, lexical *Pattern) string {
	a := c.a
	// the act as the lexicon names it: "would blockade Paris" threatens
	// what a blockade would act on
	if !a.parsed || a.placeAt == nil || !placeTypes[lexical.Plover] && t.p.Mode != "visit" {
		return ""
	}
	v := t.clause()
	anyPlace := func(document.Place) bool { return true }
	if p := a.phrasePlace(v, actPhrase, 3, anyPlace); p != "" {
		return p
	}
	if ps := a.childWith(v, "nsubj:pass"); ps >= 0 {
		// "a school for Sudanese children was shelled": the patient's
		if pl, ok := a.placeAt[ps]; ok && pl.Country != "" {
			return pl.Country
		}
		if p := a.phrasePlace(ps, actPhrase, 2, anyPlace); p != "" {
			return p
		}
	}
	if t.verb < 0 {
		return ""
	}
	return a.phrasePlace(t.tok, actPhrase, 3, anyPlace) // "paid a visit to Amman"
}

// actPhrase are the relations of an act's own phrases; cooperation also
// reaches into its modifiers and clauses ("readiness to provide
// assistance for ...").
var (
	actPhrase  = map[string]bool{"obl": true, "nmod": true, "obj": true, "flat": true, "compound": true}
	coopPhrase = map[string]bool{"obl": true, "nmod": true, "obj": true, "flat": true, "compound": true,
		"amod": true, "acl": true, "xcomp": true}
)

// phrasePlace returns the country of the first place ok accepts among the
// dependents of h reached through rels, up to depth levels down, or "".
func (a *analysis) phrasePlace(h int, rels map[string]bool, depth int, ok func(document.Place) bool) string {
	for _, ch := range a.children[h] {
		if !rels[a.baseRel(ch)] {
			continue
		}
		if pl, found := a.placeAt[ch]; found && pl.Country != "" && ok(pl) {
			return pl.Country
		}
		if depth > 1 {
			if p := a.phrasePlace(ch, rels, depth-1, ok); p != "" {
				return p
			}
		}
	}
	return ""
}

// peopleTarget returns the country of a people or a place named in the
// phrases and clauses of cooperative act t ("readiness to provide
// assistance for the evacuation of Turkish citizens", "support for the
// Palestinian people"), other than its sources' own, or "".
func (c *coder) peopleTarget(t trigger, srcs []int) string {
	a := c.a
	if !a.parsed || a.placeAt == nil {
		return ""
	}
	own := map[string]bool{}
	for _, s := range srcs {
		own[a.doc.Actors[s].Country] = true
	}
	// a meeting's place is no party: "talks in Riyadh"
	party := func(pl document.Place) bool { return !own[pl.Country] && (pl.People || t.p.Plover != "CONSULT") }
	if t.verb >= 0 {
		if p := a.phrasePlace(t.verb, coopPhrase, 4, party); p != "" {
			return p
		}
	}
	return a.phrasePlace(t.tok, coopPhrase, 4, party)
}

// genericAddressee reports whether appeal t names whom it addresses by a
// generic group of third parties ("called on Western allies to ...",
// "urged the international community to ..."): the appeal has its
// addressee, and it is not the text's other party. ("All parties" and
// "both sides" are the text's parties: they stay to be guessed.)
func (c *coder) genericAddressee(t trigger) bool {
	a := c.a
	if t.p.Plover != "REQUEST" || !a.parsed {
		return false
	}
	for _, n := range []int{t.prepObj, t.obj} {
		if n >= 0 && addresseeGroups[a.lemma(n)] {
			return true
		}
	}
	for _, ch := range a.children[t.clause()] {
		if r := a.rel(ch); (r == "obj" || r == "iobj") && addresseeGroups[a.lemma(ch)] {
			return true
		}
	}
	return false
}

// addresseeGroups are nouns for the third parties an appeal is made to.
var addresseeGroups = map[string]bool{"ally": true, "partner": true, "country": true, "nation": true, "state": true,
	"government": true, "member": true, "donor": true, "neighbour": true, "neighbor": true, "community": true,
	"friend": true, "democracy": true}
