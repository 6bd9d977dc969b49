package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// descr is a role descriptor: [det] [country or body] title [of country]
// ("Ukrainian Foreign Minister", "State Department spokesman", "the
// President of Ukraine", "a Kremlin official").
type descr struct {
	det       string // "the", "a", "an" or ""
	ref       *Entry // the state, organisation or seat named
	refKind   string
	body      string // "Kremlin", "State Department": the office's body
	bodyEntry *Entry
	title     *Entry
	qualified bool // deputy, former, acting ...: not the office itself
	country   string
	sector    string
	plural    bool
	poss      bool // the reference is possessive ("Russia's")
	// formal marks a capitalised title after "the" ("the President"): the
	// style of official texts, where it names their own office-holder
	formal bool
}

// office is the office key the title names, with "leader"/"head of state"
// made concrete for the referenced state ("the Russian leader" → President).
func (d *descr) office() string {
	o := d.title.Name
	if d.ref == nil {
		return o
	}
	switch o {
	case "Leader":
		if d.ref.Leader != "" {
			return d.ref.Leader
		}
	case "Head of State":
		if d.ref.HeadOfState != "" {
			return d.ref.HeadOfState
		}
		if d.ref.Leader != "" {
			return d.ref.Leader
		}
	}
	return o
}

func (d *descr) display(reg *Registry) string {
	r := Role{Title: d.office(), Country: d.country, Body: d.body}
	if d.title.Name == "Leader" || d.title.Name == "Official" {
		r.Title = d.title.Name
	}
	return r.Display(reg)
}

// generic titles name a kind of person, never one office-holder by
// themselves ("official", "lawmaker").
func (d *descr) generic() bool { return strings.HasPrefix(d.title.ID, "g-") }

var titleModifiers = map[string]bool{"deputy": true, "former": true, "acting": true, "vice": true, "ex": true, "late": true,
	"first": true, "senior": true, "assistant": true, "interim": true, "outgoing": true, "incoming": true,
	"new": true, "newly": true, "elected": true, "junior": true,
	// "Kharkiv regional governor": the office of a place, not of the state
	"regional": true, "provincial": true, "municipal": true}

