package events

// Who acts on whom when the parse names no actor: the speaker of a
// quotation, the author of a statement, the parties of a readout, the
// nearest actors around the trigger. Also where events are finally added.

import (
	"github.com/parley-nlp/parley/document"
)

// symmetric types code "X and Y met" as X→Y when no target is named.
var symmetric = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// reciprocal lemmas name an act two sides do to each other: "Serb and
// Croat militiamen clashed" is one side's clash with the other.
var reciprocal = map[string]bool{"clash": true, "fight": true, "battle": true, "skirmish": true, "feud": true,
	"quarrel": true, "spar": true, "wrangle": true, "exchange": true,
	// relations are had with each other: "Chile and Peru restored ties"
	"establish": true, "restore": true, "resume": true, "renew": true, "normalize": true, "normalise": true}

// fallbackWindow is how far (tokens) from the trigger a missing target is
// looked for in a parsed sentence.
const fallbackWindow = 12

// emit resolves source and target for t and adds one event per pair.
func (c *coder) emit(si int, t trigger) {
	a := c.a
	lexical := t.p // the pattern matched, before the readings below
	if c.statementRead(si, t) {
		return
	}
	srcs, tgts := c.arguments(t)
	tgts = dropSide(a, tgts, srcs...)
	q := a.quoteOf(t.tok)
	speaker := -1
	if q >= 0 {
		speaker = a.doc.Quotes[q].Speaker
		if speaker >= len(a.doc.Actors) {
			speaker = -1
		}
	}
	if t.p.Cameo == "186" && c.attempted(t) {
		p := *t.p
		p.Cameo = "185" // an attempt on a life, the victim alive or not
		t.p = &p
	}
	if t.p.Plover == "CONCEDE" && t.p.Lemma == "return" && c.ownReturned(t) {
		return // "we will return our lost provinces": regaining them, no concession
	}
	if t.p.Plover == "AGREE" && (t.p.Kind == KindVerb || t.p.Kind == KindAdj) && vowVerbs[t.p.Lemma] {
		// "vowed to crush the rebels", "pledged to impose sanctions",
		// "is prepared to use force": a promise of a hostile act is a
		// threat (CAMEO 13), not an intent to cooperate.
		if p := c.hostileComplement(t.tok); p != nil && p.Plover == "THREATEN" {
			t.p = p
		} else if p != nil {
			t.p = threatFor[p.Plover]
		}
	}
	if t.p.Plover == "THREATEN" && t.p.Kind == KindVerb && t.p.Lemma == "threaten" && !t.p.constrained() {
		// "threatened to expel the ambassador": the threat's content
		// gives the code (131 sanctions, 137 repression, 138 force)
		if p := c.hostileComplement(t.tok); p != nil && p.Plover != "THREATEN" {
			t.p = threatFor[p.Plover]
		}
	}
	if p := threatFor[t.p.Plover]; p != nil && c.futureAct(t, true) {
		// "Nigeria will withdraw its force unless ...", "they would
		// impose sanctions": a hostile act announced is a threat.
		t.p = p
	}
	if ultimatumTypes[t.p.Plover] && c.futureAct(t, true) && c.unlessClause(t) {
		// "will withdraw its troops unless ...", "will boycott the
		// elections unless ...": a withdrawal or a refusal announced
		// on a condition the other side must meet is an ultimatum
		t.p = ultimatum
	}
	if p := intentFor[t.p.Plover]; p != nil && c.futureAct(t, false) {
		// "Chile will continue to support Peru", "Chile
		// will give Bolivia a loan": a statement of what an actor will
		// do is its intent to cooperate (CAMEO 03), not the act itself;
		// "would not provide support" refuses it.
		act := t.p
		t.p = p
		if c.negated(t) {
			t.p = refusalOf(act)
		}
	}
	if (intentFor[t.p.Plover] != nil || t.p.Plover == "AGREE") && (t.p.Kind == KindVerb || t.verb >= 0) && !isRefusal(t.p) &&
		c.negated(t) && (!c.hypothetical(t) || t.p.Plover == "AGREE" && c.willNot(t)) && !c.passive(t) {
		// "failed to reach agreement", "did not accept the plan", "will
		// not accept the pact": a cooperative act its subject did not do,
		// or says it will not do, is a refusal (CAMEO 12); "was not
		// invited" or "would never join" refuse nothing
		t.p = refusalOf(t.p)
	}
	if t.p.Lemma == "meet" && t.p.Kind == KindVerb {
		if n := c.reception(t.tok); n >= 0 {
			c.receive(si, t.tok, n)
			return // "the terms were met with derision": a reception, not a meeting
		}
	}
	if movementVerbs[t.p.Lemma] && t.p.Kind == KindVerb && c.thingSubject(t.tok) {
		return // "the howitzers will reach the front": no visit
	}
	if t.p.Kind == KindVerb && t.verb < 0 && len(srcs) == 0 && c.measureSubject(t.tok) {
		return // "the measures target six officials": what a measure does is no act of an actor named here
	}
	if (t.p.Lemma == "require" || t.p.Lemma == "need") && t.p.Kind == KindVerb && t.verb < 0 && len(srcs) == 0 && c.thingSubject(t.tok) {
		return // "lasting talks require the consent of ...": a thing needs it, nobody asks
	}
	if t.p.Kind == KindVerb && len(srcs) == 0 && c.multitudeSubject(t.clause()) {
		return // "delegations from 40 countries attended": many parties, none of them named
	}
	if topicVerbs[t.p.Lemma] && t.p.Kind == KindVerb && !c.groupSubject(t) {
		return // "Biden focused on ...": a point he made, not the meeting
	}
	if len(tgts) == 0 && c.bodyConvened(t) {
		return // "the cabinet sat late on Friday": a sitting, no actor pair
	}
	if len(tgts) == 0 && c.ownSummit(t, srcs) {
		return // "the G20 summit", "a NATO summit": the body meeting itself
	}
	f, e := c.sent[0], c.sent[1]
	jointly := false
	if len(srcs) == 0 && (c.groupSubject(t) || t.p.Kind == KindNoun && c.meetingReference(t.tok, t.p)) && len(a.people) >= 2 {
		// "The two leaders discussed ...": the document's main parties,
		// the reporting side first, a third when it is nearly as
		// prominent (trilateral meetings).
		people := a.people
		if r := a.reporter; r >= 0 {
			people = append([]int{r}, dropSide(a, people, r)...)
		}
		srcs = []int{people[0]}
		tgts = dropSide(a, tgts, srcs[0])
		if t.p.Plover == "CONSULT" && a.parsed {
			// what the parties discussed ("focused on Russia's
			// invasion") is the topic; the other party is the target,
			// unless the clause names where or with whom ("talks will
			// take place at the UN")
			v := t.clause()
			tgts = dropSide(a, c.oblTargets(v, []string{"with", "at"}, -1), srcs[0])
		}
		if len(tgts) == 0 && !symmetric[t.p.Plover] {
			// "The leaders welcomed the launch of ...", "they called for
			// calm": the parties act together, not on each other. A
			// statement with no party named stays without a target;
			// support of nobody is no event.
			if t.p.Plover == "SUPPORT" {
				return
			}
			jointly = true
		}
		if len(tgts) == 0 && !jointly {
			others := dropSide(a, people, srcs[0])
			if len(others) > 0 {
				tgts = []int{others[0]}
			}
			if len(others) >= 2 && 2*a.scoreOf(others[1]) >= a.scoreOf(others[0]) {
				tgts = append(tgts, others[1])
			}
		}
	}
	if len(srcs) == 0 && c.firstPersonSubject(t) {
		// "We call on ...", "I thank ...": the speaker of the quotation,
		// or outside quotations the author of the statement, the actor its
		// title names first.
		if speaker >= 0 {
			srcs = []int{speaker}
		} else if x := a.author(); x >= 0 {
			srcs = []int{x}
		}
		tgts = dropSide(a, tgts, srcs...)
	}
	if len(srcs) == 0 && q < 0 && speechActs[t.p.Plover] && (t.verb >= 0 || len(t.p.Obj) > 0) && c.agentlessPassive(t) {
		// "Attention was drawn to ...", "concern was expressed over ...":
		// a statement in the narration's own voice is its author's, or
		// in a report on someone's statements that speaker's.
		x := a.mainSpeaker()
		if x < 0 {
			x = a.author()
		}
		if x >= 0 {
			srcs = []int{x}
			tgts = dropSide(a, tgts, x)
		}
	}
	if len(srcs) == 0 && !speechActs[t.p.Plover] && t.p.Kind == KindVerb && c.agentlessPassive(t) {
		// "28 people were killed", "a journalist was detained": a
		// passive without its agent does not say who acted, and the
		// nearest actor is as likely the victim or the place
		return
	}
	if len(srcs) == 0 {
		// Inside reported speech the content's own actors come first; the
		// speaker acts when the content names none before the trigger
		// ("we will respond").
		lo := f
		if q >= 0 {
			if qt := a.doc.TokenAt(a.doc.Quotes[q].Start); qt > lo {
				lo = qt
			}
		}
		for k := f; k < t.from && k < f+4; k++ {
			if a.lower[k] == ":" {
				lo = max(lo, k+1) // "Russia: Council prolongs sanctions": a topic label, no party
			}
		}
		if x := a.nearestSource(t.from, -1, lo, e, e-lo, tgts...); x >= 0 {
			srcs = c.coordinatedLeft(x, lo, t.from)
		} else if speaker >= 0 && (speechActs[t.p.Plover] || !c.attribution(speaker, t.to, e)) {
			// "..., killing 50, military sources said": who reports a
			// deed did not do it
			srcs = []int{speaker}
		}
	}
	calledFor := c.thingCalledFor(t) // a call for a summit addresses nobody
	guessed := false                 // the target is the text's other party, not named here
	place := ""
	if len(tgts) == 0 && !jointly && !calledFor {
		// "arrived in Amman", "fired shells at targets in Jericho": the
		// state where the act takes place is acted on
		place = c.placeTarget(t, lexical)
	}
	if len(tgts) == 0 && !jointly && !calledFor && place == "" && friendly[t.p.Plover] {
		// "readiness to help evacuate Turkish citizens": whose people
		// the act is for
		place = c.peopleTarget(t, srcs)
	}
	// "Ethiopia and Eritrea signed a peace agreement in Jeddah": two
	// sides of a symmetric act act on each other (below), not on an
	// actor named further on
	mutual := len(srcs) > 1 && (symmetric[t.p.Plover] || symmetric[lexical.Plover] || reciprocal[t.p.Lemma])
	if mutual && len(tgts) > 0 {
		// "South Korea and Japan agreed to share intelligence on North
		// Korea": a third party of the topic is no party ("... met with
		// Peru" names one)
		var parties []int
		for _, x := range tgts {
			if c.partyPhrase(x) {
				parties = append(parties, x)
			}
		}
		tgts = parties
	}
	if len(tgts) == 0 && !jointly && !calledFor && place == "" && !mutual {
		win := e - f
		if a.parsed {
			win = fallbackWindow
		}
		// "condemned the attack and summoned the ambassador": a later
		// coordinated clause has parties of its own
		except := func(k int) bool { return a.laterConjunct(k, t.clause()) }
		if friendly[t.p.Plover] {
			// "support for the Kurds in their struggle against
			// the militia": whom the supported party opposes is not the one
			// supported
			except = func(k int) bool { return a.againstPhrase(k) || a.laterConjunct(k, t.clause()) }
		}
		if x := a.nearestExcept(t.to-1, +1, f, e, win, except, srcs); x >= 0 && c.fallbackTargetOK(x, srcs) && !c.attribution(x, t.to, e) {
			tgts = []int{x}
		}
	}
	if len(srcs) == 0 {
		// "... efforts to support Ukraine and welcomed the decision of
		// the G7": an actor of a later coordinated clause is no party
		otherClause := func(k int) bool { return a.laterConjunct(k, t.clause()) }
		if x := a.nearestExcept(t.to-1, +1, f, e, fallbackWindow, otherClause, tgts); x >= 0 && !c.attribution(x, t.to, e) {
			srcs = []int{x}
		}
	}
	if len(srcs) == 0 && len(tgts) == 0 {
		return // no actor at all: background, not an event between actors
	}
	// "Biden discussed U.S. support": an actor of the topic on the
	// source's side is no target; the other party is looked for below.
	tgts = dropSide(a, tgts, srcs...)
	if len(tgts) == 0 && len(srcs) > 1 && (symmetric[t.p.Plover] || symmetric[lexical.Plover] || reciprocal[t.p.Lemma]) {
		// "Chile and Peru signed a deal", "... failed to reach agreement":
		// one party acts on the other
		srcs = c.homeFirst(srcs)
		srcs, tgts = srcs[:1], srcs[1:]
	}
	// Events between the document's main parties often name only one
	// ("They discussed ...", "Biden reaffirmed support"): the other is the
	// most mentioned party of another country.
	if len(srcs) == 0 {
		if x := a.salientOther(tgts); x >= 0 {
			srcs = []int{x}
		}
	}
	if len(tgts) == 0 && !jointly && !calledFor && place == "" && !(len(srcs) == 1 && c.domestic(t.p, srcs[0]) && a.civilWar(srcs[0])) &&
		!c.genericAddressee(t) {
		x := c.anaphoricAct(t, si, srcs)
		if x < 0 {
			x = a.salientOther(srcs)
		}
		if x >= 0 && !c.attribution(x, t.to, e) && !(friendly[t.p.Plover] && c.onlyOpposed(x)) {
			tgts = []int{x}
			guessed = true
		}
	}
	n := len(c.events)
	c.add(si, t, srcs, tgts, q, place)
	if guessed {
		for i := n; i < len(c.events); i++ {
			c.guessed[i] = true
		}
	}
}

