package actors

import "strings"

// Places and groups: a place (data/places.txt) or a nationality gives its
// country to the phrase built on it.
//
//   - "Shanghai police", "Kano State government": an organ of the place's
//     country (strong: always an actor, like "Kyiv police").
//   - "Ukrainian farmers", "a Belarusian protester", "Rakhine rebels",
//     "trade unions in Denmark", "Two Russians": a group of people of that
//     country, with the sector of its head noun. The guideline leaves
//     generic groups out, so these mentions are weak: they become actors
//     only when the text names no other actor (a short text about them),
//     or when the parse makes them a party to a clause: acting in it
//     ("Kenyan students blocked the road", "attacked by Kenyan gunmen")
//     or acted upon ("expelled two Kenyan diplomats"), not speaking or
//     talked about.
//   - A place alone ("fighting in Mariupol") is weak too: it gives the
//     state of that place as the actor of a text that names nothing else,
//     unless what a clause acts on is there ("lifted the curfew in Gaza").
//   - A group without a nationality takes one from its sentence: "rebels
//     in Chad", "authorities in Kano", "Kurdish fighters attacked a
//     Turkish post" (a side named by ethnicity, faith or politics), and
//     rebels, police, troops or (when the parse says they act) students
//     and workers named by their noun alone in a sentence that names one
//     state.

