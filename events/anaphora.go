package events

// Parties an act's phrase names by reference: "condemned the attack"
// refers back to the act just reported; "met with X" names a party where
// "agreed to share intelligence on X" names a topic.

// anaphoricAct returns the actor of the act an object like "the decision"
// or "the attack" refers back to: the source of the last event coded in
// the two sentences before si, when of another country than srcs ("The EU
// imposed sanctions. Iran condemned the decision."), or -1.
func (c *coder) anaphoricAct(t trigger, si int, srcs []int) int {
	a := c.a
	if !a.parsed {
		return -1
	}
	n := a.childWith(t.clause(), "obj")
	if n < 0 || !anaphoricActs[a.lemma(n)] || len(a.phraseActors(n)) > 0 {
		return -1
	}
	if d := a.childWith(n, "det"); d < 0 || !definites[a.lower[d]] {
		return -1
	}
	for i := len(c.events) - 1; i >= 0; i-- {
		e := c.events[i]
		if e.Sentence >= si || e.Sentence < si-2 || e.Source < 0 {
			continue
		}
		x := e.Source
		for _, y := range srcs {
			if y >= 0 && a.doc.Actors[y].Country == a.doc.Actors[x].Country {
				x = -1
			}
		}
		return x
	}
	return -1
}

// anaphoricActs are nouns that refer back to an act reported before.
var anaphoricActs = map[string]bool{"decision": true, "move": true, "measure": true, "step": true, "sanction": true,
	"attack": true, "strike": true, "offensive": true, "invasion": true, "action": true, "bombing": true,
	"shelling": true, "raid": true, "announcement": true, "statement": true, "remark": true, "plan": true,
	"proposal": true, "deal": true, "agreement": true, "expulsion": true, "ban": true}

var definites = map[string]bool{"the": true, "this": true, "these": true, "that": true, "those": true}

// partyPhrase reports whether actor x is named in the current sentence in
// a phrase that makes it a party to an act: "with X", "between X and Y",
// "among ...", or as a direct object.
func (c *coder) partyPhrase(x int) bool {
	a := c.a
	if !a.parsed {
		return true
	}
	for k := c.sent[0]; k < c.sent[1]; k++ {
		if a.actorAt[k] != x {
			continue
		}
		h := a.mentionHead(k, true)
		if h < 0 {
			continue
		}
		switch a.caseOf(h) {
		case "with", "between", "among", "to":
			return true
		}
		if r := a.rel(h); r == "obj" || r == "iobj" {
			return true
		}
	}
	return false
}
