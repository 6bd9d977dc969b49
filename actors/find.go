package actors

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// hit is a gazetteer match snapped to words [first, end).
type hit struct {
	first, end int
	span       document.Span
	item       gazItem
}

// findHits scans every word start for the longest registry match.
func (r *Registry) findHits(text string, ws []word) []*hit {
	hits := make([]*hit, len(ws))
	for i := 0; i < len(ws); i++ {
		it, n := r.gaz.longest(text, ws[i].Start, nil)
		if n == 0 {
			continue
		}
		endOff := ws[i].Start + n
		j := i + 1
		for j < len(ws) && ws[j].Start < endOff {
			j++
		}
		h := &hit{first: i, end: j, span: document.Span{Start: ws[i].Start, End: endOff}, item: it}
		hits[i] = h
		i = j - 1
	}
	return hits
}

// mention is a candidate mention before actors are built.
type mention struct {
	span        document.Span
	first, end  int
	kind        string
	entry       *Entry // resolved registry entry, or nil
	key         string // merge key for actors outside the registry
	name        string
	typ         string
	country     string
	sector      string
	role        string
	locative    bool
	office      string // office key of a title mention or descriptor
	roleCountry string
	// weak mentions (places, generic groups) make actors only in a text
	// that names no other actor
	weak bool
}

var (
	determiners = map[string]bool{"the": true, "a": true, "an": true}
	locatives   = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "throughout": true,
		"within": true, "into": true, "from": true, "to": true, "via": true, "toward": true, "towards": true}
	// weakLocatives mark a place for capitals but not for country names:
	// "aid to Ukraine" acts on the state, "a visit to Moscow" names a city.
	weakLocatives = map[string]bool{"from": true, "to": true, "via": true, "toward": true, "towards": true,
		// "fired at Israel", "an incursion into Ukraine": a state after
		// "at" or "into" is aimed at, not a place ("in Israel")
		"at": true, "into": true}
	honorifics = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
		"Sheikh": true, "Sir": true, "Dame": true, "Madam": true}
	speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stated": true, "noted": true,
		"announced": true, "wrote": true, "tweeted": true, "declared": true, "warned": true, "stressed": true, "insisted": true}
	militaryNouns = map[string]bool{"forces": true, "troops": true, "military": true, "army": true, "soldiers": true, "navy": true,
		"servicemen": true, "armed": true, "Armed": true, "Army": true, "Navy": true, "Forces": true, "Air": true, "air": true, "warplanes": true,
		"jets": true, "units": true, "militaries": true, "artillery": true, "fighters": true, "warships": true,
		"militants": true, "mercenaries": true, "battalions": true, "formations": true, "security": true, "Security": true,
		// the weapons of an armed force act for it ("Israeli tanks fired")
		"tanks": true, "aircraft": true, "helicopters": true, "gunships": true, "bombers": true, "warship": true,
		"tank": true, "warplane": true, "helicopter": true, "gunship": true, "drone": true, "drones": true,
		"gunboat": true, "gunboats": true, "frigate": true, "submarine": true, "patrol": true, "patrols": true}
	spyNouns   = map[string]bool{"security services": true, "security service": true, "security agencies": true, "intelligence": true, "intelligence services": true, "special services": true}
	stateNouns = map[string]bool{"authorities": true, "side": true, "leadership": true, "government": true, "Government": true, "delegation": true,
		"party": true, "negotiators": true, "representatives": true, "administration": true, "Administration": true, "regime": true,
		"state": true, "State": true, "presidency": true, "cabinet": true}
)

func lower(s string) string { return strings.ToLower(s) }