// descriptor tries to read a role descriptor at i, followed by a name or not.
func (s *scanner) descriptor(i int) (int, bool) {
	d := &descr{}
	j := i
	if determiners[lower(s.wordText(j))] {
		d.det = lower(s.wordText(j))
		j++
	}
	refStart, refEnd := -1, -1
	if h := s.hitAt(j); h != nil && h.item.entry.Type != "person" && h.item.entry.Type != "title" && h.item.kind != gAnaphor {
		d.ref, d.refKind = h.item.entry, h.item.kind
		refStart, refEnd = h.first, h.end
		d.setBody(h, s.text)
		j = h.end
		if isPossessive(s.wordText(j)) {
			d.poss = true
			j++
		}
	}
	for j < len(s.ws) && titleModifiers[lower(s.ws[j].text)] {
		d.qualified = true
		j++
		if s.wordText(j) == "-" {
			j++
		}
	}
	th := s.hitAt(j)
	if th == nil || th.item.kind != gTitle {
		return 0, false
	}
	titleStart := j
	d.title = th.item.entry
	j = th.end
	// consecutive titles in one line: "Foreign Ministry spokeswoman"
	for th = s.hitAt(j); th != nil && th.item.kind == gTitle && s.ws[th.first].sent == s.ws[titleStart].sent &&
		!strings.Contains(s.text[s.ws[j-1].End:s.ws[th.first].Start], "\n"); th = s.hitAt(j) {
		d.title = th.item.entry
		j = th.end
	}
	// "Adviser to the Head of ...", "Deputy of the ...": the descriptor
	// belongs to another title before it.
	if p := i - 1; p >= 1 && (lower(s.ws[p].text) == "to" || lower(s.ws[p].text) == "of") {
		if h := s.hitAt(p - 1); h != nil && h.item.kind == gTitle || s.hits[p-1] == nil && s.coveredByTitle(p-1) {
			return j, true
		}
	}
	titleWord := s.text[s.ws[titleStart].Start:s.ws[j-1].End]
	d.formal = d.det == "the" && d.ref == nil && startsUpperWord(titleWord) && !s.headline[s.ws[titleStart].sent]
	// the number is the head noun's: "Minister of Foreign Affairs" is one
	headWord := titleWord
	for _, sep := range []string{" of ", " for ", " to "} {
		if k := strings.Index(lower(headWord), sep); k > 0 {
			headWord = headWord[:k]
		}
	}
	d.plural = strings.HasSuffix(headWord, "s") && !strings.HasSuffix(lower(headWord), "ss") && d.title.Name != "Head of State" && !strings.HasSuffix(headWord, "ous")
	if d.ref == nil && lower(s.wordText(j)) == "of" {
		k := j + 1
		if lower(s.wordText(k)) == "the" {
			k++
		}
		if h := s.hitAt(k); h != nil && (h.item.kind == gName || h.item.kind == gMetonym) && h.item.entry.Type != "person" && h.item.entry.Type != "title" {
			d.ref, d.refKind = h.item.entry, h.item.kind
			d.setBody(h, s.text)
			refStart, refEnd = h.first, h.end
			j = h.end
		}
	}
	if d.ref != nil {
		d.country = d.ref.Country
		d.sector = d.ref.Sector
		if d.ref.Type == "state" {
			d.sector = "GOV"
		}
	}
	if d.title.Sector != "" && !(d.sector == "IGO" && d.title.Sector == "GOV") {
		d.sector = d.title.Sector
	}
	descEnd := j
	// the referenced body is itself mentioned ("NATO chief", "State
	// Department spokesman", "Kremlin spokesman"), but not a demonym.
	addRef := func() {
		if d.ref != nil && d.refKind != gDemonym {
			s.add(&mention{span: s.spanOf(refStart, refEnd), first: refStart, end: refEnd, kind: d.refKindName(), entry: d.ref})
		}
	}
	// a name follows: registry person or capitalised words. A body named
	// only to qualify the person's office is not recorded by itself
	// ("President of the European Commission Ana Vidal").
	addPersonRef := func() {
		if d.bodyEntry == nil || d.bodyEntry.Type == "state" {
			addRef()
		}
	}
	if h := s.hitAt(j); h != nil && h.item.kind == gName && h.item.entry.Type == "person" {
		addPersonRef()
		s.add(&mention{span: h.span, first: h.first, end: h.end, kind: "name", entry: h.item.entry})
		return h.end, true
	}
	if honorifics[s.wordText(j)] {
		j++
	}
	k := j
	for k < len(s.ws) && k < j+4 && s.hitAt(k) == nil && s.ws[k].sent == s.ws[j].sent &&
		(isNameWord(s.ws[k].text) || k > j && nameParticles[s.ws[k].text] && k+1 < len(s.ws) && isNameWord(s.ws[k+1].text)) {
		if orgHeads[s.ws[k].text] != "" || functionWords[s.ws[k].text] || calendarWords[s.ws[k].text] {
			break // "Ukrainian lawmakers Tuesday endorsed ..."
		}
		k++
	}
	if k > j && !d.plural && (!d.generic() || k-j >= 2 || s.resolveSurname(s.ws[k-1].text, d) != nil) {
		addPersonRef()
		s.addPerson(j, j, k, d)
		return k, true
	}
	// a title alone; an acronym title ("NSC", "PM") only counts before a
	// name: "the NSC" is the council
	if allCapsWord(titleWord) || titleWord == "PM" {
		return 0, false
	}
	capTitle := isCap(titleWord)
	if d.ref == nil && d.det == "" && !capTitle {
		return 0, false
	}
	if (d.plural || d.generic()) && d.refKind == gDemonym && k == j && !(envoyTitle(titleWord) && !d.plural) &&
		!(d.generic() && !d.plural && (d.det == "a" || d.det == "an") && (d.title.Sector == "GOV" || d.title.Sector == "MIL" || d.title.Sector == "LEG")) {
		return 0, false // "Ukrainian representatives": a demonym phrase; "a French minister" is one person
	}
	if envoyTitle(titleWord) && !d.plural && d.refKind == gDemonym && k == j {
		// "the Canadian ambassador to the United Nations": one person, and
		// the body they are sent to belongs to the descriptor
		if lower(s.wordText(descEnd)) == "to" {
			q := descEnd + 1
			if lower(s.wordText(q)) == "the" {
				q++
			}
			if h := s.hitAt(q); h != nil && h.item.kind == gName && (h.item.entry.Type == "state" || h.item.entry.Type == "organization") {
				descEnd = h.end
			}
		}
		s.addUnnamed(d, i, descEnd)
		return descEnd, true
	}
	if d.det == "a" || d.det == "an" || d.plural || d.generic() {
		// "a State Department spokesperson", "a Kremlin official": the body
		// speaks; "Russian officials": a generic group, left out.
		if d.ref != nil && !d.plural && d.bodyEntry != nil {
			s.add(&mention{span: s.spanOf(i, descEnd), first: i, end: descEnd, kind: "role", entry: d.ref})
			return descEnd, true
		}
		if d.ref != nil && !d.plural && (d.refKind == gDemonym || d.poss) {
			// "Russia's ambassador to Poland", "a Ugandan attorney": one
			// person known only by role
			s.addUnnamed(d, i, descEnd)
			return descEnd, true
		}
		if d.ref != nil && d.refKind != gDemonym {
			addRef()
		}
		return descEnd, true
	}
	if d.qualified {
		addRef()
		return descEnd, true
	}
	if e := s.holder(d, s.ws[i].sent); e != nil {
		s.add(&mention{span: s.spanOf(i, descEnd), first: i, end: descEnd, kind: "title", entry: e})
		return descEnd, true
	}
	if d.ref != nil && (d.refKind == gDemonym || d.poss || d.refKind == gMetonym) {
		s.addUnnamed(d, i, descEnd)
		return descEnd, true
	}
	addRef()
	return descEnd, true
}