// groupNouns are head nouns of groups of people, with their sector.
var groupNouns = map[string]string{
	"farmers": "CVL", "farmer": "CVL", "workers": "CVL", "worker": "CVL", "protesters": "CVL", "protester": "CVL",
	"protestors": "CVL", "protestor": "CVL", "demonstrators": "CVL", "demonstrator": "CVL", "students": "CVL",
	"student": "CVL", "teachers": "CVL", "doctors": "CVL", "nurses": "CVL", "residents": "CVL", "resident": "CVL",
	"civilians": "CVL", "civilian": "CVL", "villagers": "CVL", "inhabitants": "CVL", "townspeople": "CVL", "citizens": "CVL", "citizen": "CVL", "people": "CVL",
	"nationals": "CVL", "national": "CVL", "unions": "CVL", "union": "CVL", "miners": "CVL", "fishermen": "CVL",
	"truckers": "CVL", "voters": "CVL", "refugees": "CVL", "refugee": "CVL", "migrants": "CVL", "migrant": "CVL",
	"pilgrims": "CVL", "tourists": "CVL", "tourist": "CVL", "women": "CVL", "men": "CVL", "youths": "CVL",
	"leaders": "CVL", "clerics": "CVL", "cleric": "CVL", "scientists": "CVL", "scientist": "CVL", "academics": "CVL",
	"experts": "CVL", "expert": "CVL", "analysts": "CVL", "analyst": "CVL", "researchers": "CVL", "scholars": "CVL",
	"economists": "BUS", "economist": "BUS", "businesses": "BUS", "companies": "BUS", "company": "BUS", "firms": "BUS",
	"firm": "BUS", "exporters": "BUS", "importers": "BUS", "manufacturers": "BUS", "producers": "BUS", "investors": "BUS",
	"banks": "BUS", "traders": "BUS", "businessmen": "BUS", "businessman": "BUS", "automakers": "BUS", "carriers": "BUS",
	"lawyers": "JUD", "lawyer": "JUD", "attorneys": "JUD", "attorney": "JUD", "judges": "JUD", "judge": "JUD",
	"prosecutors": "JUD", "prosecutor": "JUD", "courts": "JUD",
	"police": "COP", "policemen": "COP", "policeman": "COP", "officers": "COP", "guards": "COP",
	"inspectors": "GOV", "inspector": "GOV", "officials": "GOV", "official": "GOV", "diplomats": "GOV", "diplomat": "GOV",
	"authorities": "GOV", "ministers": "GOV", "negotiators": "GOV",
	"lawmakers": "LEG", "lawmaker": "LEG", "legislators": "LEG", "senators": "LEG", "deputies": "LEG",
	"rebels": "REB", "rebel": "REB", "militants": "REB", "militant": "REB", "insurgents": "REB", "separatists": "REB",
	"separatist": "REB", "guerrillas": "REB", "guerrilla": "REB", "jihadists": "REB", "jihadist": "REB",
	"gunmen": "REB", "gunman": "REB", "militias": "REB", "militiamen": "REB", "fighters": "REB",
	"journalists": "MED", "journalist": "MED", "reporters": "MED", "reporter": "MED", "media": "MED", "bloggers": "MED",
	"activists": "OPP", "activist": "OPP", "campaigners": "NGO", "dissidents": "OPP", "dissident": "OPP",
	"opposition": "OPP", "soldiers": "MIL", "soldier": "MIL", "troops": "MIL", "sailors": "MIL", "pilots": "MIL",
	"Muslims": "CVL", "Christians": "CVL", "Buddhists": "CVL", "Hindus": "CVL", "Jews": "CVL", "Catholics": "CVL",
	"Sikhs": "CVL", "Kurds": "CVL", "Shiites": "CVL", "Sunnis": "CVL", "Arabs": "CVL", "Copts": "CVL",
	// more agent nouns of news, both spellings where there are two
	"guerillas": "REB", "guerilla": "REB", "bombers": "REB", "bomber": "REB", "extremists": "REB", "extremist": "REB",
	"terrorists": "REB", "terrorist": "REB", "hijackers": "REB", "kidnappers": "REB", "abductors": "REB",
	"attackers": "REB", "assailants": "REB", "warlords": "REB", "warlord": "REB", "secessionists": "REB",
	"insurgent": "REB", "mujahideen": "REB", "mujahedeen": "REB", "mujahedin": "REB", "paramilitaries": "REB", "militia": "REB",
	"elders": "CVL", "youth": "CVL", "settlers": "CVL", "settler": "CVL", "peasants": "CVL", "tribesmen": "CVL",
	"villager": "CVL", "prisoners": "CVL", "prisoner": "CVL", "detainees": "CVL",
	"inmates": "CVL", "immigrants": "CVL", "exiles": "CVL", "mourners": "CVL", "rioters": "CVL", "strikers": "CVL",
	"crowds": "CVL", "crowd": "CVL", "monks": "CVL", "priests": "CVL", "clergy": "CVL", "pensioners": "CVL",
	"shopkeepers": "CVL", "merchants": "BUS", "landowners": "CVL", "families": "CVL", "children": "CVL",
	"parliamentarians": "LEG", "MPs": "LEG", "legislator": "LEG", "senator": "LEG",
	"opponents": "OPP", "fundamentalists": "OPP", "Islamists": "OPP", "islamists": "OPP", "nationalists": "OPP",
	"peacekeepers": "MIL", "peacekeeper": "MIL", "commandos": "MIL", "paratroopers": "MIL", "marines": "MIL",
	"conscripts": "MIL", "servicemen": "MIL", "forces": "MIL", "battalions": "MIL", "units": "MIL",
	"formations": "MIL", "brigades": "MIL", "regiments": "MIL", "gendarmes": "COP",
}

// collectiveNouns name a body, not one person, in the singular.
var collectiveNouns = map[string]bool{"group": true, "union": true, "company": true, "firm": true, "opposition": true,
	"media": true, "police": true, "people": true, "clergy": true, "crowd": true, "youth": true, "mujahideen": true,
	"mujahedeen": true, "mujahedin": true, "militia": true}

var armedModifiers = map[string]bool{"armed": true, "paramilitary": true, "militant": true, "rebel": true, "jihadist": true,
	"extremist": true, "insurgent": true, "terrorist": true, "separatist": true, "guerrilla": true}

