package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// scanner walks the words of one document left to right and collects
// mentions. It resolves each mention as it goes, so that later mentions
// ("Mr. Peskov", "the Russian leader") can refer back to earlier ones.
type scanner struct {
	reg   *Registry
	text  string
	date  string
	ws    []word
	hits  []*hit
	ments []*mention
	// dominant is the country named most often, for titles with no country
	// ("the President" in a presidential readout).
	dominant string
	// headline marks sentences in title case ("Zelensky Says Talks Must
	// Wait"), where capitals do not signal names.
	headline map[int]bool
	// bare: the text is a short phrase, not a sentence (see barePhrase)
	bare bool
}

// titleCaseSentences finds sentences of four or more words where most
// words are capitalised.
func titleCaseSentences(ws []word) map[int]bool {
	caps, words := map[int]int{}, map[int]int{}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.text)
		if !unicode.IsLetter(r) {
			continue
		}
		words[w.sent]++
		if unicode.IsUpper(r) {
			caps[w.sent]++
		}
	}
	out := map[int]bool{}
	for sent, n := range words {
		if n >= 4 && caps[sent]*10 >= n*7 {
			out[sent] = true
		}
	}
	return out
}

func (s *scanner) run() {
	s.dominant = s.dominantCountry()
	s.bare = s.barePhrase()
	s.headline = titleCaseSentences(s.ws)
	for i := 0; i < len(s.ws); {
		i = s.step(i)
	}
}

func (s *scanner) dominantCountry() string {
	count := map[string]int{}
	first := map[string]int{}
	for i, h := range s.hits {
		if h == nil || h.item.kind == gTitle {
			continue
		}
		c := ""
		switch e := h.item.entry; e.Type {
		case "state":
			c = e.Country
		case "person":
			// a person in office counts for the country they serve
			if ro, ok := e.RoleOn(s.date); ok && s.reg.State(ro.Country) != nil && s.reg.State(ro.Country).Type == "state" {
				c = ro.Country
			}
		}
		if c == "" {
			continue
		}
		count[c]++
		if h.item.entry.Type == "person" {
			count[c]++ // an office-holder speaks for the text's side more than a mention of a state
		}
		if _, ok := first[c]; !ok {
			first[c] = i
		}
	}
	best := ""
	for c, n := range count {
		if best == "" || n > count[best] || n == count[best] && first[c] < first[best] {
			best = c
		}
	}
	return best
}

func (s *scanner) add(m *mention) {
	if m.entry != nil && m.entry.Type == "place" {
		// a place named as a descriptor's body or a name: its state, weakly
		st := s.reg.State(m.entry.Country)
		if st == nil || st.Type != "state" {
			return
		}
		m.entry, m.key, m.kind, m.weak = st, "W:"+st.ID, "metonym", true
	}
	for _, o := range s.ments {
		if o.span.Overlaps(m.span) {
			return
		}
	}
	s.ments = append(s.ments, m)
}

// weaponNouns are arms that act for the state a demonym names: "an
// Egyptian drone struck". forceActs are acts of force a demonym's state
// does: "Turkish shelling", "a Russian missile attack".
var (
	weaponNouns = map[string]bool{"tank": true, "jet": true, "jets": true, "drone": true, "drones": true,
		"warplane": true, "warplanes": true, "missile": true, "missiles": true, "rocket": true, "rockets": true,
		"gunboat": true, "gunboats": true, "helicopter": true, "submarine": true, "frigate": true, "destroyer": true,
		"bomber": true, "fighter": true, "troop": true, "army": true, "navy": true}
	forceActs = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true,
		"airstrikes": true, "shelling": true, "bombing": true, "bombings": true, "bombardment": true, "raid": true,
		"raids": true, "offensive": true, "invasion": true, "incursion": true, "incursions": true, "assault": true,
		"aggression": true, "blockade": true, "fire": true, "gunfire": true, "onslaught": true, "occupation": true}
)

func (s *scanner) wordText(i int) string {
	if i < 0 || i >= len(s.ws) {
		return ""
	}
	return s.ws[i].text
}

