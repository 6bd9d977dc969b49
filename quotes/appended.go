package quotes

// This file appends speakers that the actors stage did not record: unnamed
// offices ("a State Department spokesperson"), names before a cue, and
// phrases after "according to".

import (
	"sort"
	"strconv"
	"strings"

	"github.com/parley-nlp/parley/document"
)

// speakerHeads are nouns that make an unnamed speaker worth recording
// ("a State Department spokesperson", "the mission", "Russian officials").
var speakerHeads = set("spokesperson spokesman spokeswoman official officials ministry mission embassy office " +
	"department government diplomat diplomats envoy ambassador minister ministers spokespeople sources source " +
	"military army command statement force forces police agency council parliament committee commission " +
	"authorities administration leaders negotiators representatives delegation")

var personHeads = set("spokesperson spokesman spokeswoman official diplomat envoy ambassador minister")

// institutions names offices whose country is known without an actor
// mention. Lower-case phrases.
var institutions = map[string]string{
	"state department": "USA", "pentagon": "USA", "white house": "USA", "kremlin": "RUS",
	"foreign office": "GBR", "downing street": "GBR", "elysee": "FRA", "élysée": "FRA",
	"zhongnanhai": "CHN", "bundeskanzleramt": "DEU",
}

var demonyms = map[string]string{
	"russian": "RUS", "ukrainian": "UKR", "american": "USA", "u.s.": "USA", "us": "USA", "chinese": "CHN",
	"german": "DEU", "french": "FRA", "british": "GBR", "israeli": "ISR", "iranian": "IRN", "turkish": "TUR",
	"palestinian": "PSE", "qatari": "QAT", "sudanese": "SDN", "ethiopian": "ETH", "armenian": "ARM",
	"azerbaijani": "AZE", "japanese": "JPN", "korean": "KOR", "polish": "POL", "italian": "ITA",
	"indian": "IND", "belarusian": "BLR", "syrian": "SYR", "egyptian": "EGY", "jordanian": "JOR",
	"saudi": "SAU", "emirati": "ARE", "hungarian": "HUN", "canadian": "CAN", "spanish": "ESP",
	"nigerian": "NGA", "kenyan": "KEN", "pakistani": "PAK", "afghan": "AFG", "iraqi": "IRQ", "lebanese": "LBN",
	"libyan": "LBY", "yemeni": "YEM", "somali": "SOM", "brazilian": "BRA", "mexican": "MEX", "venezuelan": "VEN",
	"colombian": "COL", "cuban": "CUB", "dutch": "NLD", "swedish": "SWE", "norwegian": "NOR", "finnish": "FIN",
	"danish": "DNK", "greek": "GRC", "serbian": "SRB", "croatian": "HRV", "bosnian": "BIH", "georgian": "GEO",
	"vietnamese": "VNM", "thai": "THA", "indonesian": "IDN", "filipino": "PHL", "australian": "AUS",
	"algerian": "DZA", "moroccan": "MAR", "tunisian": "TUN", "malian": "MLI", "rwandan": "RWA", "congolese": "COD",
	"ugandan": "UGA", "eritrean": "ERI", "chadian": "TCD", "senegalese": "SEN", "ghanaian": "GHA",
	"zimbabwean": "ZWE", "angolan": "AGO", "argentine": "ARG", "chilean": "CHL", "peruvian": "PER",
	"bolivian": "BOL", "nicaraguan": "NIC", "haitian": "HTI", "bangladeshi": "BGD", "burmese": "MMR",
	"lithuanian": "LTU", "latvian": "LVA", "estonian": "EST", "romanian": "ROU", "bulgarian": "BGR",
	"czech": "CZE", "austrian": "AUT", "swiss": "CHE", "belgian": "BEL", "portuguese": "PRT", "irish": "IRL",
	"kuwaiti": "KWT", "moldovan": "MDA", "kazakh": "KAZ", "taiwanese": "TWN", "mongolian": "MNG",
}

var militaryWords = set("military army armed force forces navy command troops")