// add appends one event per (source, target) pair, skipping pairs already
// coded with the same type in this sentence (a coordinated verb of its
// own reports a second act: see actOf).
func (c *coder) add(si int, t trigger, srcs, tgts []int, q int, place string) {
	a := c.a
	if c.intendedForce(t) {
		return
	}
	srcs, tgts = capSide(srcs), capSide(tgts)
	if len(srcs) == 0 {
		srcs = []int{-1}
	}
	if len(tgts) == 0 {
		tgts = []int{-1}
	}
	neg, hyp := c.negated(t), c.hypothetical(t)
	if t.p == demandPattern {
		hyp = false // the demand itself happened
	}
	if isRefusal(t.p) {
		neg, hyp = false, false // "will not support" is a refusal made now
	}
	date := c.date(si, t, hyp)
	trig := document.Span{Start: a.doc.Tokens[t.from].Start, End: a.doc.Tokens[t.to-1].End}
	for _, s := range srcs {
		if s < 0 || a.doc.Actors[s].Country == "" {
			// who acts is what an event record is for: with no source
			// or one no country or organisation can be given, the
			// event cannot be coded (a placeless group, an unknown man)
			continue
		}
		for _, g := range tgts {
			if g == s || (g >= 0 && s >= 0 && sameSide(a.doc.Actors[s], a.doc.Actors[g])) {
				g = -1
			}
			p := t.p
			if p.Lemma == "protest" && p.Plover == "ACCUSE" && streetSectors[a.doc.Actors[s].Sector] {
				// "residents protested against the blockade": people
				// protest in the street (141); a government's protest is
				// an official complaint (114)
				p = streetProtest
			}
			if p.Lemma == "blockade" && p.Plover == "COERCE" && streetSectors[a.doc.Actors[s].Sector] {
				p = streetBlockade // farmers blockading a city obstruct (144); a navy blockades (191)
			}
			key := [4]int{plIndex(p.Plover), s, g, c.actOf(t)}
			if c.seen[key] || c.actOf(t) == 0 && c.sameCountries(si, p.Plover, s, g) {
				continue
			}
			c.seen[key] = true
			ev := document.Event{
				Sentence: si, Trigger: trig, Plover: p.Plover, Mode: p.Mode, Cameo: p.Cameo,
				Source: s, Target: g, Date: date, Negated: neg, Hypothetical: hyp, Quote: q,
			}
			if g < 0 && place != "" && (place != a.doc.Actors[s].Country || domesticTypes[p.Plover]) {
				ev.TargetCountry = place // "declared a state of siege in Bolivia": on its own territory too
			} else if g < 0 && c.domestic(p, s) {
				ev.TargetCountry = a.doc.Actors[s].Country
			} else if g >= 0 && a.doc.Actors[g].Country == "" && c.domesticScene(s) {
				ev.TargetCountry = a.doc.Actors[s].Country
			}
			c.events = append(c.events, ev)
		}
	}
}

