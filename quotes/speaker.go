package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// speakerOf finds the speaker of cue h whose clause spans words [from, to).
func (a *analysis) speakerOf(h cueHit, from, to int) int {
	switch {
	case h.prep:
		if x := a.actorAfter(h.last+1, to); x >= 0 {
			return x
		}
		return a.appendAfter(h.last+1, to)
	case h.passive:
		if h.last+1 < to && a.words[h.last+1].lower == "by" {
			return a.actorAfter(h.last+2, to)
		}
		for k := h.last + 1; k < to && k <= h.last+8; k++ {
			if a.words[k].lower == "by" {
				if x := a.actorAfter(k+1, to); x >= 0 {
					return x
				}
			}
		}
		// An agentless passive in a readout ("It was stressed that") is
		// the protagonist's statement.
		if x := a.protagonist(); x >= 0 {
			return x
		}
		si := a.sentenceAt(a.words[h.verb].Start)
		if a.lastSpeaker >= 0 && si-a.lastSent <= 3 {
			return a.lastSpeaker
		}
		return -1
	}
	// A participle (", insisting that") or a coordinated verb ("... and
	// reiterated") shares the subject of its clause.
	if pc := a.prevContent(h.verb, from); h.form == FormIng || (pc >= from && a.words[pc].lower == "and") {
		near := false
		if h.form == FormIng {
			for k := h.verb - 1; k >= from && k >= h.verb-3; k-- {
				if a.isGroupSubject(k, from) || a.actorCovering(a.words[k].Span) >= 0 {
					near = true
				}
			}
		}
		if !near {
			if x := a.clauseSubject(from, h.verb); x >= 0 {
				return x
			}
		}
	}
	// Inverted order right after a quotation or a comma: ",” said Peskov".
	pc := h.verb - 1
	for pc >= from && auxiliaries[a.words[pc].lower] {
		pc--
	}
	afterQuote := pc >= 0 && a.quoteCloseAt(a.words[pc])
	if (pc < from || afterQuote || ((isBoundary(a.words[pc]) || a.words[pc].lower == ",") && invertible[h.lemma])) && h.form != FormIng {
		if x := a.actorAfter(h.last+1, to); x >= 0 {
			return x
		}
		// ",” said Maria Lind, a ministry spokeswoman": a name not yet
		// among the actors.
		k := h.last + 1
		for k < to && k < h.last+6 && a.words[k].letter && a.words[k].upper {
			k++
		}
		if k-1 > h.last+1 {
			if x := a.namedPerson(k-1, h.last+1); x >= 0 {
				return x
			}
		}
	}
	// A speaker noun right before the cue ("a Defense Ministry spokesperson
	// said") is the speaker; the state named inside its phrase is not.
	if hd := a.prevContent(h.verb, from); hd >= from && hd == h.verb-1 && speakerHeads[a.words[hd].lower] &&
		a.actorCovering(a.words[hd].Span) < 0 && !genericHeads[a.words[hd].lower] {
		if x := a.describedPerson(hd, from); x >= 0 {
			return x
		}
		if x := a.appendSpeaker(h, from); x >= 0 {
			return x
		}
	}
	// "Russia attacked the port, activists said": the parser's subject is
	// a common noun that names nobody the text knows; the actors of the
	// words before it are what was said, not who said it.
	if a.unknownSubject(h) {
		return a.appendSpeaker(h, from)
	}
	// Subject before the verb: a pronoun or the nearest mention.
	for k := h.verb - 1; k >= from; k-- {
		w := a.words[k]
		if isBoundary(w) || a.inQuoted(w.Start) {
			break
		}
		if !w.letter || auxiliaries[w.lower] {
			continue
		}
		if w.lower == "his" || w.lower == "her" || w.lower == "its" || w.lower == "their" {
			continue
		}
		if groupPronouns[w.lower] {
			if a.lastSpeaker >= 0 && a.lastSpeaker+1 == a.group {
				return a.lastSpeaker
			}
			// In a readout of two or more leaders, "they" are the leaders.
			if a.leaders() >= 2 {
				return a.groupSpeaker()
			}
			return a.resolvePronoun(k)
		}
		if personPronouns[w.lower] || thingPronouns[w.lower] {
			return a.resolvePronoun(k)
		}
		if subjectPronouns[w.lower] {
			return -1 // "I said", "we noted": the quoted speaker's own words
		}
		if a.isGroupSubject(k, from) {
			return a.groupSpeaker()
		}
		if x := a.actorCovering(w.Span); x >= 0 {
			if !a.isPerson(x) {
				if y := a.describedNear(k, from, h.verb); y >= 0 {
					return y
				}
			}
			return a.apposition(k, from, x)
		}
		if roleWords[w.lower] || w.lower == "state" {
			if x := a.describedPerson(k, from); x >= 0 {
				return x
			}
		}
		if x := a.actorNamed(k); x >= 0 {
			return x
		}
		if x := a.namedPerson(k, from); x >= 0 {
			return x
		}
		if c, ok := demonyms[w.lower]; ok {
			// "the Chilean plan calls for": the state speaks.
			if x := a.stateOf(c); x >= 0 {
				return x
			}
		}
	}
	// The parser's subject, when it ran, for what the word order missed.
	if a.syntax {
		if x := a.syntaxSubject(h); x >= 0 {
			return x
		}
	}
	return a.appendSpeaker(h, from)
}