// sectorHeads give the sector of an unnamed office by its head noun.
var sectorHeads = map[string]string{"police": "COP", "parliament": "LEG", "committee": "LEG", "court": "JUD"}

// appendSpeaker handles a subject that no actor mention covers: when the
// words before the cue end in a speaker noun ("a State Department
// spokesperson said"), it appends an actor for it with the country and
// sector its words tell, and returns the new actor's index.
func (a *analysis) appendSpeaker(h cueHit, from int) int {
	end := h.verb - 1
	for end >= from && auxiliaries[a.words[end].lower] {
		end--
	}
	if end < from || !a.words[end].letter || !speakerHeads[a.words[end].lower] {
		return -1
	}
	start := end
	for start-1 >= from && start > end-5 {
		w := a.words[start-1]
		if !w.letter || w.lower == "that" || w.lower == "and" || w.lower == "but" || w.lower == "which" || w.lower == "who" {
			break
		}
		start--
	}
	for start < end && determiners[a.words[start].lower] {
		start++
	}
	if start == end && genericHeads[a.words[end].lower] {
		return -1 // bare "officials said": nobody in particular
	}
	np := document.Span{Start: a.words[start].Start, End: a.words[end].End}
	return a.addActor(np, a.words[end].lower)
}

// genericHeads name nobody in particular when they stand alone.
var genericHeads = set("officials official sources source statement diplomats diplomat ministers spokespeople " +
	"leaders negotiators representatives delegation")

func (a *analysis) addActor(np document.Span, head string) int {
	name := a.text[np.Start:np.End]
	key := strings.ToLower(name)
	lower := " " + key + " "
	country, sector := "", "GOV"
	for x := a.actorCoveringIn(np); x >= 0; x = -1 {
		country = a.doc.Actors[x].Country
	}
	if country == "" {
		for inst, c := range institutions {
			if strings.Contains(lower, " "+inst+" ") {
				country = c
			}
		}
	}
	if country == "" {
		for _, f := range strings.Fields(key) {
			if c, ok := demonyms[f]; ok {
				country = c
				break
			}
		}
	}
	if country == "" && !strings.Contains(lower, " western ") && !localOffice(lower) && officeHeads[head] {
		// An office without a country belongs to the state whose words
		// were just reported, else to the state under discussion.
		if ls := a.lastSpeaker; ls >= 0 && !a.isPerson(ls) && a.doc.Actors[ls].Country != "" {
			country = a.doc.Actors[ls].Country
		} else {
			country = a.countryBefore(np.Start)
		}
	}
	for _, f := range strings.Fields(key) {
		if militaryWords[f] {
			sector = "MIL"
		}
	}
	if sc, ok := sectorHeads[head]; ok {
		sector = sc
	}
	typ := "organization"
	if personHeads[head] {
		typ = "person"
	}
	if i, ok := a.added[key+"|"+country]; ok {
		a.doc.Actors[i].Mentions = append(a.doc.Actors[i].Mentions, document.Mention{Span: np, Kind: "role"})
		a.addMention(np, i)
		return i
	}
	act := document.Actor{ID: a.nextID(), Name: name, Type: typ, Country: country, Sector: sector,
		Mentions: []document.Mention{{Span: np, Kind: "role"}}}
	if typ == "person" {
		act.Role = name // so that "the spokesperson" finds it again
	}
	a.doc.Actors = append(a.doc.Actors, act)
	i := len(a.doc.Actors) - 1
	a.added[key+"|"+country] = i
	a.addMention(np, i)
	return i
}

// actorCoveringIn returns the actor of a mention inside np with a country.
func (a *analysis) actorCoveringIn(np document.Span) int {
	for _, m := range a.ments {
		if np.Contains(m.Span) && a.doc.Actors[m.actor].Country != "" {
			return m.actor
		}
	}
	return -1
}

// countryBefore returns the country of the latest state or organization
// mentioned before off, or "".
func (a *analysis) countryBefore(off int) string {
	x := a.latestBefore(off, func(x int) bool {
		return !a.isPerson(x) && a.doc.Actors[x].Country != ""
	})
	if x < 0 {
		return ""
	}
	return a.doc.Actors[x].Country
}

