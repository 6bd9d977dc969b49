package actors

import "strings"

// A phrase's role in its clause, read from the parse: whether a group or
// a place acts ("Kenyan students blocked the road"), is acted on
// ("expelled two Kenyan diplomats", "shelled the town of X") or only
// locates an act ("talks in Vienna"). Weak mentions (places, generic
// groups) become actors by these roles.

// partyHead returns the word whose clause role a group headed by word h
// has: the amount it is counted in ("thousands of Kenyans marched": the
// thousands march), else h.
func (s *scanner) partyHead(h int) int {
	// "tens of thousands of students": up through each count
	for step := 0; step < 3; step++ {
		if h < 0 || h >= len(s.ws) || s.ws[h].rel != "nmod" || s.caseWord(h) != "of" {
			return h
		}
		p := s.ws[h].head
		if p < 0 || p >= h || !quantityNouns[lower(s.ws[p].text)] {
			return h
		}
		h = p
	}
	return h
}

// quantityNouns count people: "thousands of", "a crowd of".
var quantityNouns = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true,
	"millions": true, "tens": true, "crowd": true, "crowds": true, "group": true, "groups": true, "number": true,
	"band": true, "gang": true, "handful": true, "some": true}

// acts reports whether the phrase headed by word h is the subject of a
// verb other than one of speech: "Kenyan students blocked the road" is
// their act, "Kenyan farmers said" only their word (needs a parse).
func (s *scanner) acts(h int) bool {
	h = s.firstConjunct(h)
	if h < 0 || h >= len(s.ws) || s.ws[h].head < 0 {
		return false
	}
	v := s.ws[h].head
	if s.ws[v].upos != "VERB" {
		return false
	}
	switch s.ws[h].rel {
	case "nsubj":
		return !speechVerbs[s.ws[v].text] && !speechVerbs[lower(s.ws[v].text)]
	case "obl:agent", "obl":
		// "a camp was attacked by Kenyan gunmen": the passive's agent
		return s.caseWord(h) == "by" && s.passive(v)
	}
	return false
}

// caseWord returns the lower-case preposition of the phrase headed by
// word h ("by", "against"), or "".
func (s *scanner) caseWord(h int) string {
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		if s.ws[k].head == h && s.ws[k].rel == "case" {
			return lower(s.ws[k].text)
		}
	}
	return ""
}