// envoyTitle reports whether a title word names an envoy of a state.
func envoyTitle(w string) bool {
	switch lower(w) {
	case "ambassador", "envoy", "special envoy", "permanent representative", "consul", "consul general", "high commissioner":
		return true
	}
	return false
}

// addUnnamed adds a person known only by a descriptor with a country.
func (s *scanner) addUnnamed(d *descr, first, end int) {
	text := s.text[s.ws[first].Start:s.ws[end-1].End]
	if d.refKind != gDemonym && d.ref.Type == "organization" && d.bodyEntry == nil {
		// "NATO chief" without a holder on this date names the body's head
		s.add(&mention{span: s.spanOf(first, end), first: first, end: end, kind: "role", entry: d.ref})
		return
	}
	s.add(&mention{span: s.spanOf(first, end), first: first, end: end, kind: "role", key: "U:" + lower(text),
		name: text, typ: "person", country: d.country, sector: d.sector, role: d.display(s.reg)})
}

// setBody records the body an office belongs to: a seat ("Kremlin") or an
// organ of a state or organisation ("State Department", "European Commission").
func (d *descr) setBody(h *hit, text string) {
	e := h.item.entry
	if h.item.kind == gMetonym || e.Type == "organization" && e.ID != e.Country {
		d.body = text[h.span.Start:h.span.End]
		d.bodyEntry = e
	}
}

func (d *descr) refKindName() string {
	if d.refKind == gMetonym {
		return "metonym"
	}
	return "name"
}

// holder resolves a title alone: the person in this document who holds or
// was introduced with that office, else the registry's office-holder on
// the document's date for the referenced (or the document's main) country.
func (s *scanner) holder(d *descr, sent int) *Entry {
	office := d.office()
	country := d.country
	if country == "" && d.formal {
		// "President Biden met President Lula ... The President
		// welcomed ...": an official text's "the President" is the
		// office-holder it is about, named first, not the last named
		if e := s.holderInText(d, office, "", sent, true); e != nil {
			return e
		}
	}
	if country == "" && s.dominant != "" {
		// a readout's "the President" is its own country's president when
		// that person is in the text
		d2 := *d
		d2.country = s.dominant
		if st := s.reg.State(s.dominant); st != nil && d2.ref == nil {
			d2.ref = st
		}
		if e := s.docHolder(&d2, d2.office(), s.dominant, sent); e != nil {
			return e
		}
	}
	if e := s.docHolder(d, office, country, sent); e != nil {
		return e
	}
	if country == "" {
		// a person named later in the text with that office (a headline
		// before the body names them)
		for _, h := range s.hits {
			if h == nil || h.item.kind != gName || h.item.entry.Type != "person" {
				continue
			}
			if ro, ok := h.item.entry.RoleOn(s.date); ok && s.reg.Office(ro.Title) == office && s.isState(ro.Country) {
				return h.item.entry
			}
		}
		country = s.dominant
		if country == "" {
			return nil
		}
		if d.title.Name == "Head of State" || d.title.Name == "Leader" {
			if st := s.reg.State(country); st != nil {
				d2 := *d
				d2.ref = st
				office = d2.office()
			}
		}
	}
	hs := s.reg.Holders(country, office, d.bodyEntry, s.date)
	if len(hs) == 0 {
		return nil
	}
	if len(hs) > 1 && d.bodyEntry == nil {
		// "the spokesman" of a country with several (Kremlin, Foreign
		// Ministry): left unresolved rather than guessed
		return nil
	}
	return hs[0]
}

