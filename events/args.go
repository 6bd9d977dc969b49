package events

// Source and target from the dependency tree: subject, object, oblique,
// passive agent, possessor of a nominal event, coordination.

// targetPreps are the prepositions whose object is an event's target:
// "talks with", "aid to", "war against", "call on".
var targetPreps = []string{"with", "to", "against", "on", "upon", "for", "toward", "towards", "into", "at", "over", "from"}

// nounTargetPreps adds "of" for nominal events ("invasion of Ukraine").
var nounTargetPreps = append([]string{"of"}, targetPreps...)

// arguments returns source and target actors of t from the parse.
func (c *coder) arguments(t trigger) (srcs, tgts []int) {
	a := c.a
	if !a.parsed {
		return c.unparsedPassive(t)
	}
	switch t.p.Kind {
	case KindNoun:
		srcs, tgts = c.nounArgs(t.tok)
		if t.p.Mode == "third-party" && t.verb >= 0 {
			// "X undertook a mediation mission between Y and Z": the
			// mediator acts, the parties between which it mediates are
			// its targets
			if xs := c.subjectActors(t.verb); len(xs) > 0 {
				srcs, tgts = xs, append(srcs, tgts...)
			}
		}
		if t.verb >= 0 {
			if len(srcs) == 0 {
				srcs = c.subjectActors(t.verb)
			}
			if len(tgts) == 0 {
				tgts = c.oblTargets(t.verb, targetPreps, t.tok)
			}
			if len(tgts) == 0 && obliqueOnlyLight[a.lemma(t.verb)] {
				tgts = c.objectTargets(t.verb) // "engaged the border guards in a firefight"
			}
		} else if len(srcs) == 0 {
			if h := a.head(t.tok); h >= 0 && (a.baseRel(t.tok) == "obj" || a.rel(t.tok) == "nsubj:pass") {
				srcs = c.subjectActors(h)
			}
		} else if h := a.head(t.tok); len(tgts) == 0 && h >= 0 && a.baseRel(t.tok) == "obj" && receivingVerbs[a.lemma(h)] {
			// "the trip drew criticism from EU leaders": who drew it is
			// the target
			tgts = c.subjectActors(h)
			if len(tgts) == 0 {
				tgts = c.nounActors(a.childWith(h, "nsubj"))
			}
		}
	default:
		srcs = c.subjectActors(t.tok)
		if p := a.childWith(t.tok, "nsubj:pass"); p >= 0 && c.stance(t.tok) {
			// "Israel is opposed to the plan": a stance its subject takes
			srcs = a.phraseActors(p)
			tgts = c.oblTargets(t.tok, []string{"to"}, -1)
		} else if p >= 0 {
			tgts = a.phraseActors(p)
			srcs = nil
		} else if a.reducedPassive(t.tok) {
			// "soldiers killed in the raid": the noun was acted on
			tgts = a.phraseActors(a.head(t.tok))
			srcs = nil
		}
		if a.doc.Tokens[t.tok].XPOS == "VBN" {
			// "was attacked by Russia", "the truce brokered by
			// Qatar": the agent acts.
			if xs := a.agentActors(t.tok); len(xs) > 0 {
				srcs = xs
			}
		}
		if t.prepObj >= 0 && len(tgts) == 0 {
			tgts = a.phraseActors(t.prepObj)
		}
		if len(tgts) == 0 {
			tgts = c.objectTargets(t.tok)
		}
		if len(tgts) == 0 {
			tgts = c.oblTargets(t.tok, targetPreps, -1)
		}
		if len(tgts) == 0 {
			tgts = c.nestedTargets(t.tok)
		}
		if len(tgts) == 0 {
			tgts = c.complementTargets(t.tok)
		}
		if len(tgts) == 0 {
			tgts = c.governingTargets(t.tok)
		}
	}
	if t.p.Swap {
		from := -1
		for _, ch := range a.children[t.tok] {
			if cs := a.caseOf(ch); cs == "from" || cs == "by" {
				from = ch
			}
		}
		subj := c.subjectActors(t.tok)
		srcs, tgts = nil, subj
		if from >= 0 {
			srcs = a.phraseActors(from)
		}
	}
	return srcs, dropAll(tgts, srcs)
}

// stanceVerbs form passives that state their subject's own stance:
// "is opposed to", "is committed to", "is dedicated to".
var stanceVerbs = map[string]bool{"oppose": true, "commit": true, "dedicate": true, "devote": true}

