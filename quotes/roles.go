package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// roleWords are the nouns of a person's office that descriptions use ("the
// President of Russia", "the Ukrainian Head of State", "the Russian leader").
var roleWords = set("president leader chancellor premier minister king queen emir prime secretary spokesman " +
	"spokeswoman spokesperson envoy ambassador chief head")

// headOfState roles answer "leader" and "Head of State".
var headOfState = []string{"president", "prime minister", "chancellor", "king", "emir", "premier", "leader"}

// groupWords head plural subjects that stand for the leaders of a meeting
// ("the presidents", "both sides", "the National Security Advisors").
var groupWords = set("presidents leaders sides parties interlocutors advisors advisers counterparts heads")

// rolePerson returns the person holding role (a role word, or "" for any
// head of state) in country ("" for any), preferring the most mentioned
// such person (the protagonist of a readout), or -1.
func (a *analysis) rolePerson(role, country string) int {
	best, bestN := -1, 0
	for i, ac := range a.doc.Actors {
		if ac.Type != "person" {
			continue
		}
		if country != "" && ac.Country != country {
			continue
		}
		r := strings.ToLower(ac.Role)
		ok := false
		if role == "" || role == "head" || role == "leader" {
			for _, h := range headOfState {
				if strings.Contains(r, h) {
					ok = true
				}
			}
		} else {
			ok = strings.Contains(r, role)
		}
		if !ok {
			continue
		}
		// The earliest named holder is the protagonist of a readout.
		first := len(a.text)
		for _, m := range ac.Mentions {
			first = min(first, m.Start)
		}
		n := len(a.text) - first + 1
		if ok {
			n += 2 * len(a.text) // a role match beats a bare country match
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// describedPerson resolves a description of a person ending at word k
// ("the President of Russia", "the Russian President", "the Head of State")
// whose words lie in [from, k]. It returns -1 when the words are not such a
// description.
func (a *analysis) describedPerson(k, from int) int {
	// Collect the noun phrase back to "the" or a boundary.
	j := k
	for j > from && a.words[j-1].letter && a.words[j-1].lower != "the" && j > k-7 {
		j--
	}
	role, country := "", ""
	for i := j; i <= k; i++ {
		w := a.words[i]
		if roleWords[w.lower] && role == "" {
			role = w.lower
		}
		if c, ok := demonyms[w.lower]; ok && country == "" {
			country = c
		}
		if x := a.actorCovering(w.Span); x >= 0 && !a.isPerson(x) && country == "" {
			country = a.doc.Actors[x].Country
		}
	}
	if role == "" {
		return -1
	}
	if role == "head" || role == "chief" {
		role = ""
		// "Head of the Office of the President" is not a head of state.
		for i := j; i <= k; i++ {
			if a.words[i].lower == "office" {
				return -1
			}
		}
	}
	if role != "" && role != "president" && role != "leader" {
		// "the minister", "the spokesman": the latest holder named before.
		pos := a.words[k].Start
		x := a.latestBefore(pos, func(x int) bool {
			return a.isPerson(x) && strings.Contains(strings.ToLower(a.doc.Actors[x].Role), role) &&
				(country == "" || a.doc.Actors[x].Country == country)
		})
		if x >= 0 {
			return x
		}
	}
	return a.rolePerson(role, country)
}

// groupSpeaker returns an actor standing for the leaders that "the
// presidents" or "both sides" name: the persons most mentioned in the
// document, appended once as a group.
func (a *analysis) groupSpeaker() int {
	if a.group != 0 {
		return a.group - 1
	}
	type cand struct{ i, n, first int }
	var cs []cand
	// The leaders of a meeting, when two or more are named; else the most
	// mentioned persons.
	onlyLeaders := a.leaders() >= 2
	for i, ac := range a.doc.Actors {
		if ac.Type != "person" || len(ac.Mentions) < 2 || strings.Contains(ac.Name, " and ") {
			continue
		}
		if onlyLeaders && !a.isLeader(i) {
			continue
		}
		first := len(a.text)
		for _, m := range ac.Mentions {
			first = min(first, m.Start)
		}
		cs = append(cs, cand{i, len(ac.Mentions), first})
	}
	// Keep the (up to) three most mentioned, in order of first mention.
	for x := 0; x < len(cs); x++ {
		for y := x + 1; y < len(cs); y++ {
			if cs[y].n > cs[x].n {
				cs[x], cs[y] = cs[y], cs[x]
			}
		}
	}
	if len(cs) > 3 {
		cs = cs[:3]
	}
	switch len(cs) {
	case 0:
		return -1
	case 1:
		a.group = cs[0].i + 1
		return cs[0].i
	}
	for x := 0; x < len(cs); x++ {
		for y := x + 1; y < len(cs); y++ {
			if cs[y].first < cs[x].first {
				cs[x], cs[y] = cs[y], cs[x]
			}
		}
	}
	var names []string
	country, sector := a.doc.Actors[cs[0].i].Country, a.doc.Actors[cs[0].i].Sector
	for _, c := range cs {
		ac := a.doc.Actors[c.i]
		names = append(names, ac.Name)
		if ac.Country != country {
			country = ""
		}
		if ac.Sector != sector {
			sector = ""
		}
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	a.doc.Actors = append(a.doc.Actors, document.Actor{ID: a.nextID(), Name: name, Type: "organization",
		Country: country, Sector: sector, Mentions: []document.Mention{}})
	a.group = len(a.doc.Actors)
	return a.group - 1
}

// isGroupSubject reports "the presidents", "both leaders", "the two sides"
// ending at word k.
func (a *analysis) isGroupSubject(k, from int) bool {
	w := a.words[k]
	if !groupWords[w.lower] {
		return false
	}
	for j := k - 1; j >= from && j >= k-5; j-- {
		switch a.words[j].lower {
		case "the", "both", "two", "three", "all":
			return true
		}
		if !a.words[j].letter {
			return false
		}
	}
	return false
}

// protagonist returns the leader whose office published a readout: the
// first person named in the body's first sentence ("President Vidal had a
// telephone conversation with ...") when a head of state or government,
// else the most mentioned such person.
func (a *analysis) protagonist() int {
	if len(a.paras) > 1 {
		body := a.paras[1].Start
		if si := a.sentenceAt(body); si >= 0 && si < len(a.sents) {
			s := a.sents[si]
			if s.Start < body {
				s.Start = body
			}
			if x := a.leftmostIn(s, a.isPerson); x >= 0 && a.isLeader(x) {
				return x
			}
		}
	}
	best, bestN := -1, 0
	for i, ac := range a.doc.Actors {
		if ac.Type != "person" {
			continue
		}
		if a.isLeader(i) && len(ac.Mentions) > bestN {
			best, bestN = i, len(ac.Mentions)
		}
	}
	return best
}

// isLeader reports whether actor x is a person holding a head-of-state or
// government role.
func (a *analysis) isLeader(x int) bool {
	if !a.isPerson(x) {
		return false
	}
	r := strings.ToLower(a.doc.Actors[x].Role)
	for _, h := range headOfState {
		if strings.Contains(r, h) {
			return true
		}
	}
	return false
}