func (s *scanner) isState(c string) bool {
	st := s.reg.State(c)
	return st != nil && st.Type == "state"
}

// docHolder is the most recent person of the document holding office (in
// country, when given). A person already named in the same sentence is
// passed over: in "Zelenskyy thanked the President" the President is
// someone else.
func (s *scanner) docHolder(d *descr, office, country string, sent int) *Entry {
	return s.holderInText(d, office, country, sent, false)
}

// holderInText is docHolder searching from the text's first mention when
// first is set.
func (s *scanner) holderInText(d *descr, office, country string, sent int, first bool) *Entry {
	inSentence := map[*Entry]bool{}
	for _, m := range s.ments {
		if m.entry != nil && s.ws[m.first].sent == sent {
			inSentence[m.entry] = true
		}
	}
	for n := range s.ments {
		k := len(s.ments) - 1 - n
		if first {
			k = n
		}
		m := s.ments[k]
		if m.entry == nil || m.entry.Type != "person" || inSentence[m.entry] || first && s.inHeading(m.first) {
			continue // the text's first office-holder is its body's, not its heading's
		}
		ro, ok := m.entry.RoleOn(s.date)
		if !ok {
			ro, ok = m.entry.LatestRole()
		}
		if !ok {
			continue
		}
		if !strings.EqualFold(s.reg.Office(ro.Title), office) && !(d.title.Name == "Secretary" && strings.Contains(ro.Title, "Secretary")) && !(d.title.Name == "Head of State" && isHeadOffice(ro.Title)) {
			continue
		}
		if !bodyMatches(ro.Body, d.bodyEntry) {
			continue
		}
		if country != "" && ro.Country != country || country == "" && !s.isState(ro.Country) && d.ref == nil {
			continue
		}
		if d.title.Name == "Leader" && country == "" {
			continue
		}
		return m.entry
	}
	return nil
}

// coveredByTitle reports whether word i lies inside a title hit.
func (s *scanner) coveredByTitle(i int) bool {
	for k := i; k >= 0 && k > i-8; k-- {
		if h := s.hits[k]; h != nil {
			return h.item.kind == gTitle && h.end > i
		}
	}
	return false
}

// functionWords are capitalised in headlines but never part of a name.
var functionWords = map[string]bool{"On": true, "Of": true, "The": true, "And": true, "In": true, "For": true, "To": true,
	"At": true, "With": true, "By": true, "From": true, "A": true, "An": true, "As": true, "Is": true, "Are": true}

func isHeadOffice(t string) bool {
	switch t {
	case "President", "King", "Queen", "Emir", "Sultan", "Supreme Leader", "Monarch", "Grand Duke", "Prince":
		return true
	}
	return false
}

// orgHeads are head nouns of organisation names and the sector they imply.
var orgHeads = map[string]string{
	"Ministry": "GOV", "Department": "GOV", "Office": "GOV", "Agency": "GOV", "Bureau": "COP", "Police": "COP",
	"Court": "JUD", "Tribunal": "JUD", "Prosecutor": "JUD", "Council": "GOV", "Committee": "GOV", "Commission": "GOV",
	"Parliament": "LEG", "Assembly": "LEG", "Senate": "LEG", "Congress": "LEG", "Duma": "LEG",
	"Party": "PTY", "Front": "REB", "Movement": "PTY", "Brigades": "REB", "Brigade": "REB", "Militia": "REB",
	"Army": "MIL", "Forces": "MIL", "Navy": "MIL", "Guard": "MIL", "Fleet": "MIL", "Command": "MIL",
	"Fund": "-", "Corporation": "BUS", "Company": "BUS", "Inc.": "BUS", "Corp.": "BUS", "Ltd": "BUS", "Group": "-",
	"Association": "NGO", "Foundation": "NGO", "Institute": "CVL", "University": "CVL", "Society": "NGO",
	"Organization": "IGO", "Organisation": "IGO", "Observatory": "NGO",
	"Service": "GOV", "Authority": "GOV", "Administration": "GOV", "Directorate": "GOV",
	"News": "MED", "Times": "MED", "Post": "MED", "Agency's": "GOV", "Television": "MED", "Radio": "MED",
	"Investments": "BUS", "Capital": "BUS", "Partners": "BUS", "Securities": "BUS", "Holdings": "BUS", "Associates": "BUS",
	"Consulting": "BUS", "Economics": "BUS", "Analytics": "BUS", "Technologies": "BUS", "Airlines": "BUS", "Motors": "BUS",
	"Industries": "BUS", "Petroleum": "BUS", "Energy": "BUS", "Pharmaceuticals": "BUS", "Bancorp": "BUS", "Insurance": "BUS",
}