func (s *scanner) hitAt(i int) *hit {
	if i < 0 || i >= len(s.hits) {
		return nil
	}
	return s.hits[i]
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// step handles the words starting at i and returns the next index.
func (s *scanner) step(i int) int {
	if next, ok := s.acronymAfter(i); ok {
		return next
	}
	if next, ok := s.descriptor(i); ok {
		return next
	}
	if next, ok := s.organOf(i); ok {
		return next
	}
	if next, ok := s.sideGroup(i); ok {
		return next
	}
	if next, ok := s.groupIn(i); ok {
		return next
	}
	if next, ok := s.bareGroup(i); ok {
		return next
	}
	if next, ok := s.theArmy(i); ok {
		return next
	}
	if next, ok := s.theCouncil(i); ok {
		return next
	}
	w := s.ws[i]
	if honorifics[w.text] {
		if next, ok := s.honorific(i); ok {
			return next
		}
	}
	if determiners[lower(w.text)] && s.hitAt(i) == nil {
		if h := s.hitAt(i + 1); h != nil {
			if next, ok := s.phrase(i+1, i); ok {
				return next
			}
		}
		return i + 1
	}
	if w.text == "Armed" && s.wordText(i+1) == "Forces" && s.wordText(i+2) == "of" {
		k := i + 3
		if lower(s.wordText(k)) == "the" {
			k++
		}
		if h := s.hitAt(k); h != nil && h.item.entry.Type == "state" {
			s.addMilitary(h.item.entry, i, h.end)
			return h.end
		}
		// "the Armed Forces of our state": the text's own state
		if lower(s.wordText(k)) == "our" && ownStateNouns[lower(s.wordText(k+1))] {
			if st := s.reg.State(s.dominant); st != nil && st.Type == "state" {
				s.addMilitary(st, i, k+2)
				return k + 2
			}
		}
	}
	// "our army", "our Armed Forces": the text's own state's military
	if lower(w.text) == "our" && s.dominant != "" {
		n := lower(s.wordText(i + 1))
		end := i + 2
		if twoWordMilitary[n] != "" && lower(s.wordText(i+2)) == twoWordMilitary[n] {
			end = i + 3
		} else if !ownMilitary[n] {
			end = 0
		}
		if end > 0 {
			if st := s.reg.State(s.dominant); st != nil && st.Type == "state" {
				s.addMilitary(st, i, end)
				return end
			}
		}
	}
	if h := s.hitAt(i); h != nil {
		if next, ok := s.phrase(i, i); ok {
			return next
		}
		return h.end
	}
	if isNameWord(w.text) {
		return s.unknownName(i)
	}
	return i + 1
}

// phrase handles a registry hit at i (with the phrase starting at from,
// which may be a determiner): names, demonym phrases, metonyms.
func (s *scanner) phrase(i, from int) (int, bool) {
	h := s.hits[i]
	e := h.item.entry
	k := h.end
	if from < i && lower(s.ws[from].text) == "the" && e.Type == "organization" && e.Sector == "BUS" && h.end-h.first == 1 &&
		!strings.HasPrefix(e.Name, "The ") {
		// "the Amazon" is the river, not the company: a company's one-word
		// name takes no article
		return h.end, true
	}
	if isPossessive(s.wordText(k)) {
		k++
	}
	if e.Type == "state" && (h.item.kind != gName || k > h.end) {
		// "Chile's Defense Ministry", "British Foreign Office", "Kyiv police"
		end, sector, ok := s.organAfter(k)
		if oh := s.hitAt(k); !ok && oh != nil && oh.item.kind == gName && oh.item.entry.Type == "organization" &&
			oh.item.entry.Country != e.Country && s.isState(oh.item.entry.Country) && k > h.end {
			// "Chile's Defense Department" is Chile's, whatever country
			// the registry knows a "Defense Department" of
			end, sector, ok = oh.end, oh.item.entry.Sector, true
		}
		if ok {
			start := from
			if h.item.kind == gName {
				s.add(&mention{span: h.span, first: i, end: h.end, kind: "name", entry: e})
				start = k // mentions do not overlap: the organ starts after "Chile's"
			}
			name := s.text[s.ws[k].Start:s.ws[end-1].End]
			s.add(&mention{span: s.spanOf(start, end), first: start, end: end, kind: "role",
				key: "G:" + e.Country + ":" + lower(name), name: s.text[s.ws[i].Start:s.ws[end-1].End], typ: "organization", country: e.Country, sector: sector})
			return end, true
		}
	}
	if (e.Type == "state" || e.Type == "place") && h.item.kind == gName && strings.HasPrefix(s.text[h.span.End:], "-based") {
		// "a Somalia-based paramilitary group": the place qualifies a group
		if end, sec, ok := s.groupAfter(h.end); ok {
			s.addGroup(from, end, e.Country, sec, !isPluralNoun(s.ws[end-1].text))
			return end, true
		}
		return h.end, true
	}
	if next, ok := s.coordinatedGroups(h, from); ok {
		return next, true
	}
	if e.Type == "state" && (h.item.kind == gName || h.item.kind == gDemonym) && strings.HasPrefix(s.text[h.span.End:], "-led ") {
		// "Vietnamese-led forces", "a Saudi-led coalition": the leading
		// state's forces act
		j := h.end
		for j < len(s.ws) && s.ws[j].Start < h.span.End+len("-led") {
			j++
		}
		if w := lower(s.wordText(j)); militaryNouns[w] || w == "coalition" || w == "alliance" || w == "troops" {
			s.addMilitary(e, from, j+1)
			return j + 1, true
		}
	}
	if e.Type == "place" {
		return s.placePhrase(i, from)
	}
	switch h.item.kind {
	case gName:
		if e.Type == "state" && currencyAfter(s.text[h.span.End:], s.wordText(h.end)) {
			return h.end, true // "US$50 million", "the U.S. dollar": money, not the state
		}
		if e.Type == "organization" && e.Sector == "IGO" && s.memberOf(h) {
			return h.end, true // "NATO-member Norway": the member acts
		}
		if e.Type == "state" {
			if w := lower(s.wordText(k)); militaryNouns[w] && (twoWordMilitary[w] == "" || lower(s.wordText(k+1)) == twoWordMilitary[w]) {
				end := k + 1
				if twoWordMilitary[w] != "" {
					end = k + 2
				}
				start := i
				if k > h.end {
					// "Ukraine's air force": the state and its forces
					s.add(&mention{span: h.span, first: i, end: h.end, kind: "name", entry: e})
					start = k
				}
				s.addMilitary(e, start, end)
				return end, true
			}
			end := h.end
			w := s.wordText(h.end)
			gov := w == "government" || w == "Government" || w == "authorities" || w == "side"
			if gov {
				end = h.end + 1
			} else if from != i && !h.item.article && !formalStateName(h.item.text) && !s.phraseEnds(h.end) && !endsInOrgan(h.item.text) {
				// "the Taiwan Strait", "the India-Middle East corridor": the
				// name modifies something else
				return h.end, true
			}
			s.add(&mention{span: s.spanOf(from, end), first: from, end: end, kind: "name", entry: e,
				locative: s.locativeBefore(from, false) && !s.actedIn(end-1, false)})
			return end, true
		}
		s.add(&mention{span: h.span, first: i, end: h.end, kind: "name", entry: e})
		return h.end, true
	case gDemonym, gMetonym:
		if e.Type != "state" && h.item.kind == gDemonym {
			return 0, false
		}
		w := s.wordText(k)
		two := w + " " + s.wordText(k+1)
		switch {
		case spyNouns[two]:
			s.addSpecial(e, from, k+2, "SPY", "security services")
			return k + 2, true
		case militaryNouns[lower(w)] && (twoWordMilitary[lower(w)] == "" || lower(s.wordText(k+1)) == twoWordMilitary[lower(w)]):
			end := k + 1
			if twoWordMilitary[lower(w)] != "" {
				end = k + 2
			}
			s.addMilitary(e, from, end)
			return end, true
		case spyNouns[w]:
			s.addSpecial(e, from, k+1, "SPY", "security services")
			return k + 1, true
		case stateNouns[w]:
			s.add(&mention{span: s.spanOf(from, k+1), first: from, end: k + 1, kind: h.item.kind, entry: e})
			return k + 1, true
		}
		if h.item.kind == gDemonym && e.Type == "state" {
			// "Israeli tank shelling", "a Russian missile attack", "an
			// Egyptian drone": the state's arms act
			for j := k; j < k+2 && j < len(s.ws); j++ {
				lw := lower(s.ws[j].text)
				if weaponNouns[lw] && !forceActs[lower(s.wordText(j+1))] {
					s.addMilitary(e, from, j+1)
					return j + 1, true
				}
				if forceActs[lw] {
					s.add(&mention{span: h.span, first: i, end: h.end, kind: "demonym", entry: e})
					return h.end, true
				}
				if !isLowerWord(s.ws[j].text) {
					break
				}
			}
		}
		if h.item.kind == gMetonym && !strings.HasPrefix(h.item.text, "Kremlin") && !strings.HasPrefix(h.item.text, "White House") && isNameWord(s.wordText(h.end)) {
			// "Baghdad University Medical School": a named organisation
			if next, ok := s.unknownOrg(i); ok {
				return next, true
			}
		}
		if h.item.kind == gMetonym {
			// "opened an embassy in Lima": the capital's state is acted on
			loc := s.locativeBefore(from, true) && !s.actedIn(h.end-1, false)
			// "the Minsk agreements", "the Astana format": a city names a process
			modifier := from != i && k == h.end && k < len(s.ws) && (isNameWord(s.ws[k].text) || isLowerWord(s.ws[k].text)) &&
				s.hitAt(k) == nil && !speechVerbs[s.ws[k].text]
			if strings.HasPrefix(h.item.text, "Kremlin") || strings.HasPrefix(h.item.text, "White House") {
				modifier = false
			}
			// a dateline ("KYIV, March 3 (Reuters) -") names where the
			// story was filed
			next := s.wordText(h.end)
			dateline := i == 0 && allCapsWord(s.ws[i].text) && (next == "," || next == "(" || next == "-" || next == "—" || next == "–")
			if !loc && !modifier && !dateline && !s.placeAfter(h.end) {
				s.add(&mention{span: h.span, first: i, end: h.end, kind: "metonym", entry: e})
			} else if end, sec, ok := s.groupAfter(h.end); ok && !dateline {
				// "Kyiv residents", "Moscow students"
				s.addGroup(from, end, e.Country, sec, !isPluralNoun(s.ws[end-1].text))
				return end, true
			} else {
				s.addPlace(e.Country, i, h.end)
			}
			return h.end, true
		}
		// "the Turkish and Greek sides": two states
		if h.item.kind == gDemonym && lower(s.wordText(k)) == "and" {
			if h2 := s.hitAt(k + 1); h2 != nil && h2.item.kind == gDemonym && h2.item.entry.Type == "state" && sideNouns[lower(s.wordText(h2.end))] {
				s.add(&mention{span: s.spanOf(from, h.end), first: from, end: h.end, kind: "demonym", entry: e})
				s.add(&mention{span: s.spanOf(k+1, h2.end+1), first: k + 1, end: h2.end + 1, kind: "demonym", entry: h2.item.entry})
				return h2.end + 1, true
			}
		}
		// "Ukrainian farmers", "a Belarusian protester", "British experts"
		if end, sec, ok := s.groupAfter(k); ok {
			s.addGroup(from, end, e.Country, sec, !isPluralNoun(s.ws[end-1].text))
			return end, true
		}
		// "Two Russians": a plural demonym names people of the country
		if txt := h.item.text; len(e.Demonyms) > 0 && txt != e.Demonyms[0] && isPluralNoun(txt) && isCap(txt) {
			if end, c, ok := s.placeOfPeople(h.end); ok && c != e.Country {
				// "Albanians of southern Serbia": people living in a state
				s.addGroupHead(from, end, h.end-1, c, "CVL", false)
				return end, true
			}
			if lower(s.wordText(i-1)) == "ethnic" {
				// "ethnic Albanians" of the one other state the sentence names
				if c := s.otherCountry(s.ws[i].sent, e.Country); c != "" {
					s.addGroupHead(i-1, h.end, h.end-1, c, "CVL", false)
					return h.end, true
				}
			}
			s.addGroup(from, h.end, e.Country, "CVL", false)
		} else if d := h.end - 1; e.Type == "state" && (s.ws[d].rel == "amod" || s.ws[d].rel == "compound") && s.ws[d].head > d && s.actedUpon(s.ws[d].head) {
			// "rejected an Indian proposal", "shelled Iraqi towns": the
			// thing acted upon is that state's, and the state the target
			s.add(&mention{span: h.span, first: i, end: h.end, kind: "demonym", entry: e})
		} else if d := h.end - 1; e.Type == "state" && s.ws[d].rel == "amod" && s.ws[d].head > d && actNouns[lower(s.ws[s.ws[d].head].text)] &&
			(s.acts(s.ws[d].head) || s.ws[s.ws[d].head].rel == "nsubj") {
			// "Palestinian riots continued", "Iraqi shelling hit the town":
			// the nation's act, with the nation as its side
			s.add(&mention{span: h.span, first: i, end: h.end, kind: "demonym", entry: e})
		} else if s.bare && e.Type == "state" && isLowerWord(s.wordText(h.end)) && s.hitAt(h.end) == nil {
			// a bare "Syrian island", "Chilean port": the thing is of that
			// country, weakly
			s.addPlace(e.Country, from, h.end+1)
			return h.end + 1, true
		}
		return h.end, true
	case gAnaphor:
		if s.mentioned(e) && from != i {
			s.add(&mention{span: s.spanOf(from, h.end), first: from, end: h.end, kind: "title", entry: e})
		}
		return h.end, true
	}
	return 0, false
}

// organHeads are the head nouns of a state organ named by a common noun
// phrase after a country ("Chile's Ministry of Mines", "Kyiv police").
var organHeads = map[string]string{"ministry": "GOV", "department": "GOV", "office": "GOV", "government": "",
	"police": "COP", "court": "JUD", "parliament": "LEG", "junta": "GOV", "embassy": "GOV", "bank": "GOV",
	"agency": "GOV", "council": "GOV", "commission": "GOV", "cabinet": "GOV", "navy": "MIL", "coast": "MIL",
	"guard": "MIL", "fleet": "MIL", "prosecutors": "JUD", "prosecutor's": "JUD", "judiciary": "JUD", "legislature": "LEG",
	"senate": "LEG", "congress": "LEG", "airlines": "BUS", "airline": "BUS"}

// organAfter reads a short noun phrase ending in an organ head at k.
func (s *scanner) organAfter(k int) (int, string, bool) {
	for j := k; j < len(s.ws) && j < k+4; j++ {
		w := s.ws[j].text
		if h := s.hitAt(j); h != nil && h.item.kind != gTitle {
			return 0, "", false
		}
		if sec, ok := organHeads[lower(w)]; ok && (lower(w) != "bank" || j > k && lower(s.ws[j-1].text) == "central") {
			end := j + 1
			// "Ministry of Mines": an of-phrase of capitalised words
			if lower(s.wordText(end)) == "of" && isNameWord(s.wordText(end+1)) && s.hitAt(end+1) == nil {
				end += 2
				for end < len(s.ws) && isNameWord(s.ws[end].text) && s.hitAt(end) == nil {
					end++
				}
			}
			if sec == "" {
				return 0, "", false // "the Russian government" is the state itself
			}
			return end, sec, true
		}
		if !(isNameWord(w) || isLowerWord(w) && organModifiers[lower(w)]) {
			return 0, "", false
		}
	}
	return 0, "", false
}

var organModifiers = map[string]bool{"defense": true, "defence": true, "foreign": true, "interior": true, "central": true,
	"justice": true, "finance": true, "health": true, "state": true, "national": true, "supreme": true, "high": true,
	"federal": true, "ruling": true, "military": true, "current": true, "city": true, "local": true, "border": true}

var twoWordMilitary = map[string]string{"armed": "forces", "air": "force", "security": "forces"}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// placeAfter reports whether a capital is used as a place name modifier:
// "Moscow region", "Kyiv residents".
func (s *scanner) placeAfter(k int) bool {
	switch lower(s.wordText(k)) {
	case "region", "oblast", "residents", "streets", "airport", "suburbs", "city", "mayor", "metro", "time",
		"agreements", "agreement", "accords", "process", "format", "memorandum", "protocol", "declaration", "talks", "summit", "Agreements", "Memorandum", "Format", "Protocol":
		return true
	}
	return false
}

func (s *scanner) mentioned(e *Entry) bool {
	for _, m := range s.ments {
		if m.entry == e {
			return true
		}
	}
	return false
}

func (s *scanner) spanOf(first, end int) document.Span {
	if end <= first {
		end = first + 1
	}
	return document.Span{Start: s.ws[first].Start, End: s.ws[end-1].End}
}

// locativeBefore reports whether the phrase at i follows a preposition of
// place ("in Washington", "at the Kremlin"). Capitals also count "to" and
// "from" ("flew to Moscow").
func (s *scanner) locativeBefore(i int, capital bool) bool {
	k := i - 1
	if k >= 0 && lower(s.ws[k].text) == "the" {
		k--
	}
	if k < 0 || s.ws[k].sent != s.ws[i].sent {
		return false
	}
	p := lower(s.ws[k].text)
	if !locatives[p] {
		return false
	}
	return capital || !weakLocatives[p]
}

func (s *scanner) addMilitary(e *Entry, first, end int) {
	if m := s.reg.military[e.Country]; m != nil {
		s.add(&mention{span: s.spanOf(first, end), first: first, end: end, kind: "demonym", entry: m})
		return
	}
	s.addSpecial(e, first, end, "MIL", "Armed Forces")
}

func (s *scanner) addSpecial(e *Entry, first, end int, sector, what string) {
	name := e.Name + " " + what
	if len(e.Demonyms) > 0 {
		name = e.Demonyms[0] + " " + what
	}
	s.add(&mention{span: s.spanOf(first, end), first: first, end: end, kind: "demonym",
		key: sector + ":" + e.Country, name: name, typ: "organization", country: e.Country, sector: sector})
}

// honorific handles "Mr. Peskov", "Mrs. Clinton", "Sheikh Tamim".
func (s *scanner) honorific(i int) (int, bool) {
	j := i + 1
	if h := s.hitAt(j); h != nil && h.item.kind == gName && h.item.entry.Type == "person" {
		s.add(&mention{span: s.spanOf(i, h.end), first: i, end: h.end, kind: "name", entry: h.item.entry})
		return h.end, true
	}
	k := j
	// "Sheikh Hamad bin Khalifa al-Thani": particles inside the name
	for k < len(s.ws) && k < j+5 && s.hitAt(k) == nil && s.ws[k].sent == s.ws[j].sent &&
		(isNameWord(s.ws[k].text) || k > j && (nameParticles[s.ws[k].text] || nameParticlePrefix(s.ws[k].text))) {
		if nameParticles[s.ws[k].text] && !(k+1 < len(s.ws) && isNameWord(s.ws[k+1].text)) {
			break
		}
		k++
	}
	if k == j {
		return 0, false
	}
	s.addPerson(i, j, k, nil)
	return k, true
}

// addPerson adds a person mention for name words [j, k) (the mention starts
// at from), resolving it by surname against the document and the registry.
// d, when set, is the descriptor that introduced the name.
func (s *scanner) addPerson(from, j, k int, d *descr) {
	full := s.text[s.ws[j].Start:s.ws[k-1].End]
	sur := s.ws[k-1].text
	m := &mention{span: s.spanOf(from, k), first: from, end: k, kind: "name"}
	first := ""
	if k-j >= 2 {
		first = s.ws[j].text
	}
	if e := s.resolveName(first, sur, d); e != nil && patronymOK(e, full) {
		m.entry = e
		s.add(m)
		return
	}
	if e := s.reg.byNamePrefix(full); e != nil {
		// "Hamad bin Khalifa" of "Hamad bin Khalifa Al Thani"
		m.entry = e
		s.add(m)
		return
	}
	if s.headline[s.ws[j].sent] {
		return // capitals in a title-case headline are not evidence of a name
	}
	// an unknown person: a document-level key by surname so that later
	// "Mr. Surname" mentions merge with it.
	m.key = "P:" + sur
	m.name = full
	m.typ = "person"
	if prev := s.byKey(m.key); prev != nil {
		m.name, m.country, m.sector, m.role = prev.name, prev.country, prev.sector, prev.role
	}
	if d != nil {
		if d.country == "" && !d.generic() && d.title.Sector != "" && d.title.Sector != "IGO" {
			// "France is ready to send troops, Defence Minister Jean Dupont
			// said": an office of a state, in a sentence naming one state
			if c := s.soleState(s.ws[j].sent); c != "" {
				d2 := *d
				d2.country, d2.ref = c, s.reg.State(c)
				d = &d2
			}
		}
		m.country, m.sector, m.role = d.country, d.sector, d.display(s.reg)
	}
	s.add(m)
}

// soleState is the country of the one state a sentence names (by name,
// demonym, capital or place), or "" when it names none or several. A
// state named as a destination ("arrived in Kenya") counts only when the
// sentence names no other: a visitor is not of the place visited.
func (s *scanner) soleState(sent int) string {
	var c [2]string // [0] named as an actor, [1] as a place
	var many [2]bool
	for _, h := range s.hits {
		if h == nil || s.ws[h.first].sent != sent || h.item.kind == gTitle || h.item.kind == gAnaphor {
			continue
		}
		e := h.item.entry
		if e.Type != "state" && e.Type != "place" || !s.isState(e.Country) {
			continue
		}
		k := 0
		if s.locativeBefore(h.first, true) {
			k = 1
		}
		if c[k] != "" && c[k] != e.Country {
			many[k] = true
		}
		c[k] = e.Country
	}
	if c[0] != "" {
		if many[0] {
			return ""
		}
		return c[0]
	}
	if many[1] {
		return ""
	}
	return c[1]
}

func (s *scanner) byKey(key string) *mention {
	for _, m := range s.ments {
		if m.key == key {
			return m
		}
	}
	return nil
}

// resolveSurname finds the person a surname refers to: a person already in
// the document, else the one registry person of that surname in office on
// the document's date (agreeing with the descriptor's country when given).
func (s *scanner) resolveSurname(sur string, d *descr) *Entry {
	return s.resolveName("", sur, d)
}

// resolveName is resolveSurname for a name with a first word: registry
// persons must agree on its initial.
func (s *scanner) resolveName(first, sur string, d *descr) *Entry {
	for k := len(s.ments) - 1; k >= 0; k-- {
		if e := s.ments[k].entry; e != nil && e.Type == "person" && e.Surname() == sur {
			return e
		}
		if s.ments[k].key == "P:"+sur {
			return nil
		}
	}
	// a misspelt surname of a person already named ("Zelenskky")
	if len(sur) >= 6 {
		for k := len(s.ments) - 1; k >= 0; k-- {
			if e := s.ments[k].entry; e != nil && e.Type == "person" && editDistance1(e.Surname(), sur) {
				return e
			}
		}
	}
	var found, former *Entry
	nFormer := 0
	for _, e := range s.reg.BySurname(sur) {
		if first != "" && !sharesInitial(e, first) {
			continue
		}
		ro, ok := e.RoleOn(s.date)
		if !ok && s.date == "" {
			ro, ok = e.LatestRole()
		}
		if !ok {
			if _, had := e.roleBefore(s.date); had && (d == nil || d.country == "") {
				former = e
				nFormer++
			}
			continue
		}
		if d != nil && d.country != "" && ro.Country != d.country {
			continue
		}
		if found != nil {
			return nil // ambiguous
		}
		found = e
	}
	if found == nil && nFormer == 1 && (first != "" || d != nil || s.bare) {
		return former // a former office-holder, the only one of that name
	}
	if found == nil && nFormer == 0 && first != "" && len(sur) >= 6 && len(s.reg.BySurname(sur)) == 0 {
		// a misspelt surname with the right first name ("Francois
		// Mitterand"): the one registry person one letter away
		var near *Entry
		for _, e := range s.reg.nearSurname(sur) {
			if !sharesInitial(e, first) || d != nil && d.country != "" && e.Country != d.country {
				continue
			}
			if near != nil && near != e {
				return nil
			}
			near = e
		}
		return near
	}
	return found
}

// sharesInitial reports whether a registry person has a name or alias
// whose first word starts like first ("Anthony Blinken" is Antony Blinken;
// "Jam Kamal Khan" is not Karim Khan).
func sharesInitial(e *Entry, first string) bool {
	fr, _ := utf8.DecodeRuneInString(first)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		f := strings.Fields(n)
		if len(f) < 2 {
			continue
		}
		for _, w := range f[:len(f)-1] {
			if r, _ := utf8.DecodeRuneInString(w); unicode.ToLower(r) == unicode.ToLower(fr) {
				return true
			}
		}
	}
	return false
}

