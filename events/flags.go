package events

import "strings"

var negWords = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "nor": true, "neither": true, "without": true}

// negVerbs put their complement's event in the negative: "failed to agree".
var negVerbs = map[string]bool{"fail": true, "refuse": true, "decline": true, "avoid": true}

// denialVerbs say that what their clause reports did not happen.
var denialVerbs = map[string]bool{"deny": true, "refute": true, "dispute": true}

var modalWords = map[string]bool{"would": true, "could": true, "might": true, "may": true, "will": true,
	"shall": true, "'ll": true, "should": true, "wo": true, "can": true, "must": true}

// intentVerbs make their complement's event a plan, not a fact.
var intentVerbs = map[string]bool{"plan": true, "intend": true, "threaten": true, "seek": true, "want": true,
	"hope": true, "aim": true, "propose": true, "expect": true, "prepare": true, "consider": true,
	"try": true, "attempt": true, "wish": true, "offer": true, "ready": true, "willing": true,
	"prepared": true, "vow": true, "pledge": true, "promise": true, "stand": true,
	// what is requested has not happened either
	"call": true, "urge": true, "ask": true, "demand": true, "appeal": true, "request": true, "press": true}

var condMarks = map[string]bool{"if": true, "unless": true, "whether": true}

// futureMarks introduce a time clause whose present tense refers to the
// future ("until the army withdraws", "once talks resume"); in the past
// tense ("until the army withdrew") the act happened.
var futureMarks = map[string]bool{"until": true, "till": true, "once": true, "before": true}

// clauseChain returns the trigger's verb (light verb or trigger) and the
// heads it climbs through control and coordination (at most 3).
func (c *coder) clauseChain(t trigger) []int {
	v := t.clause()
	chain := []int{v}
	if !c.a.parsed {
		return chain
	}
	if t.p.Kind == KindNoun && t.verb < 0 {
		if h := c.a.head(v); h >= 0 && c.a.baseRel(v) != "root" {
			chain = append(chain, h)
		}
	}
	for len(chain) < 4 {
		last := chain[len(chain)-1]
		r := c.a.rel(last)
		if r != "xcomp" && r != "conj" {
			break
		}
		h := c.a.head(last)
		if h < 0 {
			break
		}
		chain = append(chain, h)
	}
	return chain
}

// negated: "did not attack", "never met", "no agreement", "failed to agree".
func (c *coder) negated(t trigger) bool {
	a := c.a
	if !a.parsed {
		for k := t.from - 1; k >= c.sent[0] && k >= t.from-3; k-- {
			if negWords[a.lower[k]] || negVerbs[strings.TrimSuffix(strings.TrimSuffix(a.lower[k], "ed"), "d")] {
				return true
			}
		}
		return false
	}
	chain := c.clauseChain(t)
	for i, h := range chain {
		if i > 0 && negVerbs[a.lemma(h)] {
			return true
		}
		if i > 0 && c.a.rel(chain[i-1]) == "conj" {
			break // "X and did not Y": the negation of Y is not X's
		}
		for _, ch := range a.children[h] {
			r := a.baseRel(ch)
			if (r == "advmod" || r == "det" || r == "neg") && negWords[a.lower[ch]] {
				return true
			}
		}
	}
	if t.p.Kind == KindNoun {
		for _, ch := range a.children[t.tok] {
			if a.baseRel(ch) == "det" && a.lower[ch] == "no" {
				return true
			}
		}
	}
	// "the Kremlin denied that its troops had targeted ...": what a
	// denial says did not happen is negated (its own clause only: a verb
	// coordinated after it may be the denier's next act, "... and accused
	// Kyiv", whichever clause the parser hangs it on)
	if top := chain[0]; a.rel(top) == "ccomp" && a.head(top) >= 0 && denialVerbs[a.lemma(a.head(top))] {
		return true
	}
	// "it was never certain that Lima would agree": a clause that
	// something negated holds true is negated itself
	if top := chain[len(chain)-1]; a.rel(top) == "ccomp" {
		if p := a.head(top); p >= 0 && certaintyWords[a.lemma(p)] {
			for _, ch := range a.children[p] {
				if r := a.baseRel(ch); (r == "advmod" || r == "neg") && negWords[a.lower[ch]] {
					return true
				}
			}
		}
	}
	return false
}