// passive reports whether verb v has a passive auxiliary or subject.
func (s *scanner) passive(v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if s.ws[k].head == v && (s.ws[k].rel == "aux:pass" || s.ws[k].rel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// patientCases are the prepositions whose object is acted upon: "fired on
// Kenyan farmers", "a crackdown against Kenyan students".
var patientCases = map[string]bool{"against": true, "on": true, "upon": true, "at": true}

// actedUpon reports whether the phrase headed by word h is what its clause
// acts on: the object of a verb ("expelled two Kenyan diplomats",
// "deported Kenyans"), the subject of a passive ("Kenyan farmers were
// arrested"), or a verb's "against/on" phrase. Such a group is the target
// of the event the clause reports, so it is an actor although generic; a
// group that only speaks or is talked about stays out (needs a parse).
func (s *scanner) actedUpon(h int) bool {
	if h < 0 || h >= len(s.ws) || s.ws[h].head < 0 {
		return false
	}
	v := s.ws[h].head
	if s.ws[v].upos != "VERB" && s.ws[h].rel != "nmod" {
		return false
	}
	switch s.ws[h].rel {
	case "obj", "iobj", "nsubj:pass":
		return true
	case "nmod":
		// "imposed a curfew on Kenyan villagers", "sanctions against
		// Kenyan firms were lifted": the phrase qualifies what the verb
		// acts on, and is acted on through it
		o := s.ws[h].head
		c := s.caseWord(h)
		if !patientCases[c] && c != "to" && c != "of" || o < 0 || s.ws[o].head < 0 || s.ws[s.ws[o].head].upos != "VERB" {
			return false
		}
		if c == "to" {
			// "refused admittance to Ghanaians", "sent aid to Kenyan
			// refugees": what is given or refused goes to them
			return s.ws[o].rel == "obj" && !gatherings[lower(s.ws[o].text)]
		}
		if c == "of" {
			// "beat dozens of refugees": the count stands
			// for the group
			return (isNumberWord(s.ws[o].text) || countNouns[lower(s.ws[o].text)]) && (s.ws[o].rel == "obj" || s.ws[o].rel == "nsubj:pass")
		}
		return s.ws[o].rel == "obj" || s.ws[o].rel == "nsubj:pass"
	case "obl":
		// in a passive the phrase qualifies the subject: "sanctions are
		// needed against Kenyan firms" does not act on the firms
		if s.passive(v) {
			return false
		}
		c := s.caseWord(h)
		// "granted asylum to Kenyan rebels", "refused entry to Kenyans":
		// after an object, "to" names who receives the act
		return patientCases[c] || c == "to" && s.hasObject(v, h)
	}
	return false
}

// hasObject reports whether verb v has a direct object before word h,
// other than a gathering ("held talks in Vienna").
func (s *scanner) hasObject(v, h int) bool {
	o := s.objectBefore(v, h)
	return o >= 0 && !gatherings[lower(s.ws[o].text)]
}

// objectBefore returns verb v's first direct object before word h, or -1.
func (s *scanner) objectBefore(v, h int) int {
	for k := v + 1; k < h && k < len(s.ws); k++ {
		if s.ws[k].head == v && s.ws[k].rel == "obj" {
			return k
		}
	}
	return -1
}

// actedIn reports whether the place phrase headed by word h is where a
// verb acts on something ("lifted the curfew in Kenya", "deployed troops
// in Kenya", "ordered a curfew in the city of Kisumu"): the state whose
// territory is acted on is the act's target, not merely its scene.
// Meetings and visits ("met in Kenya", "held talks in Kenya") have no
// such object and keep the state a place. With measuresOnly the object
// must be a measure (a curfew, troops): "discussed the situation in
// Kenya" does not act on Kenya.
func (s *scanner) actedIn(h int, measuresOnly bool) bool {
	if h < 0 || h >= len(s.ws) || s.ws[h].head < 0 {
		return false
	}
	// "the town of Kisumu": the place noun the name belongs to
	if p := s.ws[h].head; s.ws[h].rel == "nmod" && p < h && placeNouns[lower(s.ws[p].text)] && s.caseWord(h) == "of" {
		h = p
	}
	// "the summit in Madrid", "the situation in Kursk": a gathering or a
	// topic just before names where it is
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		if s.ws[k].head == h && s.ws[k].rel == "case" {
			if k > 0 && (gatherings[lower(s.ws[k-1].text)] || topicNouns[lower(s.ws[k-1].text)]) {
				return false
			}
			break
		}
	}
	objectOK := func(o int) bool {
		w := lower(s.ws[o].text)
		if measuresOnly {
			return measureNouns[w] || measureNouns[strings.TrimSuffix(w, "s")]
		}
		return !gatherings[w] && !topicNouns[w]
	}
	switch s.ws[h].rel {
	case "obl":
		v := s.ws[h].head
		if v < 0 || s.ws[v].upos != "VERB" {
			return false
		}
		if o := s.objectBefore(v, h); o >= 0 {
			return objectOK(o)
		}
	case "nmod":
		// "lifted the curfew in Kenya": the place of what the verb acts on
		o := s.ws[h].head
		c := s.caseWord(h)
		if o >= 0 && s.ws[o].rel == "obj" && objectOK(o) && locatives[c] && !weakLocatives[c] {
			v := s.ws[o].head
			return v >= 0 && s.ws[v].upos == "VERB"
		}
	}
	return false
}

// measureNouns are what a state or force imposes on, sends to or lifts
// from a territory: "imposed a curfew in", "deployed troops in".
var measureNouns = map[string]bool{"curfew": true, "blockade": true, "siege": true, "ban": true, "emergency": true,
	"restrictions": true, "law": true, "sanctions": true, "embargo": true, "troops": true, "forces": true,
	"soldiers": true, "police": true, "offensive": true, "operation": true, "operations": true, "attack": true,
	"attacks": true, "strikes": true, "raids": true, "raid": true, "patrols": true, "checkpoints": true,
	"measures": true, "controls": true, "closure": true, "lockdown": true, "exercises": true, "drills": true,
	"maneuvers": true, "manoeuvres": true, "deployment": true, "presence": true}

// placeNouns name a kind of place: "the city of Aleppo", "the province
// of Kandahar".
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "region": true, "province": true,
	"district": true, "capital": true, "port": true, "state": true, "island": true, "enclave": true, "area": true}

// ofPlaceActedUpon reports whether word h names the place of a place noun
// acted upon: "shelled the city of Aleppo".
func (s *scanner) ofPlaceActedUpon(h int) bool {
	if h < 0 || h >= len(s.ws) {
		return false
	}
	p := s.ws[h].head
	return s.ws[h].rel == "nmod" && p >= 0 && p < h && placeNouns[lower(s.ws[p].text)] && s.caseWord(h) == "of" && s.actedUpon(p)
}

// topicNouns are what is talked about, not acted on: "reviewed the
// situation in Kursk".
var topicNouns = map[string]bool{"situation": true, "developments": true, "issue": true, "issues": true,
	"events": true, "crisis": true, "conflict": true, "war": true, "conditions": true, "progress": true,
	"outcomes": true, "results": true, "prospects": true, "efforts": true, "role": true, "plans": true,
	"release": true, "return": true, "fate": true, "hostilities": true, "fighting": true, "violence": true}

// gatherings are objects that happen somewhere rather than act on it:
// "held talks in Vienna", "the talks will take place in Vienna".
var gatherings = map[string]bool{"place": true, "talks": true, "meeting": true, "meetings": true, "summit": true,
	"conference": true, "session": true, "negotiations": true, "consultations": true, "discussions": true,
	"forum": true, "ceremony": true, "visit": true, "visits": true, "tour": true, "stop": true, "stopover": true,
	"round": true, "congress": true, "rally": true, "event": true, "briefing": true, "press": true, "news": true,
	"speech": true, "address": true, "interview": true, "part": true,
	// light verbs: "famine has taken hold in the province"
	"hold": true, "root": true, "effect": true, "shape": true}