// unknownName handles capitalised words that no registry entry matched:
// organisations with a head noun ("High Anti-Corruption Court"), persons
// ending in a known surname, and persons introduced by a speech verb.
func (s *scanner) unknownName(i int) int {
	if next, ok := s.unknownOrg(i); ok {
		return next
	}
	k := i
	for k < len(s.ws) && k < i+4 && s.hitAt(k) == nil && s.ws[k].sent == s.ws[i].sent &&
		(isNameWord(s.ws[k].text) || k > i && nameParticles[s.ws[k].text] && k+1 < len(s.ws) && isNameWord(s.ws[k+1].text)) {
		if orgHeads[s.ws[k].text] != "" || honorifics[s.ws[k].text] {
			break
		}
		k++
	}
	if k == i || k-i == 1 && (functionWords[s.ws[i].text] || s.ws[i].sentHead && len(s.ws[i].text) <= 2) {
		return i + 1
	}
	sur := s.ws[k-1].text
	first := ""
	if k-i >= 2 {
		first = s.ws[i].text
	}
	// a person already named, or in office today, by surname
	if e := s.resolveName(first, sur, nil); e != nil && patronymOK(e, s.text[s.ws[i].Start:s.ws[k-1].End]) {
		s.add(&mention{span: s.spanOf(i, k), first: i, end: k, kind: "name", entry: e})
		return k
	}
	if m := s.byKey("P:" + sur); m != nil {
		s.addPerson(i, i, k, nil)
		return k
	}
	// a new person: two or more name words introduced or followed by a
	// speech verb ("Jane Doe said", "said Jane Doe"), or followed by an
	// appositive role ("Jane Doe, a senior fellow at ...")
	if k-i >= 2 && s.plainName(i, k) && (speechVerbs[s.wordText(k)] || speechVerbs[s.wordText(i-1)] ||
		s.wordText(k) == "," && speechVerbs[s.wordText(k+1)]) {
		s.addPerson(i, i, k, s.appositive(k))
		return k
	}
	if k-i >= 2 && s.wordText(k) == "," && s.plainName(i, k) {
		if d := s.appositive(k); d != nil {
			s.addPerson(i, i, k, d)
			return k
		}
	}
	// "Jane Doe of Capital Economics", "John Roe at the Atlantic Council":
	// the organisation gives the person's country and sector
	if k-i >= 2 && s.plainName(i, k) {
		if d := s.affiliation(k); d != nil {
			s.addPerson(i, i, k, d)
			return k
		}
	}
	// two or three name words starting with a known given name, not after
	// a determiner and not ending in a place or event word: a person
	if k-i >= 2 && k-i <= 3 && !determiners[lower(s.wordText(i-1))] && s.reg.givenNames[s.ws[i].text] && s.plainName(i, k) {
		s.addPerson(i, i, k, nil)
	}
	return k
}