// formalStateName reports whether a state's name is its formal style,
// which takes "the" ("the Islamic Republic of Iran", "the Russian Federation").
func formalStateName(name string) bool {
	for _, w := range []string{"Republic", "Kingdom", "Federation", "Emirates", "Commonwealth", "Confederation", "Union"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// phraseEnds reports whether nothing continues a noun phrase at k: the
// end of the text or a closing punctuation mark.
func (s *scanner) phraseEnds(k int) bool {
	if k >= len(s.ws) {
		return true
	}
	switch s.ws[k].text {
	case ".", ",", ";", ":", "!", "?", ")", "\"":
		return true
	}
	return false
}

// placeOrgans are head nouns that make a place phrase an organ of its
// country's state ("Shanghai authorities", "Kano State government").
var placeOrgans = map[string]string{"authorities": "GOV", "government": "GOV", "administration": "GOV",
	"leadership": "GOV", "police": "COP",
	"prosecutors": "JUD", "court": "JUD", "assembly": "LEG", "legislature": "LEG"}

// groupAfter reads a group head noun at k, after at most two modifier
// words ("agricultural workers", "Immigration inspectors"): the end of the
// phrase and the noun's sector.
func (s *scanner) groupAfter(k int) (int, string, bool) {
	for j := k; j < len(s.ws) && j < k+3; j++ {
		w := s.ws[j].text
		if nx := lower(s.wordText(j + 1)); nx == "group" || nx == "groups" {
			continue // "militant group": the group is the head
		}
		if sec, ok := groupNouns[w]; ok {
			if (w == "leaders" || w == "leadership") && j == k {
				sec = "GOV" // "Palestinian leaders": the nation's leaders, not community ones
			}
			return s.groupHeadAfter(j), sec, true
		}
		if sec, ok := groupNouns[lower(w)]; ok && isLowerWord(w) {
			return s.groupHeadAfter(j), sec, true
		}
		if lw := lower(w); (lw == "group" || lw == "groups") && j > k {
			// "paramilitary group", "rights group": armed by its modifier
			sec := "CVL"
			for q := k; q < j; q++ {
				if armedModifiers[lower(s.ws[q].text)] {
					sec = "REB"
				}
			}
			return j + 1, sec, true
		}
		if h := s.hitAt(j); h != nil || !(isLowerWord(w) || isNameWord(w)) || functionWords[w] || determiners[lower(w)] ||
			orgJoiners[lower(w)] || s.ws[j].sent != s.ws[k].sent || s.ws[j].upos == "VERB" || s.ws[j].upos == "AUX" {
			return 0, "", false
		}
	}
	return 0, "", false
}

// groupHeadAfter extends a group noun at j by the noun it modifies:
// "rebel leaders", "student protesters", "opposition activists". The first
// noun keeps the sector: the leaders of rebels are rebels.
func (s *scanner) groupHeadAfter(j int) int {
	nx := s.wordText(j + 1)
	if h := s.hitAt(j + 1); isLowerWord(nx) && (h == nil || h.item.kind == gTitle && h.end == j+2) && (groupNouns[nx] != "" || memberNouns[nx]) {
		return j + 2
	}
	return j + 1
}

// memberNouns name the members or heads of a group.
var memberNouns = map[string]bool{"leaders": true, "leader": true, "members": true, "member": true, "commanders": true,
	"commander": true, "chiefs": true, "representatives": true, "spokesman": true, "spokesmen": true, "units": true,
	"movement": true, "forces": true, "factions": true, "faction": true, "delegates": true, "delegation": true,
	"candidates": true, "supporters": true, "parties": true, "groups": true, "figures": true, "politicians": true,
	"advisers": true, "advisors": true, "specialists": true, "technicians": true, "engineers": true, "personnel": true,
	"staff": true, "employees": true, "officers": true, "instructors": true, "contractors": true}

// placeAfterIn reads "in/from [the] <state or place>" at k (with ofToo also
// "of"): the end and the country.
func (s *scanner) placeAfterIn(k int, ofToo bool) (int, string, bool) {
	switch lower(s.wordText(k)) {
	case "in", "from", "across", "throughout":
	case "of":
		if !ofToo {
			return 0, "", false
		}
	default:
		return 0, "", false
	}
	j := k + 1
	if lower(s.wordText(j)) == "the" {
		j++
	}
	h := s.hitAt(j)
	if h == nil || h.item.kind == gTitle || h.item.kind == gAnaphor {
		return 0, "", false
	}
	e := h.item.entry
	if e.Type != "state" && e.Type != "place" {
		return 0, "", false
	}
	if h.item.kind == gDemonym {
		return 0, "", false
	}
	return h.end, e.Country, true
}

// addGroup adds a weak group mention over words [first, end).
func (s *scanner) addGroup(first, end int, country, sector string, singular bool) {
	s.addGroupHead(first, end, end-1, country, sector, singular)
}

// addGroupHead is addGroup for a phrase whose head noun is word head
// ("rebels in Sierra Leone").
func (s *scanner) addGroupHead(first, end, head int, country, sector string, singular bool) {
	text := s.text[s.ws[first].Start:s.ws[end-1].End]
	name := text
	if determiners[lower(s.ws[first].text)] && end-first > 1 {
		name = s.text[s.ws[first+1].Start:s.ws[end-1].End]
	}
	typ := "organization"
	if singular && !collectiveNouns[lower(s.ws[head].text)] {
		typ = "person"
	}
	s.add(&mention{span: s.spanOf(first, end), first: first, end: end, kind: "role",
		key: "C:" + country + ":" + sector + ":" + lower(name), name: name, typ: typ,
		country: country, sector: sector, weak: !s.actsAsParty(first, end, sector) && !s.actedUpon(s.partyHead(head)) && !s.acts(s.partyHead(head))})
}

// partySectors are the groups that act as a side of a conflict: armed
// men, police, rebels, the opposition.
var partySectors = map[string]bool{"REB": true, "MIL": true, "COP": true, "OPP": true}

// actsAsParty reports whether a group phrase over words [first, end) is a
// party to the sentence's events although generic: it opens the sentence
// and names armed men, police, rebels or the opposition ("Rwandan rebels
// announced ...") or a nation by its plural demonym ("Palestinians
// rejected ..."). Other generic groups ("Russian officials", "Kenyan
// farmers") stay out, as the annotation guideline asks.
func (s *scanner) actsAsParty(first, end int, sector string) bool {
	if !s.opensSentence(first) {
		return false
	}
	if partySectors[sector] {
		return true
	}
	last := s.ws[end-1].text
	// the phrase is a plural nationality alone, of one word or more
	// ("Palestinians", "the Bosnian Serbs")
	k := first
	if determiners[lower(s.ws[k].text)] || lower(s.ws[k].text) == "ethnic" {
		k++
	}
	if isCap(last) && isPluralNoun(last) && groupNouns[last] == "CVL" && end-k <= 2 {
		return true // a people by its name: "Iraqi Kurds", "Shiites"
	}
	h := s.hitAt(k)
	return h != nil && h.end == end && h.item.kind == gDemonym && isCap(last) && isPluralNoun(last)
}

// opensSentence reports whether a group phrase starting at word first
// opens its sentence (after at most a determiner or a number): "Palestinian
// youths threw stones", "Two Russians were detained". There the group is
// what the sentence reports on, an actor even beside named ones.
func (s *scanner) opensSentence(first int) bool {
	if first < 0 || first >= len(s.ws) {
		return false
	}
	if s.ws[first].sentHead {
		return true
	}
	p := first - 1
	if p >= 0 && s.ws[p].sentHead && (determiners[lower(s.ws[p].text)] || isNumberWord(s.ws[p].text)) {
		return true
	}
	// a count before the group: "Up to 100 ethnic Albanians", "Thousands
	// of Iraqi Kurds", "About 200 supporters of"
	counted := false
	for k := p; k >= 0 && k > p-6; k-- {
		w := lower(s.ws[k].text)
		if !isNumberWord(w) && !quantityWords[w] && !determiners[w] {
			return false
		}
		if isNumberWord(w) {
			counted = true
		}
		if s.ws[k].sentHead {
			return counted
		}
	}
	return false
}

// quantityWords join a count to what it counts.
var quantityWords = map[string]bool{"up": true, "to": true, "about": true, "around": true, "nearly": true,
	"almost": true, "some": true, "more": true, "than": true, "over": true, "at": true, "least": true,
	"of": true, "tens": true, "approximately": true, "roughly": true, "least,": true}

func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch lower(w) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "dozens", "some", "several", "many":
		return true
	}
	return false
}

