package events

// Targets where the clause names none: a domestic act acts on its own
// country; an appeal for a gathering addresses nobody; a reception is no
// meeting.

// domesticTypes are the acts that, with no foreign party, act on the
// actor's own country: a protest against its government, a curfew on its
// people, an attack inside it.
var domesticTypes = map[string]bool{"PROTEST": true, "COERCE": true, "ASSAULT": true, "THREATEN": true,
	"MOBILIZE": true, "SANCTION": true, "CONCEDE": true, "RETREAT": true}

// domestic reports whether an event of type plover by actor s that names
// no target acts on s's own country: a state's or its people's act (not an
// international organization's) in a sentence that names no actor of
// another country.
func (c *coder) domestic(plover string, s int) bool {
	a := c.a
	src := a.doc.Actors[s]
	if !domesticTypes[plover] || src.Country == "" || src.Sector == "IGO" || src.Sector == "NGO" {
		return false
	}
	for k := c.sent[0]; k < c.sent[1]; k++ {
		// who reports the act ("the Israeli army said") is no party to it
		if x := a.actorAt[k]; x >= 0 && a.doc.Actors[x].Country != "" && a.doc.Actors[x].Country != src.Country &&
			!c.attribution(x, k, c.sent[1]) {
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

// metWithReception reports whether "meet" at v is passive with a "with"
// phrase that names no actor: "were met with derision", "was met with
// protests". A meeting passive names its party ("was met by the
// president", "was met with the minister").
func (c *coder) metWithReception(v int) bool {
	a := c.a
	if !a.parsed || a.childWith(v, "aux:pass") < 0 {
		return false
	}
	for _, ch := range a.children[v] {
		// the reception names no actor, though its "by" phrase may
		// hang on it: "met with derision by X"
		if a.baseRel(ch) == "obl" && a.caseOf(ch) == "with" && a.phraseActor(ch, 0) < 0 {
			return true
		}
	}
	return false
}

// placeTypes act on the territory where they happen: a visit's host, an
// attack's, a deployment's or an aid delivery's theatre.
var placeTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "AID": true}

// placeTarget returns the country of a place that locates act t ("arrived
// in Amman", "fired shells at targets in Jericho", "a visit to Amman"),
// or "". Only the act's own phrases count (its objects, obliques and
// their modifiers, three levels down: "bombed a market in the town of
// Idlib"), not clauses of their own, and only for the types that act on
// a territory: "talks in Vienna" are no act on Austria.
func (c *coder) placeTarget(t trigger) string {
	a := c.a
	if !a.parsed || a.placeAt == nil || !placeTypes[t.p.Plover] && t.p.Mode != "visit" {
		return ""
	}
	v := t.tok
	if t.verb >= 0 {
		v = t.verb
	}
	var walk func(h, depth int) string
	walk = func(h, depth int) string {
		for _, ch := range a.children[h] {
			switch a.baseRel(ch) {
			case "obl", "nmod", "obj", "flat", "compound":
			default:
				continue
			}
			if p := a.placeAt[ch]; p != "" {
				return p
			}
			if depth < 3 {
				if p := walk(ch, depth+1); p != "" {
					return p
				}
			}
		}
		return ""
	}
	if p := walk(v, 1); p != "" || t.verb < 0 {
		return p
	}
	return walk(t.tok, 1) // "paid a visit to Amman"
}