var orgJoiners = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "&": true, "in": true}

// unknownOrg reads a capitalised organisation name with a head noun at i.
func (s *scanner) unknownOrg(i int) (int, bool) {
	if determiners[lower(s.ws[i].text)] {
		return 0, false
	}
	k := i
	headAt, lastName := -1, -1
	var country string
	for k < len(s.ws) && k < i+10 && s.ws[k].sent == s.ws[i].sent {
		w := s.ws[k].text
		if h := s.hitAt(k); h != nil {
			// a capital counts only as a place inside the name: "High Court
			// in Nairobi", "Moscow State University"
			capital := h.item.kind == gMetonym && h.item.entry.Type == "state" && (k == i || orgJoiners[lower(s.ws[k-1].text)]) &&
				!strings.HasPrefix(h.item.text, "Kremlin") && !strings.HasPrefix(h.item.text, "White House")
			if (h.item.entry.Type == "state" || h.item.entry.Type == "place") && (h.item.kind == gName || h.item.kind == gDemonym) || capital {
				country = h.item.entry.Country
				k = h.end
				lastName = k - 1
				continue
			}
			break
		}
		if isNameWord(w) {
			if orgHeads[w] != "" && headAt < 0 {
				// the first head names the kind: "Ministry of Energy" is a ministry
				headAt = k
			}
			lastName = k
			k++
			continue
		}
		if orgJoiners[w] && k > i {
			k++
			continue
		}
		break
	}
	if headAt < 0 || lastName-i < 1 {
		return 0, false
	}
	end := lastName + 1
	name := s.text[s.ws[i].Start:s.ws[end-1].End]
	if country == "" {
		// "Russia's Baltic Fleet", "Mexican National Guard"
		p := i - 1
		if p >= 0 && isPossessive(s.ws[p].text) {
			p--
		}
		for q := p; q >= 0 && q > p-4; q-- {
			if h := s.hits[q]; h != nil {
				if h.end == p+1 && h.item.entry.Type == "state" && h.item.kind != gMetonym {
					country = h.item.entry.Country
				}
				// "Hamas Political Bureau": a body named after a known
				// organisation of a state is of that state
				if h.end == p+1 && h.item.kind == gName && h.item.entry.Type == "organization" && s.isState(h.item.entry.Country) {
					country = h.item.entry.Country
				}
				break
			}
		}
	}
	if name == "Armed Forces" || end-i == 1 {
		return 0, false
	}
	if country == "" {
		// "the Foreign Ministry" with no country named: the document's own
		generic := true
		for j := i; j < end; j++ {
			w := s.ws[j].text
			if !organModifiers[lower(w)] && organHeads[lower(w)] == "" && orgHeads[w] == "" {
				generic = false
			}
		}
		if generic {
			country = s.dominant
		}
	}
	sector := orgHeads[s.ws[headAt].text]
	if sector == "-" {
		sector = ""
	}
	s.add(&mention{span: s.spanOf(i, end), first: i, end: end, kind: "name", key: "O:" + name, name: name,
		typ: "organization", country: country, sector: sector})
	return end, true
}

// calendarWords are capitalised but never part of a name.
var calendarWords = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Today": true, "Yesterday": true, "Tomorrow": true}

// startsUpperWord reports whether w begins with a capital letter.
func startsUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// inHeading reports whether word i lies in a heading: a first line of its
// own without final punctuation ("Readout of a Call with President Vidal").
func (s *scanner) inHeading(i int) bool {
	nl := strings.IndexByte(s.text, '\n')
	if nl < 0 || s.ws[i].Start > nl {
		return false
	}
	line := strings.TrimSpace(s.text[:nl])
	return line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?\"”")
}