// groupNounAt returns the sector of the group noun at i: as written, or
// lower-cased where it is a lower-case word or capitalized only because
// it opens a sentence outside a headline ("Rebels in Sierra Leone ...").
func (s *scanner) groupNounAt(i int) (string, bool) {
	w := s.ws[i].text
	if sec, ok := groupNouns[w]; ok {
		return sec, true
	}
	sec, ok := groupNouns[lower(w)]
	return sec, ok && (isLowerWord(w) || s.ws[i].sentHead && !s.headline[s.ws[i].sent])
}

// groupIn handles a group noun followed by a place: "unions in Denmark",
// "people in the UK", "leaders in France", "rebels in Sierra Leone".
// In a sentence only "in", "inside", "across" and "throughout" join the
// place to the group ("opposition from Russia" names Russia), and only
// for people who belong where they are: soldiers, peacekeepers,
// refugees, tourists or reporters in a country are often foreign.
// "Authorities in Kano" are an organ of the place's state.
func (s *scanner) groupIn(i int) (int, bool) {
	w := s.ws[i].text
	sec, ok := s.groupNounAt(i)
	if !ok {
		return 0, false
	}
	of := dwellers[lower(w)] // "residents of Gaza": people who live there
	if !s.bare {
		switch lower(s.wordText(i + 1)) {
		case "in", "inside", "across", "throughout":
		case "of":
			if !of {
				return 0, false
			}
		default:
			return 0, false
		}
		if sec == "MED" || foreignersHere[lower(w)] || sec == "MIL" && !s.domesticForces(i) {
			return 0, false
		}
		// civilians are a party only when they act ("elders in Kandahar
		// called for ..."); "shelling civilians in Donetsk" names a place
		if sec == "CVL" && !s.acts(i) && !(s.opensSentence(i) || s.opensSentence(i-1)) {
			return 0, false
		}
	}
	end, country, ok := s.placeAfterIn(i+1, of)
	if !ok {
		return 0, false
	}
	if !s.bare && end < len(s.ws) && (lower(s.ws[end].text) == "and" || s.ws[end].upos == "NOUN" || s.ws[end].upos == "PROPN") {
		return 0, false // "civilians in the Donetsk and Luhansk regions": the place goes on
	}
	first := i
	// one modifier before the noun belongs to the group ("trade unions",
	// "Muslim leaders")
	if p := i - 1; p >= 0 && s.ws[p].sent == s.ws[i].sent && s.hitAt(p) == nil && !functionWords[s.ws[p].text] &&
		!determiners[lower(s.ws[p].text)] && (isLowerWord(s.ws[p].text) || isNameWord(s.ws[p].text)) &&
		!speechVerbs[s.ws[p].text] && !s.covered(p) && !isNumberWord(s.ws[p].text) {
		first = p
	}
	if osec, organ := placeOrgans[lower(w)]; organ && !s.bare {
		// "authorities in Kano", "police in Lagos": the state's organ
		name := s.text[s.ws[first].Start:s.ws[end-1].End]
		s.add(&mention{span: s.spanOf(first, end), first: first, end: end, kind: "role",
			key: "G:" + country + ":" + lower(name), name: name, typ: "organization", country: country, sector: osec})
		return end, true
	}
	s.addGroupHead(first, end, i, country, sec, !isPluralNoun(w))
	return end, true
}

