package events

import "strings"

// Demands: "Russia must withdraw its troops", "talks should reflect ..."
// in reported speech, imperatives inside a quotation ("Withdraw your
// troops!") and a statement's own "the RSF must stop ..." are REQUEST
// events of the speaker (or the statement's author), whatever the verb:
// the speech act is the event, the demanded action is its content.

// demandPattern is the synthetic pattern demands are coded with.
var demandPattern = &Pattern{Kind: KindVerb, Lemma: "*", Plover: "REQUEST", Mode: "", Cameo: "100", File: "events/demand.go"}

// selfWords are subjects that make a deontic clause the speaker's own resolve.
var selfWords = map[string]bool{"we": true, "i": true}

// agreeingVerbs report what parties settled together.
var agreeingVerbs = map[string]bool{"agree": true, "decide": true, "concur": true, "resolve": true}

var deonticWords = map[string]bool{"must": true, "should": true}

// notDemanded are verbs whose "must" reads as inference or
// commentary rather than a demand ("it must be said", "we must remember").
var notDemanded = map[string]bool{"be": true, "have": true, "say": true, "know": true, "think": true,
	"remember": true, "understand": true, "admit": true, "note": true, "see": true, "let": true, "go": true}

// demand reports whether verb i is demanded, and returns the quote it lies
// in (-1 for a statement's own demand).
func (c *coder) demand(i int) (q int, ok bool) {
	a := c.a
	tk := a.doc.Tokens[i]
	if tk.UPOS != "VERB" && tk.UPOS != "" && !(tk.UPOS == "ADJ" && a.childWith(i, "cop") >= 0) {
		return -1, false // a verb, or a state asked for: "X must be ready to talk"
	}
	if notDemanded[a.lemma(i)] {
		return -1, false
	}
	if a.parsed {
		// "We must win", "it should be used": resolve or wish, not a
		// demand made of another party.
		if s := a.childWith(i, "nsubj", "nsubj:pass"); s >= 0 && selfWords[a.lower[s]] {
			return -1, false
		}
		// "the vote, which should help end ...": what a thing is
		// to do is a hope, not a demand made of anyone
		if s := a.childWith(i, "nsubj"); s >= 0 && (a.lower[s] == "which" || a.lower[s] == "that") &&
			!(strings.HasPrefix(a.rel(i), "acl") && len(a.phraseActors(a.head(i))) > 0) {
			return -1, false
		}
		if a.childWith(i, "aux:pass") >= 0 && len(c.subjectActors(i)) == 0 {
			return -1, false
		}
		// "They agreed each side must pull its guns back": what the
		// parties agree on binds them all, no one demands it of another.
		if h := a.head(i); h >= 0 && a.rel(i) == "ccomp" && agreeingVerbs[a.lemma(h)] {
			return -1, false
		}
	}
	q = a.quoteOf(i)
	if q >= 0 && a.doc.Quotes[q].Speaker < 0 {
		return -1, false
	}
	if q < 0 {
		// Outside quotations only a statement's own "X must stop ..."
		// with a named actor as X is its author's demand.
		if !a.parsed || a.author() < 0 || len(c.subjectActors(i)) == 0 {
			return -1, false
		}
	}
	if a.parsed {
		for _, ch := range a.children[i] {
			if a.baseRel(ch) == "aux" && deonticWords[a.lower[ch]] {
				return q, true
			}
		}
		if h := a.head(i); h >= 0 && a.rel(i) == "xcomp" && (a.lemma(h) == "need" || a.lemma(h) == "have") && a.childWith(i, "mark") >= 0 {
			if a.lower[h] == "needs" || a.lower[h] == "need" || a.lower[h] == "needed" || a.lower[h] == "has" || a.lower[h] == "have" {
				return q, true
			}
		}
	} else {
		for k := i - 1; k >= c.sent[0] && k >= i-2; k-- {
			if deonticWords[a.lower[k]] {
				return q, true
			}
		}
	}
	// An imperative opening a sentence of quoted speech.
	if q >= 0 && tk.XPOS == "VB" && c.firstWord(i) && (!a.parsed || a.childWith(i, "nsubj") < 0 && a.childWith(i, "aux") < 0 && !c.forHeading(i)) {
		return q, true
	}
	return -1, false
}

// firstWord reports whether i is the first word (not punctuation) of its
// sentence.
func (c *coder) firstWord(i int) bool {
	for k := c.sent[0]; k < i; k++ {
		if c.a.doc.Tokens[k].UPOS != "PUNCT" && isWordish(c.a.lower[k]) {
			return false
		}
	}
	return true
}

func isWordish(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '‘' && r != '’' && r != '—' && r != '–' {
			return true
		}
	}
	return false
}

