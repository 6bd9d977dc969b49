package events

// Who acts on whom when the parse names no actor: the speaker of a
// quotation, the author of a statement, the parties of a readout, the
// nearest actors around the trigger. Also where events are finally added.

import (
	"github.com/parley-nlp/parley/document"
)

// symmetric types code "X and Y met" as X→Y when no target is named.
var symmetric = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// fallbackWindow is how far (tokens) from the trigger a missing target is
// looked for in a parsed sentence.
const fallbackWindow = 12

// emit resolves source and target for t and adds one event per pair.
func (c *coder) emit(si int, t trigger) {
	a := c.a
	srcs, tgts := c.arguments(t)
	q := a.quoteOf(t.tok)
	speaker := -1
	if q >= 0 {
		speaker = a.doc.Quotes[q].Speaker
		if speaker >= len(a.doc.Actors) {
			speaker = -1
		}
	}
	f, e := c.sent[0], c.sent[1]
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
		if len(tgts) == 0 {
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
		if x := a.nearest(t.from, -1, lo, e, e-lo, tgts...); x >= 0 {
			srcs = c.coordinatedLeft(x, lo, t.from)
		} else if speaker >= 0 {
			srcs = []int{speaker}
		}
	}
	if len(tgts) == 0 {
		win := e - f
		if a.parsed {
			win = fallbackWindow
		}
		if x := a.nearest(t.to-1, +1, f, e, win, srcs...); x >= 0 && c.fallbackTargetOK(x, srcs) {
			tgts = []int{x}
		}
	}
	if len(srcs) == 0 {
		if x := a.nearest(t.to-1, +1, f, e, fallbackWindow, tgts...); x >= 0 {
			srcs = []int{x}
		}
	}
	if len(srcs) == 0 && len(tgts) == 0 {
		return // no actor at all: background, not an event between actors
	}
	if len(tgts) == 0 && len(srcs) > 1 && symmetric[t.p.Plover] {
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
	if len(tgts) == 0 {
		if x := a.salientOther(srcs); x >= 0 {
			tgts = []int{x}
		}
	}
	c.add(si, t, srcs, tgts, q)
}

// add appends one event per (source, target) pair, skipping pairs already
// coded with the same type in this sentence.
func (c *coder) add(si int, t trigger, srcs, tgts []int, q int) {
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
	date := c.date(si, t, hyp)
	trig := document.Span{Start: a.doc.Tokens[t.from].Start, End: a.doc.Tokens[t.to-1].End}
	for _, s := range srcs {
		for _, g := range tgts {
			if g == s || (g >= 0 && s >= 0 && sameSide(a.doc.Actors[s], a.doc.Actors[g])) {
				g = -1
			}
			key := [4]int{plIndex(t.p.Plover), s, g, 0}
			if c.seen[key] || c.sameCountries(si, t.p.Plover, s, g) {
				continue
			}
			c.seen[key] = true
			c.events = append(c.events, document.Event{
				Sentence: si, Trigger: trig, Plover: t.p.Plover, Mode: t.p.Mode, Cameo: t.p.Cameo,
				Source: s, Target: g, Date: date, Negated: neg, Hypothetical: hyp, Quote: q,
			})
		}
	}
}

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
	v := t.tok
	if t.verb >= 0 {
		v = t.verb
	}
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
	v := t.tok
	if t.verb >= 0 {
		v = t.verb
	}
	if a.parsed {
		for h, step := v, 0; h >= 0 && step < 4; step++ {
			if s := a.childWith(h, "nsubj"); s >= 0 {
				return groupWords[a.lower[s]]
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

// intendedForce reports a use of force named only as an aim or a
// condition ("we are going to liberate them", "impossible to occupy", "if
// they destroy us"): an infinitive or conditional clause is not an attack
// that happened. A means ("using artillery to destroy") still is.
func (c *coder) intendedForce(t trigger) bool {
	a := c.a
	v := t.tok
	if t.verb >= 0 {
		v = t.verb // "to carry out strikes", "if they launch an attack"
	}
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
		return h < 0 || a.lemma(h) != "use" && a.lemma(h) != "employ"
	}
	return false
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