// editDistance1 reports whether a and b differ by one inserted, deleted or
// replaced byte.
func editDistance1(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return a[i+1:] == b[i+1:]
	case len(a) > len(b):
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}

// appositive reads ", a senior fellow at the Atlantic Council" or ", the
// Ukrainian ambassador" after a name at k (the comma): the role, country and
// sector it gives, or nil.
func (s *scanner) appositive(k int) *descr {
	if s.wordText(k) != "," {
		return nil
	}
	j := k + 1
	d := &descr{}
	if determiners[lower(s.wordText(j))] {
		d.det = lower(s.wordText(j))
		j++
	}
	// up to six words: modifiers, a nationality, a title, "at/of" an organisation
	for end := j + 8; j < len(s.ws) && j < end && s.ws[j].sent == s.ws[k].sent; {
		h := s.hitAt(j)
		w := s.ws[j].text
		switch {
		case h != nil && h.item.kind == gTitle:
			if d.title == nil {
				d.title = h.item.entry
			}
			j = h.end
			continue
		case h != nil && h.item.entry.Type != "person":
			if d.ref == nil {
				d.ref, d.refKind = h.item.entry, h.item.kind
				d.country = h.item.entry.Country
			}
			j = h.end
			continue
		case w == "," || w == "." || speechVerbs[w] || w == "who" || w == "which":
			end = j
			continue
		}
		j++
	}
	if d.title == nil {
		return nil
	}
	d.sector = d.title.Sector
	if d.ref != nil && d.ref.Type == "organization" && d.ref.Sector != "" && d.title.Sector == "GOV" {
		d.sector = d.ref.Sector
	}
	return d
}