// inPlace reports whether span s lies in a place the actors stage named
// ("West Darfur State"): a place is no person.
func (a *analysis) inPlace(s document.Span) bool {
	for _, p := range a.doc.Places {
		if p.Overlaps(s) {
			return true
		}
	}
	return false
}

func (a *analysis) nextID() string {
	n := 0
	for _, ac := range a.doc.Actors {
		if strings.HasPrefix(ac.ID, "A") {
			if v, err := strconv.Atoi(ac.ID[1:]); err == nil && v > n {
				n = v
			}
		}
	}
	return "A" + strconv.Itoa(n+1)
}

func (a *analysis) addMention(s document.Span, actor int) {
	a.maxMention = max(a.maxMention, s.Len())
	a.ments = append(a.ments, ment{Span: s, actor: actor, kind: "role"})
	sort.SliceStable(a.ments, func(i, j int) bool { return a.ments[i].Start < a.ments[j].Start })
}

// orgWords keep a capitalised phrase from being read as a person's name.
var orgWords = set("ministry council office department committee agency service forces army union " +
	"organisation organization assembly parliament government administration commission bank court " +
	"the of state states republic federation kingdom nations " +
	// operations, forums, firms, parties and seas are no persons either
	"operation forum summit conference university institute foundation company corporation airlines " +
	"party front movement alliance coalition sea ocean gulf middle")

// namedPerson reads two to four capitalised words ending at word k that no
// actor mention covers as a person's name ("Vladimir Putin detailed"), and
// appends a person actor for it with every occurrence of the name as a
// mention. It returns -1 when the words do not look like a name.
func (a *analysis) namedPerson(k, from int) int {
	start := k
	for start-1 >= from && a.words[start-1].letter && a.words[start-1].upper && k-start < 3 {
		start--
	}
	if k-start < 1 {
		return -1
	}
	if k+1 < len(a.words) && a.words[k+1].upper && orgWords[a.words[k+1].lower] {
		return -1 // "Kassar Peace Forum": the name goes on into an organization's
	}
	for i := start; i <= k; i++ {
		w := a.words[i]
		if !w.upper || orgWords[w.lower] || roleWords[w.lower] || a.actorCovering(w.Span) >= 0 || a.lx.IsCue(w.lower) || a.inPlace(w.Span) {
			return -1
		}
		if _, ok := demonyms[w.lower]; ok {
			return -1
		}
	}
	name := a.text[a.words[start].Start:a.words[k].End]
	key := "person:" + name
	if i, ok := a.added[key]; ok {
		return i
	}
	act := document.Actor{ID: a.nextID(), Name: name, Type: "person"}
	for off := 0; ; {
		i := strings.Index(a.text[off:], name)
		if i < 0 {
			break
		}
		sp := document.Span{Start: off + i, End: off + i + len(name)}
		act.Mentions = append(act.Mentions, document.Mention{Span: sp, Kind: "name"})
		off = sp.End
	}
	a.doc.Actors = append(a.doc.Actors, act)
	idx := len(a.doc.Actors) - 1
	a.added[key] = idx
	for _, m := range act.Mentions {
		a.addMention(m.Span, idx)
	}
	return idx
}

// appendAfter records an unnamed speaker after "according to" ("according
// to Russian officials") as an appended actor, or returns -1.
func (a *analysis) appendAfter(k, to int) int {
	end := k
	for end < to && end < k+6 && a.words[end].letter {
		end++
	}
	end--
	for e := end; e >= k; e-- {
		if speakerHeads[a.words[e].lower] {
			start := k
			for start < e && determiners[a.words[start].lower] {
				start++
			}
			return a.addActor(document.Span{Start: a.words[start].Start, End: a.words[e].End}, a.words[e].lower)
		}
	}
	return -1
}

// localOffice reports an office of a place rather than of a state ("a
// local official", "a regional governor"): whose place it is the words do
// not say, and the state under discussion may be the other side.
func localOffice(lower string) bool {
	for _, w := range []string{" local ", " regional ", " provincial ", " municipal ", " district ", " city "} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