// stance reports whether passive verb v states its subject's stance: a
// stance verb with a "to" phrase and no agent.
func (c *coder) stance(v int) bool {
	a := c.a
	if !stanceVerbs[a.lemma(v)] || len(a.agentActors(v)) > 0 {
		return false
	}
	for _, ch := range a.children[v] {
		if a.baseRel(ch) == "obl" && a.caseOf(ch) == "to" || (a.rel(ch) == "advcl" || a.rel(ch) == "xcomp") && a.markOf(ch) == "to" {
			return true // "is opposed to the plan", "is committed to reducing"
		}
	}
	return false
}

// governingTargets returns the targets of the supportive event that verb
// v only elaborates: a participle without a subject or object of its own
// ("reiterated their support for X, pledging more aid") gives to whom its
// governing act of support gives. (Other clauses are not narrowed this
// way: "discussed ..., noting" and "condemned X ... and committed to"
// keep their own targets.)
func (c *coder) governingTargets(v int) []int {
	a := c.a
	h := a.head(v)
	if h < 0 || !c.trigTok[h] || a.baseRel(v) != "advcl" || a.doc.Tokens[v].XPOS != "VBG" || a.childWith(v, "nsubj") >= 0 {
		return nil
	}
	at := a.doc.Tokens[h].Start
	var out []int
	for _, e := range c.events {
		if e.Trigger.Start <= at && at < e.Trigger.End && e.Target >= 0 && supportive[e.Plover] && !has2(out, e.Target) {
			out = append(out, e.Target)
		}
	}
	return out
}

var supportive = map[string]bool{"SUPPORT": true, "AID": true, "AGREE": true, "COOPERATE": true}