// notNameEnds end multi-word proper nouns that are not persons.
var notNameEnds = map[string]bool{"Sea": true, "Strait": true, "Bank": true, "Strip": true, "East": true, "West": true,
	"River": true, "Ocean": true, "Peninsula": true, "Island": true, "Islands": true, "Mountains": true, "Gulf": true,
	"Canal": true, "Stream": true, "Valley": true, "Region": true, "Oblast": true, "Province": true, "City": true,
	"Street": true, "Square": true, "Airport": true, "Bridge": true, "Coast": true, "Plan": true, "Agreement": true,
	"Treaty": true, "Act": true, "Day": true, "War": true, "Summit": true, "Conference": true, "Forum": true, "Year": true,
	"Games": true, "Cup": true, "Festival": true, "Award": true, "Prize": true, "Initiative": true, "Declaration": true,
	"Memorandum": true, "Accords": true, "Formula": true, "Program": true, "Programme": true, "Project": true, "Fund": true,
	"Charter": true, "Convention": true, "Protocol": true, "Corridor": true, "Pipeline": true, "Plant": true, "Station": true,
	"Palace": true, "House": true, "Hall": true, "Center": true, "Centre": true, "Church": true, "Cathedral": true,
	"Park": true, "Port": true, "Base": true, "Front": true, "Line": true, "Zone": true, "Republic": true, "Union": true,
	"Empire": true, "Kingdom": true, "Federation": true, "States": true, "Nations": true, "Africa": true, "America": true,
	"Asia": true, "Europe": true, "Pacific": true, "Atlantic": true, "Arctic": true, "Mediterranean": true, "Caucasus": true,
	"Balkans": true, "Donbas": true, "Sahel": true, "Horn": true, "Index": true, "Report": true, "Times": true, "Post": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true, "Eve": true, "Christmas": true, "Easter": true}