// onlyOpposed reports whether the current sentence names actor x, and
// only in phrases introduced by "against": the adversary of whom an act
// concerns, not its partner.
func (c *coder) onlyOpposed(x int) bool {
	named := false
	for k := c.sent[0]; k < c.sent[1]; k++ {
		if c.a.actorAt[k] != x {
			continue
		}
		if !c.a.againstPhrase(k) {
			return false
		}
		named = true
	}
	return named
}

// friendly types help, join or yield to their target.
var friendly = map[string]bool{"SUPPORT": true, "AID": true, "COOPERATE": true, "AGREE": true, "CONCEDE": true, "CONSULT": true}

// dropSide removes from xs the actors on the side of any of side.
func dropSide(a *analysis, xs []int, side ...int) []int {
	var out []int
	for _, x := range xs {
		keep := true
		for _, s := range side {
			if s >= 0 && (x == s || sameSide(a.doc.Actors[x], a.doc.Actors[s])) {
				keep = false
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

var firstPerson = map[string]bool{"we": true, "i": true, "us": true}

// firstPersonSubject reports whether the trigger's subject is "we" or "I"
// (without a parse: the word just before the trigger or its auxiliaries).
func (c *coder) firstPersonSubject(t trigger) bool {
	a := c.a
	v := t.clause()
	if a.parsed {
		for h, step := v, 0; h >= 0 && step < 4; step++ {
			if s := a.childWith(h, "nsubj"); s >= 0 {
				return firstPerson[a.lower[s]]
			}
			if r := a.rel(h); r != "xcomp" && r != "conj" {
				return false
			}
			h = a.head(h)
		}
		return false
	}
	return c.wordBeforeActor(t.from, 3, firstPerson)
}

// homeFirst moves the document's leading party to the front of a list of
// co-acting actors: "Biden and Zelenskyy discussed" in a White House
// readout is coded USA->UKR, the reverse in Kyiv's.
func (c *coder) homeFirst(xs []int) []int {
	h := c.a.reporter
	if h < 0 {
		if len(c.a.salient) == 0 {
			return xs
		}
		h = c.a.salient[0]
	}
	home := c.a.doc.Actors[h].Country
	for i, x := range xs {
		if c.a.doc.Actors[x].Country == home && i > 0 {
			out := append([]int{x}, xs[:i]...)
			return append(out, xs[i+1:]...)
		}
		if c.a.doc.Actors[x].Country == home {
			return xs
		}
	}
	return xs
}

// coordinatedLeft extends a proximity source x leftwards over a
// coordination ("Egypt and Jordan opened ...", "Sullivan, Shin, and Akiba
// expressed ..."), returning the actors in text order.
func (c *coder) coordinatedLeft(x, lo, hi int) []int {
	a := c.a
	// x's mention nearest the trigger, from its first token
	k := -1
	for i := lo; i < hi; i++ {
		if a.actorAt[i] == x {
			k = i
		}
	}
	if k < 0 {
		return []int{x}
	}
	for k > lo && a.actorAt[k-1] == x {
		k--
	}
	out := []int{x}
	sawAnd := false
	for i, n := k-1, 0; i >= lo && n < 12; i, n = i-1, n+1 {
		w := a.lower[i]
		if y := a.actorAt[i]; y >= 0 {
			if !sawAnd {
				break
			}
			if !has2(out, y) {
				out = append([]int{y}, out...)
			}
			sawAnd = false
			continue
		}
		switch {
		case w == "and" || w == "," || w == "&":
			sawAnd = true
		case a.doc.Tokens[i].UPOS == "VERB" || a.doc.Tokens[i].UPOS == "AUX" || w == ";" || w == ":":
			return out
		}
	}
	return out
}

// groupWords head subjects that refer to the parties of a meeting as a group.
var groupWords = map[string]bool{"leaders": true, "presidents": true, "sides": true, "parties": true,
	"they": true, "advisors": true, "advisers": true, "ministers": true, "delegations": true,
	"both": true, "counterparts": true, "governments": true, "countries": true,
	"interlocutors": true, "participants": true, "heads": true}

// groupSubject reports whether the trigger's subject is a group word
// ("the leaders", "they"); without a parse, whether one precedes it.
func (c *coder) groupSubject(t trigger) bool {
	a := c.a
	v := t.clause()
	if a.parsed {
		for h, step := v, 0; h >= 0 && step < 4; step++ {
			if s := a.childWith(h, "nsubj"); s >= 0 {
				// "The conversation focused on ...": the meeting's parties
				return groupWords[a.lower[s]] || t.p.Plover == "CONSULT" && c.meetingSubject(s) || c.ofTheParties(s)
			}
			if p := a.head(h); p >= 0 && a.rel(h) == "acl" && t.p.Plover == "CONSULT" && c.meetingSubject(p) {
				return true // the same, parsed as a reduced relative
			}
			// "It was agreed to ...", "The situation was discussed": an
			// agentless passive in a readout is the parties' act.
			if a.childWith(h, "aux:pass") >= 0 && a.childWith(h, "obl:agent") < 0 && symmetric[t.p.Plover] {
				return true
			}
			if r := a.rel(h); r != "xcomp" && r != "conj" {
				return false
			}
			h = a.head(h)
		}
		return false
	}
	if t.from-2 >= c.sent[0] && a.lower[t.from-2] == "it" && beForms[a.lower[t.from-1]] && symmetric[t.p.Plover] {
		return true
	}
	return c.wordBeforeActor(t.from, 6, groupWords)
}

// wordBeforeActor reports whether one of words stands within window tokens
// before token from, in the current sentence, with no actor mention between
// them: the unparsed fallback for "we agreed", "the sides agreed".
func (c *coder) wordBeforeActor(from, window int, words map[string]bool) bool {
	a := c.a
	for k := from - 1; k >= c.sent[0] && k >= from-window; k-- {
		if words[a.lower[k]] {
			return true
		}
		if a.actorAt[k] >= 0 {
			return false
		}
	}
	return false
}

// fallbackTargetOK rejects a proximity target on the source's own side.
func (c *coder) fallbackTargetOK(x int, srcs []int) bool {
	for _, s := range srcs {
		if sameSide(c.a.doc.Actors[s], c.a.doc.Actors[x]) {
			return false
		}
	}
	return true
}

// sameSide reports whether two actors are one side: the same country or
// IGO, unless their sectors set them apart (a government and its
// opposition or rebels are two sides of a domestic conflict).
func sameSide(a, b document.Actor) bool {
	if a.Country == "" || a.Country != b.Country {
		return false
	}
	return a.Sector == "" || b.Sector == "" || a.Sector == b.Sector || !domestic[a.Sector] && !domestic[b.Sector]
}

// domestic sectors oppose their own state's government.
var domestic = map[string]bool{"OPP": true, "REB": true, "CVL": true, "JUD": true, "LEG": true, "MED": true, "NGO": true, "PTY": true}

func capSide(xs []int) []int {
	if len(xs) > maxPerSide {
		return xs[:maxPerSide]
	}
	return xs
}

func plIndex(t string) int {
	for i, x := range PloverTypes {
		if x == t {
			return i
		}
	}
	return -1
}

// sameCountries reports whether sentence si already has an event of type
// plover between the countries of s and g: two members of one army named
// side by side ("the SAF and the RSF committed crimes") are one event
// between the two countries, not two.
func (c *coder) sameCountries(si int, plover string, s, g int) bool {
	country := func(x int) string {
		if x < 0 {
			return ""
		}
		return c.a.doc.Actors[x].Country
	}
	cs, cg := country(s), country(g)
	if cs == "" && s >= 0 || cg == "" && g >= 0 {
		return false
	}
	for _, e := range c.events {
		if e.Sentence == si && e.Plover == plover && country(e.Source) == cs && country(e.Target) == cg &&
			(e.Source >= 0) == (s >= 0) && (e.Target >= 0) == (g >= 0) {
			return true
		}
	}
	return false
}

// speechActs are the types whose event can be a statement: made in a
// readout's passive voice with a phrase ("attention was drawn", "concern
// was expressed"), they are its author's.
var speechActs = map[string]bool{"ACCUSE": true, "REQUEST": true, "SUPPORT": true, "REJECT": true}

// agentlessPassive reports whether the trigger's verb (or its light verb)
// is passive with no "by" agent.
func (c *coder) agentlessPassive(t trigger) bool {
	a := c.a
	if !a.parsed {
		return false
	}
	v := t.clause()
	if a.childWith(v, "aux:pass") < 0 && !a.reducedPassive(v) {
		return false
	}
	for _, ch := range a.children[v] {
		if a.isAgent(ch) && len(a.phraseActors(ch)) > 0 {
			return false
		}
		// an agent naming no actor ("killed by the crash", "by the
		// militia") says who acted: no actor of the text did
	}
	return true
}

// passive reports whether the trigger's verb is in the passive voice.
func (c *coder) passive(t trigger) bool {
	v := t.clause()
	return c.a.parsed && (c.a.childWith(v, "aux:pass") >= 0 || c.a.childWith(v, "nsubj:pass") >= 0 || c.a.reducedPassive(v))
}

// meetingSubject reports whether token s is a definite meeting noun ("the
// conversation", "this meeting") with no actor of its own.
func (c *coder) meetingSubject(s int) bool {
	a := c.a
	if !meetingNouns[a.lemma(s)] || a.actorAt[s] >= 0 {
		return false
	}
	det := a.childWith(s, "det")
	return det >= 0 && (a.lower[det] == "the" || a.lower[det] == "this")
}

// ofTheParties reports whether subject s names something of the parties
// as a group ("the military of both countries", "representatives of the
// two sides") and no actor of its own.
func (c *coder) ofTheParties(s int) bool {
	a := c.a
	if len(a.phraseActors(s)) > 0 {
		return false
	}
	for _, ch := range a.children[s] {
		if a.baseRel(ch) == "nmod" && a.caseOf(ch) == "of" && groupWords[a.lower[ch]] {
			for _, d := range a.children[ch] {
				if w := a.lower[d]; w == "both" || w == "two" || w == "three" {
					return true
				}
			}
		}
	}
	return false
}

// topicVerbs say what a meeting was about; they report the consultation
// only when the meeting or its parties are the subject ("the conversation
// focused on", "the leaders touched upon", "... was touched upon").
var topicVerbs = map[string]bool{"focus": true, "touch": true}

// ownReturned reports whether what t returns is the speaker's own ("our
// provinces", "my land"): what one gets back, not what one gives up.
func (c *coder) ownReturned(t trigger) bool {
	a := c.a
	if !a.parsed || t.obj < 0 {
		return false
	}
	p := a.childWith(t.obj, "nmod:poss")
	return p >= 0 && (a.lower[p] == "our" || a.lower[p] == "my")
}

// sittingVerbs say that a body sits; bodyNouns name bodies of one
// government or organization, whose sitting is no meeting between actors.
var (
	sittingVerbs = map[string]bool{"meet": true, "convene": true, "gather": true, "assemble": true, "sit": true}
	bodyNouns    = map[string]bool{"cabinet": true, "council": true, "parliament": true, "assembly": true,
		"committee": true, "commission": true, "congress": true, "senate": true, "government": true,
		"leadership": true, "board": true, "politburo": true, "presidium": true, "junta": true,
		"legislature": true, "bureau": true, "chamber": true, "court": true, "tribunal": true}
)

// bodyConvened reports whether t is a body of one side sitting ("the
// Israeli cabinet met", "the Security Council convened") or what it sat
// to do ("met to discuss the budget"), with nobody it meets named.
func (c *coder) bodyConvened(t trigger) bool {
	a := c.a
	if !a.parsed || t.p.Plover != "CONSULT" || t.p.Kind != KindVerb {
		return false
	}
	v := t.tok
	if r := a.rel(v); !sittingVerbs[t.p.Lemma] && (r == "advcl" || r == "xcomp") {
		v = a.head(v)
	}
	if v < 0 || !sittingVerbs[a.lemma(v)] {
		return false
	}
	s := a.childWith(v, "nsubj")
	return s >= 0 && bodyNouns[a.lemma(s)] && a.doc.Tokens[s].UPOS == "NOUN"
}

// summitNouns name an organization's own gatherings.
var summitNouns = map[string]bool{"summit": true, "session": true, "congress": true, "assembly": true,
	"ministerial": true, "plenary": true, "conference": true}

// ownSummit reports whether noun trigger t is an international
// organization's own gathering, named by the organization alone ("the G20
// summit", "a NATO summit", "the EU's summit"): its members meet each
// other, not a party the text names elsewhere. Who attends it or hosts it
// is coded by the verb that says so.
func (c *coder) ownSummit(t trigger, srcs []int) bool {
	a := c.a
	if !a.parsed || t.p.Plover != "CONSULT" || t.p.Kind != KindNoun || t.verb >= 0 || !summitNouns[a.lemma(t.tok)] {
		return false
	}
	if len(srcs) != 1 || a.doc.Actors[srcs[0]].Sector != "IGO" {
		return false
	}
	for _, ch := range a.children[t.tok] {
		if a.baseRel(ch) == "nmod" && a.caseOf(ch) != "in" && a.caseOf(ch) != "on" && len(a.phraseActors(ch)) > 0 {
			return false // "a summit of NATO with Russia"
		}
	}
	return true
}

// movementVerbs make a visit only when someone travels.
var movementVerbs = map[string]bool{"arrive": true, "travel": true}

// thingSubject reports whether verb v has a common-noun subject that names
// no actor and no group of people ("the tanks arrived").
func (c *coder) thingSubject(v int) bool {
	return c.a.parsed && c.thingNoun(c.a.childWith(v, "nsubj"))
}

// actOf tells apart acts a sentence reports with coordinated verbs of its
// own ("congratulated Trump ... and thanked him"): each is an event. It
// returns the verb's token index + 1 for such a second verb, else 0 (one
// event per type and pair of countries).
func (c *coder) actOf(t trigger) int {
	a := c.a
	if !a.parsed || t.p.Kind != KindVerb || t.verb >= 0 || t.p.Plover == "CONSULT" || a.rel(t.tok) != "conj" {
		return 0
	}
	return t.tok + 1
}

// attributionVerbs name who reported a sentence ("..., officials said").
var attributionVerbs = map[string]bool{"say": true, "tell": true, "report": true, "announce": true, "state": true,
	"add": true, "claim": true, "confirm": true, "quote": true}

// attribution reports whether actor x, found after a trigger, is the
// subject of the reporting verb at the end of the sentence ("killing 50,
// military sources said"): the voice that reports the act, not its agent.
func (c *coder) attribution(x, from, to int) bool {
	a := c.a
	if !a.parsed {
		return false
	}
	for k := from; k < to; k++ {
		if a.actorAt[k] != x {
			continue
		}
		// up from the mention to the head of its noun phrase ("Thai
		// military sources": sources), then to the verb it is subject of
		n := k
		for step := 0; step < 3 && a.rel(n) != "nsubj"; step++ {
			switch a.baseRel(n) {
			case "compound", "amod", "flat", "nmod", "conj": // "a spokesman for the embassy said", "officials and US witnesses said"
			default:
				step = 3
				continue
			}
			if a.head(n) < 0 {
				break
			}
			n = a.head(n)
		}
		if r := a.rel(n); r == "nsubj" || r == "obj" || r == "iobj" {
			// who says it, or to whom it is said ("officials told
			// Reuters")
			if v := a.head(n); v >= 0 && attributionVerbs[a.lemma(v)] {
				return true
			}
		}
		// the parser may miss it: the phrase's words then "said"
		j := k
		for j < to && a.actorAt[j] == x {
			j++
		}
		for q := j; q < to && q <= j+2; q++ {
			if attributionVerbs[a.lemma(q)] && a.doc.Tokens[q].UPOS == "VERB" {
				return true
			}
			if u := a.doc.Tokens[q].UPOS; u != "NOUN" && u != "ADJ" && u != "PROPN" {
				break
			}
		}
		return false
	}
	return false
}