func dropAll(xs, drop []int) []int {
	out := xs[:0:0]
	for _, x := range xs {
		if !has2(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

// appendNew appends the ys not yet in xs.
func appendNew(xs []int, ys ...int) []int {
	for _, y := range ys {
		if !has2(xs, y) {
			xs = append(xs, y)
		}
	}
	return xs
}

func has2(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var relativePronouns = map[string]bool{"which": true, "who": true, "that": true, "whom": true}

// subjectActors finds the actors acting in the clause of v, climbing
// through control (xcomp), coordination and participle clauses.
func (c *coder) subjectActors(v int) []int {
	a := c.a
	h := v
	for step := 0; step < 5 && h >= 0; step++ {
		if s := a.childWith(h, "nsubj", "csubj", "nsubj:outer"); s >= 0 {
			if relativePronouns[a.lower[s]] && len(a.rel(h)) >= 3 && a.rel(h)[:3] == "acl" {
				return c.nounActors(a.head(h))
			}
			xs := a.phraseActors(s)
			for _, ch := range a.children[h] {
				// "Chile and the government of Peru warned ...", parsed
				// as two subjects: the second, with its "and", is a
				// conjunct
				if ch > s && a.rel(ch) == "nsubj" && a.childWith(ch, "cc") >= 0 {
					xs = appendNew(xs, a.phraseActors(ch)...)
				}
			}
			return xs
		}
		switch r := a.rel(h); {
		case r == "xcomp":
			p := a.head(h)
			if p < 0 {
				return nil
			}
			// Object control: "urged Russia to withdraw", "called on Israel to".
			for _, o := range a.children[p] {
				if r := a.rel(o); r == "obj" || r == "iobj" || a.baseRel(o) == "obl" && (a.caseOf(o) == "on" || a.caseOf(o) == "upon") {
					if xs := a.phraseActors(o); len(xs) > 0 {
						return xs
					}
				}
			}
			h = p
		case r == "conj" || r == "advcl":
			if a.childWith(h, "aux:pass") >= 0 {
				return nil // "... and was destroyed": what the subject suffered, nobody named did
			}
			h = a.head(h)
		case len(r) >= 3 && r[:3] == "acl":
			if p := a.head(h); p >= 0 {
				return c.nounActors(p)
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// objectTargets: the direct or indirect object, or the actor its
// prepositional modifier names ("support for Ukraine").
func (c *coder) objectTargets(v int) []int {
	a := c.a
	for _, ch := range a.children[v] {
		if r := a.rel(ch); r == "obj" || r == "iobj" {
			if xs := a.phraseActors(ch); len(xs) > 0 {
				return xs
			}
			if xs := c.oblTargets(ch, nounTargetPreps, -1); len(xs) > 0 {
				return xs
			}
		}
	}
	return nil
}

// oblTargets: the first oblique/nominal modifier of h introduced by one of
// preps that names an actor.
func (c *coder) oblTargets(h int, preps []string, skip int) []int {
	a := c.a
	for _, ch := range a.children[h] {
		if ch == skip {
			continue
		}
		b := a.baseRel(ch)
		if b != "obl" && b != "nmod" {
			continue
		}
		if !has(preps, a.caseOf(ch)) {
			continue
		}
		if xs := a.phraseActors(ch); len(xs) > 0 {
			return xs
		}
	}
	return nil
}

// possessivePronouns stand for the person who is the subject of their
// clause ("Michel told Putin about his visit": Michel's). "Their" is left
// alone: it as often points back to a possessor in the sentence.
var possessivePronouns = map[string]bool{"his": true, "her": true}

// clauseSubject returns the actors of the subject of the first verb above
// word n (at most four steps up).
func (c *coder) clauseSubject(n int) []int {
	a := c.a
	h := a.head(n)
	for step := 0; step < 4 && h >= 0; step++ {
		if a.doc.Tokens[h].UPOS == "VERB" {
			return c.subjectActors(h)
		}
		h = a.head(h)
	}
	return nil
}

// nounArgs: possessor, demonym or "by" phrase is the source of a nominal
// event; "of/against/with/to ..." its target. "Russia-Ukraine talks" gives
// both from compounds.
func (c *coder) nounArgs(n int) (srcs, tgts []int) {
	a := c.a
	var comp []int
	for _, ch := range a.children[n] {
		switch r := a.rel(ch); {
		case r == "nmod:poss" || r == "amod":
			if x := a.phraseActor(ch, 1); x >= 0 && !has2(srcs, x) {
				srcs = append(srcs, x)
			} else if x < 0 && r == "nmod:poss" && possessivePronouns[a.lower[ch]] {
				// "his recent visit to Kyiv": the subject of the clause
				// the noun lies in
				for _, y := range c.clauseSubject(n) {
					if a.doc.Actors[y].Type == "person" && !has2(srcs, y) {
						srcs = append(srcs, y)
					}
				}
			}
		case r == "compound":
			if x := a.phraseActor(ch, 1); x >= 0 && !has2(comp, x) {
				comp = append(comp, x)
			}
		case a.baseRel(ch) == "nmod":
			cs := a.caseOf(ch)
			if cs == "by" || cs == "from" && fromSources[a.lemma(n)] {
				// "criticism by the EU", "pressure from the unions"
				srcs = append(srcs, a.phraseActors(ch)...)
			} else if xs := c.reciprocalParties(ch); xs != nil && len(srcs)+len(tgts) == 0 {
				// "cooperation between Chile and Peru": a
				// reciprocal event, coded from the reporting side like
				// "X and Y met".
				srcs, tgts = xs[:1], xs[1:]
			} else if has(nounTargetPreps, cs) && len(tgts) == 0 {
				tgts = a.phraseActors(ch)
				if len(tgts) == 0 && cs == "of" {
					// "the suspension of flights to Belarus": what the
					// act stops or sends goes to its target
					tgts = c.destinations(ch)
				}
			}
		}
	}
	if len(srcs)+len(tgts) == 0 && (a.rel(n) == "nsubj" || a.rel(n) == "nsubj:pass") {
		// "talks took place between X and Y", "talks were held among
		// X, Y and Z": the phrase hangs on the predicate (or on its
		// "place"), not on the noun.
		v := a.head(n)
		for _, ch := range a.children[v] {
			if a.rel(ch) == "obj" && a.lemma(ch) == "place" {
				for _, g := range a.children[ch] {
					if xs := c.reciprocalParties(g); xs != nil {
						srcs, tgts = xs[:1], xs[1:]
					}
				}
			} else if xs := c.reciprocalParties(ch); xs != nil {
				srcs, tgts = xs[:1], xs[1:]
			}
		}
	}
	if x := a.actorAt[n]; x >= 0 && len(srcs) == 0 {
		srcs = []int{x}
	}
	for _, x := range comp {
		switch {
		case len(srcs) == 0:
			srcs = append(srcs, x)
		case len(tgts) == 0 && !has2(srcs, x):
			tgts = append(tgts, x)
		}
	}
	return srcs, tgts
}

// destinations returns the actors named in the target phrases of the
// thing at n ("flights to Belarus", "sales to Morocco").
func (c *coder) destinations(n int) []int {
	for _, ch := range c.a.children[n] {
		if c.a.baseRel(ch) == "nmod" && destinationPreps[c.a.caseOf(ch)] {
			if xs := c.a.phraseActors(ch); len(xs) > 0 {
				return xs
			}
		}
	}
	return nil
}

var destinationPreps = map[string]bool{"to": true, "with": true, "against": true, "on": true, "for": true,
	"into": true, "toward": true, "towards": true}

// fromSources are nouns whose "from" phrase names who acts: criticism,
// pressure or support from someone.
var fromSources = map[string]bool{"criticism": true, "condemnation": true, "pressure": true, "support": true,
	"backing": true, "opposition": true, "objection": true, "protest": true, "demand": true, "call": true,
	"appeal": true, "request": true, "warning": true, "threat": true, "praise": true, "rebuke": true}

// receivingVerbs take an act done to their subject as their object: "drew
// criticism", "faced pressure", "won support".
var receivingVerbs = map[string]bool{"draw": true, "face": true, "receive": true, "get": true, "win": true,
	"attract": true, "earn": true, "meet": true, "provoke": true, "trigger": true, "spark": true}

var beForms = map[string]bool{"was": true, "were": true, "been": true, "be": true, "is": true, "are": true, "being": true}

// unparsedPassive: without a parse, "was brokered by the United States"
// still names its source after "by" and its target before the verb.
func (c *coder) unparsedPassive(t trigger) (srcs, tgts []int) {
	a := c.a
	x := a.doc.Tokens[t.tok].XPOS
	if t.p.Kind != KindVerb || x != "VBN" && !(x == "" && t.tok > c.sent[0] && beForms[a.lower[t.tok-1]]) {
		return nil, nil
	}
	for k := t.to; k < c.sent[1] && k <= t.to+1; k++ {
		if a.lower[k] != "by" {
			continue
		}
		for j := k + 1; j < c.sent[1] && j <= k+4; j++ {
			if x := a.actorAt[j]; x >= 0 {
				srcs = []int{x}
				if y := a.nearest(t.from, -1, c.sent[0], c.sent[1], 8, x); y >= 0 {
					tgts = []int{y}
				}
				return srcs, tgts
			}
		}
	}
	return nil, nil
}

// nestedTargets: a target phrase the parser hung on another oblique of
// verb v rather than on v ("spoke by telephone with X and Y": "with X" on
// "telephone"). Only "with" and "to" phrases, which name a party.
func (c *coder) nestedTargets(v int) []int {
	a := c.a
	for _, ch := range a.children[v] {
		if a.baseRel(ch) != "obl" || len(a.phraseActors(ch)) > 0 {
			continue
		}
		if xs := c.oblTargets(ch, []string{"with", "to"}, -1); len(xs) > 0 {
			return xs
		}
	}
	return nil
}

// nounActors are the actors of the noun phrase a participle or relative
// clause modifies, its subject. A state named by an adjective on it owns
// the thing but does not act ("American assistance aimed at ...").
func (c *coder) nounActors(p int) []int {
	a := c.a
	xs := a.phraseActors(p)
	if p >= 0 && p < len(a.adjective) && a.actorAt[p] < 0 {
		var out []int
		for _, x := range xs {
			if !a.onlyAdjectiveNear(x, p) {
				out = append(out, x)
			}
		}
		return out
	}
	return xs
}

// onlyAdjectiveNear reports whether every token of actor x within three
// tokens before p is a demonym adjective.
func (a *analysis) onlyAdjectiveNear(x, p int) bool {
	seen := false
	for k := p - 3; k < p; k++ {
		if k < 0 || a.actorAt[k] != x {
			continue
		}
		if !a.adjective[k] {
			return false
		}
		seen = true
	}
	return seen
}

// complementTargets: the target of the act a verb governs ("threatened to
// shell Iraqi towns", "refused to lift the curfew on Gaza"): a threat,
// promise or refusal is aimed at whom the act it names would hit.
func (c *coder) complementTargets(v int) []int {
	a := c.a
	for _, ch := range a.children[v] {
		if a.rel(ch) != "xcomp" || a.doc.Tokens[ch].UPOS != "VERB" {
			continue
		}
		if xs := c.objectTargets(ch); len(xs) > 0 {
			return xs
		}
		if xs := c.oblTargets(ch, targetPreps, -1); len(xs) > 0 {
			return xs
		}
	}
	return nil
}

// reducedPassive reports whether verb v is a past participle modifying a
// noun with no subject of its own, a passive relative clause without
// "which was" ("prisoners held by the army", "soldiers killed in X").
func (a *analysis) reducedPassive(v int) bool {
	if !a.parsed || a.rel(v) != "acl" || a.doc.Tokens[v].XPOS != "VBN" || a.head(v) < 0 {
		return false
	}
	return a.childWith(v, "nsubj", "nsubj:pass", "csubj") < 0
}

// reciprocalParties returns the actors of a "between" or "among" phrase
// ch naming two or more, the reporting side first (see homeFirst), or
// nil.
func (c *coder) reciprocalParties(ch int) []int {
	a := c.a
	if b := a.baseRel(ch); b != "nmod" && b != "obl" {
		return nil
	}
	if cs := a.caseOf(ch); cs != "between" && cs != "among" {
		return nil
	}
	if xs := a.phraseActors(ch); len(xs) >= 2 {
		return c.homeFirst(xs)
	}
	return nil
}