// plainName reports whether words [i, k) look like a person's name: no
// word is an organisation head, a function word or in capitals, and the
// last is not a place or event word.
func (s *scanner) plainName(i, k int) bool {
	if last := s.ws[k-1].text; notNameEnds[last] || nameParticles[lower(last)] {
		return false
	}
	for j := i; j < k; j++ {
		w := s.ws[j].text
		if functionWords[w] || orgHeads[w] != "" || notNameEnds[w] || allCapsWord(w) || strings.HasSuffix(w, ".") && len(w) > 2 {
			return false
		}
	}
	return true
}

// affiliation reads "of/at/from [the] Organisation" after a name at k.
func (s *scanner) affiliation(k int) *descr {
	switch lower(s.wordText(k)) {
	case "of", "at", "from", "with":
	default:
		return nil
	}
	j := k + 1
	if determiners[lower(s.wordText(j))] {
		j++
	}
	h := s.hitAt(j)
	if h == nil || h.item.kind != gName || h.item.entry.Type != "organization" {
		return nil
	}
	e := h.item.entry
	return &descr{ref: e, refKind: gName, country: e.Country, sector: e.Sector,
		title: &Entry{ID: "g-affiliation", Name: "Member", Sector: e.Sector}}
}

// currencyAfter reports whether a state name is part of a sum of money:
// "US$5", "US $5", "U.S. dollars".
func currencyAfter(rest, next string) bool {
	if strings.HasPrefix(rest, "$") {
		return true
	}
	switch lower(next) {
	case "$", "dollar", "dollars", "cents":
		return true
	}
	return false
}