// dwellers are people named by where they live: "residents of Gaza",
// "inhabitants of the town", "villagers of ..." belong to the place.
var dwellers = map[string]bool{"residents": true, "inhabitants": true, "villagers": true, "townspeople": true,
	"citizens": true}

// foreignersHere are people often not of the country they are in.
var foreignersHere = map[string]bool{"refugees": true, "refugee": true, "migrants": true, "migrant": true,
	"tourists": true, "tourist": true, "pilgrims": true, "nationals": true, "national": true, "diplomats": true,
	"diplomat": true, "inspectors": true, "inspector": true, "experts": true,
	"analysts": true, "investors": true, "immigrants": true, "exiles": true, "prisoners": true, "detainees": true,
	"people": true, "men": true, "women": true, "children": true, "families": true, "companies": true, "firms": true,
	"businesses": true, "banks": true}

// covered reports whether word i is inside a mention already found.
func (s *scanner) covered(i int) bool {
	for _, m := range s.ments {
		if m.first <= i && i < m.end {
			return true
		}
	}
	return false
}

func isPluralNoun(w string) bool {
	switch lower(w) {
	case "people", "police", "men", "women", "media", "opposition", "fishermen", "gunmen", "militiamen",
		"businessmen", "policemen", "tribesmen", "servicemen", "children", "clergy", "mujahideen", "mujahedeen", "mujahedin":
		return true
	}
	return len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// placePhrase handles a place name at i (the phrase starts at from).
func (s *scanner) placePhrase(i, from int) (int, bool) {
	h := s.hits[i]
	e := h.item.entry
	// "Madras High Court", "University of Lagos": a named organisation
	if next, ok := s.unknownOrg(i); ok {
		return next, true
	}
	k := h.end
	if isPossessive(s.wordText(k)) {
		k++
	}
	// "Shanghai police", "Kano State government", "Kharkiv regional authorities"
	for j := k; j < len(s.ws) && j < k+3; j++ {
		w := lower(s.ws[j].text)
		if sec, ok := placeOrgans[w]; ok {
			end := j + 1
			name := s.text[s.ws[i].Start:s.ws[end-1].End]
			s.add(&mention{span: s.spanOf(i, end), first: i, end: end, kind: "role",
				key: "G:" + e.Country + ":" + lower(name), name: name, typ: "organization", country: e.Country, sector: sec})
			return end, true
		}
		if !organModifiers[w] && w != "regional" && w != "provincial" && w != "municipal" && w != "state" {
			break
		}
	}
	if end, sec, ok := s.groupAfter(k); ok {
		s.addGroup(from, end, e.Country, sec, !isPluralNoun(s.ws[end-1].text))
		return end, true
	}
	if h.item.kind == gDemonym {
		// "Chechens": people of the region; "a Chechen village" names no actor
		if txt := h.item.text; isCap(txt) && isPluralNoun(txt) && k == h.end {
			s.addGroup(from, h.end, e.Country, "CVL", false)
		}
		return h.end, true
	}
	if s.locativeBefore(from, true) && s.caseWord(h.end-1) == "in" && s.actedIn(h.end-1, false) {
		// "evacuated the settlements in the Gaza Strip": the place's
		// state is acted on
		if st := s.reg.State(e.Country); st != nil && st.Type == "state" {
			s.add(&mention{span: s.spanOf(from, h.end), first: from, end: h.end, kind: "metonym", entry: st})
			return h.end, true
		}
	}
	s.addPlace(e.Country, i, h.end)
	return h.end, true
}

// addPlace records a weak mention of the state a place belongs to.
func (s *scanner) addPlace(country string, first, end int) {
	st := s.reg.State(country)
	if st == nil || st.Type != "state" {
		return
	}
	// a place acted on ("shelled the city of Aleppo", "imposed a curfew
	// in Hebron") makes its state a party, like a state named there
	m := &mention{span: s.spanOf(first, end), first: first, end: end, kind: "metonym", entry: st,
		key: "W:" + st.ID, weak: true}
	if h := end - 1; s.actedUpon(h) || s.actedIn(h, true) || s.ofPlaceActedUpon(h) {
		m.weak, m.key = false, ""
	}
	s.add(m)
}

// organOf handles an organ noun followed by "of" or "in" and a state or a
// place: "the government of Chechnya", "the authorities in Kano" (an organ
// of the place's state), "the government in Kabul" (the state itself).
func (s *scanner) organOf(i int) (int, bool) {
	w := lower(s.ws[i].text)
	sec, ok := placeOrgans[w]
	if !ok || isCap(s.ws[i].text) && !s.ws[i].sentHead {
		return 0, false
	}
	p := lower(s.wordText(i + 1))
	if p != "of" && p != "in" {
		return 0, false
	}
	j := i + 2
	if lower(s.wordText(j)) == "the" {
		j++
	}
	h := s.hitAt(j)
	if h == nil || h.item.kind == gTitle || h.item.kind == gAnaphor || h.item.kind == gDemonym {
		return 0, false
	}
	e := h.item.entry
	end := h.end
	if placeKinds[lower(s.wordText(end))] {
		end++ // "the government of Sindh province"
	}
	if end < len(s.ws) && (lower(s.ws[end].text) == "and" || s.ws[end].upos == "NOUN" || isPossessive(s.ws[end].text)) {
		return 0, false // "the government of Kenya and Uganda", "police in Kenya's capital"
	}
	switch {
	case e.Type == "state" && sec == "GOV" && end == h.end:
		// the state's government, whether named by its name or its capital
		s.add(&mention{span: s.spanOf(i, end), first: i, end: end, kind: "name", entry: e})
	case e.Type == "state" || e.Type == "place":
		if !s.isState(e.Country) {
			return 0, false
		}
		name := s.text[s.ws[i].Start:s.ws[end-1].End]
		s.add(&mention{span: s.spanOf(i, end), first: i, end: end, kind: "role",
			key: "G:" + e.Country + ":" + lower(name), name: name, typ: "organization", country: e.Country, sector: sec})
	default:
		return 0, false
	}
	return end, true
}

// placeKinds follow a place's name: "Sindh province", "Kano state".
var placeKinds = map[string]bool{"province": true, "state": true, "region": true, "district": true, "oblast": true,
	"governorate": true, "county": true, "city": true, "prefecture": true, "territory": true}

// sideAdjectives name a side by its ethnicity, faith or politics, not by a
// state: the state is the one the sentence names ("Kurdish fighters
// attacked a Turkish post", "Muslim rebels in Mindanao", "leftist
// guerrillas ambushed a Peruvian patrol").
var sideAdjectives = map[string]bool{"Kurdish": true, "Kurd": true, "Hutu": true, "Tutsi": true, "Tuareg": true,
	"Shiite": true, "Shia": true, "Shi'ite": true, "Sunni": true, "Islamist": true, "Islamic": true, "Muslim": true,
	"Moslem": true, "Christian": true, "Hindu": true, "Sikh": true, "Arab": true, "Maoist": true, "Marxist": true,
	"Communist": true, "communist": true, "leftist": true, "Leftist": true, "rightist": true, "Rightist": true,
	"left-wing": true, "right-wing": true, "Left-wing": true, "Right-wing": true, "ethnic": true, "Ethnic": true,
	"tribal": true, "Tribal": true, "armed": true, "Armed": true, "Islamic militant": true}

// sideGroup reads a side adjective and a group noun at i: "Kurdish
// rebels", "Islamist militants in Algeria". The country is the place
// after "in", else the one state the sentence names; with neither the
// phrase is left alone.
func (s *scanner) sideGroup(i int) (int, bool) {
	if !sideAdjectives[s.ws[i].text] || s.hitAt(i) != nil {
		return 0, false
	}
	end, sec, ok := s.groupAfter(i + 1)
	if !ok {
		return 0, false
	}
	head := end - 1
	country := ""
	if e2, c2, ok := s.placeAfterIn(end, false); ok && lower(s.wordText(end)) == "in" {
		country, end = c2, e2
	} else if c2, ok := s.residence(end, s.ws[head].text); ok {
		country = c2 // "Kurdish residents of the Syrian town of Afrin"
	}
	if country == "" {
		country = s.oneCountry(s.ws[i].sent)
	}
	if country == "" {
		return 0, false
	}
	s.addGroupHead(i, end, head, country, sec, !isPluralNoun(s.ws[head].text))
	return end, true
}

// residence reads where the people of a residential noun live, at k:
// "of [the] <place or state>" or "of [the] <nationality> <place noun>"
// ("residents of the Syrian town of Afrin"). Their nationality may differ
// from the side adjective naming them; they are of the state they live in.
func (s *scanner) residence(k int, head string) (string, bool) {
	if !dwellers[lower(head)] || lower(s.wordText(k)) != "of" {
		return "", false
	}
	if _, c, ok := s.placeAfterIn(k, true); ok {
		return c, true
	}
	j := k + 1
	if lower(s.wordText(j)) == "the" {
		j++
	}
	h := s.hitAt(j)
	if h == nil || h.item.kind != gDemonym || !placeNouns[lower(s.wordText(h.end))] {
		return "", false
	}
	return h.item.entry.Country, h.item.entry.Country != ""
}

// oneCountry is the one state a sentence names by its name, people,
// places or organs ("a Turkish army post"), or "".
func (s *scanner) oneCountry(sent int) string {
	c := ""
	for _, h := range s.hits {
		if h == nil || s.ws[h.first].sent != sent || h.item.kind == gTitle || h.item.kind == gAnaphor {
			continue
		}
		e := h.item.entry
		if e.Type == "person" || !s.isState(e.Country) {
			continue
		}
		if c != "" && c != e.Country {
			return ""
		}
		c = e.Country
	}
	return c
}

// bareGroup reads an armed or policing group named by its noun alone
// ("Rebels attacked a Turkish post", "police fired on students in
// Nairobi") when it acts or opens its sentence: the sentence's one
// state is its country. Foreign peacekeepers and a group "in" or "of" a
// place are left to the other readings.
func (s *scanner) bareGroup(i int) (int, bool) {
	w := s.ws[i].text
	sec, ok := s.groupNounAt(i)
	if !ok || foreignersHere[lower(w)] || lower(w) == "peacekeepers" || s.hitAt(i) != nil {
		return 0, false
	}
	// civilians, students, lawmakers: only when the parse says they act
	// ("Students clashed with police in Jakarta")
	if !partySectors[sec] && !(bareActors[lower(w)] && s.acts(i)) {
		return 0, false
	}
	switch lower(s.wordText(i + 1)) {
	case "in", "inside", "across", "throughout", "of", "from", "'s":
		return 0, false
	}
	if s.hitAt(i+1) != nil || isNameWord(s.wordText(i+1)) {
		return 0, false // "the rebel Kurdistan Workers' Party": a modifier
	}
	if p := i - 1; p >= 0 && s.ws[p].sent == s.ws[i].sent && (s.hits[p] != nil || s.covered(p)) {
		return 0, false
	}
	if !s.acts(i) && !s.opensSentence(i) {
		return 0, false
	}
	country := s.oneCountry(s.ws[i].sent)
	if country == "" {
		return 0, false
	}
	first := i
	if p := i - 1; p >= 0 && determiners[lower(s.ws[p].text)] {
		first = p
	}
	s.addGroupHead(first, i+1, i, country, sec, !isPluralNoun(w))
	return i + 1, true
}

// domesticForces reports whether the military noun at i names a state's
// own forces: "security forces in Guinea", "government troops in Chad".
func (s *scanner) domesticForces(i int) bool {
	switch lower(s.wordText(i - 1)) {
	case "security", "government", "state", "regime":
		return true
	}
	return false
}

// otherCountry is the one state a sentence names besides except, or "".
func (s *scanner) otherCountry(sent int, except string) string {
	c := ""
	for _, h := range s.hits {
		if h == nil || s.ws[h.first].sent != sent || h.item.kind == gTitle || h.item.kind == gAnaphor {
			continue
		}
		e := h.item.entry
		if e.Type == "person" || !s.isState(e.Country) || e.Country == except {
			continue
		}
		if c != "" && c != e.Country {
			return ""
		}
		c = e.Country
	}
	return c
}

// bareActors are people named by their noun alone who, acting, are a
// party of the sentence's one state.
var bareActors = map[string]bool{"students": true, "workers": true, "protesters": true, "protestors": true,
	"demonstrators": true, "strikers": true, "rioters": true, "villagers": true, "residents": true, "farmers": true,
	"miners": true, "lawmakers": true, "legislators": true, "settlers": true, "activists": true, "dissidents": true,
	"opposition": true, "youths": true, "elders": true, "tribesmen": true, "crowds": true, "mobs": true}

// firstConjunct climbs from a conjunct to the first of its coordination:
// in "Israel and the Palestinians agreed" the Palestinians share Israel's
// relation to the verb.
func (s *scanner) firstConjunct(h int) int {
	for n := 0; n < 4 && h >= 0 && h < len(s.ws) && s.ws[h].rel == "conj" && s.ws[h].head >= 0 && s.ws[h].head < h; n++ {
		h = s.ws[h].head
	}
	return h
}

// countNouns stand for the group they count: "scores of refugees".
var countNouns = map[string]bool{"scores": true, "hundreds": true, "thousands": true, "dozens": true, "millions": true,
	"tens": true, "number": true, "group": true, "groups": true, "busload": true, "crowd": true}