// apposition prefers the person of "Mr. Peskov, the Kremlin spokesman, said"
// over the institution named inside the apposition.
func (a *analysis) apposition(k, from, x int) int {
	if a.isPerson(x) {
		return x
	}
	commas := 0
	for j := k - 1; j >= from && j >= k-8; j-- {
		w := a.words[j]
		if w.lower == "," {
			commas++
			continue
		}
		if isBoundary(w) {
			break
		}
		if commas == 1 {
			if y := a.actorCovering(w.Span); y >= 0 && a.isPerson(y) {
				return y
			}
			return x
		}
	}
	return x
}

// actorAfter returns the first actor named in words [k, to) before a clause
// boundary ("according to Mr. Peskov, ...", "said the minister").
func (a *analysis) actorAfter(k, to int) int {
	for j := k; j < to && j < k+10; j++ {
		w := a.words[j]
		if isBoundary(w) || w.lower == "," || a.inQuoted(w.Start) {
			break
		}
		if !w.letter {
			continue
		}
		if x := a.actorCovering(w.Span); x >= 0 {
			// Prefer a person named later in the same phrase ("the Kremlin
			// spokesman Dmitry Peskov").
			if !a.isPerson(x) {
				for j2 := j + 1; j2 < to && j2 < j+5; j2++ {
					w2 := a.words[j2]
					if !w2.letter {
						break
					}
					if y := a.actorCovering(w2.Span); y >= 0 && a.isPerson(y) {
						return y
					}
				}
			}
			return x
		}
		if personPronouns[w.lower] || thingPronouns[w.lower] || groupPronouns[w.lower] {
			return a.resolvePronoun(j)
		}
		// Descriptions end at their head noun.
		if x := a.resolveDescription(j, k-1); x >= 0 {
			if j+1 >= to || !a.words[j+1].letter || a.words[j+1].lower == "of" {
				return x
			}
		}
	}
	return -1
}

// syntaxSubject returns the actor of the cue verb's nsubj, when the parser
// ran and the subject is an actor mention or a pronoun.
func (a *analysis) syntaxSubject(h cueHit) int {
	d := a.doc
	t, s, ok := a.cueToken(h)
	if !ok {
		return -1
	}
	for j := s.FirstToken; j < s.EndToken && j < len(d.Tokens); j++ {
		tk := d.Tokens[j]
		if tk.Head != t || !strings.HasPrefix(tk.DepRel, "nsubj") {
			continue
		}
		if x := a.actorCovering(tk.Span); x >= 0 {
			return x
		}
		k := a.wordIndex(tk.Start)
		if k < len(a.words) && (personPronouns[a.words[k].lower] || thingPronouns[a.words[k].lower]) {
			return a.resolvePronoun(k)
		}
		// A person named inside the subject phrase.
		lo, hi := tk.Start, tk.End
		for i := s.FirstToken; i < s.EndToken; i++ {
			if dominates(d.Tokens, j, i) {
				lo = min(lo, d.Tokens[i].Start)
				hi = max(hi, d.Tokens[i].End)
			}
		}
		best := -1
		for _, m := range a.ments {
			if m.Start >= lo && m.End <= hi && (best < 0 || a.isPerson(m.actor)) {
				best = m.actor
			}
		}
		return best
	}
	return -1
}

// unknownSubject reports whether cue h's verb has, in the parse, a
// common-noun subject that comes after a comma and is no actor, speaker
// noun or role and names no nationality ("witnesses said", "activists
// told reporters").
func (a *analysis) unknownSubject(h cueHit) bool {
	if !a.syntax {
		return false
	}
	d := a.doc
	t, s, ok := a.cueToken(h)
	if !ok {
		return false
	}
	for j := s.FirstToken; j < s.EndToken && j < len(d.Tokens); j++ {
		tk := d.Tokens[j]
		if tk.Head != t || tk.DepRel != "nsubj" {
			continue
		}
		k := a.wordIndex(tk.Start)
		if tk.UPOS != "NOUN" || k <= 0 || k >= len(a.words) || speakerHeads[a.words[k].lower] && !genericHeads[a.words[k].lower] ||
			roleWords[a.words[k].lower] {
			return false
		}
		first := j // the subject phrase's first token
		for i := s.FirstToken; i < s.EndToken; i++ {
			if !dominates(d.Tokens, j, i) {
				continue
			}
			if d.Tokens[i].UPOS != "PUNCT" {
				first = min(first, i)
			}
			if a.actorCovering(d.Tokens[i].Span) >= 0 {
				return false
			}
			if _, ok := demonyms[strings.ToLower(d.SpanText(d.Tokens[i].Span))]; ok {
				return false
			}
		}
		// the subject phrase follows a comma and what was said: "Russia
		// attacked ..., activists said" (not "In this spirit, the two
		// ministers recalled ...")
		if first <= s.FirstToken || d.SpanText(d.Tokens[first-1].Span) != "," || !dominates(d.Tokens, j, t-1) {
			return false // and it stands right before the verb: "activists said"
		}
		for i := s.FirstToken; i < first; i++ {
			if d.Tokens[i].UPOS == "VERB" {
				return true
			}
		}
		return false
	}
	return false
}