// memberOf reports whether an organisation names what a following state
// is a member of: "NATO-member Norway", "EU member Malta".
func (s *scanner) memberOf(h *hit) bool {
	k := h.end
	if strings.HasPrefix(s.text[h.span.End:], "-member") {
		// "NATO-member" is one token or three
		for k < len(s.ws) && s.ws[k].Start < h.span.End+len("-member") {
			k++
		}
	} else if w := lower(s.wordText(k)); w == "member" || w == "members" {
		k++
	} else {
		return false
	}
	h2 := s.hitAt(k)
	return h2 != nil && h2.item.kind == gName && h2.item.entry.Type == "state"
}

// sideNouns follow coordinated nationalities that name two states.
var sideNouns = map[string]bool{"sides": true, "governments": true, "delegations": true, "authorities": true,
	"leaders": true, "presidents": true, "prime": true, "foreign": true, "defence": true, "defense": true}

// placeOfPeople reads "in/of [the] [southern] <state or place>" after a
// plural nationality: the end and the place's country.
func (s *scanner) placeOfPeople(k int) (int, string, bool) {
	switch lower(s.wordText(k)) {
	case "in", "of", "inside":
	default:
		return 0, "", false
	}
	j := k + 1
	if lower(s.wordText(j)) == "the" {
		j++
	}
	switch lower(s.wordText(j)) {
	case "southern", "northern", "eastern", "western", "central", "south", "north", "east", "west":
		j++
	}
	h := s.hitAt(j)
	if h == nil || h.item.kind != gName && h.item.kind != gMetonym {
		return 0, "", false
	}
	if e := h.item.entry; (e.Type == "state" || e.Type == "place") && s.isState(e.Country) {
		return h.end, e.Country, true
	}
	return 0, "", false
}

// acronymAfter reads "(ACR)" right after an organisation's mention: the
// acronym is that organisation's, whatever else the registry knows by it
// ("Forces for Defence of Democracy (FDD)").
func (s *scanner) acronymAfter(i int) (int, bool) {
	if s.ws[i].text != "(" || len(s.ments) == 0 || i+2 >= len(s.ws) || s.ws[i+2].text != ")" || !allCapsWord(s.ws[i+1].text) {
		return 0, false
	}
	prev := s.ments[len(s.ments)-1]
	if prev.end != i || prev.typ != "organization" && (prev.entry == nil || prev.entry.Type != "organization") {
		return 0, false
	}
	if h := s.hitAt(i + 1); h != nil && h.item.entry == prev.entry {
		return 0, false // the registry's own acronym: read as usual
	}
	m := *prev
	m.span, m.first, m.end = s.ws[i+1].Span, i+1, i+2
	s.add(&m)
	return i + 3, true
}

// nameParticlePrefix reports whether w is a name joined to a lower-case
// particle: "al-Thani", "el-Sisi", "bin-Zayed".
func nameParticlePrefix(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ibn-", "bin-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && isCap(w[len(p):]) {
			return true
		}
	}
	return false
}

// patronymOK reports whether a registry person agrees with the "bin X"
// of a name: "Hamad bin Khalifa" is not Hamad bin Isa Al Khalifa.
func patronymOK(e *Entry, full string) bool {
	f := strings.Fields(full)
	for i := 0; i+1 < len(f); i++ {
		switch f[i] {
		case "bin", "ibn", "bint", "ben":
		default:
			continue
		}
		want := strings.ToLower(f[i] + " " + f[i+1])
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.Contains(strings.ToLower(n), want) {
				return true
			}
		}
		return false
	}
	return true
}

