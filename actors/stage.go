package actors

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parley-nlp/parley/document"
)

// Stage is the pipeline stage that fills doc.Actors. It reads doc.Tokens
// (and sentences) when present and falls back to its own word split when
// the tokenizer did not run. It is safe for concurrent use.
type Stage struct {
	Registry *Registry
}

// NewStage returns the actors stage over reg (Default() when nil).
func NewStage(reg *Registry) (*Stage, error) {
	if reg == nil {
		var err error
		if reg, err = Default(); err != nil {
			return nil, err
		}
	}
	return &Stage{Registry: reg}, nil
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "actors" }

// Process implements pipeline.Stage: it adds doc.Actors and doc.Places.
func (st *Stage) Process(doc *document.Document) error {
	doc.Actors, doc.Places = FindWithPlaces(st.Registry, doc)
	return nil
}

// Find returns the actors of doc, ordered by first mention, with ids A1...
func Find(reg *Registry, doc *document.Document) []document.Actor {
	actors, _ := FindWithPlaces(reg, doc)
	return actors
}

// FindWithPlaces is Find that also returns the places named only as places
// (in text order), each with the state it lies in.
func FindWithPlaces(reg *Registry, doc *document.Document) ([]document.Actor, []document.Place) {
	ws := wordsOf(doc)
	date := docDate(doc.Published)
	s := &scanner{reg: reg, text: doc.Text, date: date, ws: ws}
	s.hits = reg.findHits(doc.Text, ws)
	s.run()
	return s.build()
}

// docDate turns a publication date into YYYY-MM-DD (a month alone is read as
// its 15th, as the annotation guideline does).
func docDate(p string) string {
	switch len(p) {
	case 10:
		return p
	case 7:
		return p + "-15"
	case 4:
		return p + "-07-01"
	}
	return ""
}

type actorAcc struct {
	a        document.Actor
	first    int
	allLoc   bool
	hasState bool
	weak     bool // made of weak mentions: a place or a generic group
}

func (s *scanner) build() ([]document.Actor, []document.Place) {
	byKey := map[string]*actorAcc{}
	var order []*actorAcc
	for _, m := range s.ments {
		key := m.key
		if m.entry != nil && !m.weak {
			key = "R:" + m.entry.ID
		}
		acc := byKey[key]
		if acc == nil {
			acc = &actorAcc{first: m.span.Start, allLoc: true, weak: m.weak}
			if m.entry != nil {
				acc.a = s.fromEntry(m.entry, m)
			} else {
				acc.a = document.Actor{Name: m.name, Type: m.typ, Country: m.country, Sector: m.sector, Role: m.role,
					Cameo: s.reg.CameoFor(m.country, m.sector)}
			}
			byKey[key] = acc
			order = append(order, acc)
		}
		if !m.locative {
			acc.allLoc = false
		}
		acc.a.Mentions = append(acc.a.Mentions, document.Mention{Span: m.span, Kind: m.kind})
	}
	out := make([]document.Actor, 0, len(order))
	// persons, then states, then organizations; each by first mention
	rank := map[string]int{"person": 0, "state": 1, "organization": 2}
	sort.SliceStable(order, func(i, j int) bool {
		ri, rj := rank[order[i].a.Type], rank[order[j].a.Type]
		if ri != rj {
			return ri < rj
		}
		return order[i].first < order[j].first
	})
	// weak actors and states named only as places stand in for the actors
	// of a text that names no other (a short phrase: "Ukrainian farmers",
	// "fighting near Mariupol")
	strong := !s.barePhrase()
	for _, acc := range order {
		if !acc.weak && !(acc.a.Type == "state" && acc.allLoc) {
			strong = true
		}
	}
	places := []document.Place{}
	for _, acc := range order {
		if strong && (acc.weak || acc.a.Type == "state" && acc.allLoc) {
			// named only as a place: "a summit in Switzerland"
			if acc.a.Country != "" && (acc.a.Type == "state" || acc.weak) {
				for _, m := range acc.a.Mentions {
					places = append(places, document.Place{Span: m.Span, Country: acc.a.Country, People: acc.a.Type != "state"})
				}
			}
			continue
		}
		sort.Slice(acc.a.Mentions, func(i, j int) bool { return acc.a.Mentions[i].Start < acc.a.Mentions[j].Start })
		acc.a.ID = fmt.Sprintf("A%d", len(out)+1)
		out = append(out, acc.a)
	}
	sort.Slice(places, func(i, j int) bool { return places[i].Start < places[j].Start })
	return out, places
}

// barePhrase reports whether the text is a short phrase rather than a
// sentence: at most twelve words, one line, no closing . ! or ?. Actor
// coders look such phrases up ("Ukrainian farmers", "Mariupol"); in a
// sentence a place stays a place and a generic group is left out.
func (s *scanner) barePhrase() bool {
	if len(s.ws) == 0 || len(s.ws) > 12 || strings.Contains(strings.TrimSpace(s.text), "\n") {
		return false
	}
	switch s.ws[len(s.ws)-1].text {
	case ".", "!", "?":
		return false
	}
	return true
}

// fromEntry makes the document actor of a registry entry at the document's
// date. A person's country, sector and role come from the office held then.
func (s *scanner) fromEntry(e *Entry, m *mention) document.Actor {
	a := document.Actor{Name: e.Name, Type: e.Type, Country: e.Country, Sector: e.Sector, RegistryID: e.ID}
	if e.Type == "state" {
		a.Sector = "GOV"
	}
	if e.Type == "person" {
		ro, ok := e.RoleOn(s.date)
		if !ok {
			ro, ok = e.roleBefore(s.date)
		}
		if ok {
			a.Country, a.Sector, a.Role = ro.Country, ro.Sector, ro.Display(s.reg)
		}
		if a.Country == "" && m.country != "" {
			a.Country, a.Sector, a.Role = m.country, m.sector, m.role
		}
	}
	a.Cameo = e.Cameo
	if a.Cameo == "" || e.Type == "person" || e.Type == "state" {
		a.Cameo = s.reg.CameoFor(a.Country, a.Sector)
	}
	return a
}

// roleBefore is the latest role that started on or before date (for people
// out of office: a former president keeps the country). With no date, the
// latest role.
func (e *Entry) roleBefore(date string) (Role, bool) {
	best, ok := Role{}, false
	for _, ro := range e.Roles {
		if (date == "" || ro.Start <= date) && (!ok || ro.Start > best.Start) {
			best, ok = ro, true
		}
	}
	if !ok {
		return e.LatestRole()
	}
	return best, ok
}