// cueToken returns the document token of cue h's verb and its sentence.
func (a *analysis) cueToken(h cueHit) (int, document.Sentence, bool) {
	t := a.doc.TokenAt(a.words[h.verb].Start)
	if t < 0 {
		return -1, document.Sentence{}, false
	}
	si := a.doc.SentenceOf(t)
	if si < 0 {
		return -1, document.Sentence{}, false
	}
	return t, a.doc.Sentences[si], true
}

// dominates reports whether token h is i or an ancestor of i.
func dominates(toks []document.Token, h, i int) bool {
	for n := 0; n < 64 && i >= 0 && i < len(toks); n++ {
		if i == h {
			return true
		}
		i = toks[i].Head
	}
	return false
}

// describedNear resolves the description around a state mention at word k
// ("the President of Russia", "the Russian President") to its person.
func (a *analysis) describedNear(k, from, verb int) int {
	end := k
	for end+1 < verb && a.words[end+1].letter && !auxiliaries[a.words[end+1].lower] {
		end++
	}
	start := k
	for start-1 >= from && a.words[start-1].letter && start > k-6 {
		start--
	}
	for i := start; i <= end; i++ {
		if roleWords[a.words[i].lower] {
			return a.describedPerson(end, start)
		}
	}
	return -1
}

// invertible cues put their subject after them after a quotation: ",” said
// Peskov", ", added the minister".
var invertible = set("say add tell note write state declare insist reply explain warn continue stress emphasise emphasize")

// quoteCloseAt reports whether w is a closing quotation mark.
func (a *analysis) quoteCloseAt(w word) bool {
	switch w.lower {
	case "”", "\"", "’", "»", "'":
		return a.inQuoted(w.Start)
	}
	return false
}

// clauseSubject returns the subject of the sentence's main clause for a
// verb at word verb: the first actor, pronoun or speaker noun phrase after
// any fronted adverbial ("In addition, ...").
func (a *analysis) clauseSubject(from, verb int) int {
	start := from
	// Skip a fronted phrase ending in a comma when a subject follows it.
	for k := from; k < verb && k < from+8; k++ {
		if a.words[k].lower == "," {
			start = k + 1
			break
		}
	}
	for _, s := range []int{start, from} {
		for k := s; k < verb && k < s+8; k++ {
			w := a.words[k]
			if isBoundary(w) || a.inQuoted(w.Start) || w.lower == "," {
				break
			}
			if personPronouns[w.lower] || thingPronouns[w.lower] || groupPronouns[w.lower] {
				if w.lower == "his" || w.lower == "her" || w.lower == "its" || w.lower == "their" {
					continue
				}
				return a.resolvePronoun(k)
			}
			if a.isGroupSubject(k, s) {
				return a.groupSpeaker()
			}
			if x := a.actorCovering(w.Span); x >= 0 {
				// Take the whole mention's phrase: "The President of Russia".
				end := k
				for end+1 < verb && a.actorCovering(a.words[end+1].Span) == x {
					end++
				}
				if !a.isPerson(x) {
					if y := a.describedNear(end, s, verb); y >= 0 {
						return y
					}
				}
				return x
			}
			if speakerHeads[w.lower] && k+1 < verb && !a.words[k+1].letter || speakerHeads[w.lower] && k+1 < verb && auxiliaries[a.words[k+1].lower] {
				st := s
				for st < k && determiners[a.words[st].lower] {
					st++
				}
				return a.addActor(document.Span{Start: a.words[st].Start, End: w.End}, w.lower)
			}
		}
	}
	return -1
}

// stateOf returns the state actor of country c, or -1.
func (a *analysis) stateOf(c string) int {
	for i, ac := range a.doc.Actors {
		if ac.Type == "state" && ac.Country == c {
			return i
		}
	}
	return -1
}

// leaders counts the heads of state or government among the actors.
func (a *analysis) leaders() int {
	n := 0
	for i := range a.doc.Actors {
		if a.isLeader(i) {
			n++
		}
	}
	return n
}

// officeHeads are offices that belong to the state under discussion when
// their phrase names no country ("the ministry said", "the air force said").
var officeHeads = set("mission ministry embassy government military army force forces police authorities office " +
	"administration parliament")

// actorNamed returns the actor whose name, or the text of one of whose
// mentions, is the capitalised word k where the actors stage left it
// unlinked ("NATO members reiterated"), or -1.
func (a *analysis) actorNamed(k int) int {
	w := a.words[k]
	if !w.upper {
		return -1
	}
	text := a.text[w.Start:w.End]
	for i, ac := range a.doc.Actors {
		if ac.Name == text {
			return i
		}
	}
	for _, m := range a.ments {
		if m.Len() == len(text) && a.text[m.Start:m.End] == text {
			return m.actor
		}
	}
	return -1
}