// coordinatedGroups reads two nationalities sharing one group noun: "US
// and British activists", "Serbian and Croatian refugees". Each state's
// people make a group with the noun's sector. Sharing a military noun
// ("French and Egyptian warships"), the first names its state's forces;
// the second is read when the scan reaches it. Demonyms may also be
// joined by a comma.
func (s *scanner) coordinatedGroups(h *hit, from int) (int, bool) {
	e := h.item.entry
	joiner := lower(s.wordText(h.end))
	if e.Type != "state" || h.item.kind != gName && h.item.kind != gDemonym ||
		joiner != "and" && (joiner != "," || h.item.kind != gDemonym) {
		return 0, false
	}
	h2 := s.hitAt(h.end + 1)
	if h2 == nil || h2.item.kind != gDemonym || h2.item.entry.Type != "state" || h2.item.entry == e {
		return 0, false
	}
	end, sec, ok := s.groupAfter(h2.end)
	if !ok {
		if w := lower(s.wordText(h2.end)); h.item.kind == gDemonym && militaryNouns[w] && twoWordMilitary[w] == "" {
			s.addMilitary(e, from, h.end)
			return h.end, true
		}
		return 0, false
	}
	noun := s.text[s.ws[h2.end].Start:s.ws[end-1].End]
	weak := !s.actsAsParty(from, end, sec) && !s.actedUpon(end-1) && !s.acts(end-1)
	for _, g := range []struct {
		first, end int
		country    string
	}{{from, h.end, e.Country}, {h.end + 1, end, h2.item.entry.Country}} {
		name := s.text[s.ws[g.first].Start:s.ws[g.first].End]
		if g.end == end {
			name = s.text[s.ws[g.first].Start:s.ws[end-1].End]
		} else {
			name = s.text[s.ws[h.first].Start:s.ws[h.end-1].End] + " " + noun
		}
		s.add(&mention{span: s.spanOf(g.first, g.end), first: g.first, end: g.end, kind: "role",
			key: "C:" + g.country + ":" + sec + ":" + lower(name), name: name, typ: "organization",
			country: g.country, sector: sec, weak: weak})
	}
	return end, true
}

// actNouns name acts of a side: "Palestinian riots", "Iraqi shelling".
var actNouns = map[string]bool{"riots": true, "protests": true, "demonstrations": true, "uprising": true,
	"unrest": true, "strikes": true, "attacks": true, "attack": true, "raids": true, "raid": true, "shelling": true,
	"bombing": true, "bombings": true, "airstrikes": true, "offensive": true, "incursion": true, "invasion": true,
	"shellfire": true, "fire": true, "blockade": true, "crackdown": true}

// ownStateNouns follow "our" to name the text's own state.
var ownStateNouns = map[string]bool{"state": true, "country": true, "nation": true}

// ownMilitary follow "our" to name the text's own state's forces.
var ownMilitary = map[string]bool{"army": true, "military": true, "troops": true, "soldiers": true, "defenders": true,
	"servicemen": true, "navy": true}

// endsInOrgan reports whether a name ends in an organ noun ("Biden
// administration", "US government"): a whole noun phrase, not a modifier
// of the next word.
func endsInOrgan(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return stateNouns[last]
}

// armyNouns name a state's armed forces by a common noun.
var armyNouns = map[string]bool{"army": true, "military": true}

// theArmy reads "the army" or "the military" alone (no nationality, no
// "of" phrase) as the armed forces named last in the text: "The Sudanese
// army said ... The RSF accused the army of ...".
func (s *scanner) theArmy(i int) (int, bool) {
	if lower(s.ws[i].text) != "the" || !armyNouns[lower(s.wordText(i+1))] || s.hitAt(i+1) != nil {
		return 0, false
	}
	if lower(s.wordText(i+2)) == "of" && (s.hitAt(i+3) != nil || isNameWord(s.wordText(i+3)) || lower(s.wordText(i+3)) == "the") {
		return 0, false // "the army of Sudan": its own phrase ("accused the army of bombing" is not)
	}
	if n := s.wordText(i + 2); n != "" && isLowerWord(n) && groupNouns[n] != "" {
		return 0, false // "the army officers": a group, read elsewhere
	}
	forces := func(m *mention) bool {
		registered := m.entry != nil && m.entry.Type == "organization" && m.entry.Sector == "MIL"
		special := m.entry == nil && strings.HasPrefix(m.key, "MIL:") // "Sudanese army" of a state without an entry for its forces
		return registered || special
	}
	if s.referBack(i, forces) {
		return i + 2, true
	}
	return 0, false
}

// referBack adds the two words at i ("the army", "the Council") as a
// mention of the actor of the last mention ok accepts, and reports whether
// there was one.
func (s *scanner) referBack(i int, ok func(*mention) bool) bool {
	for k := len(s.ments) - 1; k >= 0; k-- {
		if m := s.ments[k]; ok(m) {
			s.add(&mention{span: s.spanOf(i, i+2), first: i, end: i + 2, kind: "title", entry: m.entry,
				key: m.key, name: m.name, typ: m.typ, country: m.country, sector: m.sector})
			return true
		}
	}
	return false
}

// theCouncil reads "the Council" alone (capitalised, no "of" phrase) as
// the council named last in the text, else, in a text that names the
// European Union, the Council of the EU ("The Council today decided to
// prolong the restrictive measures ...").
func (s *scanner) theCouncil(i int) (int, bool) {
	if lower(s.ws[i].text) != "the" || s.wordText(i+1) != "Council" || s.hitAt(i+1) != nil || lower(s.wordText(i+2)) == "of" {
		return 0, false
	}
	council := func(m *mention) bool {
		return m.entry != nil && m.entry.Type == "organization" && strings.Contains(m.entry.Name, "Council")
	}
	if s.referBack(i, council) {
		return i + 2, true
	}
	for _, h := range s.hits {
		if h != nil && h.item.kind != gTitle && h.item.entry.ID == "EU" {
			if e := s.reg.ByID("eu-council-of-the-eu"); e != nil {
				s.add(&mention{span: s.spanOf(i, i+2), first: i, end: i + 2, kind: "title", entry: e})
				return i + 2, true
			}
		}
	}
	return 0, false
}