// certaintyWords hold a clause true: "it is not clear that ...".
var certaintyWords = map[string]bool{"clear": true, "certain": true, "sure": true, "obvious": true, "evident": true,
	"true": true}

// hypothetical: would/could/will, conditionals, plans and threats of future
// action.
func (c *coder) hypothetical(t trigger) bool {
	a := c.a
	if !a.parsed {
		for k := t.from - 1; k >= c.sent[0] && k >= t.from-4; k-- {
			if modalWords[a.lower[k]] || condMarks[a.lower[k]] {
				return true
			}
		}
		return false
	}
	chain := c.clauseChain(t)
	for i, h := range chain {
		if i > 0 && intentVerbs[a.lemma(h)] && c.a.rel(chain[i-1]) == "xcomp" && !(i == 1 && c.attempted(t)) {
			return true
		}
		for _, ch := range a.children[h] {
			r := a.baseRel(ch)
			if r == "aux" && modalWords[a.lower[ch]] {
				return true
			}
			if r == "mark" && condMarks[a.lower[ch]] {
				return true
			}
			if r == "mark" && futureMarks[a.lower[ch]] && c.presentTense(h) {
				return true // "until Hamas is destroyed": a time still to come
			}
		}
		if r := a.rel(h); r == "advcl" {
			for _, ch := range a.children[h] {
				if a.rel(ch) == "mark" && condMarks[a.lower[ch]] {
					return true
				}
			}
		}
	}
	return false
}

// date: the time linked to the event's clause; else an unlinked date in
// the sentence; else the publication date for present-tense or "today"
// reports; else "".
func (c *coder) date(si int, t trigger, hyp bool) string {
	a := c.a
	doc := a.doc
	chain := c.clauseChain(t)
	chain = append(chain, t.tok)
	for _, h := range chain {
		for _, ti := range a.timeAt[h] {
			if v := c.timeValue(ti); v != "" {
				return v
			}
		}
	}
	if t.p.Kind == KindNoun && t.verb < 0 && a.parsed {
		// "the meeting in Quito on May 4": a time in the noun's own
		// phrase dates it
		for ti, tm := range doc.Times {
			if k := doc.TokenAt(tm.Start); k >= 0 && a.within(k, t.tok, 4) {
				if v := c.timeValue(ti); v != "" {
					return v
				}
			}
		}
	}
	s := doc.Sentences[si]
	linkedElsewhere := false
	for ti, tm := range doc.Times {
		if !s.Span.Contains(tm.Span) {
			continue
		}
		if tm.Anchor >= 0 {
			linkedElsewhere = true
			continue
		}
		if v := c.timeValue(ti); v != "" {
			return v
		}
	}
	if hyp || linkedElsewhere {
		return ""
	}
	today := false
	for k := c.sent[0]; k < c.sent[1]; k++ {
		if a.lower[k] == "today" || a.lower[k] == "tonight" {
			today = true
		}
	}
	switch x := doc.Tokens[chain[0]].XPOS; {
	case today, x == "VBZ" || x == "VBP":
		return doc.Published
	}
	if a.parsed {
		for _, ch := range a.children[chain[0]] {
			if x := doc.Tokens[ch].XPOS; (a.baseRel(ch) == "aux" || a.rel(ch) == "cop") && (x == "VBZ" || x == "VBP") && a.lemma(ch) != "have" {
				return doc.Published
			}
		}
	}
	return ""
}

func (c *coder) timeValue(ti int) string {
	tm := c.a.doc.Times[ti]
	if tm.Type != "" && tm.Type != "DATE" && tm.Type != "TIME" {
		return ""
	}
	switch tm.Value {
	case "PRESENT_REF":
		return c.a.doc.Published
	case "PAST_REF", "FUTURE_REF":
		return ""
	}
	return tm.Value
}

// presentTense reports whether clause h is in the present tense: its verb
// or its auxiliary is VBZ/VBP ("is destroyed", "withdraws").
func (c *coder) presentTense(h int) bool {
	a := c.a
	if x := a.doc.Tokens[h].XPOS; x == "VBZ" || x == "VBP" {
		return true
	}
	for _, ch := range a.children[h] {
		if r := a.baseRel(ch); r == "aux" || r == "cop" {
			if x := a.doc.Tokens[ch].XPOS; x == "VBZ" || x == "VBP" {
				return true
			}
		}
	}
	return false
}