// emitDemand codes verb i as the speaker's demand on its subject (or on
// the other main party when the subject names none).
func (c *coder) emitDemand(si, i, q int) {
	a := c.a
	speaker := a.author()
	if q >= 0 {
		speaker = a.doc.Quotes[q].Speaker
	} else if x := c.reportingSubject(i); x >= 0 {
		speaker = x // "The premier is sure that the bloc should act"
	}
	var tgts []int
	if a.parsed {
		tgts = c.subjectActors(i)
	} else if x := a.nearest(i, -1, max(c.sent[0], a.doc.TokenAt(a.doc.Quotes[q].Start)), c.sent[1], 4, speaker); x >= 0 {
		tgts = []int{x} // (unparsed demands always lie in a quotation)
	}
	var keep []int
	for _, x := range tgts {
		if !sameSide(a.doc.Actors[x], a.doc.Actors[speaker]) && x != speaker {
			keep = append(keep, x)
		}
	}
	if len(keep) == 0 {
		if x := a.salientOther([]int{speaker}); x >= 0 {
			keep = []int{x}
		}
	}
	t := trigger{p: demandPattern, tok: i, verb: -1, from: i, to: i + 1, prepObj: -1, obj: -1}
	for k := i - 1; k >= c.sent[0] && k >= i-2; k-- {
		if deonticWords[a.lower[k]] {
			t.from = k
		}
	}
	c.add(si, t, []int{speaker}, keep, q, "")
}

// reportingSubject returns the actor that says or thinks the clause of
// verb i ("X stressed that ...", "X is convinced that ..."): the subject
// of the verb or adjective it is the content clause of, or -1.
func (c *coder) reportingSubject(i int) int {
	a := c.a
	if !a.parsed || a.rel(i) != "ccomp" {
		return -1
	}
	h := a.head(i)
	if h < 0 {
		return -1
	}
	for _, x := range c.subjectActors(h) {
		if a.doc.Actors[x].Country != "" {
			return x
		}
	}
	return -1
}

// forHeading reports whether a sentence-opening verb with no object has a
// "for" phrase: "Respect for our borders.", "Support for farmers." are
// headings of a list, a noun the tagger read as an imperative.
func (c *coder) forHeading(i int) bool {
	a := c.a
	if a.childWith(i, "obj", "ccomp", "xcomp") >= 0 {
		return false
	}
	for _, ch := range a.children[i] {
		if a.baseRel(ch) == "obl" && a.caseOf(ch) == "for" {
			return true
		}
	}
	return false
}

var callPattern = &Pattern{Kind: KindVerb, Lemma: "*", Plover: "REQUEST", Cameo: "020", File: "events/demand.go"}

// callCues are the quotation cues that are appeals themselves.
var callCues = map[string]bool{"call for": true, "calls for": true, "called for": true, "call on": true,
	"calls on": true, "called on": true, "urge": true, "urges": true, "urged": true}

// calledFor codes the appeal a quotation's cue makes ("the Chilean plan
// calls for the withdrawal of Peruvian forces"), when the sentence's parse
// gave no request of its own (the tagger read "calls" as a noun): the
// speaker asks the first party of another side the content names.
func (c *coder) calledFor(si int) {
	a := c.a
	if c.callQuotes == nil {
		// the quotations with a call cue, by the sentence of the cue
		c.callQuotes = map[int][]int{}
		for qi, q := range a.doc.Quotes {
			if q.Speaker >= 0 && q.Speaker < len(a.doc.Actors) && q.Cue.Len() > 0 && callCues[strings.ToLower(a.doc.SpanText(q.Cue))] {
				if k := a.doc.TokenAt(q.Cue.Start); k >= 0 {
					s := a.doc.SentenceOf(k)
					c.callQuotes[s] = append(c.callQuotes[s], qi)
				}
			}
		}
	}
	e := c.sent[1]
	for _, qi := range c.callQuotes[si] {
		q := a.doc.Quotes[qi]
		k := a.doc.TokenAt(q.Cue.Start)
		if c.trigTok[k] {
			continue
		}
		if c.requestedBy(si, q.Speaker) {
			continue
		}
		var tgts []int
		from, to := a.doc.TokensIn(q.Span)
		if x := a.nearest(from-1, +1, from, min(to, e), to-from, q.Speaker); x >= 0 && !sameSide(a.doc.Actors[x], a.doc.Actors[q.Speaker]) {
			tgts = []int{x}
		}
		end := a.doc.TokenAt(q.Cue.End - 1)
		c.add(si, trigger{p: callPattern, tok: k, verb: -1, from: k, to: max(k, end) + 1, prepObj: -1, obj: -1}, []int{q.Speaker}, tgts, qi, "")
	}
}

// requestedBy reports whether sentence si already has a request by
// speaker.
func (c *coder) requestedBy(si, speaker int) bool {
	for _, e := range c.events {
		if e.Sentence == si && e.Plover == "REQUEST" && e.Source == speaker {
			return true
		}
	}
	return false
}
